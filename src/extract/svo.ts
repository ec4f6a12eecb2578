// What Russian and English share: subject–verb–object order with prepositions, titles before names
// («министр энергетики Чили Диего Парра», "U.S. Secretary of State Marco Rubio"). Each language file
// gives its word lists; this file finds names, titles and the arguments of a verb.
import type { EntityRecord, Lang } from '../core/types';
import type { Arg, ArticleState } from './article-state';
import { matchCatalogue, matchInside, type Mention } from './mentions';
import { newEntity, personNames } from './new-entity';
import { demonymCountry } from './demonyms';
import { addMention, argFor, argOf, asCatalogueMention, isActor, nextWord, parsed, prevWord, removeMention, type Parsed } from './parsed-sentence';
import type { Sentence } from './sentences';
import { analyzeSentence, type Word } from './words';

export interface SvoLexicon {
  lang: Lang;
  /** Title head stems (loose keys) → English. */
  roleHeads: ReadonlyMap<string, string>;
  /** Words inside a title between head and country: «промышленности», «и», "of". */
  roleLinks: RegExp;
  orgHeads: RegExp;
  /** Words that start sentences or are capitalised without being names. */
  notNames: RegExp;
  /** Prepositions and conjunctions: never the first word of a catalogue name. */
  functionWords: RegExp;
  surname: RegExp;
  and: RegExp;
}

const stemOf = (w: Word): string[] => w.readings.map((r) => r.key);

export function roleHead(lex: SvoLexicon, w: Word | undefined): string | null {
  if (!w?.word) return null;
  for (const k of stemOf(w)) {
    const en = lex.roleHeads.get(k);
    if (en) return en;
  }
  return null;
}

const nameWord = (lex: SvoLexicon, p: Parsed, i: number): boolean => {
  const w = p.words[i];
  return !!w && w.word && w.cap && !w.acronym && !lex.notNames.test(w.norm) && !roleHead(lex, w) && (!p.at[i] || p.at[i]!.entity.type === 'person');
};

/**
 * Russian names inflect on every word. When the surname shows an oblique ending (Сейтова, Макроном,
 * Паррой) every word loses it: «Нурлана Сейтова» → «Нурлан Сейтов». A soft sign the
 * ending hid is not restored (Эммануэлем → Эммануэл); names are still matched by stem.
 */
function russianNominative(label: string): string {
  const words = label.split(/(\s+|-)/);
  const last = words[words.length - 1]!;
  const oblique = /(?:ов|ев|ин|ын)(?:а|у|ым|ом|е)$|[бвгджзклмнпрстфхцчшщ](?:ом|ем|ым|а|у|е)$/.test(last);
  if (!oblique) return label;
  return words.map((w) => w.replace(/((?:ов|ев|ин|ын))(?:а|у|ым|ом|е)$/, '$1').replace(/([бвгджзклмнпрстфхцчшщ])(?:ом|ем|ым|ой|а|у|е|я|ю)$/, '$1')).join('');
}

function person(p: Parsed, state: ArticleState, first: number, last: number, lang: Lang): Mention {
  const words = p.words.slice(first, last + 1).filter((w) => w.word);
  const written = p.s.text.slice(p.words[first]!.start, p.words[last]!.end);
  const label = lang === 'ru' ? russianNominative(written) : written;
  const entity = state.catalogue.add(newEntity('person', label, lang), personNames(label));
  const lastWord = words[words.length - 1]!;
  return { entity, alternatives: [], first, last, case: lastWord.readings[1]?.case ?? 'nom', poss: false, source: 'pattern' };
}

/** A run of up to three name words from `j`, or -1. */
function nameRunFrom(lex: SvoLexicon, p: Parsed, j: number): number {
  let last = -1;
  for (let k = j, n = 0; k >= 0 && n < 4 && nameWord(lex, p, k); k = nextWord(p, k), n++) {
    if (p.at[k]) return last >= 0 ? last : p.at[k]!.last;
    last = k;
  }
  return last;
}

export interface Title {
  person: Mention;
  role: Arg;
  affiliation: Mention | null;
}

