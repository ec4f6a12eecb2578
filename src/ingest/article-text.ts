// graph-data/articles/<id>.txt → Article: the text extraction reads and evidence sentences point into.
import { problem } from '../core/problems';
import type { Problem } from '../core/types';
import { lineAt, lineStarts, normaliseText } from './text-lines';
import { isPartialDate } from './date-value';

export interface Article {
  id: string;
  title: string;
  /** YYYY-MM-DD (or YYYY, YYYY-MM), or '' when absent or unreadable. */
  date: string;
  lang: 'kk' | 'ru' | 'en' | '';
  url: string;
  body: string;
  /** Character offset of `body` within the text after BOM removal and CRLF → LF. */
  bodyOffset: number;
}

type ArticleLang = Article['lang'];

const FORMS = "expected a first line ' date YYYY-MM-DD <title>', or 'url:', 'lang:', 'date:' lines and a blank line before the body";
// Scrapers write a placeholder when the page shows no date; that is an absent date, not a bad one.
const NO_VALUE = /^(?:|unknown|none|n\/a|-|\?)$/i;
const KNOWN_KEYS = new Set(['url', 'lang', 'date', 'title']);
const HEADER_LINE = /^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*)$/;
const SEED_LINE = /^\s*date\s*:?\s*(\S+)[ \t]*(.*)$/i;

/** `dir/seed.txt` → `seed`; both separators, since names may come from Windows or a browser drop. */
export function articleIdOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/**
 * Kazakh shares the Cyrillic alphabet with Russian plus nine letters of its own; a Russian text quoting
 * a Kazakh name has a few of them, so a ratio decides, not presence. In Kazakh news they are about one
 * Cyrillic letter in seven; 4% leaves room for short texts and for names in Russian ones.
 */
export function guessLang(text: string): ArticleLang {
  const lower = text.toLowerCase();
  const cyrillic = (lower.match(/[\u0400-\u04ff]/g) ?? []).length;
  const latin = (lower.match(/[a-z]/g) ?? []).length;
  const kazakh = (lower.match(/[әғқңөұүһі]/g) ?? []).length;
  if (cyrillic === 0 && latin === 0) return '';
  if (latin > cyrillic) return 'en';
  return kazakh > 0 && kazakh >= cyrillic * 0.04 ? 'kk' : 'ru';
}

/** Accepts ISO dates and date-times, and the DD.MM.YYYY news sites print; '' when unreadable. */
function readDate(value: string): string {
  const v = value.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-][\d:]+)?)?$/.exec(v);
  if (iso?.[1] && isPartialDate(iso[1])) return iso[1];
  if (isPartialDate(v)) return v;
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v);
  if (dotted) {
    const d = `${dotted[3]}-${dotted[2]?.padStart(2, '0')}-${dotted[1]?.padStart(2, '0')}`;
    if (isPartialDate(d)) return d;
  }
  return '';
}

function readLang(value: string): ArticleLang | null {
  const v = value.trim().toLowerCase();
  if (v === 'kk' || v === 'kz' || v === 'kaz' || v === 'kazakh') return 'kk';
  if (v === 'ru' || v === 'rus' || v === 'russian') return 'ru';
  if (v === 'en' || v === 'eng' || v === 'english') return 'en';
  return null;
}

interface Head {
  fields: Map<string, { value: string; line: number; column: number }>;
  title: string;
  /** Offset where the text after the head starts. */
  end: number;
}

/**
 * Header form: the leading run of `key: value` lines, at least one of them a known key. A blank line
 * should end it; when the body follows at once the run still counts, with a warning.
 */
function readHeaderForm(text: string): (Head & { blankAfter: boolean }) | null {
  const fields: Head['fields'] = new Map();
  let offset = 0;
  let line = 1;
  while (offset < text.length) {
    const newline = text.indexOf('\n', offset);
    const lineEnd = newline === -1 ? text.length : newline;
    const content = text.slice(offset, lineEnd);
    const m = HEADER_LINE.exec(content);
    if (!m?.[1]) break;
    const key = m[1].toLowerCase();
    const value = m[2]?.trim() ?? '';
    if (!fields.has(key)) fields.set(key, { value, line, column: content.indexOf(value, m[1].length) + 1 });
    offset = newline === -1 ? text.length : newline + 1;
    line++;
  }
  if (![...fields.keys()].some((k) => KNOWN_KEYS.has(k))) return null;
  const blankAfter = offset >= text.length || /^[ \t]*(\n|$)/.test(text.slice(offset));
  return { fields, title: fields.get('title')?.value ?? '', end: offset, blankAfter };
}

