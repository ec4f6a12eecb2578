import { describe, it, expect } from 'vitest';
import { formatProblem } from '../../src/core/problems';
import { parseEntitiesCsv } from '../../src/ingest/entities-csv';

const HEADER = 'id,type,label_en,label_kk,label_ru,aliases,country,wikidata';
const KZ = 'kazakhstan,country,Kazakhstan,Қазақстан,Казахстан,KZ|РК,,Q232';
const csv = (...rows: string[]): string => [HEADER, ...rows].join('\n') + '\n';

/** The one problem reported, formatted as a user sees it. */
function only(text: string): string {
  const { problems } = parseEntitiesCsv(text, 'entities.csv');
  expect(problems).toHaveLength(1);
  return formatProblem(problems[0]!);
}

describe('parseEntitiesCsv', () => {
  it('reads every column, splitting aliases on |', () => {
    const { entities, problems } = parseEntitiesCsv(
      csv(KZ, 'yermek-kosherbayev,person,Yermek Kosherbayev,Ермек Көшербаев,Ермек Кошербаев,Kosherbayev| Көшербаев ,kazakhstan,'),
    );
    expect(problems).toEqual([]);
    expect(entities[1]).toEqual({
      id: 'yermek-kosherbayev',
      type: 'person',
      label_en: 'Yermek Kosherbayev',
      label_kk: 'Ермек Көшербаев',
      label_ru: 'Ермек Кошербаев',
      aliases: ['Kosherbayev', 'Көшербаев'],
      country: 'kazakhstan',
      wikidata: '',
    });
    expect(entities[0]?.wikidata).toBe('Q232');
  });

  it('accepts a country defined further down the file', () => {
    const { entities, problems } = parseEntitiesCsv(csv('astana,place,Astana,Астана,Астана,,kazakhstan,', KZ));
    expect(problems).toEqual([]);
    expect(entities.find((e) => e.id === 'astana')?.country).toBe('kazakhstan');
  });

  it('reports an id that is not a slug', () => {
    expect(only(csv(KZ, 'Yermek Kosherbayev,person,Yermek Kosherbayev,,,,,'))).toMatch(
      /^entities\.csv:3:1 \(column "id"\): id "Yermek Kosherbayev" is not a readable slug: expected lower-case .*"yermek-kosherbayev"/,
    );
  });

  it('reports an unknown type with the closest one and the list', () => {
    const msg = only(csv('x,persn,X,,,,,'));
    expect(msg).toMatch(/^entities\.csv:2:2 \(column "type"\): unknown type "persn": expected one of person, country, /);
    expect(msg).toContain('(did you mean "person"?)');
  });

  it('reports a row without any label', () => {
    expect(only(csv('x,person,,,,,,'))).toMatch(/^entities\.csv:2:3 \(column "label_en"\): no label: expected at least one of label_en, label_kk, label_ru/);
  });

  it('reports a duplicate id with the line of the first one', () => {
    const text = csv(KZ, 'kazakhstan,country,Kazakhstan again,,,,,');
    expect(only(text)).toMatch(/^entities\.csv:3:1 \(column "id"\): duplicate id "kazakhstan": already defined on line 2/);
    expect(parseEntitiesCsv(text).entities).toHaveLength(1);
  });

  it('reports a country id that is unknown, and one that is not a country', () => {
    const { entities, problems } = parseEntitiesCsv(
      csv(KZ, 'nato,organization,NATO,,,,,', 'a,person,A,,,,kazakstan,', 'b,person,B,,,,nato,'),
    );
    const msgs = problems.map(formatProblem);
    expect(msgs[0]).toMatch(/^entities\.csv:4:7 \(column "country"\): unknown country "kazakstan": expected the id of a country .* \(did you mean "kazakhstan"\?\)/);
    expect(msgs[1]).toMatch(/^entities\.csv:5:7 \(column "country"\): country "nato" has type organization, not country: expected the id of an entity of type country/);
    // The entity stays so triples about it still load; only the bad reference is dropped (and reported).
    expect(entities.map((e) => [e.id, e.country])).toEqual([['kazakhstan', ''], ['nato', ''], ['a', ''], ['b', '']]);
  });

  it('reports a malformed wikidata id', () => {
    expect(only(csv('kazakhstan,country,Kazakhstan,,,,,232'))).toMatch(/^entities\.csv:2:8 \(column "wikidata"\): wikidata "232" is not a Wikidata id: expected Q and digits/);
  });

  it('reports missing and extra cells', () => {
    expect(only(csv('x,person,X'))).toMatch(/^entities\.csv:2:4 \(column "label_kk"\): missing cells: expected 8 fields as in the header, found 3/);
    expect(only(csv('x,person,X,,,,,,Q1'))).toMatch(/^entities\.csv:2:9: extra cells: expected 8 fields as in the header, found 9/);
  });

  it('reports a missing header column and reads no rows', () => {
    const { entities, problems } = parseEntitiesCsv('id,type,label_en\nx,person,X\n');
    expect(entities).toEqual([]);
    expect(formatProblem(problems[0]!)).toMatch(/^entities\.csv:1: missing columns "label_kk", "label_ru", "aliases", "country", "wikidata": expected the header row id,type,/);
  });

  it('reports an empty file', () => {
    expect(only('')).toMatch(/^entities\.csv: empty file: expected the header row id,type,label_en/);
  });
});
