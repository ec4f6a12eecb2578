// The relation rules Russian and English share: a cue verb, its subjects (before it, or after it in
// Russian inversion and in "…," said X), and its object after a preposition or the verb itself.
import type { EntityType, Predicate } from '../core/types';
import type { Arg, ArticleState } from './article-state';
import type { Mention } from './mentions';
import { newEntity } from './new-entity';
import { ACTOR_TYPES, argFor, argOf, corefArg, nextWord, prevWord, type Parsed } from './parsed-sentence';
import { afterWord, svoCoordinated, type SvoLexicon, type Title } from './svo';
import { applySvoFacts, type FactWords } from './svo-facts';

export type CueKind = 'partner' | 'speech' | 'sign' | 'attend' | 'visit' | 'held' | 'invite' | 'cooperation';

export interface Cue {
  /** Matches the cue word's lower-case form. */
  word: RegExp;
  /** The word before it, for two-word cues («провел переговоры», "held talks"). */
  before?: RegExp;
  kind: CueKind;
  predicate: Predicate;
}

export interface SvoRules extends SvoLexicon {
  cues: readonly Cue[];
  /** Prepositions: partner («с», "with"), place («в», "in"), between («между», "between"). */
  withPrep: RegExp;
  inPrep: RegExp;
  between: RegExp;
  eventHeads: RegExp;
  documentHeads: RegExp;
  /** Words that end a noun phrase read to the right. */
  phraseStop: RegExp;
  /** Report sources («передает», "reports") after which a name is not a speaker. */
  source: RegExp;
  /** «Стороны», "the two leaders": the two sides of the last talk. */
  bothSides: RegExp;
  facts: FactWords;
}

type SvoParsed = Parsed & { svoTitles: Title[] };

/** A phrase read to the right from `first`: a head word and up to five words after it. */
function phraseRight(r: SvoRules, p: SvoParsed, first: number, state: ArticleState, type: EntityType): Arg | null {
  let last = first;
  const max = type === 'event' ? 3 : 5;
  for (let k = nextWord(p, first, /^$/), n = 0; k > 0 && n < max; k = nextWord(p, k, /^$/), n++) {
    const w = p.words[k]!;
    if (r.phraseStop.test(w.norm) || r.between.test(w.norm) || (p.at[k] && ACTOR_TYPES.includes(p.at[k]!.entity.type))) break;
    last = p.at[k]?.last ?? k;
    k = last;
  }
  const label = p.s.text.slice(p.words[first]!.start, p.words[last]!.end);
  if (label.length < 3) return null;
  const known = type === 'document' || type === 'event' ? state.catalogue.describedBy(type, label) : null;
  const entity = known ?? state.catalogue.add(newEntity(type, label, r.lang), type === 'topic' ? [] : [label]);
  return argFor(p, entity, first, last, !!known);
}

/** A named or phrased object of `type` in [from, to). */
function objectIn(r: SvoRules, p: SvoParsed, from: number, to: number, state: ArticleState, type: 'event' | 'document', heads: RegExp): Arg | null {
  for (let k = from; k < to; k++) {
    const m = p.at[k];
    if (m?.entity.type === type) return argOf(p, m);
    if (!m && p.words[k]!.word && heads.test(p.words[k]!.norm)) {
      const last = state.lastOfType(type);
      // «Соглашение подписали …»: a bare head refers back to the last one named
      if (last && p.words[k]!.cap && k === firstWord(p)) {
        return argFor(p, last, k, k, true, true);
      }
      // «казахстанско-азербайджанский бизнес-форум»: Russian adjectives before the head belong to it
      let from = k;
      if (r.lang === 'ru') for (let j = k - 1; j >= 0 && p.words[j]!.word && !p.at[j] && !p.words[j]!.cap && /(?:ий|ый|ой|ая|яя|ое|ее|ые|ие|ую|юю)$/.test(p.words[j]!.norm); j--) from = j;
      const arg = phraseRight(r, p, from, state, type);
      if (arg) state.remember(arg.entity);
      return arg;
    }
  }
  return null;
}

const firstWord = (p: Parsed): number => p.words.findIndex((w) => w.word);

function subjectArgs(r: SvoRules, p: SvoParsed, v: number, state: ArticleState): Arg[] {
  const found = subjectsAround(r, p, v, state).map((m) => argOf(p, m));
  if (found.length || !state.lastPair) return found;
  for (let k = 0; k < v; k++) {
    const w = p.words[k]!;
    if (w.word && r.bothSides.test(w.norm)) return state.lastPair.map((a) => corefArg(a, w.text, [w.start, w.end]));
  }
  return found;
}

