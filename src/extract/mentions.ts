// Mentions: runs of words that name an entity. Catalogue names match greedily, longest first, over the
// readings of each word, so «Ермек Көшербаевтың», «Кошербаева» and «Kosherbayev» find one entity.
import type { EntityRecord, Span } from '../core/types';
import { EMPTY_ENTRY, lastWordIndex, NO_PAIR_NAMES, pairNames, type ArticleCatalogue, type CatalogueName } from './catalogue';
import type { Case } from './kazakh-morphology';
import { readingFor, type SentenceWords, type Word } from './words';

export interface Mention {
  entity: EntityRecord;
  /** Other entities with the same name (a role title shared by several countries). */
  alternatives: readonly EntityRecord[];
  /** Token indices, inclusive. */
  first: number;
  last: number;
  case: Case;
  poss: boolean;
  source: 'catalogue' | 'pattern' | 'anaphor';
  /** For a title standing for its holder («Министр» → the minister): the title itself. */
  role?: EntityRecord;
  /** A plural title («министрлер»): the two sides of the last conversation. */
  plural?: boolean;
  /** A plural title the text resolves to several people: «Қазақстан мен Венгрия СІМ басшылары». */
  group?: EntityRecord[];
}

// Between the words of one name: nothing, or the dots of U.S., the hyphen of a compound, quote marks.
const NAME_GAP = new Set(['.', '-', '"', '“', '”', '«', '»', "'", '’', '‘', '„']);

export const mentionSpan = (s: SentenceWords, m: Mention): Span => [s.tokens[m.first]!.start, s.tokens[m.last]!.end];
export const mentionText = (s: SentenceWords, m: Mention): string => s.text.slice(s.tokens[m.first]!.start, s.tokens[m.last]!.end);

/** Index of the next word token after `i`, when only name-internal punctuation lies between. */
function nextNameWord(tokens: readonly Word[], i: number): number {
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.word) return j;
    if (!NAME_GAP.has(t.text)) return -1;
  }
  return -1;
}

const wordMatches = (w: Word, keys: readonly string[]): boolean => {
  for (const k of w.keys) if (keys.includes(k)) return true;
  return false;
};

/** Last token index of `name` matched from token `i`, or -1. */
function matchName(tokens: readonly Word[], i: number, name: CatalogueName): number {
  let j = i;
  for (let k = 0; k < name.words.length; k++) {
    if (k > 0) {
      j = nextNameWord(tokens, j);
      if (j < 0) return -1;
    }
    const w = tokens[j]!;
    if (name.acronym && !(w.acronym || /^\d/.test(w.text))) return -1;
    if (name.proper && !w.cap) return -1;
    if (!wordMatches(w, name.words[k]!)) return -1;
  }
  return j;
}

interface Match {
  last: number;
  names: readonly CatalogueName[];
  /** `names` is a list the shared catalogue keeps (and its ranking may be kept with it). */
  shared: boolean;
}

const NO_KEYS: readonly string[] = [];
// longestAt's lists when they are one list of two-word names
const twoList: (readonly CatalogueName[])[] = [[]];

/** Names that may start at word `i`: one-word names of its readings, longer ones by its first two words. */
function candidatesAt(tokens: readonly Word[], i: number, cat: ArticleCatalogue): (readonly CatalogueName[])[] {
  const w = tokens[i]!;
  const j = nextNameWord(tokens, i);
  const second = j >= 0 ? tokens[j]! : null;
  const out: (readonly CatalogueName[])[] = [];
  for (const k of w.keys) cat.candidates(k, second ? second.keys : NO_KEYS, out);
  return out;
}

// Scratch of bestMatchAt, reused from call to call (it does not re-enter itself).
const longLists: (readonly CatalogueName[])[] = [];
const oneLists: (readonly CatalogueName[])[] = [];
const chain: number[] = [];
const positions: number[] = [];
const ascending = (a: number, b: number): number => a - b;
// Each lookup marks the names it tries with a number of its own, so a name under several keys is tried once.
let lookupNo = 0;

