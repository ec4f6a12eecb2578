// New names in Kazakh text, found by pattern: people after an office title or with a surname ending,
// organisations by head nouns («… компаниясы», «“…” қоры») and Latin-script names, places by «облысы».
import type { EntityRecord, EntityType } from '../core/types';
import type { ArticleCatalogue } from './catalogue';
import { KK_ORG_HEADS, KK_PLACE_HEADS, KK_ROLE_HEADS, KK_STOP } from './kk-lexicon';
import type { Mention } from './mentions';
import { newEntity, personNames } from './new-entity';
import { addMention, nextWord, removeMention, type Parsed } from './parsed-sentence';
import { looseKey } from './tokens';
import type { Word } from './words';

const SURNAME = /(?:ов|ев|ёв|ова|ева|ұлы|қызы|улы|кызы|баев|баева|бекова|инов|ина|ин)$/;
const ROMAN = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)$/;

export const keysOf = (w: Word): string[] => w.readings.map((r) => r.key);
const hasKey = (w: Word | undefined, set: ReadonlySet<string>): boolean => !!w && w.readings.some((r) => set.has(r.key));

// The last word of every title, to rule most words out with one lookup.
const ROLE_LAST_WORDS: ReadonlySet<string> = new Set([...KK_ROLE_HEADS.keys()].map((k) => k.split(' ').pop()!));

// Asked of every word, several times: whether it can end a title at all, worked out once per word form.
function mayEndTitle(w: Word): boolean {
  const form = w.form;
  if (form && form.endsTitle !== null && form.readings === w.readings) return form.endsTitle;
  const yes = w.readings.some((r) => ROLE_LAST_WORDS.has(r.key) || r.key.endsWith('министр') || r.key.endsWith('президент'));
  if (form && form.readings === w.readings) form.endsTitle = yes;
  return yes;
}

/** English name of the office title ending at word `i`, and where the title word starts. */
export function roleHeadAt(p: Parsed, i: number): { en: string; first: number } | null {
  const w = p.words[i];
  if (!w?.word || w.latin) return null;
  if (!mayEndTitle(w)) return null;
  const prev = i > 0 ? p.words[i - 1] : undefined;
  for (const r of w.readings) {
    if (prev?.word && w.hyphenated) {
      const en = KK_ROLE_HEADS.get(looseKey(prev.norm) + r.key);
      if (en) return { en, first: i - 1 };
    }
    if (prev?.word) {
      for (const pr of prev.readings) {
        const en = KK_ROLE_HEADS.get(`${pr.key} ${r.key}`);
        if (en) return { en, first: i - 1 };
      }
    }
    const en = KK_ROLE_HEADS.get(r.key);
    if (en) return { en, first: i };
  }
  return null;
}

/** Can word `i` be part of a person's or company's name? */
function nameLike(p: Parsed, i: number): boolean {
  const w = p.words[i];
  if (!w?.word || !w.cap || w.acronym || ROMAN.test(w.text) || hasKey(w, KK_STOP) || roleHeadAt(p, i)) return false;
  const m = p.at[i];
  return !m || m.entity.type === 'person';
}

/** Restore the written form of a word cut to `length` letters (its nominative). */
const cut = (w: Word, length: number): string => w.text.slice(0, length);

/** The label of words [first, last]: as written, the last word without its case ending. */
export function nominativeLabel(p: Parsed, first: number, last: number, keepPoss = true): string {
  const lastWord = p.words[last]!;
  const reading = lastWord.readings.find((r) => r.case !== 'nom' && (keepPoss || !r.poss)) ?? lastWord.readings[0];
  const stem = reading ? cut(lastWord, reading.caseStem.length) : lastWord.text;
  const head = p.s.text.slice(p.words[first]!.start, lastWord.start);
  return (head + stem).replace(/-$/, '');
}

function caseOf(w: Word): Pick<Mention, 'case' | 'poss'> {
  const r = w.readings.find((x) => x.case !== 'nom');
  return { case: r?.case ?? 'nom', poss: r?.poss ?? false };
}

/**
 * A mention the patterns found, its case from its last word: written out field by field in the order of
 * every other mention (a spread of the case would give it a hidden class of its own in V8, which does not
 * outlive the article's mentions and takes optimised code with it when it goes).
 */
function patternMention(entity: EntityRecord, first: number, last: number, lastWord: Word): Mention {
  const c = caseOf(lastWord);
  return { entity, alternatives: [], first, last, case: c.case, poss: c.poss, source: 'pattern' };
}

