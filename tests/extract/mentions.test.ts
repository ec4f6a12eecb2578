// Catalogue mentions with lists long enough to be indexed by their last word (four names or more under one
// pair of first words), the one-word lists kept per way of writing, and names found inside a longer name.
import { describe, expect, it } from 'vitest';
import type { EntityRecord, EntityType } from '../../src/core/types';
import { ArticleCatalogue, buildCatalogue, lastWordIndex } from '../../src/extract/catalogue';
import { matchCatalogue, matchInside, mentionText } from '../../src/extract/mentions';
import { analyzeSentence } from '../../src/extract/words';

const entity = (id: string, type: EntityType, kk: string, aliases: string[] = []): EntityRecord => ({
  id, type, label_en: id, label_kk: kk, label_ru: '', aliases, country: '', wikidata: '',
});

const OFFICES = ['Энергетика', 'Қаржы', 'Ауыл шаруашылығы', 'Сауда және интеграция', 'Экология және табиғи ресурстар', 'Ұлттық экономика'];

const ENTITIES: EntityRecord[] = [
  entity('kz', 'country', 'Қазақстан'),
  entity('us', 'country', 'АҚШ'),
  entity('jp', 'country', 'Жапония'),
  // many names that begin «Қазақстанның … министрлігі» / «… министрі»: one long list under two words
  ...OFFICES.flatMap((o, i) => [
    entity(`ministry-${i}`, 'organization', `Қазақстанның ${o} министрлігі`),
    entity(`minister-${i}`, 'role', `Қазақстанның ${o} министрі`),
    entity(`vice-minister-${i}`, 'role', `Қазақстанның ${o} вице-министрі`),
    entity(`ministry-${i}-press`, 'organization', `Қазақстанның ${o} министрлігінің баспасөз қызметі`),
  ]),
  // a surname many people share, and one name that starts with it
  entity('serikbayev-a', 'person', 'Айдос Серікбаев', ['Серікбаев']),
  entity('serikbayev-b', 'person', 'Берік Серікбаев', ['Серікбаев']),
  entity('serikbayev-c', 'person', 'Жандос Серікбаев', ['Серікбаев']),
  // documents «Қазақстан мен X арасындағы …»: a long list again
  ...['Жапония', 'АҚШ', 'Франция', 'Германия', 'Қытай'].map((c, i) =>
    entity(`memo-${i}`, 'document', `Қазақстан мен ${c} арасындағы ынтымақтастық туралы меморандум`)),
];

const catalogue = buildCatalogue(ENTITIES);

function mentions(text: string): string[] {
  const s = analyzeSentence(text, 'kk');
  return matchCatalogue(s, new ArticleCatalogue(catalogue)).map((m) => `${m.entity.id}=${mentionText(s, m)}/${m.case}`);
}

describe('catalogue mentions', () => {
  it('indexes the long lists by their last word', () => {
    expect(lastWordIndex(catalogue.pairs.get('казакстаннын')!.get('энергетика')!)).toBeDefined();
    expect(lastWordIndex(catalogue.pairs.get('казакстан')!.get('мен')!)).toBeDefined();
  });

  it('finds the longest name in a long list by its last word, inflected', () => {
    expect(mentions('Қазақстанның Экология және табиғи ресурстар министрлігінде кеңес өтті.')).toEqual([
      'ministry-4=Қазақстанның Экология және табиғи ресурстар министрлігінде/loc',
    ]);
    expect(mentions('Қазақстанның Қаржы министрі сөз сөйледі.')).toEqual(['minister-1=Қазақстанның Қаржы министрі/nom']);
    expect(mentions('Қазақстанның Энергетика министрлігінің баспасөз қызметі хабарлады.')).toEqual([
      'ministry-0-press=Қазақстанның Энергетика министрлігінің баспасөз қызметі/nom',
    ]);
    expect(mentions('Қазақстанның Ауыл шаруашылығы вице-министрі келді.')).toEqual([
      'vice-minister-2=Қазақстанның Ауыл шаруашылығы вице-министрі/nom',
    ]);
  });

  it('falls back to a shorter name when the longer ones stop fitting', () => {
    expect(mentions('Қазақстанның Энергетика саласы дамыды.')).toEqual(['kz=Қазақстанның/gen']);
    expect(mentions('Қазақстанның Энергетика министрлігінің өкілі келді.')).toEqual(['ministry-0=Қазақстанның Энергетика министрлігінің/gen']);
  });

  it('gives a shared surname to the first-ranked person, the others as alternatives', () => {
    const s = analyzeSentence('Серікбаевтың айтуынша, келісім жасалды.', 'kk');
    const [m] = matchCatalogue(s, new ArticleCatalogue(catalogue));
    expect(m?.entity.id).toBe('serikbayev-c');
    expect(m?.alternatives.map((e) => e.id).sort()).toEqual(['serikbayev-a', 'serikbayev-b']);
    expect(m?.case).toBe('gen');
    // the same word again: the same answer (the ranking is kept with the list)
    const [again] = matchCatalogue(s, new ArticleCatalogue(catalogue));
    expect(again?.entity.id).toBe('serikbayev-c');
    expect(again?.alternatives).toEqual(m?.alternatives);
  });

  it('matches a one-word proper name only capitalised, and an acronym only in capitals', () => {
    expect(mentions('Жапония мен АҚШ-тың өкілдері кездесті.')).toEqual(['jp=Жапония/nom', 'us=АҚШ-тың/gen']);
    expect(mentions('жапония мен ақш-тың өкілдері кездесті.')).toEqual([]);
  });

  it('takes a two-word name over the first word alone, and the full name over both', () => {
    expect(mentions('Берік Серікбаев келді.')).toEqual(['serikbayev-b=Берік Серікбаев/nom']);
  });

  it('finds the names inside a longer catalogue name', () => {
    const text = 'Қазақстан мен Жапония арасындағы ынтымақтастық туралы меморандумға қол қойылды.';
    const s = analyzeSentence(text, 'kk');
    const cat = new ArticleCatalogue(catalogue);
    const [memo] = matchCatalogue(s, cat);
    expect(memo?.entity.id).toBe('memo-0');
    const and = s.tokens.findIndex((t) => t.norm === 'мен');
    const a = matchInside(s, cat, memo!.first, and - 1, memo!.entity);
    const b = matchInside(s, cat, and + 1, and + 1, memo!.entity);
    expect([a?.entity.id, b?.entity.id]).toEqual(['kz', 'jp']);
  });
});
