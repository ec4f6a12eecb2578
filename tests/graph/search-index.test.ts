import { describe, expect, it } from 'vitest';
import type { EntityRecord } from '../../src/core/types';
import { buildGraph } from '../../src/graph/build-graph';
import { buildSearchIndex, searchEntities, searchFold } from '../../src/graph/search-index';

function entity(id: string, type: EntityRecord['type'], en: string, kk: string, ru: string, aliases: string[] = []): EntityRecord {
  return { id, type, label_en: en, label_kk: kk, label_ru: ru, aliases, country: '', wikidata: '' };
}

const graph = buildGraph({
  entities: [
    entity('marco-rubio', 'person', 'Marco Rubio', 'Марко Рубио', 'Марко Рубио', ['Rubio']),
    entity('jd-vance', 'person', 'JD Vance', 'Джей Ди Вэнс', 'Джей Ди Вэнс', ['James David Vance']),
    entity('yermek-kosherbayev', 'person', 'Yermek Kosherbayev', 'Ермек Көшербаев', 'Ермек Кошербаев', ['Kosherbayev']),
    entity('kazakhstan', 'country', 'Kazakhstan', 'Қазақстан', 'Казахстан', ['Republic of Kazakhstan', 'ҚР']),
    entity('mfa-kz', 'organization', 'Ministry of Foreign Affairs of Kazakhstan', 'ҚР Сыртқы істер министрлігі', 'МИД Казахстана'),
    entity('minerals', 'commodity', 'critical minerals', 'маңызды минералдар', 'критически важные минералы'),
    entity('ministerial', 'event', 'Critical Minerals Ministerial', 'Маңызды минералдар жөніндегі министрлік конференция', 'Министерская конференция'),
  ],
  triples: [],
  problems: [],
}).graph;
const index = buildSearchIndex(graph);
const ids = (q: string) => searchEntities(index, q).map((h) => h.id);

describe('searchFold', () => {
  it('folds case, diacritics and Kazakh letters', () => {
    expect(searchFold('Көшербаев')).toBe(searchFold('КОШЕРБАЕВ'));
    expect(searchFold('Café')).toBe('cafe');
  });
});

describe('searchEntities', () => {
  it('finds by any label or alias, ignoring case and diacritics', () => {
    expect(ids('rubio')[0]).toBe('marco-rubio');
    expect(ids('РУБИО')[0]).toBe('marco-rubio');
    expect(ids('James David')[0]).toBe('jd-vance');
    expect(ids('kosherbáyev')[0]).toBe('yermek-kosherbayev');
  });

  it('tolerates Kazakh and Russian case endings', () => {
    expect(ids('Рубионың')[0]).toBe('marco-rubio');
    expect(ids('Кошербаева')[0]).toBe('yermek-kosherbayev');
    expect(ids('Ермек Көшербаевтың')[0]).toBe('yermek-kosherbayev');
    expect(ids('Қазақстанның')[0]).toBe('kazakhstan');
  });

  it('does not take a short stem for an inflected word', () => {
    // «ми» is not a stem of «министрлігі»; only prefixes typed by the user reach that far
    expect(ids('ҚРдың')).not.toContain('mfa-kz');
  });

  it('suggests while typing, exact matches first', () => {
    expect(ids('Kaz')).toEqual(expect.arrayContaining(['kazakhstan', 'mfa-kz']));
    expect(ids('Kazakhstan')[0]).toBe('kazakhstan');
    expect(ids('Marco Rubio')[0]).toBe('marco-rubio');
  });

  it('ranks exact > prefix > substring', () => {
    const hits = searchEntities(index, 'minerals');
    expect(hits.map((h) => h.kind)).toEqual(['exact', 'exact']);
    expect(hits[0]!.id).toBe('minerals');
    expect(searchEntities(index, 'inera')[0]!.kind).toBe('substring');
    expect(searchEntities(index, 'miner')[0]!.kind).toBe('prefix');
  });

  it('requires every word of the query and returns nothing for blank queries', () => {
    expect(ids('Marco Vance')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    expect(ids('zzzz')).toEqual([]);
  });

  it('reports the name that matched and respects the limit', () => {
    const [hit] = searchEntities(index, 'Рубионың');
    expect(hit!.matched).toBe('Марко Рубио');
    expect(searchEntities(index, 'k', { limit: 2 })).toHaveLength(2);
  });
});