/**
 * Seed form: ` date YYYY-MM-DD <title>` on the first line. `date: 2026-02-05` alone, or followed by a
 * time, is a header line instead.
 */
function readSeedForm(text: string): Head | null {
  const newline = text.indexOf('\n');
  const first = newline === -1 ? text : text.slice(0, newline);
  const m = SEED_LINE.exec(first);
  if (!m?.[1]) return null;
  const title = m[2]?.trim() ?? '';
  const hasColon = /^\s*date\s*:/i.test(first);
  if (hasColon && (title === '' || readDate(`${m[1]} ${title}`) !== '')) return null;
  const fields: Head['fields'] = new Map([['date', { value: m[1], line: 1, column: first.indexOf(m[1]) + 1 }]]);
  return { fields, title, end: newline === -1 ? text.length : newline + 1 };
}

/** Date and language from the head; unreadable values become warnings, since the text is still usable. */
function readMeta(head: Head, fileName: string, problems: Problem[]): { date: string; lang: ArticleLang } {
  let date = '';
  const rawDate = head.fields.get('date');
  if (rawDate && !NO_VALUE.test(rawDate.value)) {
    date = readDate(rawDate.value);
    if (date === '') {
      problems.push(problem(fileName, rawDate.line, rawDate.column, `bad date "${rawDate.value}": expected YYYY-MM-DD (a real calendar date); the date is left empty`, 'date', 'warning'));
    }
  }

  let lang: ArticleLang = '';
  const rawLang = head.fields.get('lang');
  if (rawLang && rawLang.value !== '') {
    lang = readLang(rawLang.value) ?? '';
    if (lang === '') {
      problems.push(problem(fileName, rawLang.line, rawLang.column, `unknown lang "${rawLang.value}": expected kk, ru or en; guessed from the text instead`, 'lang', 'warning'));
    }
  }
  return { date, lang };
}

export function parseArticle(text: string, fileName: string): { article: Article | null; problems: Problem[] } {
  const src = normaliseText(text);
  const problems: Problem[] = [];
  if (src.trim() === '') {
    return { article: null, problems: [problem(fileName, 0, 0, `empty article: ${FORMS}, then the text`)] };
  }

  const starts = lineStarts(src);
  let head: Head | null = readSeedForm(src);
  if (!head) {
    const headerForm = readHeaderForm(src);
    if (headerForm && !headerForm.blankAfter) {
      const line = lineAt(starts, headerForm.end);
      problems.push(problem(fileName, line, 1, 'expected a blank line between the header lines and the body; read the body from here', undefined, 'warning'));
    }
    head = headerForm;
  }
  if (!head) {
    problems.push(problem(fileName, 1, 1, `no header: ${FORMS}; the whole file is read as the body`, undefined, 'warning'));
    head = { fields: new Map(), title: '', end: 0 };
  }

  // The body starts at its first non-blank line, so offsets point at text, not at spacing.
  const leading = /^(?:[ \t]*\n)*/.exec(src.slice(head.end))?.[0].length ?? 0;
  const bodyOffset = head.end + leading;
  const body = src.slice(bodyOffset).trimEnd();

  const meta = readMeta(head, fileName, problems);
  if (!/\p{L}/u.test(body)) {
    const what = body === '' ? 'no body' : 'the body has no letters';
    problems.push(problem(fileName, lineAt(starts, bodyOffset), 1, `${what}: expected the article text after the header`));
    return { article: null, problems };
  }

  const lang = meta.lang || guessLang(body);

  // In the header form the headline is the first line of the body.
  const title = head.title || (body.split('\n')[0] ?? '').trim();
  const article: Article = { id: articleIdOf(fileName), title, date: meta.date, lang, url: head.fields.get('url')?.value ?? '', body, bodyOffset };
  return { article, problems };
}