const numberLike = (w: Word): boolean => {
  const c = w.text.charCodeAt(0);
  return c >= 48 && c <= 57;
};

/**
 * The longest names that start at word `i`, all of them if several (each once). Names of two words or more
 * are looked up by the keys of their first two words, so only the words after those are compared; one-word
 * names come from the shared catalogue already sorted by how they may be written (capitals, acronyms).
 */
function bestMatchAt(tokens: readonly Word[], i: number, cat: ArticleCatalogue): Match | null {
  const w = tokens[i]!;
  if (!w.word) return null;
  const entry = cat.wordEntry(w);
  const own = cat.hasOwn;
  if (entry === EMPTY_ENTRY && !own) return null;
  const j = nextNameWord(tokens, i);
  const secondKeys = j >= 0 ? tokens[j]!.keys : NO_KEYS;
  const pair = j >= 0 ? pairNames(entry, secondKeys) : NO_PAIR_NAMES;
  // emptied only when used: setting an array's length is a call of its own
  if (oneLists.length !== 0) oneLists.length = 0;
  if (longLists.length !== 0) longLists.length = 0;
  if (own) cat.ownCandidates(w.keys, secondKeys, oneLists, longLists);
  let best: Match | null = null;
  const byThird = pair.byThird;
  if (longLists.length !== 0) {
    // the article's own names too: every list as it is
    for (const list of pair.lists) longLists.push(list);
    best = longestAt(tokens, i, j, longLists);
  } else if (!byThird) {
    if (pair.lists.length !== 0) best = longestAt(tokens, i, j, pair.lists);
  } else {
    // many shared names: those of three words or more by their third word, else those of two
    if (byThird.size !== 0) {
      const k = nextNameWord(tokens, j);
      if (k >= 0) {
        for (const key of tokens[k]!.keys) {
          const list = byThird.get(key);
          if (list) longLists.push(list);
        }
      }
      if (longLists.length !== 0) best = longestAt(tokens, i, j, longLists);
    }
    if (!best && pair.two.length !== 0) {
      twoList[0] = pair.two;
      best = longestAt(tokens, i, j, twoList);
    }
  }
  if (best) return best;
  // no longer name: the one-word names the word may be
  const shared = entry.one[(w.cap ? 1 : 0) + (w.acronym || numberLike(w) ? 2 : 0)]!;
  if (oneLists.length === 0) return shared.length ? { last: i, names: shared, shared: true } : null;
  const mark = ++lookupNo;
  const names: CatalogueName[] = [];
  for (const list of oneLists) {
    for (const name of list) {
      if (name.tried === mark) continue;
      name.tried = mark;
      if ((name.proper && !w.cap) || (name.acronym && !(w.acronym || numberLike(w)))) continue;
      names.push(name);
    }
  }
  for (const name of shared) names.push(name);
  return names.length ? { last: i, names, shared: false } : null;
}

// The state of one longestAt call, kept at module level so the hot loop allocates nothing but its result.
let words: readonly Word[] = [];
/** Token indices of the name words from the start on (chain[k] is word k), worked out as far as names need. */
let known = 0;
let ended = false;
let mark = 0;
let best: CatalogueName[] | null = null;
let bestLength = 0;

/** Whether the name words reach `length` words from the start. */
function reach(length: number): boolean {
  while (known < length && !ended) {
    const next = nextNameWord(words, chain[known - 1]!);
    if (next < 0) ended = true;
    else chain[known++] = next;
  }
  return length <= known;
}

