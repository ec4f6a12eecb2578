import { describe, it, expect } from 'vitest';
import { closestMatch } from '../../src/ingest/closest-match';
import { readCsvRows } from '../../src/ingest/csv-rows';
import { isPartialDate } from '../../src/ingest/date-value';

describe('readCsvRows', () => {
  it('gives each row the physical line it starts on, across multi-line cells, blank lines and CRLF', () => {
    const text = '\uFEFFa,b\r\n"1\r\n2\r\n3",x\r\n\r\n4,"y\n""z"""\n5,w\n,\n\n';
    const { rows, problems } = readCsvRows(text, 'f.csv');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1\n2\n3', 'x'] },
      { line: 6, fields: ['4', 'y\n"z"'] },
      { line: 8, fields: ['5', 'w'] },
    ]);
  });

  it('after an unterminated quote, reads on from the next line instead of swallowing the file', () => {
    const { rows, problems } = readCsvRows('a,b\n1,"open\n2,x\n3,y', 'f.csv');
    expect(problems).toMatchObject([{ file: 'f.csv', line: 2, column: 2, severity: 'error' }]);
    expect(rows.map((r) => r.line)).toEqual([1, 3, 4]);
  });
});

describe('isPartialDate', () => {
  it('accepts year, month and real days only', () => {
    expect(['2026', '2026-02', '2026-02-28', '2024-02-29', '2000-02-29'].every(isPartialDate)).toBe(true);
    expect(['', '26', '2026-00', '2026-02-29', '1900-02-29', '2026-04-31', '2026-1-1', '2026/01/01'].some(isPartialDate)).toBe(false);
  });
});

describe('closestMatch', () => {
  it('suggests near typos and truncations, and nothing for unrelated words', () => {
    expect(closestMatch('atended', ['attended', 'invited'])).toBe('attended');
    expect(closestMatch('sign', ['signed', 'signed_with'])).toBe('signed');
    expect(closestMatch('banana', ['attended', 'invited'])).toBeNull();
  });
});
