// RFC 4180 CSV over UTF-8 bytes, one pass, no strings: each row is handed over as field offsets into a
// byte buffer, so a reader can look ids up, parse dates and copy text without decoding the file. At a
// million rows papaparse's arrays of strings (and the collector clearing them away) cost more than the
// graph itself. Commas, quotes and line ends never occur inside a multi-byte UTF-8 sequence, so
// scanning bytes is exact.
//
// Rows may arrive in chunks of any size: an unfinished row is carried over to the next chunk. Line
// numbers are physical lines (a quoted cell may span several; CRLF and a lone CR end a line, as
// normaliseText makes them). Broken quoting is reported as the regular reader (src/ingest/csv-rows.ts)
// reports it — the row is skipped and reading resumes on the line after the one where the bad cell
// opens — so one stray quote does not swallow the rest of the file.

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

export type QuoteProblemKind = 'malformed' | 'unterminated';

export interface CsvRowSink {
  /** Fields 0…count-1 of the row starting on `line` are `scanner.buf[start[i], end[i])`. */
  row(count: number, line: number): void;
  quoteProblem(kind: QuoteProblemKind, line: number, column: number): void;
}

export class CsvByteScanner {
  /** The bytes the current row's offsets point into; valid during `row` only. */
  buf: Uint8Array = new Uint8Array(0);
  start = new Int32Array(32);
  end = new Int32Array(32);
  /**
   * Non-zero when field i was quoted and needs more than cutting out: bit 1, '""' pairs that stand for
   * one '"'; bit 2, CR or CRLF line ends inside, which stand for LF (as normaliseText makes them).
   */
  escaped = new Uint8Array(32);
  /** The unfinished end of the last chunk (a copy: chunks and `joined` are reused). */
  private carry: Uint8Array | null = null;
  private joined = new Uint8Array(0);
  private line = 1;
  private atFileStart: boolean;

  /**
   * `fromFileStart` false: the bytes start at a row in the middle of a file (no byte order mark there),
   * and lines are counted from 1 at that row.
   */
  constructor(
    private readonly sink: CsvRowSink,
    fromFileStart = true,
  ) {
    this.atFileStart = fromFileStart;
  }

  /** Line of the next row: after all rows so far, including skipped ones. */
  get nextLine(): number {
    return this.line;
  }

  /** Whether the bytes pushed so far end inside a row (kept until more come, or `finish`). */
  get midRow(): boolean {
    return this.carry !== null;
  }

