// The header row decides which field of a row holds which column, so the order of columns is free.
import { problem } from '../core/problems';
import type { Problem } from '../core/types';
import { readCsvRows, type CsvRow } from './csv-rows';

export interface HeaderSpec {
  required: readonly string[];
  optional: readonly string[];
}

export interface Header {
  line: number;
  /** Column name of each field; '' for a column that is ignored (unknown or repeated). */
  names: string[];
  /** 0-based field index of each known column present. */
  index: ReadonlyMap<string, number>;
}

export function describeHeader(spec: HeaderSpec): string {
  const optional = spec.optional.length > 0 ? ` (optional: ${spec.optional.join(',')})` : '';
  return `${spec.required.join(',')}${optional}`;
}

/**
 * Reads the header row. Unknown and repeated columns are reported and ignored; a missing required
 * column is reported and makes the header unusable (null), because no row could then be read right.
 */
export function readHeader(row: CsvRow | undefined, spec: HeaderSpec, file: string): { header: Header | null; problems: Problem[] } {
  const expected = `expected the header row ${describeHeader(spec)}`;
  if (!row) return { header: null, problems: [problem(file, 0, 0, `empty file: ${expected}`)] };

  const known = new Set([...spec.required, ...spec.optional]);
  // A first row with no known name at all is data, not a misspelt header: one problem says it all.
  if (!row.fields.some((f) => known.has(f.trim().toLowerCase()))) {
    const found = row.fields.join(',');
    const shown = found.length > 80 ? `${found.slice(0, 77)}...` : found;
    return { header: null, problems: [problem(file, row.line, 1, `no header row: ${expected}, found "${shown}"; no rows were read`)] };
  }
  const problems: Problem[] = [];
  const index = new Map<string, number>();
  const names = row.fields.map((raw, i) => {
    const name = raw.trim().toLowerCase();
    const column = i + 1;
    if (!known.has(name)) {
      const what = name === '' ? `column ${column} has no name` : `unknown column "${raw.trim()}"`;
      problems.push(problem(file, row.line, column, `${what}: ${expected}; its values are ignored`, raw.trim() || undefined));
      return '';
    }
    const earlier = index.get(name);
    if (earlier !== undefined) {
      problems.push(problem(file, row.line, column, `column "${name}" repeats column ${earlier + 1}: expected each column once; this one is ignored`, name));
      return '';
    }
    index.set(name, i);
    return name;
  });

  const missing = spec.required.filter((name) => !index.has(name));
  if (missing.length > 0) {
    const list = missing.map((m) => `"${m}"`).join(', ');
    problems.push(problem(file, row.line, 0, `missing column${missing.length > 1 ? 's' : ''} ${list}: ${expected}; no rows were read`));
    return { header: null, problems };
  }
  return { header: { line: row.line, names, index }, problems };
}

/** A row whose field count differs from the header's is misaligned, so none of its cells can be trusted. */
export function fieldCountProblem(row: CsvRow, header: Header, file: string): Problem | null {
  const want = header.names.length;
  const got = row.fields.length;
  if (got === want) return null;
  if (got < want) {
    const absent = header.names.slice(got).map((n, i) => n || `column ${got + i + 1}`);
    return problem(
      file,
      row.line,
      got + 1,
      `missing cells: expected ${want} fields as in the header, found ${got} (no ${absent.join(', ')}); the row is skipped`,
      header.names[got] || undefined,
    );
  }
  return problem(
    file,
    row.line,
    want + 1,
    `extra cells: expected ${want} fields as in the header, found ${got}; a cell containing ',' must be quoted ("…"); the row is skipped`,
  );
}

/** Trimmed cell of a known column; '' when the column is absent. */
export function cell(row: CsvRow, header: Header, name: string): string {
  const i = header.index.get(name);
  return i === undefined ? '' : (row.fields[i] ?? '').trim();
}

/** 1-based column number of a known column, for problem reports. */
export function columnOf(header: Header, name: string): number {
  const i = header.index.get(name);
  return i === undefined ? 0 : i + 1;
}

export interface CsvTable {
  /** Null when the header is unusable; every reason is in `problems`. */
  header: Header | null;
  /** Data rows whose field count matches the header. */
  rows: CsvRow[];
  problems: Problem[];
}

/** Rows, header and field-count checks: what every graph-data CSV reader does before its own checks. */
export function readCsvTable(text: string, spec: HeaderSpec, file: string): CsvTable {
  const { rows, problems } = readCsvRows(text, file);
  const { header, problems: headerProblems } = readHeader(rows[0], spec, file);
  problems.push(...headerProblems);
  if (!header) return { header, rows: [], problems };
  const body: CsvRow[] = [];
  for (const row of rows.slice(1)) {
    const countProblem = fieldCountProblem(row, header, file);
    if (countProblem) problems.push(countProblem);
    else body.push(row);
  }
  return { header, rows: body, problems };
}
