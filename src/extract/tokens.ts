// Words and punctuation of one sentence, with offsets into it. Shared by the catalogue (names are
// tokenised the same way, so they compare equal) and the extractor.
import { fixMixedScript } from '../core/text-fold';

export interface Token {
  /** As written in the sentence. */
  text: string;
  /** Offsets [start, end) in the sentence. */
  start: number;
  end: number;
  /** Lower case, Latin look-alikes in Cyrillic words fixed, ё → е. Kazakh letters kept. */
  norm: string;
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case (АҚШ, USGS, ҚР). */
  acronym: boolean;
  latin: boolean;
  /** Joined to the previous token by a hyphen without spaces (Қасым-Жомарт, вице-президенті). */
  hyphenated: boolean;
  /** The written form's shared facts, when `norm` is its lower case (null for punctuation). */
  shape: Shape | null;
}

// Letters and digits by code: ASCII and Cyrillic directly, the rest of Unicode through a regular expression.
const OTHER_LETTER = /[\p{L}\p{M}]/u;
const OTHER_WORD = /[\p{L}\p{M}\p{N}]/u;

function isLetterCode(c: number, s: string, i: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0x400 && c <= 0x52f) return c !== 0x482 && (c < 0x483 || c > 0x489);
  return OTHER_LETTER.test(s[i]!);
}

function isWordChar(c: number, s: string, i: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0x400 && c <= 0x52f) return true;
  return OTHER_WORD.test(s[i]!);
}
const UPPER = /^\p{Lu}/u;
// a Latin letter next to a Cyrillic one: the only way a word can mix the two scripts
const MIXED_PAIR = /[A-Za-z][\u0400-\u04ff]|[\u0400-\u04ff][A-Za-z]/;
// The part after a hyphen is an ending when it is a short run of lower-case Kazakh/Russian letters after
// an acronym, a number or a Roman numeral: АҚШ-тың, 50-ден, II-нің, 20-сын.
const ENDING = /^[а-яәғқңөұүһіё]{1,6}$/;
const ENDING_HOST = /^(?:[\p{Lu}]{1,6}|\d+|[IVXLC]+)$/u;

export const normWord = (s: string): string => {
  const lower = s.toLowerCase();
  return lower.includes('ё') || lower.includes('’') ? lower.replace(/ё/g, 'е').replace(/’/g, "'") : lower;
};

/** Tokens of a sentence; `text` must already be NFC. Offsets are UTF-16 indices into `text`. */
export function tokenize(text: string): Token[] {
  // only a text with both scripts can have look-alike letters inside words
  const fixed = MIXED_PAIR.test(text) ? fixMixedScript(text) : text;
  const out: Token[] = [];
  const n = fixed.length;
  for (let i = 0; i < n; ) {
    const c = fixed.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || (c > 0x2000 && c <= 0x200b)) {
      i++;
      continue;
    }
    const start = i;
    const isWord = isWordChar(c, fixed, i);
    if (isWord) {
      i++;
      while (i < n && isWordChar(fixed.charCodeAt(i), fixed, i)) i++;
      // Kazakhstan's, O'Neil: an apostrophe between letters stays in the word
      const a = fixed.charCodeAt(i);
      if ((a === 39 || a === 0x2019) && i + 1 < n && isLetterCode(fixed.charCodeAt(i + 1), fixed, i + 1)) {
        i++;
        while (i < n && isLetterCode(fixed.charCodeAt(i), fixed, i)) i++;
      }
    } else {
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      if (c === 11 || c === 12 || (c >= 0x1680 && /\s/.test(fixed[start]!))) continue;
    }
    const raw = fixed.slice(start, i);
    const prev = out[out.length - 1];
    // word-hyphen-word without spaces: join an ending to its host, or mark the compound
    if (isWord && prev && prev.text === '-' && prev.start === start - 1) {
      const host = out[out.length - 2];
      if (host && host.word && host.end === prev.start) {
        if (ENDING.test(raw) && ENDING_HOST.test(host.text)) {
          out.pop();
          host.text = text.slice(host.start, start + raw.length);
          host.norm = normWord(fixed.slice(host.start, start + raw.length));
          host.shape = null;
          host.end = start + raw.length;
          continue;
        }
        out.pop();
        out.push(makeToken(text.slice(start, start + raw.length), raw, start, true, true));
        continue;
      }
    }
    out.push(makeToken(fixed === text ? raw : text.slice(start, start + raw.length), raw, start, false, isWord));
  }
  return out;
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** How one written word form reads: shared by its tokens (their `shape`). */
export interface Shape {
  norm: string;
  cap: boolean;
  acronym: boolean;
  latin: boolean;
  /** The form's analysis per language of the text, kept here by src/extract/words.ts. */
  kk: unknown;
  ru: unknown;
  en: unknown;
}