function personMention(p: Parsed, cat: ArticleCatalogue, first: number, last: number): Mention {
  const label = nominativeLabel(p, first, last, false);
  const fresh = newEntity('person', label, p.s.lang);
  // «Тоқаев» named first, «Қасым-Жомарт Тоқаев» now: one person, under the full name
  const partial = p.at[last];
  const entity = partial && partial.entity.type === 'person' && cat.isNew(partial.entity)
    ? cat.upgrade(partial.entity, fresh, personNames(label))
    : cat.add(fresh, personNames(label));
  if (partial) removeMention(p, partial);
  return patternMention(entity, first, last, p.words[last]!);
}

/** A person mention of one word that is new in this article: a surname a fuller name may extend. */
const partialPerson = (p: Parsed, cat: ArticleCatalogue, i: number): boolean => {
  const m = p.at[i];
  return !!m && m.first === i && m.last === i && m.entity.type === 'person' && cat.isNew(m.entity) && !/\s/.test(m.entity.label_kk || m.entity.label_ru);
};


/** A title head within the next three words, with only its own words between. */
function opensTitle(p: Parsed, k: number): boolean {
  for (let j = nextWord(p, k), n = 0; j >= 0 && n < 3; j = nextWord(p, j), n++) {
    if (roleHeadAt(p, j)) return true;
    if (p.at[j] || hasKey(p.words[j], KK_STOP)) return false;
  }
  return false;
}

/** The name run starting at word `j`: up to four capitalised words, ending at the first inflected one. */
function nameRun(p: Parsed, j: number, cat: ArticleCatalogue): number {
  let last = -1;
  for (let k = j, n = 0; k >= 0 && n < 4; k = nextWord(p, k), n++) {
    const w = p.words[k]!;
    const roman = ROMAN.test(w.text.split('-')[0]!) && last >= 0;
    if (!roman && !nameLike(p, k)) break;
    // «Жан Барро Германия Сыртқы істер министрі …»: a capitalised word opening the next title is not his
    if (last >= 0 && opensTitle(p, k)) break;
    if (p.at[k]) {
      if (last >= 0 && partialPerson(p, cat, k)) last = k;
      break;
    }
    last = k;
    if (caseOf(w).case !== 'nom' || /-/.test(w.text)) break;
  }
  return last;
}

/** People named right after an office title: «министрі Ермек Көшербаев», «королі Харальд V-тің». */
function namesAfterTitles(p: Parsed, cat: ArticleCatalogue): void {
  for (let i = 0; i < p.words.length; i++) {
    const roleMention = p.at[i]?.entity.type === 'role' ? p.at[i] : undefined;
    const isTitle = roleMention ? roleMention.last === i : !!roleHeadAt(p, i) && !p.at[i];
    // a plural title («министрлері», «басшыларының») is not followed by one person's name
    if (!isTitle || /(?:лар|лер|дар|дер|тар|тер)/.test(p.words[i]!.norm.slice(-8))) continue;
    const j = nextWord(p, i);
    if (j < 0 || p.at[j] || !nameLike(p, j)) continue;
    const last = nameRun(p, j, cat);
    if (last >= 0) addMention(p, personMention(p, cat, j, last));
  }
}

/** «Қасым-Жомарт Тоқаев», «Серік Жұмабеков»: a surname ending and up to two given names before it. */
function namesBySurname(p: Parsed, cat: ArticleCatalogue): void {
  for (let i = 0; i < p.words.length; i++) {
    const w = p.words[i]!;
    if ((p.at[i] && !partialPerson(p, cat, i)) || !nameLike(p, i) || w.latin) continue;
    if (!w.readings.some((r) => SURNAME.test(r.caseStem) && r.caseStem.length > 4)) continue;
    let first = i;
    for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
      const t = p.words[k]!;
      if (!t.word || p.at[k] || !nameLike(p, k) || caseOf(t).case !== 'nom') break;
      first = k;
    }
    if (p.at[i] && first === i) continue;
    addMention(p, personMention(p, cat, first, i));
  }
}

const LATIN_JOINERS = new Set(['&', 'and', 'of', 'Co', 'Ltd', 'LLC', 'Inc', 'AG', 'SA', 'JSC', 'PLC', 'GmbH']);

function orgMention(p: Parsed, cat: ArticleCatalogue, first: number, last: number, label: string, type: EntityType = 'organization'): Mention {
  const entity = cat.add(newEntity(type, label, p.s.lang, p.s.lang === 'kk' && /[A-Za-z]/.test(label) ? { en: label } : {}), [label]);
  return patternMention(entity, first, last, p.words[last]!);
}

