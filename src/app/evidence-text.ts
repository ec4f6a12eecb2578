// An evidence sentence as text nodes with the subject and object mentions in <mark> elements. The sentence
// comes from data, so it is only ever set as text.
import { el } from './dom';

export interface MentionCandidates {
  role: 'subject' | 'object';
  /** What to look for, best first: the recorded mention, then labels and aliases. */
  texts: readonly string[];
}

interface Range {
  start: number;
  end: number;
  role: 'subject' | 'object';
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Where a candidate occurs (case-insensitively), extended to the end of its word to take inflection in. */
function locate(text: string, lower: string, candidate: string): [number, number] | null {
  const c = candidate.trim().toLowerCase();
  if (c.length < 2) return null;
  let from = 0;
  while (from <= lower.length) {
    const i = lower.indexOf(c, from);
    if (i < 0) return null;
    // Must start a word: «Рубио» in «Марко Рубионың», not «рубио» inside another word.
    if (i === 0 || !WORD_CHAR.test(text.charAt(i - 1))) {
      let end = i + c.length;
      while (end < text.length && WORD_CHAR.test(text.charAt(end))) end++;
      return [i, end];
    }
    from = i + 1;
  }
  return null;
}

/** The first candidate that is found; for a multi-word label, its last word (a surname) is tried last. */
export function findMention(text: string, texts: readonly string[]): [number, number] | null {
  const lower = text.toLowerCase();
  const tries = [...texts];
  for (const t of texts) {
    const words = t.trim().split(/\s+/);
    if (words.length > 1) tries.push(words[words.length - 1]!);
  }
  for (const t of tries) {
    if (!t) continue;
    const hit = locate(text, lower, t);
    if (hit) return hit;
  }
  return null;
}

export function evidenceElement(text: string, mentions: readonly MentionCandidates[]): HTMLElement {
  const ranges: Range[] = [];
  for (const m of mentions) {
    const hit = findMention(text, m.texts);
    if (!hit) continue;
    const [start, end] = hit;
    if (ranges.some((r) => start < r.end && end > r.start)) continue;
    ranges.push({ start, end, role: m.role });
  }
  ranges.sort((a, b) => a.start - b.start);
  const quote = el('blockquote', { className: 'evidence' });
  let pos = 0;
  for (const r of ranges) {
    if (r.start > pos) quote.append(document.createTextNode(text.slice(pos, r.start)));
    quote.append(el('mark', { className: `mention mention-${r.role}`, text: text.slice(r.start, r.end) }));
    pos = r.end;
  }
  if (pos < text.length) quote.append(document.createTextNode(text.slice(pos)));
  return quote;
}
