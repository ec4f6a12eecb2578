import { describe, it, expect } from 'vitest';
import { formatProblem } from '../../src/core/problems';
import type { EntityRecord, EntityType } from '../../src/core/types';
import { parseTriplesCsv } from '../../src/ingest/triples-csv';

const entity = (id: string, type: EntityType): EntityRecord => ({
  id, type, label_en: id, label_kk: '', label_ru: '', aliases: [], country: '', wikidata: '',
});
const ENTITIES = new Map(
  [
    entity('yermek-kosherbayev', 'person'),
    entity('marco-rubio', 'person'),
    entity('kazakhstan', 'country'),
    entity('washington', 'place'),
    entity('minerals-ministerial', 'event'),
  ].map((e) => [e.id, e]),
);

const HEADER = 'subject,predicate,object,date,source,evidence';
const GOOD = 'yermek-kosherbayev,attended,minerals-ministerial,2026-02-05,seed,Министр конференцияға қатысты.';
const csv = (...rows: string[]): string => [HEADER, ...rows].join('\n') + '\n';
const parse = (text: string) => parseTriplesCsv(text, ENTITIES, 'triples.csv');

/** The one problem reported, formatted as a user sees it. */
function only(text: string): string {
  const { problems } = parse(text);
  expect(problems.map(formatProblem)).toHaveLength(1);
  return formatProblem(problems[0]!);
}

