// The language of a text without a `lang:` header: Kazakh letters, Cyrillic, or Latin.
import type { Lang } from '../core/types';

export function guessLanguage(text: string): Lang | null {
  const sample = text.slice(0, 20_000);
  const cyrillic = (sample.match(/[\u0400-\u04ff]/g) ?? []).length;
  const latin = (sample.match(/[A-Za-z]/g) ?? []).length;
  if (cyrillic + latin < 10) return null;
  if (latin > cyrillic) return 'en';
  const kazakh = (sample.match(/[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g) ?? []).length;
  return kazakh >= cyrillic * 0.01 ? 'kk' : 'ru';
}
