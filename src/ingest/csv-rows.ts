// CSV text → rows that know the physical line they start on. Papaparse counts rows, not lines, and a
// quoted cell may span several lines, so lines are computed here from papaparse's cursor offsets.
import Papa, { type ParseError } from 'papaparse';
import { problem } from '../core/problems';
import type { Problem } from '../core/types';
import { lineAt, lineStarts, normaliseText } from './text-lines';

export interface CsvRow {
  /** 1-based physical line where the row starts. */
  line: number;
  fields: string[];
}

export interface CsvRows {
  rows: CsvRow[];
  problems: Problem[];
}

/** 1-based field index of `offset` within the row starting at `rowStart`, counting commas outside quotes. */
function fieldIndexAt(text: string, rowStart: number, offset: number): number {
  let field = 1;
  let quoted = false;
  for (let i = rowStart; i < offset && i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) field++;
  }
  return field;
}

/** Papaparse's wording, with what the cell should have looked like. */
function quoteMessage(errors: readonly ParseError[]): string {
  const codes = new Set(errors.map((e) => e.code));
  const what = codes.has('InvalidQuotes')
    ? 'malformed quote (papaparse: trailing quote on quoted field is malformed): expected a quoted cell to end with \'"\' right before \',\' or the line end'
    : 'unterminated quote (papaparse: quoted field unterminated): expected a closing \'"\' for the cell opened here';
  return `${what}; a '"' inside a quoted cell is written '""'; the row is skipped`;
}

const isBlank = (fields: readonly string[]): boolean => fields.every((f) => f.trim() === '');

/**
 * Reads every row, skipping blank ones. A row with broken quoting is reported and skipped, and reading
 * resumes on the line after the bad quote, so an unterminated quote does not swallow the rest of the file.
 */
export function readCsvRows(text: string, file: string): CsvRows {
  const src = normaliseText(text);
  const starts = lineStarts(src);
  const rows: CsvRow[] = [];
  const problems: Problem[] = [];

  let base = 0;
  while (base < src.length) {
    const segment = src.slice(base);
    let rowStart = 0;
    let restartAt = -1;
    Papa.parse<string[]>(segment, {
      delimiter: ',',
      newline: '\n',
      quoteChar: '"',
      step: (result, parser) => {
        const start = rowStart;
        rowStart = result.meta.cursor;
        const quoteErrors = result.errors.filter((e) => e.type === 'Quotes');
        const first = quoteErrors[0];
        if (first) {
          const at = base + (first.index ?? start);
          const line = lineAt(starts, at);
          problems.push(problem(file, line, fieldIndexAt(src, base + start, at), quoteMessage(quoteErrors)));
          restartAt = starts[line] ?? src.length;
          parser.abort();
          return;
        }
        if (isBlank(result.data)) return;
        rows.push({ line: lineAt(starts, base + start), fields: result.data });
      },
    });
    if (restartAt === -1) break;
    base = restartAt;
  }
  return { rows, problems };
}
