// Russian and English rules for standing facts: supplies («поставляет», "exports"), membership («является
// членом», "a member of"), leadership («возглавляет», "headed by"), location («расположен в», "based in")
// and founding («основал», "founded"). Cue words come from each language's lexicon (ru.ts, en.ts).
import type { Arg, ArticleState } from './article-state';
import type { Mention } from './mentions';
import { newEntity } from './new-entity';
import { ACTOR_TYPES, argFor, argOf, nextWord, prevWord, type Parsed } from './parsed-sentence';
import { afterWord, svoCoordinated, type SvoLexicon, type Title } from './svo';

type SvoParsed = Parsed & { svoTitles: Title[] };

export interface FactWords {
  supply: RegExp;
  member: RegExp;
  /** The word after a member cue that makes it membership («члены» alone is not): "of"; '' for none needed. */
  memberOf: RegExp;
  /** «возглавляет», "heads": leader before, led after (or the reverse in Russian inversion). */
  lead: RegExp;
  /** "headed by", «во главе с»: led before, leader after. */
  ledBy: RegExp;
  located: RegExp;
  founded: RegExp;
  negation: RegExp;
  /** Words that end a noun phrase of goods or of a subject read to the right. */
  stop: RegExp;
}

/** Words from `from` up to a stop word, at most `max`: a phrase the catalogue does not hold. */
function phraseFrom(p: SvoParsed, from: number, stop: RegExp, max: number): [number, number] | null {
  let last = -1;
  for (let k = from, n = 0; k >= 0 && k < p.words.length && n < max; k = nextWord(p, k, /^$/), n++) {
    const w = p.words[k]!;
    if (!w.word || stop.test(w.norm) || (p.at[k] && ACTOR_TYPES.includes(p.at[k]!.entity.type))) break;
    last = k;
  }
  return last >= 0 ? [from, last] : null;
}

function made(p: SvoParsed, state: ArticleState, lex: SvoLexicon, type: 'commodity' | 'organization', span: [number, number]): Arg | null {
  const label = p.s.text.slice(p.words[span[0]]!.start, p.words[span[1]]!.end);
  if (label.replace(/[^\p{L}]/gu, '').length < 3) return null;
  const entity = state.catalogue.add(newEntity(type, label, lex.lang), type === 'organization' ? [label] : []);
  return argFor(p, entity, span[0], span[1]);
}

const negated = (f: FactWords, p: Parsed, v: number): boolean => {
  for (let k = prevWord(p, v), n = 0; k >= 0 && n < 2; k = prevWord(p, k), n++) if (f.negation.test(p.words[k]!.norm)) return true;
  return false;
};

/** Goods after a supply verb: commodities and noun phrases joined by commas and and/и; a destination skipped. */
function goodsAfter(f: FactWords, lex: SvoLexicon, p: SvoParsed, v: number, state: ArticleState, into: Arg[]): void {
  const prep = /^(?:в|во|на|из|to|into|from|in)$/;
  for (let k = nextWord(p, v, /^$/), n = 0; k >= 0 && k < p.words.length && n < 14; n++) {
    const w = p.words[k]!;
    if (!w.word) {
      if (w.text !== ',') return;
      k++;
      continue;
    }
    if (lex.and.test(w.norm) || /^(?:and|и|а|also|также)$/.test(w.norm)) {
      k = nextWord(p, k, /^[,]$/);
      continue;
    }
    if (prep.test(w.norm)) {
      // «в Казахстан», "to several countries": the destination, not goods
      const m = p.at[nextWord(p, k)];
      if (into.length) return;
      k = m ? nextWord(p, m.last, /^$/) : nextWord(p, nextWord(p, k), /^$/);
      if (k >= 0 && p.words[k] && !p.at[k] && /^(?:several|many|other|various|ряд|другие|страны)$/.test(p.words[k]!.norm)) k = nextWord(p, k, /^$/);
      continue;
    }
    const m = p.at[k];
    if (m) {
      if (m.entity.type !== 'commodity') return;
      into.push(argOf(p, m));
      k = nextWord(p, m.last, /^$/);
      continue;
    }
    const span = phraseFrom(p, k, f.stop, 4);
    if (!span) return;
    const arg = made(p, state, lex, 'commodity', span);
    if (arg) into.push(arg);
    k = span[1] + 1;
  }
}

/** The mention or title holder right after `v`. */
const after = (p: SvoParsed, v: number): Mention | null => afterWord(p, v);

/** The first actor mention before `v` in this clause (not a title part). */
function actorBefore(p: SvoParsed, v: number, types = ACTOR_TYPES): Mention | null {
  for (const m of p.mentions) if (m.last < v && types.includes(m.entity.type) && !p.modifiers.has(m)) return m;
  return null;
}

/**
 * The subject of a fact verb: the nearest actor before it in its own clause (no comma between), with those
 * coordinated with it; «X заявил, что Азербайджан поставляет …» is about Azerbaijan. Else the sentence's subject.
 */
