// CSV cells that are safe to open in a spreadsheet, and the way back.
//
// A cell that begins with = + - @ (or tab / CR) runs as a formula in Excel, LibreOffice and Google Sheets
// ("CSV injection"). Such a cell is written with a leading apostrophe, which spreadsheets show as text.
// To keep the round trip exact, a cell that already begins with apostrophes followed by one of those
// characters gets one more; readers remove exactly one apostrophe from any cell of that form.
import Papa from 'papaparse';
import type { Problem } from '../core/types';
import { readCsvRows, type CsvRow } from '../ingest/csv-rows';

const NEEDS_PREFIX = /^'*[=+\-@\t\r]/;
const HAS_PREFIX = /^'+[=+\-@\t\r]/;

export const escapeFormula = (cell: string): string => (NEEDS_PREFIX.test(cell) ? `'${cell}` : cell);
export const unescapeFormula = (cell: string): string => (HAS_PREFIX.test(cell) ? cell.slice(1) : cell);

/** A value for a cell: text is escaped; numbers stay numbers (a negative number is a value, not a formula). */
export type CellValue = string | number;
const cellText = (v: CellValue): string => (typeof v === 'number' ? String(v) : escapeFormula(v));

/** Every cell quoted, '\n' between rows, a final newline: the form graph-data's files have. */
export function writeCsv(header: readonly string[], rows: ReadonlyArray<readonly CellValue[]>): string {
  const data = rows.map((row) => row.map(cellText));
  return `${Papa.unparse({ fields: [...header], data }, { quotes: true, newline: '\n' })}\n`;
}

/** Rows with their physical lines, formula prefixes removed. */
export function readCsv(text: string, file: string): { rows: CsvRow[]; problems: Problem[] } {
  const { rows, problems } = readCsvRows(text, file);
  return { rows: rows.map((r) => ({ line: r.line, fields: r.fields.map(unescapeFormula) })), problems };
}

/**
 * The text with formula prefixes removed, for parsers that read CSV text themselves (graph-data's), and a map
 * from the lines of that text back to the lines of the file so that their problems point into the file.
 */
export function unescapedCsvText(text: string, file: string): { text: string; problems: Problem[]; originalLine: (line: number) => number } {
  const { rows, problems } = readCsv(text, file);
  const lineOf = new Map<number, number>();
  const parts: string[] = [];
  let line = 1;
  for (const row of rows) {
    const rowText = Papa.unparse([row.fields], { quotes: true, newline: '\n' });
    lineOf.set(line, row.line);
    parts.push(rowText);
    line += (rowText.match(/\n/g)?.length ?? 0) + 1;
  }
  return { text: parts.join('\n'), problems, originalLine: (l) => lineOf.get(l) ?? l };
}
