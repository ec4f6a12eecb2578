// Kazakh nominal morphology for matching names: peel case, possessive and plural suffixes off a word.
// A word gets several readings (Ақорда could be Ақор + LOC); matching tries them all, and the catalogue
// decides. The suffix tables follow docs/kazakh-extraction-notes.md: the onset of a suffix depends on the
// stem's last sound, its vowel on the stem's last vowel (vowel harmony).

export type Case = 'nom' | 'gen' | 'dat' | 'loc' | 'abl' | 'acc' | 'ins' | 'locattr';

export interface KazakhReading {
  /** The word without case (possessive and plural kept): the form a label takes. */
  caseStem: string;
  /** The bare stem: no case, possessive or plural. */
  stem: string;
  case: Case;
  /** 3rd-person (or 1pl / 2pl-polite) possessive. */
  poss: boolean;
  plural: boolean;
}

type SoundClass = 'V' | 'S' | 'N' | 'Z' | 'K';

const BACK_VOWELS = 'аоұыяёю';
const FRONT_VOWELS = 'әеөүіиэ';

function soundClass(ch: string): SoundClass {
  if ('аәеоөұүыіэяюёи'.includes(ch)) return 'V';
  if ('лрйу'.includes(ch)) return 'S';
  if ('мнң'.includes(ch)) return 'N';
  if ('зж'.includes(ch)) return 'Z';
  return 'K';
}

/** 'back' | 'front' by the stem's last vowel; null for stems without one (acronyms, numbers). */
function harmony(stem: string): 'back' | 'front' | null {
  for (let i = stem.length - 1; i >= 0; i--) {
    const c = stem[i]!;
    if (BACK_VOWELS.includes(c)) return 'back';
    if (FRONT_VOWELS.includes(c)) return 'front';
  }
  return null;
}

/** A possessive 3rd-person ending (-ы/-і after a consonant, -сы/-сі after a vowel) closes the stem. */
const endsInPoss3 = (stem: string): boolean => /[^аәеоөұүыіэяюёи][ыі]$|[аәеоөұүыіэяюёи]с[ыі]$/.test(stem);

interface Suffix {
  text: string;
  case: Case;
  /** Sound classes the stem may end in; 'P3' = after a 3rd-person possessive. */
  after: readonly (SoundClass | 'P3')[];
  vowel: 'back' | 'front' | null;
}

const VSNZ: readonly SoundClass[] = ['V', 'S', 'N', 'Z'];
const ANY: readonly (SoundClass | 'P3')[] = ['V', 'S', 'N', 'Z', 'K', 'P3'];

function pair(back: string, front: string, c: Case, after: readonly (SoundClass | 'P3')[]): Suffix[] {
  return [
    { text: back, case: c, after, vowel: 'back' },
    { text: front, case: c, after, vowel: 'front' },
  ];
}

// Longest first, so -ндағы is tried before -дағы and -ғы never stands alone.
const CASE_SUFFIXES: readonly Suffix[] = [
  ...pair('ндағы', 'ндегі', 'locattr', ['P3']),
  ...pair('дағы', 'дегі', 'locattr', VSNZ),
  ...pair('тағы', 'тегі', 'locattr', ['K']),
  { text: 'менен', case: 'ins', after: ANY, vowel: null },
  { text: 'бенен', case: 'ins', after: ['Z', 'V'], vowel: null },
  { text: 'пенен', case: 'ins', after: ['K'], vowel: null },
  ...pair('ның', 'нің', 'gen', ['V', 'N', 'P3']),
  ...pair('дың', 'дің', 'gen', ['S', 'Z', 'V']),
  ...pair('тың', 'тің', 'gen', ['K']),
  ...pair('нда', 'нде', 'loc', ['P3']),
  ...pair('дан', 'ден', 'abl', ['V', 'S', 'Z']),
  ...pair('нан', 'нен', 'abl', ['N', 'P3']),
  ...pair('тан', 'тен', 'abl', ['K']),
  { text: 'мен', case: 'ins', after: ANY, vowel: null },
  { text: 'бен', case: 'ins', after: ['Z', 'V', 'S'], vowel: null },
  { text: 'пен', case: 'ins', after: ['K'], vowel: null },
  ...pair('ға', 'ге', 'dat', VSNZ),
  ...pair('қа', 'ке', 'dat', ['K']),
  ...pair('на', 'не', 'dat', ['P3']),
  ...pair('да', 'де', 'loc', VSNZ),
  ...pair('та', 'те', 'loc', ['K']),
  ...pair('ны', 'ні', 'acc', ['V']),
  ...pair('ды', 'ді', 'acc', ['S', 'N', 'Z']),
  ...pair('ты', 'ті', 'acc', ['K']),
  { text: 'н', case: 'acc', after: ['P3'], vowel: null },
];

const POSS_SUFFIXES: readonly { text: string; afterVowel: boolean | null; vowel: 'back' | 'front' }[] = [
  { text: 'ымыз', afterVowel: false, vowel: 'back' },
  { text: 'іміз', afterVowel: false, vowel: 'front' },
  { text: 'ыңыз', afterVowel: false, vowel: 'back' },
  { text: 'іңіз', afterVowel: false, vowel: 'front' },
  { text: 'мыз', afterVowel: true, vowel: 'back' },
  { text: 'міз', afterVowel: true, vowel: 'front' },
  { text: 'сы', afterVowel: true, vowel: 'back' },
  { text: 'сі', afterVowel: true, vowel: 'front' },
  { text: 'ы', afterVowel: false, vowel: 'back' },
  { text: 'і', afterVowel: false, vowel: 'front' },
];