function nearestSubjects(lex: SvoLexicon, p: SvoParsed, v: number, fallback: (v: number) => Arg[]): Arg[] {
  for (let k = v - 1; k >= 0; k--) {
    const w = p.words[k]!;
    if (!w.word && /^[,;:–—]$/.test(w.text)) break;
    const m = p.at[k];
    if (!m || p.modifiers.has(m) || !ACTOR_TYPES.includes(m.entity.type)) continue;
    let first = m;
    // «Казахстан и Узбекистан являются членами»: back to the first of the list
    for (let j = prevWord(p, first.first, /^[,]$/); j >= 0 && lex.and.test(p.words[j]!.norm); ) {
      const prev = p.at[prevWord(p, j)];
      if (!prev || !ACTOR_TYPES.includes(prev.entity.type)) break;
      first = prev;
      j = prevWord(p, prev.first, /^[,]$/);
    }
    return svoCoordinated(lex, p, first).filter((x) => x.first <= m.first).map((x) => argOf(p, x));
  }
  return fallback(v);
}

export function applySvoFacts(f: FactWords, lex: SvoLexicon, p: SvoParsed, state: ArticleState, sentenceSubjects: (v: number) => Arg[]): void {
  const subjectsAt = (v: number): Arg[] => nearestSubjects(lex, p, v, sentenceSubjects);
  for (let v = 0; v < p.words.length; v++) {
    const w = p.words[v]!;
    if (!w.word) continue;
    if (f.supply.test(w.norm) && !negated(f, p, v)) {
      const goods: Arg[] = [];
      goodsAfter(f, lex, p, v, state, goods);
      for (const s of subjectsAt(v)) for (const g of goods) state.emit(s, 'supplies', g, p.sent, 0.6);
    } else if (f.member.test(w.norm) && !negated(f, p, v)) {
      const k = nextWord(p, v);
      if (k < 0) continue;
      const of = f.memberOf.test(p.words[k]!.norm) ? k : v;
      if (of === v && lex.lang === 'en') continue;
      const first = after(p, of);
      if (!first || first.entity.type !== 'organization') continue;
      const orgs = svoCoordinated(lex, p, first).filter((m) => m.entity.type === 'organization');
      for (const s of subjectsAt(v)) for (const o of orgs) state.emit(s, 'member_of', argOf(p, o), p.sent, 0.65);
    } else if (f.lead.test(w.norm) && !negated(f, p, v)) {
      const before = actorBefore(p, v);
      const next = after(p, v);
      // «SOCAR возглавляет Ровшан Наджаф»: the person comes after in inversion
      if (next?.entity.type === 'person' && before && before.entity.type !== 'person') state.emit(argOf(p, next), 'leads', argOf(p, before), p.sent, 0.65);
      else if (before?.entity.type === 'person' && next && next.entity.type !== 'person') state.emit(argOf(p, before), 'leads', argOf(p, next), p.sent, 0.65);
      else if (next?.entity.type === 'person') {
        // «Делегацию Казахстана возглавил …»: the led group as a phrase
        const start = p.words.findIndex((x) => x.word);
        const span = start >= 0 && start < v && /^(?:делегаци|delegation|группу|комиссию|миссию)/.test(p.words[start]!.norm) ? [start, prevWord(p, v)] as [number, number] : null;
        const group = span ? made(p, state, lex, 'organization', span) : null;
        if (group) state.emit(argOf(p, next), 'leads', group, p.sent, 0.6);
      }
    } else if (f.ledBy.test(w.norm) && p.words[nextWord(p, v)] && /^(?:by|с)$/.test(p.words[nextWord(p, v)]!.norm)) {
      const leader = after(p, nextWord(p, v));
      let k = prevWord(p, v, /^[,]$/);
      const led = k >= 0 ? p.at[k] : undefined;
      if (leader?.entity.type === 'person' && led && led.entity.type !== 'person') state.emit(argOf(p, leader), 'leads', argOf(p, led), p.sent, 0.65);
      void k;
    } else if (f.located.test(w.norm)) {
      const k = nextWord(p, v);
      if (k < 0 || !/^(?:в|во|на|in|at)$/.test(p.words[k]!.norm)) continue;
      const place = after(p, k);
      if (!place || !['place', 'country'].includes(place.entity.type)) continue;
      const subject = actorBefore(p, v, ['organization', 'place', 'event']);
      const start = p.words.findIndex((x) => x.word);
      const span = subject ? null : start >= 0 && start < v ? phraseFrom(p, start, f.stop, 6) : null;
      const thing = subject ? argOf(p, subject) : span ? made(p, state, lex, 'organization', span) : null;
      if (thing) state.emit(thing, 'located_in', argOf(p, place), p.sent, 0.6);
    } else if (f.founded.test(w.norm) && !negated(f, p, v)) {
      const next = p.words[nextWord(p, v)];
      if (next && /^(?:by|in)$/.test(next.norm)) {
        // "X, founded by Y": Y established X
        const founder = after(p, nextWord(p, v));
        const thing = actorBefore(p, v, ['organization', 'event', 'document']);
        if (founder && thing && next.norm === 'by') state.emit(argOf(p, founder), 'established', argOf(p, thing), p.sent, 0.6);
        continue;
      }
      const object = after(p, v);
      if (!object || !['organization', 'event', 'document'].includes(object.entity.type)) continue;
      for (const s of subjectsAt(v)) state.emit(s, 'established', argOf(p, object), p.sent, 0.6);
    }
  }
}
