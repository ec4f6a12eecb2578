// One article, sentence by sentence, in its language. Each language reads every sentence twice: first
// for names and titles (so a title can be resolved to a holder named later), then for relations.
import type { EntityRecord, Lang } from '../core/types';
import type { ArticleState } from './article-state';
import { parseEnglishSentence, readEnglishSentence } from './en';
import { parseKazakhSentence, readKazakhSentence } from './kk';
import { parseRussianSentence, readRussianSentence } from './ru';
import type { Parsed } from './parsed-sentence';
import { splitSentences } from './sentences';

interface LanguageReader {
  parse: (sentence: ReturnType<typeof splitSentences>[number], state: ArticleState) => Parsed;
  read: (p: Parsed, state: ArticleState, holders: ReadonlyMap<string, EntityRecord>) => void;
}

const READERS: Partial<Record<Lang, LanguageReader>> = {
  kk: { parse: parseKazakhSentence, read: readKazakhSentence },
  ru: { parse: parseRussianSentence, read: readRussianSentence },
  en: { parse: parseEnglishSentence, read: readEnglishSentence },
};

// A title may be used a few sentences before its holder is named, not a book before: texts are read
// in passages of this many sentences, which also keeps memory flat on very long input.
const PASSAGE = 64;

/**
 * Whether `text` is NFC as it is: every character has no canonical decomposition that NFC would apply and
 * combines with nothing (ASCII to spacing modifiers, Cyrillic but its combining marks, general punctuation,
 * currency, №). News text nearly always is, and normalize() reads and copies the whole article.
 */
function plainlyNfc(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x300 || (c >= 0x400 && c <= 0x52f && (c < 0x483 || c > 0x489))) continue;
    if ((c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e) || (c >= 0x20a0 && c <= 0x20bf) || c === 0x2116) continue;
    return false;
  }
  return true;
}

export function readArticle(text: string, lang: Lang, state: ArticleState): void {
  const reader = READERS[lang];
  if (!reader) return;
  const sentences = splitSentences(plainlyNfc(text) ? text : text.normalize('NFC'));
  const holders = new Map<string, EntityRecord>();
  let rolesSeen = 0;
  for (let from = 0; from < sentences.length; from += PASSAGE) {
    const before = state.snapshot();
    const parsedSentences = sentences.slice(from, from + PASSAGE).map((s) => reader.parse(s, state));
    // the first person the text gives each title; people given a title in earlier passages are done (a Map
    // keeps insertion order, so the new ones are at the end)
    let n = 0;
    for (const [personId, role] of state.roles) {
      if (n++ < rolesSeen) continue;
      const person = state.catalogue.get(personId);
      if (person && !holders.has(role.id)) holders.set(role.id, person);
    }
    rolesSeen = state.roles.size;
    state.restore(before);
    for (const p of parsedSentences) reader.read(p, state, holders);
  }
}
