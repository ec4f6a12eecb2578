// Kazakh noun phrases read leftwards from their head (the head and its case come last in Kazakh):
// «маңызды минералдар бойынша бірінші министрлік конференциясына». Events, documents and topics that
// the catalogue does not hold are made from them.
import type { EntityRecord, EntityType } from '../core/types';
import type { Arg, ArticleState } from './article-state';
import type { Case } from './kazakh-morphology';
import { headType, KK_NP_LINKS, KK_STOP } from './kk-lexicon';
import { nominativeLabel } from './kk-names';
import { newEntity } from './new-entity';
import { argFor, argOf, nextWord, type Parsed } from './parsed-sentence';
import type { Word } from './words';

const PARTICIPLE = /(?:ған|ген|қан|кен|атын|етін|йтын|йтін)(?:ы|і|сы|сі)?(?:н|ның|нің|на|не|нда|нде|ға|ге|да|де)?$/;
const CONVERB = /(?:ып|іп|ап|еп)$/;
const ADJECTIVE_LIKE_ACC = /(?:ды|ді|ты|ті)$/;
const PLURAL_ACC = /(?:лар|лер|дар|дер|тар|тер)(?:ды|ді)$/;
// Finite verb endings (1st/2nd person, past -ды/-ті, present -ады/-йды): a word before one of these ends a clause.
const FINITE_VERB = /(?:мыз|міз|мын|мін|сыз|сіз|ды|ді|ты|ті)$/;

/** «басты басымдық», «екіжақты қатынастар»: -ды/-ті right before a noun is an adjective, not an object. */
function isAdjectiveBeforeNoun(p: Parsed, i: number, to: number): boolean {
  const w = p.words[i]!.norm;
  if (!ADJECTIVE_LIKE_ACC.test(w) || PLURAL_ACC.test(w)) return false;
  const next = nextWord(p, i);
  if (next < 0 || next >= to) return false;
  const n = p.words[next]!.norm;
  return !PARTICIPLE.test(n) && !CONVERB.test(n) && !FINITE_VERB.test(n);
}
const OPEN_TYPES: readonly EntityType[] = ['country', 'place', 'organization', 'commodity', 'topic', 'document', 'event', 'money'];

export const caseOfWord = (w: Word): Case => w.readings.find((r) => r.case !== 'nom')?.case ?? 'nom';
const isLink = (w: Word): boolean => w.readings.some((r) => KK_NP_LINKS.has(r.key));
const isStop = (w: Word): boolean => w.readings.some((r) => KK_STOP.has(r.key));

/** First word of the noun phrase whose head is word `head`, not reaching before `min`. */
export function phraseStart(p: Parsed, head: number, min = 0, maxWords = 8): number {
  let first = p.at[head]?.first ?? head;
  let words = 1;
  for (let k = first - 1; k >= min && words < maxWords; k--) {
    const w = p.words[k]!;
    if (!w.word) {
      if (/^[«»“”"-]$/.test(w.text)) continue;
      break;
    }
    const m = p.at[k];
    if (m) {
      if (!(OPEN_TYPES.includes(m.entity.type) || (m.entity.type === 'role' && m.case === 'gen')) || p.modifiers.has(m)) break;
      if (m.case !== 'nom' && m.case !== 'gen' && m.case !== 'locattr') break;
      first = m.first;
      k = m.first;
      words++;
      continue;
    }
    if (isLink(w)) {
      words++;
      continue;
    }
    if (isStop(w) || PARTICIPLE.test(w.norm) || CONVERB.test(w.norm)) break;
    const c = caseOfWord(w);
    // -ды/-ті before a noun is an adjective (маңызды, тұрақты), not an accusative
    // «зауытын салу туралы келісім»: a verbal noun inside the phrase keeps its object
    const objectOfNoun = c === 'acc' && /[^аеыі](?:у|ю)$/.test(p.words[first]!.norm) && first === nextWord(p, k);
    if (c !== 'nom' && c !== 'gen' && c !== 'locattr' && !objectOfNoun && !(c === 'acc' && /(?:ды|ді|ты|ті)$/.test(w.norm))) break;
    first = k;
    words++;
  }
  // a phrase does not start with a postposition
  while (first < head && (isLink(p.words[first]!) || !p.words[first]!.word)) first++;
  return first;
}

/** The type a phrase's head word gives it: «…конференциясы» an event, «…меморандум» a document. */
export function phraseType(p: Parsed, head: number): EntityType | null {
  const w = p.words[head]!;
  for (const r of w.readings) {
    const t = headType(r.key);
    if (t) return t;
  }
  const prev = p.words[head - 1];
  if (prev?.word) for (const r of w.readings) for (const pr of prev.readings) {
    const t = headType(`${pr.key} ${r.key}`);
    if (t) return t;
  }
  return null;
}

/** An argument for the phrase headed by word `head`: the catalogue entity covering it, or a new one. */
export function phraseArg(p: Parsed, head: number, state: ArticleState, type: EntityType, min = 0): Arg | null {
  const m = p.at[head];
  if (m && !p.modifiers.has(m) && m.entity.type === type) return argOf(p, m);
  if (m && m.entity.type !== 'topic' && type !== 'topic') return null;
  const first = phraseStart(p, head, min);
  if (m && m.first === first && m.last === head) return type === 'topic' ? argOf(p, m) : null;
  const label = nominativeLabel(p, first, head);
  if (label.replace(/[^\p{L}]/gu, '').length < 3) return null;
  // a bare «іс-шара», «кездесу» says nothing of which event: only a phrase with a modifier names one
  if (type === 'event' && p.words.slice(first + 1, head + 1).every((w) => w.hyphenated || !w.word)) return null;
  const known = type === 'document' || type === 'event' ? state.catalogue.describedBy(type, label) : null;
  const entity: EntityRecord = known ?? state.catalogue.add(newEntity(type, label, p.s.lang), type === 'topic' ? [] : [label]);
  return argFor(p, entity, first, head, !!known);
}

/** The last word in [from, to) in one of `cases`, outside actor mentions. */
export function lastWithCase(p: Parsed, from: number, to: number, cases: readonly Case[], test: (i: number) => boolean = () => true): number {
  for (let i = to - 1; i >= from; i--) {
    const w = p.words[i]!;
    if (!w.word || isStop(w)) continue;
    const m = p.at[i];
    const c = m ? m.case : caseOfWord(w);
    if (m && m.last !== i) continue;
    if (cases.includes(c) && test(i)) return i;
  }
  return -1;
}

/** A topic for said/discussed/proposed: the accusative phrase, else the dative, else the last noun. */
export function topicArg(p: Parsed, from: number, to: number, state: ArticleState, cases: readonly Case[] = ['acc', 'dat', 'nom']): Arg | null {
  for (const c of cases) {
    const head = lastWithCase(p, from, to, [c], (i) => {
      const m = p.at[i];
      if (m) return !['person', 'role'].includes(m.entity.type);
      // «басты басымдық»: -ды/-ті right before a noun is an adjective («main»), not an accusative object
      return !(c === 'acc' && isAdjectiveBeforeNoun(p, i, to));
    });
    if (head < 0) continue;
    const m = p.at[head];
    if (m && m.entity.type !== 'person') return argOf(p, m);
    const t = phraseType(p, head);
    const arg = phraseArg(p, head, state, t === 'document' || t === 'event' ? t : 'topic', from);
    if (arg) return arg;
  }
  return null;
}