/** A name of `length` words whose first two words match (the lists are keyed by them): the rest, the writing. */
function consider(name: CatalogueName, length: number): void {
  if (mark) {
    if (name.tried === mark) return;
    name.tried = mark;
  }
  let ok = true;
  for (let k = 2; k < length && ok; k++) ok = wordMatches(words[chain[k]!]!, name.words[k]!);
  if (ok && name.acronym) for (let k = 0; k < length && ok; k++) ok = words[chain[k]!]!.acronym || numberLike(words[chain[k]!]!);
  if (ok && name.proper) ok = words[chain[0]!]!.cap;
  if (!ok) return;
  if (!best || length > bestLength) {
    best = [name];
    bestLength = length;
  } else best.push(name);
}

/** The longest names of two words or more in `lists` that start at word `i` (its next name word is `j`). */
function longestAt(tokens: readonly Word[], i: number, j: number, lists: readonly (readonly CatalogueName[])[]): Match | null {
  words = tokens;
  chain[0] = i;
  chain[1] = j;
  known = 2;
  ended = false;
  // a name can sit in several lists (under several keys of one word): only then remember which were tried
  mark = lists.length > 1 ? ++lookupNo : 0;
  best = null;
  bestLength = 0;
  for (let l = 0; l < lists.length; l++) {
    const names = lists[l]!;
    const index = lastWordIndex(names);
    if (!index) {
      for (const name of names) {
        const length = name.words.length;
        // names come longest first: a shorter one cannot beat the match in hand
        if (best && length < bestLength) break;
        if (reach(length)) consider(name, length);
      }
      continue;
    }
    // a longer list: for each length, only the names whose last word is the word there
    for (let n = 0; n < index.lengths.length; n++) {
      const length = index.lengths[n]!;
      if (best && length < bestLength) break;
      if (!reach(length)) continue;
      const byLast = index.byLast[n]!;
      let at: readonly number[] | undefined;
      let merged = false;
      for (const k of words[chain[length - 1]!]!.keys) {
        const more = byLast.get(k);
        if (!more) continue;
        if (!at) at = more;
        else {
          if (!merged) (positions.length = 0), positions.push(...at), (merged = true);
          positions.push(...more);
        }
      }
      if (!at) continue;
      if (merged) {
        positions.sort(ascending);
        at = positions;
      }
      let previous = -1;
      for (const pos of at) {
        if (pos !== previous) consider(names[pos]!, length);
        previous = pos;
      }
    }
  }
  const found: CatalogueName[] | null = best;
  best = null;
  words = [];
  return found ? { last: chain[bestLength - 1]!, names: found, shared: false } : null;
}

interface Ranked {
  top: CatalogueName;
  alternatives: readonly EntityRecord[];
}

const NO_ENTITIES: readonly EntityRecord[] = [];
// The ranking of a list of names the shared catalogue gives again and again (a surname many people share).
const rankedLists = new WeakMap<readonly CatalogueName[], Ranked>();

/** The name that wins (labels before aliases, later sources first) and the other entities named alike. */
function rank(list: readonly CatalogueName[], keep: boolean): Ranked {
  if (list.length === 1) return { top: list[0]!, alternatives: NO_ENTITIES };
  const kept = keep ? rankedLists.get(list) : undefined;
  if (kept) return kept;
  if (list.length === 2 && !keep) {
    // two names (a label and an alias, two people): what the sort below gives, without a copy of the list
    const [a, b] = list as readonly [CatalogueName, CatalogueName];
    const top = b.rank < a.rank ? b : a;
    const other = top === a ? b : a;
    return { top, alternatives: other.entity.id === top.entity.id ? NO_ENTITIES : [other.entity] };
  }
  const names = [...list].sort((a, b) => a.rank - b.rank);
  const top = names[0]!;
  const seen = new Set<string>([top.entity.id]);
  const alternatives: EntityRecord[] = [];
  for (const n of names) if (!seen.has(n.entity.id)) (seen.add(n.entity.id), alternatives.push(n.entity));
  const ranked = { top, alternatives };
  if (keep) rankedLists.set(list, ranked);
  return ranked;
}

