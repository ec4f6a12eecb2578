// Clause structure for the Kazakh rules: where the clause of a verb starts (Kazakh is verb-final, so
// a clause ends at its finite verb), who its subject is, and which arguments carry which case.
import type { EntityType } from '../core/types';
import type { Arg, ArticleState } from './article-state';
import type { Case } from './kazakh-morphology';
import { KK_BOTH_SIDES, KK_ORG_HEADS } from './kk-lexicon';
import { hasStem } from './words';
import { endsClause, KK_MODAL_WORDS } from './kk-verbs';
import type { ArticleCatalogue } from './catalogue';
import { matchInside, type Mention } from './mentions';
import { ACTOR_TYPES, argOf, corefArg, isActor, mentionsIn, nextWord, prevWord, type Parsed } from './parsed-sentence';

const AND = new Set(['мен', 'бен', 'пен', 'және', 'әрі', ',']);
// A nominative noun before these is the object of a postposition, not a subject.
const NOT_SUBJECT_AFTER = /^(?:арасында|арасындағы|туралы|бойынша|жөнінде|жөніндегі|үшін|сияқты|секілді|тарапынан|атынан|қатысуымен|қатысуында)$/;

/** First word of the clause whose verb is word `v`. */
export function clauseStart(p: Parsed, v: number): number {
  for (let i = v - 1; i >= 0; i--) {
    const w = p.words[i]!;
    if (w.norm === 'деп' || w.text === ';' || w.text === ':') return i + 1;
    if (endsClause(p.words, i)) return i + 1;
  }
  return 0;
}

/** Last word of the clause whose verb is `v` or that contains word `v`. */
export function clauseEnd(p: Parsed, v: number): number {
  for (let i = v; i < p.words.length; i++) if (endsClause(p.words, i) || p.words[i]!.text === ';') return i;
  return p.words.length - 1;
}

const ORIGIN = /^[а-яәғқңөұүһі]{3,}(?:лық|лік|дық|дік|тық|тік)$/;

/**
 * The token after a name's apposition: «“Тау-Кен Самұрық” ұлттық тау-кен компаниясы мен …» goes on after
 * «компаниясы», up to three lower-case words ending in an organisation head.
 */
