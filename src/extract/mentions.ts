// Mentions: runs of words that name an entity. Catalogue names match greedily, longest first, over the
// readings of each word, so «Ермек Көшербаевтың», «Кошербаева» and «Kosherbayev» find one entity.
import type { EntityRecord, Span } from '../core/types';
import type { ArticleCatalogue, CatalogueName } from './catalogue';
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
  names: CatalogueName[];
}

const NO_KEYS: readonly string[] = [];

/** Names that may start at word `i`: one-word names of its readings, longer ones by its first two words. */
function candidatesAt(tokens: readonly Word[], i: number, cat: ArticleCatalogue): (readonly CatalogueName[])[] {
  const w = tokens[i]!;
  const j = nextNameWord(tokens, i);
  const second = j >= 0 ? tokens[j]! : null;
  const out: (readonly CatalogueName[])[] = [];
  for (const k of w.keys) cat.candidates(k, second ? second.keys : NO_KEYS, out);
  return out;
}

function bestMatchAt(tokens: readonly Word[], i: number, cat: ArticleCatalogue): Match | null {
  const w = tokens[i]!;
  if (!w.word) return null;
  let best: Match | null = null;
  const lists = candidatesAt(tokens, i, cat);
  // a name can sit in several lists (under several keys of one word): only then remember which were tried
  const tried: Set<CatalogueName> | null = lists.length > 1 ? new Set() : null;
  for (const names of lists) {
    for (const name of names) {
      // names come longest first: a shorter one cannot beat the match in hand
      if (best && name.words.length < best.names[0]!.words.length) break;
      if (tried) {
        if (tried.has(name)) continue;
        tried.add(name);
      }
      const last = matchName(tokens, i, name);
      if (last < 0) continue;
      if (!best || last > best.last) best = { last, names: [name] };
      else if (last === best.last) best.names.push(name);
    }
  }
  return best;
}

function toMention(s: SentenceWords, i: number, m: Match): Mention {
  const names = [...m.names].sort((a, b) => a.rank - b.rank);
  const top = names[0]!;
  const seen = new Set<string>([top.entity.id]);
  const alternatives: EntityRecord[] = [];
  for (const n of names) if (!seen.has(n.entity.id)) (seen.add(n.entity.id), alternatives.push(n.entity));
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
    if (names.length && m.last <= last) return toMention(s, i, { last: m.last, names });
    // a shorter name inside: try each name's own end
    for (const names of candidatesAt(s.tokens, i, cat)) {
      for (const name of names) {
        if (name.entity.id === exclude.id) continue;
        const end = matchName(s.tokens, i, name);
        if (end >= 0 && end <= last) return toMention(s, i, { last: end, names: [name] });
      }
    }
  }
  return null;
}
