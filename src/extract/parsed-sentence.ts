// One sentence as the relation rules see it: words, the mentions found in them, title constructions.
import type { EntityRecord, EntityType, Span } from '../core/types';
import type { Arg } from './article-state';
import type { Case } from './kazakh-morphology';
import { mentionSpan, mentionText, type Mention } from './mentions';
import type { Sentence } from './sentences';
import type { SentenceWords, Word } from './words';

/** «[country/organisation] [title] [Name]»: the person, their title, whom they act for. */
export interface TitleGroup {
  person: Mention;
  role: EntityRecord;
  roleFirst: number;
  roleLast: number;
  affiliation: Mention | null;
  /** The title heads the affiliation (a chairman, a director): `leads` besides `represents`. */
  leader: boolean;
  /** First token of the whole construction. */
  first: number;
}

export interface Parsed {
  sent: Sentence;
  s: SentenceWords;
  words: Word[];
  mentions: Mention[];
  at: (Mention | undefined)[];
  titles: TitleGroup[];
  /** Mentions inside a title construction before the person: not arguments of their own. */
  modifiers: Set<Mention>;
}

export function parsed(sent: Sentence, s: SentenceWords, mentions: Mention[]): Parsed {
  const p: Parsed = { sent, s, words: s.tokens, mentions: [], at: new Array(s.tokens.length), titles: [], modifiers: new Set() };
  for (const m of mentions) addMention(p, m);
  return p;
}

/** Add a mention unless it overlaps one already there. */
export function addMention(p: Parsed, m: Mention): boolean {
  for (let i = m.first; i <= m.last; i++) if (p.at[i]) return false;
  for (let i = m.first; i <= m.last; i++) p.at[i] = m;
  const pos = p.mentions.findIndex((x) => x.first > m.first);
  if (pos < 0) p.mentions.push(m);
  else p.mentions.splice(pos, 0, m);
  return true;
}

export function removeMention(p: Parsed, m: Mention): void {
  const i = p.mentions.indexOf(m);
  if (i >= 0) p.mentions.splice(i, 1);
  for (let t = m.first; t <= m.last; t++) if (p.at[t] === m) p.at[t] = undefined;
}

/** The argument a mention gives (as `entity`, when given: a title's holder read as the title). */
export function argOf(p: Parsed, m: Mention, entity: EntityRecord = m.entity): Arg {
  return { entity, mention: mentionText(p.s, m), span: mentionSpan(p.s, m), known: m.source === 'catalogue', coref: m.source === 'anaphor' };
}

/**
 * `x` named again by other words (a pronoun, «екі тарап»). Args and mentions are written out field by field
 * in one order, never spread: V8 gives a spread copy a hidden class of its own, which lives only as long as
 * such copies do, and takes the optimised code that met it along when it goes (at a full collection).
 */
export function corefArg(x: Arg, mention: string, span: Span): Arg {
  return { entity: x.entity, mention, span, known: x.known, coref: true };
}

/** A catalogue mention (no role, plural or group) counted as found in the catalogue. */
export function asCatalogueMention(m: Mention): Mention {
  return { entity: m.entity, alternatives: m.alternatives, first: m.first, last: m.last, case: m.case, poss: m.poss, source: 'catalogue' };
}

/** An argument for an entity named by tokens [first, last] (a phrase the rules built). */
export function argFor(p: Parsed, entity: EntityRecord, first: number, last: number, known = false, coref = false): Arg {
  const start = p.words[first]!.start;
  const end = p.words[last]!.end;
  return { entity, mention: p.s.text.slice(start, end), span: [start, end], known, coref };
}

export const ACTOR_TYPES: readonly EntityType[] = ['person', 'organization', 'country'];
export const isActor = (m: Mention | undefined): m is Mention => !!m && ACTOR_TYPES.includes(m.entity.type);

/** Mentions inside tokens [from, to), not title modifiers, optionally filtered by case and type. */
export function mentionsIn(p: Parsed, from: number, to: number, cases?: readonly Case[], types?: readonly EntityType[]): Mention[] {
  return p.mentions.filter(
    (m) =>
      m.first >= from &&
      m.last < to &&
      !p.modifiers.has(m) &&
      (!cases || cases.includes(m.case)) &&
      (!types || types.includes(m.entity.type)),
  );
}

/** The word index after `i` skipping nothing but punctuation in `skip`. */
export function nextWord(p: Parsed, i: number, skip = /^[«»“”"„]$/): number {
  for (let j = i + 1; j < p.words.length; j++) {
    const w = p.words[j]!;
    if (w.word) return j;
    if (!skip.test(w.text)) return -1;
  }
  return -1;
}

export function prevWord(p: Parsed, i: number, skip = /^[«»“”"„]$/): number {
  for (let j = i - 1; j >= 0; j--) {
    const w = p.words[j]!;
    if (w.word) return j;
    if (!skip.test(w.text)) return -1;
  }
  return -1;
}
