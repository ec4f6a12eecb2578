// Kazakh verbs the relation rules hang on: which cue a word is, and its form (past, participle, future,
// intention, verbal noun), since planned actions become `announced` and only finite forms end a clause.
import type { Word } from './words';

export type VerbForm = 'past' | 'pastPtcp' | 'futPtcp' | 'converb' | 'present' | 'intent' | 'noun' | 'conditional';

export interface VerbReading {
  form: VerbForm;
  passive: boolean;
  negative: boolean;
  /** What follows the form: a case ending on a participle or verbal noun (қатысқанын, шақыруымен). */
  tail: string;
}

const FORMS: readonly [RegExp, VerbForm][] = [
  [/^(?:ды|ді|ты|ті)(?:қ|к|м|ң|ңыз|ңіз|ыңыз)?$/, 'past'],
  [/^(?:ған|ген|қан|кен)(.{0,8})$/, 'pastPtcp'],
  [/^(?:атын|етін|йтын|йтін|итын|итін)(.{0,8})$/, 'futPtcp'],
  [/^(?:ып|іп|п|й)$/, 'converb'],
  [/^(?:ады|еді|йды|йді|иды|иді|амын|емін|аміз|еміз|ймыз|йміз|ймын|ймін|асыз|есіз)$/, 'present'],
  [/^(?:мақ|мек|бақ|бек|пақ|пек)(?:шы|ші)?(.{0,6})$/, 'intent'],
  [/^(?:у|ю)(.{0,7})$/, 'noun'],
  [/^(?:са|се)(.{0,4})$/, 'conditional'],
];

const PASSIVE = /^(?:ыл|іл|л|ын|ін|н)/;
const NEGATIVE = /^(?:ма|ме|ба|бе|па|пе)(?=[дтғгқкйс]|$)/;

function formOf(rest: string): { form: VerbForm; tail: string } | null {
  for (const [re, form] of FORMS) {
    const m = re.exec(rest);
    if (m) return { form, tail: m[1] ?? '' };
  }
  return null;
}

// Rules ask the same words about the same stems again and again: remember the answers.
const readingCache = new Map<string, Map<string, VerbReading | null>>();

/** The form of `word` if it is the verb `stem` (lower-case Kazakh) inflected, else null. */
export function verbReading(word: Word | undefined, stem: string): VerbReading | null {
  if (!word || !word.word) return null;
  const key = word.norm;
  if (!key.startsWith(stem)) return null;
  let byWord = readingCache.get(stem);
  if (!byWord) readingCache.set(stem, (byWord = new Map()));
  let r = byWord.get(key);
  if (r === undefined) {
    if (byWord.size > 20_000) byWord.clear();
    byWord.set(key, (r = readVerb(key, stem)));
  }
  return r;
}

function readVerb(key: string, stem: string): VerbReading | null {
  let rest = key.slice(stem.length);
  // the intention -пақ/-мақ starts like the negative -па/-ма: a form that reads whole wins
  const whole = formOf(rest);
  if (whole) return { ...whole, passive: false, negative: false };
  let negative = false;
  const neg = NEGATIVE.exec(rest);
  if (neg && rest.length > neg[0].length) {
    negative = true;
    rest = rest.slice(neg[0].length);
  }
  const direct = formOf(rest);
  if (direct) return { ...direct, passive: false, negative };
  const p = PASSIVE.exec(rest);
  if (p) {
    const passive = formOf(rest.slice(p[0].length));
    if (passive) return { ...passive, passive: true, negative };
  }
  return null;
}

/** «қатысқан болатын», «кездескен еді»: a participle with an auxiliary is a finite past. */
export function withAuxiliary(r: VerbReading | null, next: Word | undefined): VerbReading | null {
  if (r && r.form === 'pastPtcp' && r.tail === '' && next && /^(?:болатын|еді|екен|болды)$/.test(next.norm)) return { ...r, form: 'past' };
  return r;
}

/** Forms that end a clause: a finite verb. */
export const isFinite = (r: VerbReading | null): boolean => !!r && (r.form === 'past' || r.form === 'present' || r.form === 'intent');

/** Forms that speak of what has not happened yet. */
export const isFuture = (r: VerbReading | null): boolean => !!r && (r.form === 'present' || r.form === 'intent' || r.form === 'futPtcp');

// Generic finite endings, for clause boundaries at verbs the rules do not know.
const GENERIC_FINITE = /(?:ды|ді|ты|ті|ады|еді|йды|йді|мақ|мек|пақ|пек|бақ|бек|тыр|тір|ған болатын|ген болатын)$/;

/** A word that ends a clause: a finite verb followed by punctuation or the end. */
export function endsClause(words: readonly Word[], i: number): boolean {
  const w = words[i];
  if (!w || !w.word) return false;
  const next = words[i + 1];
  if (next && next.word) return false;
  if (next && !/[,.;!?:–—-]/.test(next.text)) return false;
  return GENERIC_FINITE.test(w.norm) || /(?:болатын|еді|жатыр|отыр)$/.test(w.norm);
}

/** Future or intention marked by a separate word in the clause: жоспарлап отыр, ниетті, тиіс, күтілуде. */
export const KK_MODAL_WORDS: ReadonlySet<string> = new Set(['ниетті', 'ниетте', 'жоспарлануда', 'күтілуде', 'тиіс', 'мүмкін', 'жоспарлап', 'жоспарланып', 'көздеп', 'көздейді', 'келеді']);