function subjectsAround(r: SvoRules, p: SvoParsed, v: number, state: ArticleState): Mention[] {
  // "…, Tokayev said": the speaker named right before the verb, after the comma ending the report
  const just = p.at[prevWord(p, v)];
  if (just && ACTOR_TYPES.includes(just.entity.type) && r.cues.some((c) => c.kind === 'speech' && c.word.test(p.words[v]!.norm))) {
    const before = p.words[just.first - 1];
    if (before && /^[,»”"]$/.test(before.text)) return [just];
  }
  let start = 0;
  for (let i = v - 1; i >= 0; i--) if (/^[;:]$/.test(p.words[i]!.text)) { start = i + 1; break; }
  const before = p.mentions.filter((m) => m.first >= start && m.last < v && ACTOR_TYPES.includes(m.entity.type) && !p.modifiers.has(m) && !afterPreposition(r, p, m));
  if (before.length) return svoCoordinated(r, p, before[0]!);
  // inversion: «Соглашение подписали министр … и глава …», "…," said Minister Dupont
  const k = nextWord(p, v);
  const after = k >= 0 ? afterWord(p, v) : null;
  if (after && ACTOR_TYPES.includes(after.entity.type) && !r.inPrep.test(p.words[nextWord(p, v)]?.norm ?? '')) return svoCoordinated(r, p, after);
  // "Following talks, X and Y …", «После переговоров X и Y …»: a noun cue's parties come later
  if (/(?:talks|negotiations|переговор)/.test(p.words[v]!.norm)) {
    const later = p.mentions.find((m) => m.first > v && ACTOR_TYPES.includes(m.entity.type) && !p.modifiers.has(m));
    if (later) return svoCoordinated(r, p, later);
  }
  void state;
  return [];
}

function afterPreposition(r: SvoRules, p: Parsed, m: Mention): boolean {
  const prev = p.words[m.first - 1];
  if (!prev) return false;
  if (r.withPrep.test(prev.norm) || r.inPrep.test(prev.norm) || r.between.test(prev.norm) || r.source.test(prev.norm)) return true;
  const title = (p as SvoParsed).svoTitles.find((t) => t.person === m);
  const before = title ? p.words[p.words.findIndex((w) => w.start === title.role.span[0]) - 1] : undefined;
  return !!before && (r.withPrep.test(before.norm) || r.inPrep.test(before.norm) || r.between.test(before.norm) || /^(?:присутствии|presence)$/.test(before.norm));
}

/** The mention after the first `prep` word after (or before) the verb. */
function afterPrep(p: SvoParsed, prep: RegExp, from: number, to: number): Mention | null {
  for (let k = from; k < to; k++) if (prep.test(p.words[k]!.norm)) return afterWord(p, k);
  return null;
}

function emitPairs(state: ArticleState, p: Parsed, group: readonly Arg[], pred: Predicate, conf: number): void {
  for (let i = 1; i < group.length; i++) state.emit(group[0]!, pred, group[i]!, p.sent, conf);
}

export function applySvoRules(r: SvoRules, p: SvoParsed, state: ArticleState): void {
  const end = p.words.length;
  for (let v = 0; v < end; v++) {
    const w = p.words[v]!;
    if (!w.word) continue;
    for (const cue of r.cues) {
      if (!cue.word.test(w.norm)) continue;
      if (cue.before && !cue.before.test(p.words[v - 1]?.norm ?? '')) continue;
      const subjects = subjectArgs(r, p, v, state);
      switch (cue.kind) {
        case 'partner': {
          const partner = afterPrep(p, r.withPrep, v + 1, end) ?? afterPrep(p, r.withPrep, 0, v);
          if (partner && ACTOR_TYPES.includes(partner.entity.type)) {
            for (const s of subjects) state.emit(s, cue.predicate, argOf(p, partner), p.sent, 0.7);
            if (subjects[0]) state.lastPair = [subjects[0], argOf(p, partner)];
          } else emitPairs(state, p, subjects, cue.predicate, 0.65);
          if (!partner && subjects.length >= 2) state.lastPair = [subjects[0]!, subjects[1]!];
          break;
        }
        case 'sign': {
          const doc = objectIn(r, p, v + 1, end, state, 'document', r.documentHeads) ?? objectIn(r, p, 0, v, state, 'document', r.documentHeads);
          emitPairs(state, p, subjects, 'signed_with', 0.7);
          const between = subjects.length ? null : betweenPair(r, p);
          if (between) state.emit(argOf(p, between[0]), 'signed_with', argOf(p, between[1]), p.sent, 0.65);
          const partner = afterPrep(p, r.withPrep, v + 1, end);
          if (partner) for (const s of subjects) state.emit(s, 'signed_with', argOf(p, partner), p.sent, 0.7);
          if (doc) for (const s of subjects) if (s.entity.type !== 'country') state.emit(s, 'signed', doc, p.sent, 0.7);
          break;
        }
        case 'speech': {
          const topic = phraseAfter(r, p, v, state) ?? quoteTopic(r, p, v, state);
          if (topic) for (const s of subjects) state.emit(s, cue.predicate, topic, p.sent, 0.6);
          break;
        }
        case 'attend':
        case 'visit':
        case 'held': {
          const type = cue.kind === 'visit' ? null : 'event';
          const place = afterPrep(p, r.inPrep, v + 1, end);
          if (cue.kind === 'held') {
            const event = objectIn(r, p, 0, v, state, 'event', r.eventHeads);
            if (event && place) state.emit(event, 'held_in', argOf(p, place), p.sent, 0.7);
            // «В Баку прошел … бизнес-форум»: place first, the event after the verb
            const placeBefore = event && place ? null : afterPrep(p, r.inPrep, 0, v);
            const eventAfter = placeBefore ? objectIn(r, p, v + 1, Math.min(end, v + 5), state, 'event', r.eventHeads) : null;
            if (placeBefore && eventAfter && ['place', 'country', 'organization'].includes(placeBefore.entity.type)) state.emit(eventAfter, 'held_in', argOf(p, placeBefore), p.sent, 0.65);
            break;
          }
          // "visited Paris", "visited the headquarters of Orano": English takes a direct object
          const direct = r.lang === 'en' ? afterWord(p, v) : null;
          const where = place ?? (direct && ['place', 'country', 'organization', 'event'].includes(direct.entity.type) ? direct : null);
          const object = type ? (where?.entity.type === 'event' ? argOf(p, where) : objectIn(r, p, v + 1, end, state, 'event', r.eventHeads)) : where ? argOf(p, where) : null;
          if (object) for (const s of subjects) state.emit(s, cue.predicate, object, p.sent, 0.7);
          break;
        }
        case 'invite': {
          const k = nextWord(p, v);
          const invitee = k >= 0 ? afterWord(p, v) : null;
          if (invitee) for (const s of subjects) state.emit(s, 'invited', argOf(p, invitee), p.sent, 0.65);
          break;
        }
        case 'cooperation': {
          const between = betweenPair(r, p);
          if (between) state.emit(argOf(p, between[0]), 'cooperates_with', argOf(p, between[1]), p.sent, 0.6);
          else if (subjects.length >= 2) emitPairs(state, p, subjects, 'cooperates_with', 0.55);
          break;
        }
      }
    }
  }
  presenceRule(r, p, state);
  applySvoFacts(r.facts, r, p, state, (v) => subjectArgs(r, p, v, state));
}

/** «между Казахстаном и Бразилией», "between Kazakhstan and Brazil". */
function betweenPair(r: SvoRules, p: SvoParsed): [Mention, Mention] | null {
  for (let k = 0; k < p.words.length; k++) {
    if (!r.between.test(p.words[k]!.norm)) continue;
    const a = afterWord(p, k);
    if (!a) continue;
    const group = svoCoordinated(r, p, a);
    if (group.length >= 2) return [group[0]!, group[1]!];
  }
  return null;
}

/** «В присутствии X состоялось подписание …», "in the presence of X": X attended the event. */
function presenceRule(r: SvoRules, p: SvoParsed, state: ArticleState): void {
  for (let k = 0; k < p.words.length; k++) {
    if (!/^(?:присутствии|presence)$/.test(p.words[k]!.norm)) continue;
    let j = nextWord(p, k);
    if (p.words[j]?.norm === 'of') j = nextWord(p, j);
    const who = j >= 0 ? (p.at[j] && !p.modifiers.has(p.at[j]!) ? p.at[j] : p.svoTitles.find((t) => t.role.span[0] === p.words[j]!.start)?.person) : undefined;
    if (!who || who.entity.type !== 'person') continue;
    const event = objectIn(r, p, who.last + 1, p.words.length, state, 'event', r.eventHeads);
    if (event) state.emit(argOf(p, who), 'attended', event, p.sent, 0.65);
  }
}

function phraseAfter(r: SvoRules, p: SvoParsed, v: number, state: ArticleState): Arg | null {
  for (let k = v + 1, n = 0; k < p.words.length && n < 8; k++, n++) {
    const w = p.words[k]!;
    if (!w.word) continue;
    const m = p.at[k];
    if (m && m.entity.type !== 'person' && !ACTOR_TYPES.includes(m.entity.type)) return argOf(p, m);
    if (!m && w.word && !r.phraseStop.test(w.norm) && w.norm.length > 3) return phraseRight(r, p, k, state, 'topic');
  }
  return null;
}

/** "«…,» said X": the topic is read from the quotation before the verb. */
function quoteTopic(r: SvoRules, p: SvoParsed, v: number, state: ArticleState): Arg | null {
  for (let k = 0; k < v; k++) {
    const w = p.words[k]!;
    if (w.word && !p.at[k] && !r.phraseStop.test(w.norm) && w.norm.length > 4 && !w.cap) return phraseRight(r, p, k, state, 'topic');
  }
  return null;
}
