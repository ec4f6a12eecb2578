import { describe, expect, it } from 'vitest';
import { CsvByteScanner, type QuoteProblemKind } from '../../src/graph/csv-scanner';
import { readCsvRows } from '../../src/ingest/csv-rows';

interface Scanned {
  rows: { line: number; fields: string[] }[];
  problems: { kind: QuoteProblemKind; line: number; column: number }[];
}

/** Scans `text` fed in chunks of `size` bytes (0: all at once). */
function scan(text: string, size = 0): Scanned {
  const out: Scanned = { rows: [], problems: [] };
  const decoder = new TextDecoder();
  const scanner: CsvByteScanner = new CsvByteScanner({
    row: (count, line) => {
      const fields: string[] = [];
      for (let f = 0; f < count; f++) {
        const cell = decoder.decode(scanner.buf.subarray(scanner.start[f], scanner.end[f]));
        const unquoted = (scanner.escaped[f] ?? 0) & 1 ? cell.replaceAll('""', '"') : cell;
        fields.push((scanner.escaped[f] ?? 0) & 2 ? unquoted.replace(/\r\n?/g, '\n') : unquoted);
      }
      out.rows.push({ line, fields });
    },
    quoteProblem: (kind, line, column) => out.problems.push({ kind, line, column }),
  });
  const bytes = new TextEncoder().encode(text);
  if (size === 0) scanner.push(bytes);
  else for (let at = 0; at < bytes.length; at += size) scanner.push(bytes.subarray(at, at + size));
  scanner.finish();
  return out;
}

const MESSY = [
  '\uFEFFa,b,c',
  'plain,"quoted, with comma","with ""quotes"""',
  '"spans',
  'two lines",x,"Қазақстан"',
  '',
  '  ,  ,  ',
  'bad,"quote" here,z',
  'after,bad,row',
  'crlf,row,here\r',
  'lone\rcr,row',
  'last,"unterminated,row',
  'never,read,"as a row"',
].join('\n');

describe('CsvByteScanner', () => {
  it('reads the rows and lines the regular reader (papaparse) reads', () => {
    const regular = readCsvRows(MESSY, 'x.csv');
    const scanned = scan(MESSY);
    expect(scanned.rows).toEqual(regular.rows);
    expect(scanned.problems.map((p) => `${p.line}:${p.column}`)).toEqual(regular.problems.map((p) => `${p.line}:${p.column}`));
    expect(scanned.problems.map((p) => p.kind)).toEqual(['malformed', 'malformed']);
  });

  it.each([
    ['an unterminated quote', 'a,b\nx,"open\nmore,rows\nlast,one\n'],
    ['spaces after a closing quote', 'a,b\n"x"  ,"y"\t\n'],
    ['quotes inside a quoted cell', 'a,b\n"x"y"z",1\n2,3\n'],
    ['CRLF and blank lines', 'a,b\r\n\r\n1,"2\r\n3"\r\n4,5'],
  ])('agrees with the regular reader on %s', (_name, text) => {
    const regular = readCsvRows(text, 'x.csv');
    const scanned = scan(text);
    expect(scanned.rows).toEqual(regular.rows);
    expect(scanned.problems.map((p) => `${p.line}:${p.column}`)).toEqual(regular.problems.map((p) => `${p.line}:${p.column}`));
    for (const size of [1, 3]) expect(scan(text, size)).toEqual(scanned);
  });

  it('gives the same rows whatever the chunk boundaries', () => {
    const whole = scan(MESSY);
    for (const size of [1, 2, 3, 5, 7, 16, 64]) expect(scan(MESSY, size)).toEqual(whole);
  });

  it('reads a last row without a line end, and an empty input', () => {
    expect(scan('a,b\n1,2').rows).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
    ]);
    expect(scan('').rows).toEqual([]);
  });
});