/** Names after titles, names with surname endings, capitalised runs; then the titles themselves. */
export function parseSvoSentence(sent: Sentence, state: ArticleState, lex: SvoLexicon): Parsed & { svoTitles: Title[] } {
  const s = analyzeSentence(sent.text, lex.lang);
  const p = parsed(sent, s, matchCatalogue(s, state.catalogue, (w) => lex.functionWords.test(w.norm)));
  sideMentions(p, state);
  const titles: Title[] = pluralTitles(p, state, lex);
  for (let i = 0; i < p.words.length; i++) {
    const m = p.at[i];
    const isRole = m ? m.entity.type === 'role' && m.last === i : !!roleHead(lex, p.words[i]);
    if (!isRole) continue;
    // [title][domain words][country]? [Name]
    let j = nextWord(p, i);
    while (j >= 0 && !p.at[j] && !p.words[j]!.cap && lex.roleLinks.test(p.words[j]!.norm)) j = nextWord(p, j);
    let affiliation: Mention | null = null;
    const a = j >= 0 ? p.at[j] : undefined;
    if (a && (a.entity.type === 'country' || a.entity.type === 'organization')) {
      affiliation = a;
      j = nextWord(p, a.last);
    }
    if (j < 0 || !nameWord(lex, p, j)) continue;
    const last = nameRunFrom(lex, p, j);
    if (last < 0) continue;
    const existing = p.at[j];
    const who = existing && existing.entity.type === 'person' ? existing : person(p, state, j, last, lex.lang);
    if (!existing) addMention(p, who);
    const roleFirst = m ? m.first : i;
    const roleLast = affiliation ? prevWord(p, affiliation.first) : prevWord(p, j);
    const roleEntity = m?.entity.type === 'role' ? m.entity : genericRole(p, state, lex, roleFirst, Math.max(roleFirst, roleLast));
    if (!roleEntity) continue;
    titles.push({ person: who, role: argFor(p, roleEntity, roleFirst, Math.max(roleFirst, roleLast), !!m), affiliation });
    if (m) p.modifiers.add(m);
    if (affiliation) p.modifiers.add(affiliation);
    state.roles.set(who.entity.id, roleEntity);
    if (affiliation?.entity.type === 'country') state.affiliations.set(who.entity.id, affiliation.entity);
    i = last;
  }
  latinOrganisations(p, state, lex);
  // names by surname ending, and in English any capitalised run of two or three name words
  for (let i = 0; i < p.words.length; i++) {
    if (p.at[i] || !nameWord(lex, p, i)) continue;
    const last = nameRunFrom(lex, p, i);
    if (last < 0) continue;
    const words = p.words.slice(i, last + 1).filter((w) => w.word);
    const isPerson = lex.surname.test(words[words.length - 1]!.norm) && words.length >= 2;
    const isRun = lex.lang === 'en' && words.length >= 2 && !p.words.slice(i, last + 1).some((w) => lex.orgHeads.test(w.norm));
    if (isPerson || isRun) addMention(p, person(p, state, i, last, lex.lang));
    i = last;
  }
  for (const m of p.mentions) state.remember(m.entity);
  return Object.assign(p, { svoTitles: titles });
}

/**
 * Organisations the catalogue lacks: a Latin-script run in Russian text («SOCAR», «Tenir Mining»), and in
 * either language an unknown acronym of three or more Latin letters.
 */
function latinOrganisations(p: Parsed, state: ArticleState, lex: SvoLexicon): void {
  for (let i = 0; i < p.words.length; i++) {
    const w = p.words[i]!;
    if (!w.word || p.at[i] || !w.latin || roleHead(lex, w)) continue;
    const acronym = w.acronym && /^[A-Z&]{3,}$/.test(w.text);
    if (!acronym && !(lex.lang === 'ru' && w.cap)) continue;
    let last = i;
    if (lex.lang === 'ru') for (let k = nextWord(p, i); k > 0 && !p.at[k] && p.words[k]!.latin; k = nextWord(p, k)) last = k;
    const label = p.s.text.slice(w.start, p.words[last]!.end);
    const entity = state.catalogue.add(newEntity('organization', label, lex.lang, { en: label }), [label]);
    addMention(p, { entity, alternatives: [], first: i, last, case: 'nom', poss: false, source: 'pattern' });
    i = last;
  }
}

/** «российская сторона», "the Chinese side", «казахстанской стороной»: the country, in the case of the noun. */
function sideMentions(p: Parsed, state: ArticleState): void {
  for (let j = 1; j < p.words.length; j++) {
    const side = p.words[j]!;
    if (!side.word || p.at[j] || !/^(?:сторон[аыеуо]й?|сторону|side)$/.test(side.norm)) continue;
    const i = prevWord(p, j);
    if (i < 0 || p.at[i]) continue;
    const entity = demonymCountry(p.words[i]!.norm, state.catalogue);
    if (entity) addMention(p, { entity, alternatives: [], first: i, last: j, case: side.readings[1]?.case ?? 'nom', poss: false, source: 'pattern' });
  }
}

const PLURAL_ROLE = /^(?:presidents|ministers|leaders|heads|президенты|министры|лидеры|главы)$/;

/**
 * "The Presidents of Chile and Poland, Gabriel Boric and Andrzej Duda": each name
 * takes the title for the country in the same place of the list.
 */