function toMention(s: SentenceWords, i: number, m: Match): Mention {
  const { top, alternatives } = rank(m.names, m.shared);
  const reading = readingFor(s.tokens[m.last]!, top.entityKeys);
  return { entity: top.entity, alternatives, first: i, last: m.last, case: reading?.case ?? 'nom', poss: reading?.poss ?? false, source: 'catalogue' };
}

/**
 * Catalogue mentions of a sentence, left to right, longest match first, not overlapping. Words for which
 * `functionWord` holds (auxiliaries like «болатын», which also read as «болат» + ending) start no name.
 */
export function matchCatalogue(s: SentenceWords, cat: ArticleCatalogue, functionWord: (w: Word) => boolean = () => false): Mention[] {
  const out: Mention[] = [];
  const tokens = s.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (functionWord(tokens[i]!)) continue;
    const m = bestMatchAt(tokens, i, cat);
    if (!m) continue;
    // a name may start inside a longer one that begins later: prefer the longer (ҚР | ҚР Сыртқы істер министрі)
    out.push(toMention(s, i, m));
    i = m.last;
  }
  return out;
}

/** The catalogue mention of exactly tokens [first, last], if the whole run is one name. */
export function matchExactly(s: SentenceWords, cat: ArticleCatalogue, first: number, last: number): Mention | null {
  const m = bestMatchAt(s.tokens, first, cat);
  return m && m.last === last ? toMention(s, first, m) : null;
}

/** The first catalogue mention inside tokens [first, last] (a country inside a role title). */
export function matchInside(s: SentenceWords, cat: ArticleCatalogue, first: number, last: number, exclude: EntityRecord): Mention | null {
  for (let i = first; i <= last; i++) {
    const m = bestMatchAt(s.tokens, i, cat);
    if (!m) continue;
    const names = m.names.filter((n) => n.entity.id !== exclude.id);
    if (names.length && m.last <= last) return toMention(s, i, { last: m.last, names, shared: false });
    // a shorter name inside: try each name's own end
    const within = nameWordsWithin(s.tokens, i, last);
    for (const names of candidatesAt(s.tokens, i, cat)) {
      const name = firstWithin(s.tokens, i, names, within, exclude);
      if (name) return toMention(s, i, { last: insideChain[name.words.length - 1]!, names: [name], shared: false });
    }
  }
  return null;
}

// Token indices of the name words from a start, as far as a bound (matchInside's own, not longestAt's).
const insideChain: number[] = [];
const insidePositions: number[] = [];

/** How many name words follow on from word `i` without passing token `last` (their indices: insideChain). */
function nameWordsWithin(tokens: readonly Word[], i: number, last: number): number {
  let n = 0;
  for (let j = i; j >= 0 && j <= last; j = nextNameWord(tokens, j)) insideChain[n++] = j;
  return n;
}

/**
 * The first name of `names` (in its order: longest first) that matches from word `i` and ends within the
 * `within` name words there, not one of `exclude`. Longer names are skipped unread; a long list of the
 * shared catalogue is read only at the names whose last word fits.
 */
function firstWithin(tokens: readonly Word[], i: number, names: readonly CatalogueName[], within: number, exclude: EntityRecord): CatalogueName | null {
  const index = lastWordIndex(names);
  if (!index) {
    for (const name of names) {
      if (name.words.length > within || name.entity.id === exclude.id) continue;
      if (matchName(tokens, i, name) >= 0) return name;
    }
    return null;
  }
  for (let n = 0; n < index.lengths.length; n++) {
    const length = index.lengths[n]!;
    if (length > within) continue;
    insidePositions.length = 0;
    for (const k of tokens[insideChain[length - 1]!]!.keys) {
      const at = index.byLast[n]!.get(k);
      if (at) for (const pos of at) insidePositions.push(pos);
    }
    insidePositions.sort(ascending);
    for (const pos of insidePositions) {
      const name = names[pos]!;
      if (name.entity.id !== exclude.id && matchName(tokens, i, name) >= 0) return name;
    }
  }
  return null;
}
