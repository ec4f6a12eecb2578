// Shared by the extraction tests: the bundled catalogue plus a few people of our own, and a way to read
// triples as short strings.
import type { EntityRecord, Lang } from '../../src/core/types';
import { BUNDLED_ENTITIES } from '../../src/extract/bundled-catalogue';
import { buildCatalogue, extractArticle, type Catalogue } from '../../src/extract/index';

const person = (id: string, en: string, kk: string, ru: string, aliases: string[] = []): EntityRecord => ({
  id, type: 'person', label_en: en, label_kk: kk, label_ru: ru, aliases, country: '', wikidata: '',
});

export const PEOPLE: EntityRecord[] = [
  person('yermek-kosherbayev', 'Yermek Kosherbayev', 'Ермек Көшербаев', 'Ермек Кошербаев', ['Kosherbayev']),
  person('donald-trump', 'Donald Trump', 'Дональд Трамп', 'Дональд Трамп', ['Trump']),
];

let shared: Catalogue | null = null;
export function testCatalogue(): Catalogue {
  shared ??= buildCatalogue([...BUNDLED_ENTITIES, ...PEOPLE]);
  return shared;
}

/** Triples of a text as "subject predicate object" (entity ids). */
export function triplesOf(body: string, lang: Lang = 'kk', catalogue = testCatalogue()): string[] {
  const data = extractArticle({ id: 'test', title: '', date: '2026-01-01', lang, url: '', body, bodyOffset: 0 }, catalogue);
  return data.triples.map((t) => `${t.subject} ${t.predicate} ${t.object}`);
}

/** Triples with the predicate given, as "subject object". */
export const withPredicate = (triples: string[], predicate: string): string[] =>
  triples.filter((t) => t.split(' ')[1] === predicate).map((t) => t.split(' ').filter((_, i) => i !== 1).join(' '));