/** «Tenir Mining», «Delta Minerals Ltd. ұйымымен», «компаниясы NAMCO». */
function latinNames(p: Parsed, cat: ArticleCatalogue): void {
  const latinMention = (k: number): boolean => {
    const m = p.at[k];
    return !!m && m.entity.type === 'organization' && m.first === k && p.words.slice(m.first, m.last + 1).every((t) => !t.word || t.latin);
  };
  for (let i = 0; i < p.words.length; i++) {
    const w = p.words[i]!;
    if (!w.word || !w.latin || (p.at[i] && !latinMention(i)) || !(w.cap || w.acronym) || ROMAN.test(w.text.split('-')[0]!)) continue;
    let last = p.at[i]?.last ?? i;
    // «Tenir» known, «Tenir Mining» here: the longer name, as one organisation
    for (let k = nextWord(p, last, /^[.&-]$/); k > 0; k = nextWord(p, k, /^[.&-]$/)) {
      const t = p.words[k]!;
      if (!t.latin || (p.at[k] && !latinMention(k)) || !(t.cap || t.acronym || LATIN_JOINERS.has(t.text))) break;
      last = p.at[k]?.last ?? k;
      k = last;
    }
    if (p.at[i] && last === p.at[i]!.last) {
      // «VinaMetal компаниясын» after «VinaMetal» was named: the head noun carries the case
      const known = p.at[i]!;
      const after = nextWord(p, last);
      if (after > 0 && !p.at[after] && hasKey(p.words[after], KK_ORG_HEADS)) {
        known.last = after;
        p.at[after] = known;
        Object.assign(known, caseOf(p.words[after]!));
      }
      i = known.last;
      continue;
    }
    for (let k = i; k <= last; k++) if (p.at[k]) removeMention(p, p.at[k]!);
    const label = p.s.text.slice(w.start, p.words[last]!.end).replace(/\s+/g, ' ');
    const head = nextWord(p, last, /^[.]$/);
    const withHead = head > 0 && !p.at[head] && hasKey(p.words[head], KK_ORG_HEADS) ? head : last;
    addMention(p, orgMention(p, cat, i, withHead, label));
    i = withHead;
  }
}

/**
 * «“Бәйтерек” холдингі», «Грекияның Ұлттық банкі», «Павлодар облысында»: a head noun and the
 * capitalised or quoted name before it, with at most two lower-case words between.
 */
function namesByHead(p: Parsed, cat: ArticleCatalogue): void {
  for (let h = 0; h < p.words.length; h++) {
    const w = p.words[h]!;
    if (!w.word || p.at[h]) continue;
    const type: EntityType | null = hasKey(w, KK_ORG_HEADS) ? 'organization' : hasKey(w, KK_PLACE_HEADS) ? 'place' : null;
    if (!type) continue;
    let first = -1;
    let lower = 0;
    for (let k = h - 1; k >= 0 && h - k <= 6; k--) {
      const t = p.words[k]!;
      if (t.text === '”' || t.text === '»' || t.text === '"') {
        const open = findOpenQuote(p, k);
        if (open >= 0) first = open;
        break;
      }
      if (!t.word || p.at[k] || hasKey(t, KK_STOP) || caseOf(t).case !== 'nom') break;
      if (t.cap && k > 0) first = k;
      else if (t.cap && k === 0) first = k;
      else if (++lower > 2) break;
      if (t.cap) continue;
    }
    if (first < 0) continue;
    // a genitive country or organisation right before belongs to the name: «Грекияның Ұлттық банкі»
    const before = first > 0 ? p.at[first - 1] : undefined;
    const from = before && before.case === 'gen' && (before.entity.type === 'country' || before.entity.type === 'organization') ? before.first : first;
    if (from !== first && before) {
      const i = p.mentions.indexOf(before);
      if (i >= 0) p.mentions.splice(i, 1);
      for (let t = before.first; t <= before.last; t++) p.at[t] = undefined;
    }
    const m = orgMention(p, cat, from, h, nominativeLabel(p, from, h), type);
    if (from !== first && before) m.entity = withCountry(m.entity, before.entity);
    addMention(p, m);
  }
}

function withCountry(e: EntityRecord, c: EntityRecord): EntityRecord {
  if (c.type === 'country' && !e.country) e.country = c.id;
  return e;
}

function findOpenQuote(p: Parsed, close: number): number {
  for (let k = close - 1; k >= 0 && close - k <= 8; k--) if (/^[“«"„]$/.test(p.words[k]!.text)) return k;
  return -1;
}

/** All pattern names of a Kazakh sentence, added to `p` where they do not overlap catalogue mentions. */
export function findKazakhNames(p: Parsed, cat: ArticleCatalogue): void {
  namesAfterTitles(p, cat);
  latinNames(p, cat);
  namesByHead(p, cat);
  namesBySurname(p, cat);
}