const PLURAL_SUFFIXES: readonly { text: string; after: (c: string) => boolean; vowel: 'back' | 'front' }[] = [
  { text: 'лар', after: (c) => soundClass(c) === 'V' || 'рйу'.includes(c), vowel: 'back' },
  { text: 'лер', after: (c) => soundClass(c) === 'V' || 'рйу'.includes(c), vowel: 'front' },
  { text: 'дар', after: (c) => 'лмнңзж'.includes(c), vowel: 'back' },
  { text: 'дер', after: (c) => 'лмнңзж'.includes(c), vowel: 'front' },
  { text: 'тар', after: (c) => soundClass(c) === 'K', vowel: 'back' },
  { text: 'тер', after: (c) => soundClass(c) === 'K', vowel: 'front' },
];

const hasVowel = (s: string): boolean => /[аәеоөұүыіэяюёиуa-z]/.test(s);

/** Loanwords keep their own harmony now and then (Ташкентке, but also министрі), so harmony only ranks. */
function fits(stem: string, s: { vowel: 'back' | 'front' | null }): boolean {
  const h = harmony(stem);
  return s.vowel === null || h === null || h === s.vowel || /[иэ]/.test(stem.slice(-3));
}

// The case suffixes by their last letter, in table order: a word is only tried against those it can end with.
const SUFFIXES_BY_LAST = new Map<string, Suffix[]>();
for (const s of CASE_SUFFIXES) {
  const last = s.text[s.text.length - 1]!;
  const list = SUFFIXES_BY_LAST.get(last);
  if (list) list.push(s);
  else SUFFIXES_BY_LAST.set(last, [s]);
}
const NO_SUFFIXES: readonly Suffix[] = [];

function caseReadings(word: string): { stem: string; case: Case; harmonic: boolean }[] {
  const out: { stem: string; case: Case; harmonic: boolean }[] = [];
  const hyphen = word.lastIndexOf('-');
  for (const s of SUFFIXES_BY_LAST.get(word[word.length - 1] ?? '') ?? NO_SUFFIXES) {
    if (!word.endsWith(s.text)) continue;
    let stem = word.slice(0, -s.text.length);
    // АҚШ-тың, 50-ден, II-нің: the suffix follows the pronunciation, so take it as written.
    if (stem.endsWith('-') && hyphen === stem.length - 1) {
      stem = stem.slice(0, -1);
      if (stem.length > 0) out.push({ stem, case: s.case, harmonic: true });
      continue;
    }
    // a short foreign name may leave one vowel: «Ван Иге», «Ван Имен» (И + ending)
    if ((stem.length < 2 && !/^[аеиоуыіэөүұә]$/.test(stem)) || !hasVowel(stem)) continue;
    // a soft sign is silent: Гитцельді takes the ending of л
    const last = /[ьъ]/.test(stem[stem.length - 1]!) ? stem[stem.length - 2]! : stem[stem.length - 1]!;
    const cls = soundClass(last);
    // final и is a vowel with a glide: Ферриге, but also Ван Иді
    const ok = s.after.includes(cls) || (last === 'и' && s.after.includes('S')) || (s.after.includes('P3') && endsInPoss3(stem));
    // names keep the harmony of their root (Тоқаевтың): harmony orders readings, it does not exclude
    if (ok) out.push({ stem, case: s.case, harmonic: fits(stem, s) });
  }
  return out.sort((a, b) => Number(b.harmonic) - Number(a.harmonic));
}

function possReading(stem: string): string | null {
  for (const p of POSS_SUFFIXES) {
    if (!stem.endsWith(p.text)) continue;
    const rest = stem.slice(0, -p.text.length);
    if (rest.length < 2 || !hasVowel(rest)) continue;
    const lastIsVowel = soundClass(rest[rest.length - 1]!) === 'V';
    if (p.afterVowel !== null && p.afterVowel !== lastIsVowel) continue;
    // -ы/-і: loanwords take either (королі, министрі); the longer endings follow harmony
    if (p.text.length > 1 && !fits(rest, p)) continue;
    return rest;
  }
  return null;
}

function pluralReading(stem: string): string | null {
  for (const p of PLURAL_SUFFIXES) {
    if (!stem.endsWith(p.text)) continue;
    const rest = stem.slice(0, -p.text.length);
    if (rest.length < 2 || !hasVowel(rest) || !p.after(rest[rest.length - 1]!)) continue;
    if (fits(rest, p)) return rest;
  }
  return null;
}

const CACHE_LIMIT = 50_000;
const cache = new Map<string, readonly KazakhReading[]>();

/**
 * Every reading of a lower-case word, the uninflected one first, then case readings longest suffix
 * first; each case reading also without its possessive and plural. Cached: news reuses its words.
 */
export function analyzeKazakh(word: string): readonly KazakhReading[] {
  const hit = cache.get(word);
  if (hit) return hit;
  const readings: KazakhReading[] = [];
  const add = (caseStem: string, c: Case) => {
    readings.push({ caseStem, stem: caseStem, case: c, poss: false, plural: false });
    const poss = possReading(caseStem);
    const base = poss ?? caseStem;
    if (poss) readings.push({ caseStem, stem: poss, case: c, poss: true, plural: false });
    const plural = pluralReading(base);
    if (plural) readings.push({ caseStem, stem: plural, case: c, poss: poss !== null, plural: true });
  };
  add(word, 'nom');
  for (const r of caseReadings(word)) add(r.stem, r.case);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, readings);
  return readings;
}

/** The reading a new name is labelled with: the longest case suffix that fits, else the word itself. */
export function bestCaseReading(word: string): KazakhReading {
  const all = analyzeKazakh(word);
  return all.find((r) => r.case !== 'nom') ?? all[0]!;
}

/** The case a word is most likely in, as the extractor reads arguments. */
export function kazakhCase(word: string): Case {
  return bestCaseReading(word).case;
}
