// A sentence's tokens with the readings each word may have in its language: the keys it matches
// catalogue names on, and the case each reading implies.
import type { Lang } from '../core/types';
import type { Catalogue, WordEntry } from './catalogue';
import { analyzeKazakh, type Case } from './kazakh-morphology';
import { englishStems, russianCase, russianStems } from './russian-morphology';
import { looseKey, tokenize, type Token } from './tokens';

export interface Reading {
  key: string;
  case: Case;
  poss: boolean;
  /** The word without its case ending, as written (for labels). */
  caseStem: string;
}

export interface Word extends Token {
  /** Index in the sentence's token list. */
  i: number;
  /** Uninflected reading first. Empty for punctuation. */
  readings: readonly Reading[];
  /** The distinct keys of the readings. */
  keys: readonly string[];
  /** The word form (null for punctuation): shared by every token of it in the text's language. */
  form: WordForm | null;
}

/**
 * One word form (its lower-case spelling) in one language: its readings, and what the rules work out about
 * it once rather than at every token of it (the rules that start at it, whether it can end a title).
 */
export interface WordForm {
  readings: readonly Reading[];
  keys: readonly string[];
  /** Filled in by src/extract/kk.ts: the rules cued by the form. */
  rules: readonly unknown[] | null;
  /** Filled in by src/extract/kk-names.ts: whether the form can end an office title. */
  endsTitle: boolean | null;
  /** Filled in by src/extract/kk-anaphora.ts: whether the form starts like an anaphor. */
  anaphor: boolean | null;
  /** Filled in by src/extract/catalogue.ts: what the shared catalogue `entryBase` holds for the form's keys. */
  entry: WordEntry | null;
  entryBase: Catalogue | null;
}

export interface SentenceWords {
  text: string;
  lang: Lang;
  tokens: Word[];
}

const readingCache: Record<'kk' | 'ru' | 'en', Map<string, readonly Reading[]>> = { kk: new Map(), ru: new Map(), en: new Map() };
const keyCache = new WeakMap<readonly Reading[], readonly string[]>();

function keysOf(readings: readonly Reading[]): readonly string[] {
  let keys = keyCache.get(readings);
  if (!keys) keyCache.set(readings, (keys = [...new Set(readings.map((r) => r.key))]));
  return keys;
}

function kazakhReadings(norm: string): readonly Reading[] {
  const out: Reading[] = [];
  const seen = new Set<string>();
  for (const r of analyzeKazakh(norm)) {
    const key = looseKey(r.stem);
    const id = `${key}|${r.case}`;
    if (!key || seen.has(id)) continue;
    seen.add(id);
    out.push({ key, case: r.case, poss: r.poss, caseStem: r.caseStem });
  }
  return out;
}

function russianReadings(norm: string): readonly Reading[] {
  const c = russianCase(norm);
  return russianStems(norm).map((s, n) => ({ key: looseKey(s), case: n === 0 ? 'nom' : c, poss: false, caseStem: norm }));
}

function englishReadings(norm: string): readonly Reading[] {
  return englishStems(norm).map((s) => ({ key: looseKey(s), case: s === norm ? 'nom' : /['’]/.test(norm) ? 'gen' : 'nom', poss: false, caseStem: s }));
}

const CYRILLIC = /[\u0400-\u04ff]/;

export function readingsOf(norm: string, lang: Lang): readonly Reading[] {
  const mode = !CYRILLIC.test(norm) ? 'en' : lang === 'en' ? 'ru' : lang;
  const cache = readingCache[mode];
  const hit = cache.get(norm);
  if (hit) return hit;
  const r = mode === 'kk' ? kazakhReadings(norm) : mode === 'ru' ? russianReadings(norm) : englishReadings(norm);
  if (cache.size > 100_000) cache.clear();
  cache.set(norm, r);
  return r;
}

const NONE: readonly Reading[] = [];
const NO_KEYS: readonly string[] = [];

// A word's form per language of the text: one lookup per token.
const forms: Record<Lang, Map<string, WordForm>> = { kk: new Map(), ru: new Map(), en: new Map() };

function formOf(norm: string, lang: Lang): WordForm {
  const cache = forms[lang];
  let f = cache.get(norm);
  if (!f) {
    const readings = readingsOf(norm, lang);
    f = { readings, keys: keysOf(readings), rules: null, endsTitle: null, anaphor: null, entry: null, entryBase: null };
    if (cache.size > 100_000) cache.clear();
    cache.set(norm, f);
  }
  return f;
}

export function analyzeSentence(text: string, lang: Lang): SentenceWords {
  const tokens = tokenize(text) as Word[];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    t.i = i;
    if (t.word) {
      // the form hangs off the written form's shape: no second lookup per token
      const shape = t.shape;
      const f = shape ? ((shape[lang] as WordForm | null) ?? (shape[lang] = formOf(t.norm, lang))) : formOf(t.norm, lang);
      t.readings = f.readings;
      t.keys = f.keys;
      t.form = f;
    } else {
      t.readings = NONE;
      t.keys = NO_KEYS;
      t.form = null;
    }
  }
  return { text, lang, tokens };
}

/** The reading with the most suffix stripped whose key the entity's names know, else the first. */
export function readingFor(word: Word, keys: ReadonlySet<string>): Reading | undefined {
  let best: Reading | undefined;
  for (const r of word.readings) if (keys.has(r.key) && (!best || r.key.length < best.key.length)) best = r;
  return best ?? word.readings[0];
}

/** Most likely case of a word outside any name: the longest case ending that fits. */
export function wordCase(word: Word): Case {
  return word.readings.find((r) => r.case !== 'nom')?.case ?? 'nom';
}

export const hasStem = (word: Word | undefined, stems: ReadonlySet<string>): boolean =>
  !!word && word.readings.some((r) => stems.has(r.key));
