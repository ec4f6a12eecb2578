// Article text → sentences with offsets. Abbreviations, initials and quotes do not end a sentence;
// datelines («АСТАНА. KAZINFORM –»), photo captions and navigation lines are not sentences.

export interface Sentence {
  text: string;
  /** Offset of `text` in the text that was split. */
  start: number;
  /** Paragraph number (0-based): a line of the source text. */
  paragraph: number;
  /** The line had no sentence-final punctuation (a headline, a caption): weaker evidence. */
  headline: boolean;
}

// Lower-cased forms that end with a period without ending the sentence.
const ABBREVIATIONS = new Set([
  'т.б', 'т.с.с', 'т.е', 'т.д', 'т.п', 'г', 'гг', 'ж', 'жж', 'млн', 'млрд', 'трлн', 'др', 'им', 'ст', 'см', 'проф',
  'акад', 'доц', 'каз', 'рус', 'англ', 'обл', 'р-н', 'ул', 'пр', 'тел', 'мр', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st',
  'co', 'inc', 'ltd', 'corp', 'jr', 'sr', 'no', 'vs', 'etc', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'jan', 'feb', 'aug',
  'sept', 'oct', 'nov', 'dec', 'gen', 'gov', 'sen', 'rep', 'дж', 'ақп', 'қаң', 'ж.ғ', 'пп',
]);

const CAPTION = /^\s*(?:фото|сурет|видео|photo|video|фото\s*\/\s*видео|источник|дереккөз)\b\s*[:.-]?/iu;
// «АСТАНА. KAZINFORM –», «АСТАНА.KAZINFORM -», «ALMATY. Kazinform –», «АЛМАТЫ, 5 ақпан. КазТАГ –»
const DATELINE = /^\s*[\p{Lu}][\p{Lu}\s-]{1,30}[.,]\s*(?:\d{1,2}\s+\p{L}+\.?\s*)?[\p{L}.]{2,30}\s*[–—-]\s*/u;
const FINAL = /[.!?…]["»”')\]]*\s*$/u;

const LETTER = /\p{L}/u;
const isTokenChar = (ch: string): boolean => ch === '.' || ch === '-' || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '\u0400' && ch <= '\u04ff') || (ch > '\u007f' && LETTER.test(ch));

function isAbbreviation(before: string): boolean {
  // the run of letters, dots and hyphens the text ends with, scanned back by hand (a regex anchored at
  // the end scans the whole string)
  let from = before.length;
  while (from > 0 && isTokenChar(before[from - 1]!)) from--;
  if (from === before.length) return false;
  const m = [before, before.slice(from)];
  const word = m[1]!.toLowerCase().replace(/^\.+/, '');
  if (ABBREVIATIONS.has(word)) return true;
  // initials: Дж. Д. Вэнс, J. D. Vance, Н.Назарбаев
  return /^\p{L}$/u.test(m[1]!) || /^(?:\p{Lu}\.)+\p{Lu}$/u.test(m[1]!);
}

// What JavaScript's \s matches, by char code.
const isSpaceCode = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 ||
  c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
// . ! ? … and the closing marks that may follow them: " » ” ' ) ]
const isEndCode = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026;
const isCloserCode = (c: number): boolean => isEndCode(c) || c === 34 || c === 0xbb || c === 0x201d || c === 39 || c === 41 || c === 93;

/** Where a sentence may end inside one line: after . ! ? … when the next word starts a sentence. */
function splitLine(line: string): [number, number][] {
  const parts: [number, number][] = [];
  let start = 0;
  let quoteDepth = 0;
  let quoteInSentence = false;
  // by char code: a one-letter string per character of the text would be garbage
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0xab || c === 0x201c) (quoteDepth++, (quoteInSentence = true));
    else if ((c === 0xbb || c === 0x201d) && quoteDepth > 0) quoteDepth--;
    if (!isEndCode(c)) continue;
    let j = i + 1;
    while (j < line.length && isCloserCode(line.charCodeAt(j))) j++;
    if (j < line.length && !isSpaceCode(line.charCodeAt(j))) continue; // 2.5, U.S.A, АСТАНА.KAZINFORM
    let k = j;
    while (k < line.length && isSpaceCode(line.charCodeAt(k))) k++;
    if (k >= line.length) break;
    const next = line[k]!;
    const startsSentence = /[\p{Lu}\d«“"–—-]/u.test(next);
    if (!startsSentence || (c === 46 && isAbbreviation(line.slice(Math.max(start, i - 24), i)))) continue;
    // inside a quotation the sentence goes on to the attribution («…. …», – деді X.)
    if (quoteDepth > 0 && quoteInSentence) continue;
    parts.push([start, j]);
    start = k;
    quoteInSentence = quoteDepth > 0;
  }
  parts.push([start, line.length]);
  return parts;
}

/** Whether `s` has fewer than `n` words, counting no further than needed. */
function fewerWords(s: string, n: number): boolean {
  const re = /[\p{L}\p{N}]+/gu;
  let count = 0;
  while (re.exec(s)) if (++count >= n) return false;
  return true;
}

// A «sentence» longer than this (a table, a list without full stops) is cut at spaces: rules look across a
// clause, and no clause is this long.
const MAX_SENTENCE = 1500;

function bounded(line: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  while (end - start > MAX_SENTENCE) {
    const space = line.lastIndexOf(' ', start + MAX_SENTENCE);
    const cut = space > start ? space : start + MAX_SENTENCE;
    out.push([start, cut]);
    start = cut;
  }
  out.push([start, end]);
  return out;
}

/** Sentences of `text` in order; `offset` is added to every start (e.g. the body's offset in the file). */
export function splitSentences(text: string, offset = 0): Sentence[] {
  const out: Sentence[] = [];
  let lineStart = 0;
  let paragraph = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    let line = text.slice(lineStart, lineEnd);
    let base = lineStart;
    if (line.trim() !== '' && !CAPTION.test(line)) {
      const dateline = DATELINE.exec(line);
      if (dateline && /[\p{Lu}]{3,}/u.test(dateline[0])) {
        base += dateline[0].length;
        line = line.slice(dateline[0].length);
      }
      const headline = !FINAL.test(line);
      // navigation, author and caption lines: short and without a sentence end
      if (!(headline && fewerWords(line, 4))) {
        for (const [a, b] of splitLine(line)) {
          for (const [s, e] of b - a > MAX_SENTENCE ? bounded(line, a, b) : [[a, b] as const]) {
            const raw = line.slice(s, e);
            const lead = raw.length - raw.trimStart().length;
            const body = raw.trim();
            if (!/[\p{L}\p{N}]/u.test(body)) continue;
            out.push({ text: body, start: offset + base + s + lead, paragraph, headline });
          }
        }
      }
      paragraph++;
    }
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  return out;
}