function pluralTitles(p: Parsed, state: ArticleState, lex: SvoLexicon): Title[] {
  const out: Title[] = [];
  for (let i = 0; i < p.words.length; i++) {
    if (!PLURAL_ROLE.test(p.words[i]!.norm)) continue;
    // «Presidents of Chile» read as a title "President of Chile": undo, keep the country inside
    const whole = p.at[i];
    if (whole && whole.first === i && whole.entity.type === 'role') {
      const inside = matchInside(p.s, state.catalogue, i + 1, whole.last, whole.entity);
      removeMention(p, whole);
      if (inside) addMention(p, asCatalogueMention(inside));
    }
    const en = roleHead(lex, p.words[i]) ?? (/^(?:leaders|лидеры|heads|главы)$/.test(p.words[i]!.norm) ? 'Head of State' : null);
    if (!en) continue;
    let k = nextWord(p, i);
    if (k >= 0 && /^of$/.test(p.words[k]!.norm)) k = nextWord(p, k);
    const first = k >= 0 ? p.at[k] : undefined;
    if (!first || first.entity.type !== 'country') continue;
    const countries = svoCoordinated(lex, p, first).filter((m) => m.entity.type === 'country');
    const lastCountry = countries[countries.length - 1]!;
    let j = lastCountry.last + 1;
    while (p.words[j] && !p.words[j]!.word) j++;
    // the names follow the list, or the list is all there is («президенты Казахстана и Бразилии провели …»)
    const names: Mention[] = [];
    for (let n = 0; n < countries.length && j < p.words.length; n++) {
      const m = p.at[j];
      let who = m && m.entity.type === 'person' ? m : null;
      if (!who && nameWord(lex, p, j)) {
        const last = nameRunFrom(lex, p, j);
        if (last >= 0) addMention(p, (who = person(p, state, j, last, lex.lang)));
      }
      if (!who) break;
      names.push(who);
      j = who.last + 1;
      while (p.words[j] && (!p.words[j]!.word || lex.and.test(p.words[j]!.norm)) && !/^[.;]$/.test(p.words[j]!.text)) j++;
      if (p.words[j] && !p.words[j]!.word) break;
    }
    if (names.length !== countries.length) continue;
    const role = state.catalogue.add(newEntity('role', en, 'en', { en }), []);
    names.forEach((who, n) => {
      out.push({ person: who, role: argFor(p, role, i, i), affiliation: countries[n]! });
      state.roles.set(who.entity.id, role);
      state.affiliations.set(who.entity.id, countries[n]!.entity);
    });
    for (const c of countries) p.modifiers.add(c);
  }
  return out;
}

function genericRole(p: Parsed, state: ArticleState, lex: SvoLexicon, first: number, last: number): EntityRecord | null {
  const en = roleHead(lex, p.words[first]);
  if (!en) return null;
  const label = p.s.text.slice(p.words[first]!.start, p.words[last]!.end);
  return state.catalogue.add(newEntity('role', label, lex.lang, first === last ? { en } : {}), [label]);
}

export function emitTitles(p: Parsed & { svoTitles: Title[] }, state: ArticleState): void {
  for (const t of p.svoTitles) {
    const who = argOf(p, t.person);
    state.emit(who, 'holds_position', t.role, p.sent, 0.8);
    if (t.affiliation) state.emit(who, 'represents', argOf(p, t.affiliation), p.sent, 0.75);
  }
}

/** Actor mentions coordinated with `m` by and/и/commas. */
export function svoCoordinated(lex: SvoLexicon, p: Parsed, m: Mention): Mention[] {
  const out = [m];
  let cur = m;
  for (;;) {
    const j = cur.last + 1;
    const w = p.words[j];
    if (!w || !(lex.and.test(w.norm) || w.text === ',')) break;
    let k = nextWord(p, j);
    if (k < 0 && p.words[j + 1] && lex.and.test(p.words[j + 1]!.norm)) k = nextWord(p, j + 1);
    let next = k >= 0 ? p.at[k] : undefined;
    if (next && p.modifiers.has(next)) {
      const t = (p as Parsed & { svoTitles?: Title[] }).svoTitles?.find((x) => x.role.span[0] === p.words[next!.first]!.start);
      next = t?.person;
    }
    if (!next && k >= 0) {
      // «министр энергетики Чили Диего Парра»: a title before the next name
      const t = (p as Parsed & { svoTitles?: Title[] }).svoTitles?.find((x) => x.role.span[0] === p.words[k]!.start);
      next = t?.person;
    }
    if (!next || !isActor(next) || next.first <= cur.last) break;
    out.push(next);
    cur = next;
  }
  return out;
}

/** The mention right after preposition word `prep` (skipping titles before a name). */
export function afterWord(p: Parsed & { svoTitles?: Title[] }, prep: number): Mention | null {
  // "with French President Emmanuel Macron": up to two words (an article, an adjective) before the name
  for (let k = nextWord(p, prep), n = 0; k >= 0 && n < 3; k = nextWord(p, k), n++) {
    const m = p.at[k];
    if (m && !p.modifiers.has(m)) return m;
    const t = p.svoTitles?.find((x) => x.role.span[0] === p.words[k]!.start || (m && x.affiliation === m));
    if (t) return t.person;
    if (m) return null;
  }
  return null;
}