// How a word is written → its lower-case form and letter case: news repeats its words, and lower-casing
// Cyrillic is not cheap, so each written form is worked out once.
const shapes = new Map<string, Shape>();

function wordShape(fixed: string): Shape {
  let shape = shapes.get(fixed);
  if (!shape) {
    if (shapes.size >= 100_000) shapes.clear();
    shapes.set(fixed, (shape = computeShape(fixed)));
  }
  return shape;
}

function computeShape(fixed: string): Shape {
  const norm = normWord(fixed);
  // upper case first letter: lower-casing changes it (digits and marks stay as they are)
  const c0 = fixed.charCodeAt(0);
  const cap = c0 !== norm.charCodeAt(0) && ((c0 >= 0x400 && c0 <= 0x52f) || (c0 >= 65 && c0 <= 90) || UPPER.test(fixed));
  let acronym = false;
  if (cap && fixed.length >= 2) {
    // every letter upper case, two letters at least: compare with the lower-case form letter by letter
    let letters = 0;
    acronym = true;
    for (let i = 0; i < fixed.length && acronym; i++) {
      const a = fixed[i]!;
      const b = norm[i];
      if (a !== b) letters++;
      else if (b !== undefined && b.toUpperCase() !== b) acronym = false;
    }
    acronym = acronym && letters >= 2 && norm.length === fixed.length;
    if (norm.length !== fixed.length) {
      const l = fixed.replace(/[^\p{L}]/gu, '');
      acronym = l.length >= 2 && l === l.toUpperCase();
    }
  }
  let latin = false;
  // Cyrillic words are most words: a Cyrillic first and last letter with no Latin between is the common case
  for (let i = 0; i < fixed.length && !latin; i++) {
    const c = fixed.charCodeAt(i);
    latin = c < 128 && isAsciiLetter(c);
  }
  return { norm, cap, acronym, latin, kk: null, ru: null, en: null };
}

function makeToken(original: string, fixed: string, start: number, hyphenated: boolean, word: boolean): Token {
  const shape = word ? wordShape(fixed) : null;
  const norm = shape ? shape.norm : fixed;
  const cap = shape ? shape.cap : false;
  const acronym = shape ? shape.acronym : false;
  const latin = shape ? shape.latin : false;
  // the fields words.ts adds are here from the start: one object shape for every token, no reshaping later
  const token = { text: original, start, end: start + original.length, norm, word, cap, acronym, latin, hyphenated, i: 0, readings: NO_READINGS, keys: NO_READINGS, form: null, shape };
  return token as Token;
}

const NO_READINGS: readonly never[] = [];

const KAZAKH_TO_RUSSIAN: Readonly<Record<string, string>> = {
  ә: 'а', ө: 'о', ү: 'у', ұ: 'у', қ: 'к', ғ: 'г', ң: 'н', һ: 'х', і: 'и',
};

// ә ө ү ұ қ ғ ң һ і, the hyphen and the apostrophe: the characters looseKey changes
const LOOSE_CODES = new Set([0x4d9, 0x4e9, 0x4af, 0x4b1, 0x49b, 0x493, 0x4a3, 0x4bb, 0x456, 45, 39]);

/** Compares Kazakh and Russian spellings of one name equal: Көшербаев ~ Кошербаев. */
export function looseKey(norm: string): string {
  // most words have nothing to change: one scan of char codes, no new string
  let i = 0;
  while (i < norm.length && !LOOSE_CODES.has(norm.charCodeAt(i))) i++;
  if (i === norm.length) return norm;
  let out = norm.slice(0, i);
  for (; i < norm.length; i++) {
    const ch = norm[i]!;
    if (ch === '-' || ch === "'") continue;
    out += KAZAKH_TO_RUSSIAN[ch] ?? ch;
  }
  return out;
}