function afterApposition(p: Parsed, j: number): number {
  let k = j;
  while (p.words[k] && !p.words[k]!.word && /^[»”"]$/.test(p.words[k]!.text)) k++;
  for (let n = 0; n < 4 && p.words[k]; n++, k++) {
    const w = p.words[k]!;
    if (!w.word || p.at[k] || w.cap) break;
    if (hasStem(w, KK_ORG_HEADS)) return k + 1;
  }
  return j;
}

/** Mentions coordinated with `m` by «мен», «және» or a comma: «Қазақстан мен Өзбекстан», «X, Y және Z». */
export function coordinated(p: Parsed, m: Mention, types: readonly EntityType[] = ACTOR_TYPES): Mention[] {
  const out = [m];
  let cur = m;
  for (;;) {
    const j = afterApposition(p, cur.last + 1);
    const w = p.words[j];
    if (!w || !AND.has(w.norm)) break;
    let k = w.word ? nextWord(p, j) : nextWord(p, j) < 0 ? j + 1 : nextWord(p, j);
    // «… мен вьетнамдық VinaMetal корпорациясы»: an adjective of origin before the next name
    if (k >= 0 && !p.at[k] && ORIGIN.test(p.words[k]!.norm) && p.at[nextWord(p, k)]) k = nextWord(p, k);
    let next = k >= 0 ? p.at[k] : undefined;
    // «…Вэнс, Мемлекеттік хатшы Марко Рубио …»: skip the title before the next name
    if (next && p.modifiers.has(next)) {
      const group = p.titles.find((g) => g.first === next!.first);
      next = group?.person;
    }
    if (!next || !types.includes(next.entity.type) || next.first <= cur.last) break;
    out.push(next);
    cur = next;
  }
  return out;
}

const subjectLike = (p: Parsed, m: Mention): boolean => {
  if (!isActor(m) || m.case !== 'nom' || p.modifiers.has(m)) return false;
  const after = p.words[nextWord(p, m.last)];
  if (after && NOT_SUBJECT_AFTER.test(after.norm)) return false;
  // «X мен Y арасында»: the pair before арасында is not the subject either
  const coord = coordinated(p, m);
  const tail = p.words[nextWord(p, coord[coord.length - 1]!.last)];
  return !(tail && NOT_SUBJECT_AFTER.test(tail.norm));
};

/** The plural «министрлер», «басшылары», «тараптар» standing for the two sides of the last talk. */
function bothSides(p: Parsed, from: number, to: number, state: ArticleState): Arg[] {
  if (!state.lastPair) return [];
  for (let i = from; i < to; i++) {
    const w = p.words[i]!;
    if (!w.word || p.at[i]) continue;
    const plural = /(?:лар|лер|дар|дер|тар|тер)(?:ы|і)?$/.test(w.norm);
    if (plural && w.readings.some((r) => KK_BOTH_SIDES.has(r.key) && r.case === 'nom')) {
      const [a, b] = state.lastPair;
      const at = (x: Arg): Arg => corefArg(x, w.text, [w.start, w.end]);
      return [at(a), at(b)];
    }
  }
  return [];
}

export interface SubjectOptions {
  /** Take the last sentence's subject when this one has none. */
  carry?: boolean;
  /** Search from here instead of the clause start. */
  from?: number;
}

/** Subjects of the verb at `v`: the first nominative actor of its clause (and those coordinated with it). */
export function subjectsOf(p: Parsed, v: number, state: ArticleState, opts: SubjectOptions = {}): Arg[] {
  const start = opts.from ?? clauseStart(p, v);
  for (const from of start > 0 ? [start, 0] : [0]) {
    const m = mentionsIn(p, from, v).find((x) => subjectLike(p, x));
    if (m?.group) return m.group.map((e) => argOf(p, m, e));
    if (m?.plural && state.lastPair) return state.lastPair.map((x) => corefArg(x, argOf(p, m).mention, argOf(p, m).span));
    if (m) return coordinated(p, m).map((x) => argOf(p, x));
    const sides = bothSides(p, from, v, state);
    if (sides.length) return sides;
  }
  // carried over only into a sentence that names no actor before the verb
  if (opts.carry && state.lastSubject && !mentionsIn(p, 0, v).some((x) => isActor(x) && !p.modifiers.has(x))) {
    return [corefArg(state.lastSubject, '', [0, 0])];
  }
  return [];
}

/** The actor named right after a participle: «сөйлескен Тоқаев», «келген … Лунгуның». */
export function headAfterParticiple(p: Parsed, v: number): Mention | null {
  const j = nextWord(p, v);
  if (j < 0) return null;
  const m = p.at[j];
  if (m && isActor(m) && !p.modifiers.has(m)) return m;
  const group = p.titles.find((g) => g.first === j || (m && g.first === m.first));
  return group ? group.person : null;
}

/** The last mention before `v` (from `from`) in one of `cases` and of one of `types`. */
export function lastArg(p: Parsed, from: number, v: number, cases: readonly Case[], types: readonly EntityType[]): Mention | null {
  const list = mentionsIn(p, from, v, cases, types);
  return list[list.length - 1] ?? null;
}

/**
 * «X мен Y арасында(ғы)»: the pair, when the sentence has one. Y is the mention right before арасында;
 * X the mention right before the «мен»/«және» that opens Y's phrase («… компаниясы мен Намибияның … NAMCO»).
 */
export function pairBetween(p: Parsed, cat: ArticleCatalogue, types: readonly EntityType[] = ACTOR_TYPES): [Mention, Mention] | null {
  for (let i = 0; i < p.words.length; i++) {
    if (!/^арасында(?:ғы)?$/.test(p.words[i]!.norm)) continue;
    const inside = p.at[i];
    if (inside && inside.first < i) {
      const pair = pairInside(p, cat, inside, i, types);
      if (pair) return pair;
      continue;
    }
    const bIdx = prevWord(p, i);
    const b = bIdx >= 0 ? p.at[bIdx] : undefined;
    if (!b || !types.includes(b.entity.type)) continue;
    for (let k = b.first - 1; k >= 0 && b.first - k <= 8; k--) {
      const w = p.words[k]!;
      if (!/^(?:мен|бен|пен|және)$/.test(w.norm)) {
        if (!w.word && w.text !== '«' && w.text !== '»' && w.text !== '“' && w.text !== '”') break;
        continue;
      }
      const a = p.at[prevWord(p, k)];
      if (a && types.includes(a.entity.type) && a !== b) return [a, b];
      break;
    }
  }
  return null;
}

/** «Қазақстан мен АҚШ арасындағы … меморандум» matched as one catalogue name: the pair inside it. */
function pairInside(p: Parsed, cat: ArticleCatalogue, outer: Mention, at: number, types: readonly EntityType[]): [Mention, Mention] | null {
  for (let k = outer.first + 1; k < at - 1; k++) {
    if (!/^(?:мен|бен|пен|және)$/.test(p.words[k]!.norm)) continue;
    const a = matchInside(p.s, cat, outer.first, k - 1, outer.entity);
    const b = matchInside(p.s, cat, k + 1, at - 1, outer.entity);
    if (a && b && a.last === k - 1 && b.last === at - 1 && types.includes(a.entity.type) && types.includes(b.entity.type)) return [a, b];
  }
  return null;
}

/** A modal word (ниетті, жоспарлап, тиіс) in the clause: the act is planned, not done. */
export function modalIn(p: Parsed, from: number, to: number): boolean {
  for (let i = from; i <= to && i < p.words.length; i++) if (KK_MODAL_WORDS.has(p.words[i]!.norm)) return true;
  return false;
}