  /** Scans the complete rows of `chunk` (plus what the previous chunk left unfinished). */
  push(chunk: Uint8Array): void {
    // A plain view: a Node Buffer's subarray (made for every decoded cell) costs several times more.
    let data = chunk.constructor === Uint8Array ? chunk : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (this.carry !== null) {
      // One reused buffer: a fresh one per chunk would add the file's size in external allocations,
      // and V8 answers growing external memory with full collections of the (by then large) heap.
      const need = this.carry.length + data.length;
      if (this.joined.length < need) this.joined = new Uint8Array(Math.max(need, this.joined.length * 2));
      this.joined.set(this.carry);
      this.joined.set(data, this.carry.length);
      data = this.joined.subarray(0, need);
      this.carry = null;
    }
    let pos = 0;
    if (this.atFileStart) {
      if (data.length < 3) {
        this.carry = data.slice();
        return;
      }
      this.atFileStart = false;
      if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) pos = 3;
    }
    const used = this.scan(data, pos, false);
    if (used < data.length) this.carry = data.slice(used);
  }

  /** The last row, which may lack a line end. */
  finish(): void {
    const data = this.carry ?? new Uint8Array(0);
    this.carry = null;
    let pos = 0;
    if (this.atFileStart && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) pos = 3;
    this.atFileStart = false;
    this.scan(data, pos, true);
  }

  private growFields(): void {
    const n = this.start.length * 2;
    const start = new Int32Array(n);
    start.set(this.start);
    this.start = start;
    const end = new Int32Array(n);
    end.set(this.end);
    this.end = end;
    const escaped = new Uint8Array(n);
    escaped.set(this.escaped);
    this.escaped = escaped;
  }

  /** Offset just past the first line end at or after `from`, or -1 when the data has none. */
  private static nextLine(b: Uint8Array, from: number): number {
    for (let k = from; k < b.length; k++) {
      const c = b[k] as number;
      if (c === LF) return k + 1;
      if (c === CR) return k + 1 === b.length ? -1 : b[k + 1] === LF ? k + 2 : k + 1;
    }
    return -1;
  }

  /** Scans rows from `pos`; returns where the first unfinished row starts (b.length when none). */
  private scan(b: Uint8Array, pos: number, final: boolean): number {
    const n = b.length;
    this.buf = b;
    rows: while (pos < n) {
      const rowStart = pos;
      const rowLine = this.line;
      let extraLines = 0;
      let f = 0;
      let i = pos;
      for (;;) {
        if (f === this.start.length) this.growFields();
        if (i < n && b[i] === QUOTE) {
          // One pass to the closing quote, counting line ends on the way (a quoted cell may span lines).
          // As papaparse: a quote closes the cell only before a comma, a line end or the end of the data
          // (spaces may come between); any other quote is malformed, and reading goes on to the next.
          let escaped = 0;
          let close = -1;
          let cr = 0;
          let after = -1;
          let lines = 0;
          let malformed = false;
          for (let j = i + 1; j < n; j++) {
            const c = b[j] as number;
            if (c === QUOTE) {
              if (j + 1 === n) {
                if (!final) return rowStart;
                close = j;
                after = n;
                break;
              }
              if (b[j + 1] === QUOTE) {
                escaped = 1;
                j++;
                continue;
              }
              let k = j + 1;
              while (k < n && (b[k] === 32 || b[k] === 9)) k++;
              if (k === n && !final) return rowStart;
              const d = k < n ? (b[k] as number) : -1;
              if (d === COMMA || d === LF || d === CR || d === -1) {
                close = j;
                after = k;
                break;
              }
              malformed = true;
              continue;
            }
            if (c === LF) lines++;
            else if (c === CR) {
              cr = 2;
              if (b[j + 1] !== LF) lines++;
            }
          }
          if (close === -1 && !final) return rowStart;
          if (close === -1 || malformed) {
            // Reported where the cell opens; reading resumes on the line after, as the regular reader
            // does, so a stray quote does not swallow the rest of the file.
            const next = CsvByteScanner.nextLine(b, i);
            // The line to skip may go on in the next chunk: wait for it, so that it is skipped whole.
            if (next === -1 && !final) return rowStart;
            const quoteLine = rowLine + extraLines;
            this.sink.quoteProblem(malformed ? 'malformed' : 'unterminated', quoteLine, f + 1);
            this.line = quoteLine + 1;
            pos = next === -1 ? n : next;
            continue rows;
          }
          extraLines += lines;
          this.start[f] = i + 1;
          this.end[f] = close;
          this.escaped[f] = escaped | cr;
          i = after;
          if (i < n && b[i] === COMMA) {
            f++;
            i++;
            continue;
          }
        } else {
          let j = i;
          while (j < n) {
            const c = b[j] as number;
            if (c === COMMA || c === LF || c === CR) break;
            j++;
          }
          if (j === n && !final) return rowStart;
          this.start[f] = i;
          this.end[f] = j;
          this.escaped[f] = 0;
          i = j;
          if (j < n && b[j] === COMMA) {
            f++;
            i++;
            continue;
          }
        }
        break;
      }
      // Row end at i: LF, CR, CRLF or the end of the data.
      if (i < n) {
        if (b[i] === CR) {
          if (i + 1 === n && !final) return rowStart;
          i += b[i + 1] === LF ? 2 : 1;
        } else i++;
      }
      this.line = rowLine + 1 + extraLines;
      pos = i;
      if (this.blankRow(f + 1)) continue;
      this.sink.row(f + 1, rowLine);
    }
    return pos;
  }

  /** Every field empty or spaces: the regular reader skips such rows. */
  private blankRow(count: number): boolean {
    const b = this.buf;
    for (let f = 0; f < count; f++) {
      for (let k = this.start[f] as number; k < (this.end[f] as number); k++) {
        const c = b[k] as number;
        if (c !== 32 && c !== 9) return false;
      }
    }
    return true;
  }
}

/** What a CSV can be read from: text, bytes, a browser File/Blob, or chunks (a Node read stream). */
export type CsvSource = string | Uint8Array | Blob | AsyncIterable<Uint8Array>;

/** Feeds a source to a scanner chunk by chunk. */
export async function scanCsv(source: CsvSource, scanner: CsvByteScanner): Promise<void> {
  if (typeof source === 'string') scanner.push(new TextEncoder().encode(source));
  else if (source instanceof Uint8Array) scanner.push(source);
  else if (typeof Blob !== 'undefined' && source instanceof Blob) {
    const reader = source.stream().getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) scanner.push(r.value);
  } else {
    for await (const chunk of source as AsyncIterable<Uint8Array>) scanner.push(chunk);
  }
  scanner.finish();
}