describe('parseTriplesCsv', () => {
  it('reads a valid row with the defaults of a curated statement', () => {
    const { triples, problems } = parse(csv(GOOD));
    expect(problems).toEqual([]);
    expect(triples).toEqual([
      {
        subject: 'yermek-kosherbayev',
        predicate: 'attended',
        object: 'minerals-ministerial',
        date: '2026-02-05',
        place: '',
        counterpart: '',
        provenance: 'curated',
        source: 'seed',
        evidence: 'Министр конференцияға қатысты.',
        confidence: 1,
        subjectMention: '',
        objectMention: '',
      },
    ]);
  });

  it('takes columns in any order, with the optional qualifier and provenance columns', () => {
    const text =
      'evidence,source,date,object,predicate,subject,place,counterpart,provenance,confidence\n' +
      ',seed,2026,marco-rubio,met_with,yermek-kosherbayev,washington,kazakhstan,extracted,0.8\n';
    const { triples, problems } = parse(text);
    expect(problems).toEqual([]);
    expect(triples[0]).toMatchObject({
      subject: 'yermek-kosherbayev', predicate: 'met_with', object: 'marco-rubio', date: '2026',
      place: 'washington', counterpart: 'kazakhstan', provenance: 'extracted', confidence: 0.8, evidence: '',
    });
  });

  it('accepts a UTF-8 BOM and CRLF line ends', () => {
    const text = '\uFEFF' + [HEADER, GOOD, 'yermek-kosherbayev,met_with,marco-rubio,2026-02,seed,"Екеуі кездесті."', 'x,met_with,marco-rubio,,seed,e'].join('\r\n') + '\r\n';
    const { triples, problems } = parse(text);
    expect(triples.map((t) => t.predicate)).toEqual(['attended', 'met_with']);
    expect(triples[1]?.evidence).toBe('Екеуі кездесті.');
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^triples\.csv:4:1 \(column "subject"\): unknown entity "x"/)]);
  });

  it('keeps physical line numbers after a quoted evidence cell that spans lines', () => {
    const text = csv(
      'yermek-kosherbayev,met_with,marco-rubio,2026-02-05,seed,"Бірінші жол,\nекінші жол\nжәне үшінші ""жол""."',
      GOOD,
      'yermek-kosherbayev,attended,minerals-ministerial,2026-02-31,seed,Күні қате.',
    );
    const { triples, problems } = parse(text);
    expect(triples[0]?.evidence).toBe('Бірінші жол,\nекінші жол\nжәне үшінші "жол".');
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^triples\.csv:6:4 \(column "date"\): bad date "2026-02-31": expected YYYY, YYYY-MM or YYYY-MM-DD naming a real calendar date/),
    ]);
  });

  it('loads every valid row when bad rows are among them', () => {
    const text = csv(
      GOOD,
      'yermek-kosherbayev,met,marco-rubio,,seed,e',
      'yermek-kosherbayev,met_with,marco-rubio,,seed,Кездесті.',
      'yermek-kosherbayev,met_with,nobody,,seed,e',
      'kazakhstan,held_in,washington,,seed,e',
      'marco-rubio,visited,washington,2026,seed,Вашингтонда болды.',
    );
    const { triples, problems } = parse(text);
    expect(triples.map((t) => `${t.subject} ${t.predicate} ${t.object}`)).toEqual([
      'yermek-kosherbayev attended minerals-ministerial',
      'yermek-kosherbayev met_with marco-rubio',
      'marco-rubio visited washington',
    ]);
    expect(problems.map((p) => [p.line, p.column, p.field])).toEqual([
      [3, 2, 'predicate'],
      [5, 3, 'object'],
      [6, 1, 'subject'],
    ]);
  });

  it('reports an unknown entity id, with the closest id', () => {
    expect(only(csv('yermek-kosherbaev,attended,minerals-ministerial,,seed,e'))).toMatch(
      /^triples\.csv:2:1 \(column "subject"\): unknown entity "yermek-kosherbaev": expected an entity id defined in entities\.csv \(did you mean "yermek-kosherbayev"\?\)/,
    );
  });

  it('reports an unknown predicate, with the closest one and the valid ones', () => {
    const msg = only(csv('yermek-kosherbayev,met,marco-rubio,,seed,e'));
    expect(msg).toMatch(/^triples\.csv:2:2 \(column "predicate"\): unknown predicate "met" \(did you mean "met_with"\?\): expected one of attended, invited, met_with, /);
  });

  it('reports an entity of the wrong type for the predicate', () => {
    expect(only(csv('yermek-kosherbayev,attended,kazakhstan,,seed,e'))).toMatch(
      /^triples\.csv:2:3 \(column "object"\): wrong entity type: "attended" takes an object of type event, not country \("kazakhstan" has type country\)/,
    );
    expect(only(csv('washington,met_with,marco-rubio,,seed,e'))).toMatch(
      /^triples\.csv:2:1 \(column "subject"\): wrong entity type: "met_with" takes a subject of type person\/organization\/country, not place/,
    );
  });

  it('reports missing and extra cells in a row', () => {
    expect(only(csv('yermek-kosherbayev,attended,minerals-ministerial,2026'))).toMatch(
      /^triples\.csv:2:5 \(column "source"\): missing cells: expected 6 fields as in the header, found 4 \(no source, evidence\)/,
    );
    expect(only(csv('yermek-kosherbayev,attended,minerals-ministerial,2026,seed,Ол, сөзсіз, қатысты.'))).toMatch(
      /^triples\.csv:2:7: extra cells: expected 6 fields as in the header, found 8; a cell containing ',' must be quoted/,
    );
  });

  it('reports broken quoting on the line of the bad quote and reads on from the next line', () => {
    const text = csv(GOOD, 'yermek-kosherbayev,met_with,marco-rubio,,seed,"Тырнақша жабылмады.', 'marco-rubio,visited,washington,,seed,Барды.');
    const { triples, problems } = parse(text);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^triples\.csv:3:6: unterminated quote \(papaparse: quoted field unterminated\): expected a closing '"'/),
    ]);
    expect(triples.map((t) => t.predicate)).toEqual(['attended', 'visited']);

    expect(only(csv('yermek-kosherbayev,met_with,marco-rubio,,seed,"Кездесті"!'))).toMatch(
      /^triples\.csv:2:6: malformed quote \(papaparse: trailing quote on quoted field is malformed\): expected a quoted cell to end with '"' right before ','/,
    );
  });

  it('reports empty required cells', () => {
    expect(only(csv(',attended,minerals-ministerial,,seed,e'))).toMatch(/^triples\.csv:2:1 \(column "subject"\): empty subject: expected an entity id/);
    expect(only(csv('yermek-kosherbayev,,minerals-ministerial,,seed,e'))).toMatch(/^triples\.csv:2:2 \(column "predicate"\): empty predicate: expected one of attended, /);
    expect(only(csv('yermek-kosherbayev,attended,,,seed,e'))).toMatch(/^triples\.csv:2:3 \(column "object"\): empty object: expected an entity id/);
    expect(only(csv('yermek-kosherbayev,attended,minerals-ministerial,,seed,'))).toMatch(
      /^triples\.csv:2:6 \(column "evidence"\): empty evidence: expected the sentence of the source article .*required for curated rows/,
    );
  });

  it('reports a duplicate row with the line of its first occurrence', () => {
    const text = csv(GOOD, 'marco-rubio,visited,washington,,seed,Барды.', GOOD.replace('қатысты', 'де қатысты'));
    expect(only(text)).toMatch(/^triples\.csv:4:1 \(column "subject"\): duplicate row: same subject, predicate, object, date and source as line 2/);
    expect(parse(text).triples).toHaveLength(2);
  });

  it('reports bad dates: wrong shape and impossible calendar dates', () => {
    for (const [date, ok] of [['2026', true], ['2026-02', true], ['2024-02-29', true], ['2025-02-29', false], ['2026-13', false], ['05.02.2026', false], ['2026-2-5', false]] as const) {
      const { problems } = parse(csv(GOOD.replace('2026-02-05', date)));
      if (ok) expect(problems).toEqual([]);
      else expect(formatProblem(problems[0]!)).toMatch(new RegExp(`^triples\\.csv:2:4 \\(column "date"\\): bad date "${date}": expected YYYY, YYYY-MM or YYYY-MM-DD`));
    }
  });

  it('reports bad qualifiers, provenance and confidence', () => {
    const header = `${HEADER},place,provenance,confidence`;
    const row = (place: string, provenance: string, confidence: string): string => `${header}\n${GOOD},${place},${provenance},${confidence}\n`;
    expect(only(row('vashington', '', ''))).toMatch(/^triples\.csv:2:7 \(column "place"\): unknown entity "vashington": .*\(did you mean "washington"\?\)/);
    expect(only(row('', 'manual', ''))).toMatch(/^triples\.csv:2:8 \(column "provenance"\): provenance "manual": expected curated or extracted/);
    expect(only(row('', '', '1.5'))).toMatch(/^triples\.csv:2:9 \(column "confidence"\): confidence "1\.5": expected a number from 0 to 1/);
  });

  it('reports an unknown header column by name and still reads the rows', () => {
    const { triples, problems } = parse(`${HEADER},note\n${GOOD},ескерту\n`);
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^triples\.csv:1:7 \(column "note"\): unknown column "note": expected the header row subject,predicate,object,date,source,evidence \(optional: place,counterpart,provenance,confidence\)/)]);
    expect(triples).toHaveLength(1);
  });

  it('reports a missing required header column, and a file without a header', () => {
    expect(only('subject,predicate,object,date,source\nyermek-kosherbayev,attended,minerals-ministerial,,seed\n')).toMatch(
      /^triples\.csv:1: missing column "evidence": expected the header row subject,predicate,object,date,source,evidence .*no rows were read/,
    );
    expect(only(`${GOOD}\n`)).toMatch(/^triples\.csv:1:1: no header row: expected the header row subject,predicate,object,date,source,evidence .*, found "yermek-kosherbayev,attended,.*"; no rows were read/);
  });

  it('accepts blank trailing lines', () => {
    const { triples, problems } = parse(csv(GOOD) + '\n\n\r\n');
    expect(problems).toEqual([]);
    expect(triples).toHaveLength(1);
  });
});
