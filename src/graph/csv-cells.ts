// What the bulk builder's readers of entities.csv and triples.csv share: a scanner whose first row is the
// header, rows checked against it for their field count, and cells read from the bytes by the regular
// loader's rules (src/ingest), so both paths report the same problems at the same line and column.
import { problem } from '../core/problems';
import type { Problem } from '../core/types';
import { fieldCountProblem, readHeader, type Header, type HeaderSpec } from '../ingest/csv-header';
import type { CsvRow } from '../ingest/csv-rows';
import { CsvByteScanner, type QuoteProblemKind } from './csv-scanner';

/** The wording of src/ingest/csv-rows.ts, so both paths report broken quoting alike. */
function quoteMessage(kind: QuoteProblemKind): string {
  const what =
    kind === 'malformed'
      ? 'malformed quote (papaparse: trailing quote on quoted field is malformed): expected a quoted cell to end with \'"\' right before \',\' or the line end'
      : 'unterminated quote (papaparse: quoted field unterminated): expected a closing \'"\' for the cell opened here';
  return `${what}; a '"' inside a quoted cell is written '""'; the row is skipped`;
}

/** Cells of the row a scanner is handing over (valid during its `row` call only). */
export class CsvCells {
  private readonly decoder = new TextDecoder();

  constructor(readonly scanner: CsvByteScanner) {}

  /** Start of field f after leading spaces and tabs. */
  from(f: number): number {
    const sc = this.scanner;
    const b = sc.buf;
    let k = sc.start[f] as number;
    const end = sc.end[f] as number;
    while (k < end && (b[k] === 32 || b[k] === 9)) k++;
    return k;
  }

  /** End of field f before trailing spaces and tabs. */
  to(f: number): number {
    const sc = this.scanner;
    const b = sc.buf;
    const start = sc.start[f] as number;
    let k = sc.end[f] as number;
    while (k > start && (b[k - 1] === 32 || b[k - 1] === 9)) k--;
    return k;
  }

  /** Whether field f holds more than spaces and tabs. */
  filled(f: number): boolean {
    return this.from(f) < this.to(f);
  }

  /** Whether field f needs unescaping ('""', or line ends inside quotes) to be read. */
  escaped(f: number): boolean {
    return this.scanner.escaped[f] !== 0;
  }

  /** Field f as text, '""' unescaped, untrimmed. */
  text(f: number): string {
    const sc = this.scanner;
    const text = this.decoder.decode(sc.buf.subarray(sc.start[f] as number, sc.end[f] as number));
    const escaped = sc.escaped[f] as number;
    if (escaped === 0) return text;
    const unquoted = escaped & 1 ? text.replaceAll('""', '"') : text;
    return escaped & 2 ? unquoted.replace(/\r\n?/g, '\n') : unquoted;
  }

  /** Fields 0…count-1 as text. */
  fields(count: number): string[] {
    const out: string[] = [];
    for (let f = 0; f < count; f++) out.push(this.text(f));
    return out;
  }

  /** Field f as the regular loader reads a cell: text, trimmed. */
  trimmed(f: number): string {
    return this.text(f).trim();
  }
}

/** The first row of CSV bytes that start a file, or null when they end before it does. */
export function firstRow(bytes: Uint8Array): CsvRow | null {
  let first: CsvRow | null = null;
  const scanner: CsvByteScanner = new CsvByteScanner({
    row: (count, line) => {
      first ??= { line, fields: cells.fields(count) };
    },
    quoteProblem: () => {},
  });
  const cells = new CsvCells(scanner);
  scanner.push(bytes);
  return first;
}

/** Field positions of the columns a reader needs; -1 for an absent optional column. */
export type Columns<K extends string> = Record<K, number>;

/** What a reader has found so far, as plain data, to carry on with in another thread. */
export interface CsvReaderState {
  problems: Problem[];
  rows: number;
  header: Header | null;
  headerSeen: boolean;
}

/**
 * A CSV file read row by row through a byte scanner: the header row first (its problems reported as
 * readHeader words them), then each data row whose field count matches goes to `dataRow`.
 */
export abstract class CsvTableReader<K extends string> {
  problems: Problem[] = [];
  /** Data rows seen after a usable header, including ones with a wrong field count. */
  rows = 0;
  protected header: Header | null = null;
  protected cells: CsvCells;
  private headerSeen = false;
  private columns: Columns<K> | null = null;

  /** With `header`, rows are read from the middle of the file: `header` is its first row, read elsewhere. */
  constructor(
    readonly file: string,
    private readonly spec: HeaderSpec,
    private readonly fields: readonly K[],
    header?: CsvRow,
  ) {
    const scanner = new CsvByteScanner(
      {
        row: (count, line) => this.row(count, line),
        quoteProblem: (kind, line, column) => this.problems.push(problem(this.file, line, column, quoteMessage(kind))),
      },
      header === undefined,
    );
    this.cells = new CsvCells(scanner);
    // Its problems are the reader's of the file's start to report.
    if (header) this.takeHeader(header);
  }

  private takeHeader(row: CsvRow): Problem[] {
    this.headerSeen = true;
    const read = readHeader(row, this.spec, this.file);
    this.header = read.header;
    if (this.header) {
      const header = this.header;
      this.columns = Object.fromEntries(this.fields.map((n) => [n, header.index.get(n) ?? -1])) as Columns<K>;
    }
    return read.problems;
  }

  /** The scanner to push this file's bytes to. */
  get scanner(): CsvByteScanner {
    return this.cells.scanner;
  }

  protected readerState(): CsvReaderState {
    return { problems: this.problems, rows: this.rows, header: this.header, headerSeen: this.headerSeen };
  }

  /** Takes over what a reader of the same file found elsewhere; rows are not read any further. */
  protected restoreReaderState(s: CsvReaderState): void {
    this.problems = s.problems;
    this.rows = s.rows;
    this.header = s.header;
    this.headerSeen = s.headerSeen;
  }

  protected abstract dataRow(line: number, c: Columns<K>): void;

  /** 1-based column of a known column name, 0 when absent (as problems name columns). */
  protected columnOf(name: string): number {
    return (this.header?.index.get(name) ?? -1) + 1;
  }

  /** After the last row: a file without even a header row is reported as empty. */
  protected endOfFile(): void {
    if (!this.headerSeen) this.problems.push(...readHeader(undefined, this.spec, this.file).problems);
  }

  private row(count: number, line: number): void {
    if (!this.headerSeen) {
      this.problems.push(...this.takeHeader({ line, fields: this.cells.fields(count) }));
      return;
    }
    const header = this.header;
    const columns = this.columns;
    if (!header || !columns) return;
    this.rows++;
    if (count !== header.names.length) {
      const p = fieldCountProblem({ line, fields: new Array<string>(count).fill('') }, header, this.file);
      if (p) this.problems.push(p);
      return;
    }
    this.dataRow(line, columns);
  }
}
