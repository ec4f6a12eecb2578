// triples.csv rows → columns, without the entities: subject, object, place and counterpart are interned
// in this reader's own table of ids (`ends`), so the file can be read while entities.csv is still being
// read elsewhere (a worker), and each distinct id is resolved against the entity table once, afterwards
// (edge-rows.ts), instead of once per row. Every check that needs no entity is made here, on the bytes;
// a row that fails one keeps its cells as text for the detailed report.
import { PREDICATES, type Problem } from '../core/types';
import type { Header, HeaderSpec } from '../ingest/csv-header';
import type { CsvRow } from '../ingest/csv-rows';
import { ByteInterner, type ByteInternerParts } from './byte-interner';
import { dateCodeBytes, emptyEdgeTable, grow, growEdgeTable, type EdgeTable } from './bulk-tables';
import { CsvTableReader, type Columns } from './csv-cells';
import { TextHeap, type TextHeapParts } from './text-heap';

export const TRIPLE_FIELDS = ['subject', 'predicate', 'object', 'date', 'source', 'evidence', 'place', 'counterpart', 'provenance', 'confidence'] as const;
export type TripleField = (typeof TRIPLE_FIELDS)[number];
const TRIPLE_SPEC: HeaderSpec = { required: TRIPLE_FIELDS.slice(0, 6), optional: TRIPLE_FIELDS.slice(6) };

/** Row flag: the evidence cell holds more than spaces and tabs. */
export const EVIDENCE_FILLED = 1;
/** Row flag: the evidence cell holds more than the white space String.prototype.trim removes. */
export const EVIDENCE_TEXT = 2;
/** Row flag: a cell failed a check that needs no entity; the row's cells are in `captured`. */
export const CAPTURED = 4;

/** Provenance cell values (lower-cased), by code. */
const PROVENANCE_CELLS = ['curated', 'extracted'];

/** A confidence cell as the regular loader reads it, or -1 when it would be refused. */
function confidenceOf(text: string): number {
  const n = Number(text);
  return /^[\d.eE+-]+$/.test(text) && Number.isFinite(n) && n >= 0 && n <= 1 ? n : -1;
}

/**
 * Whether a character starting with byte c may be white space that String.prototype.trim removes: ASCII
 * controls and space, and the lead bytes of the UTF-8 forms of the non-ASCII ones (U+00A0, U+1680,
 * U+2000…U+205F, U+3000, U+FEFF). Any other first byte starts text.
 */
function mayBeSpace(c: number): boolean {
  return c <= 32 || c === 0xc2 || c === 0xe1 || c === 0xe2 || c === 0xe3 || c === 0xef;
}

/** Article ids (and merged lists of them) → dense indices into `list`, from bytes or text. */
export class SourceIds {
  readonly ids = new ByteInterner(1024);
  private readonly decoder = new TextDecoder();

  constructor(readonly list: string[]) {}

  /** The last key interned from bytes: rows of one article come together, so most rows repeat it. */
  private last = new Uint8Array(64);
  private lastLength = -1;
  private lastIndex = -1;

  internBytes(b: Uint8Array, from: number, to: number): number {
    const n = to - from;
    if (n === this.lastLength) {
      let k = 0;
      while (k < n && this.last[k] === b[from + k]) k++;
      if (k === n) return this.lastIndex;
    }
    const i = this.ids.intern(b, from, to);
    if (i === this.list.length) this.list.push(this.decoder.decode(b.subarray(from, to)));
    if (n <= this.last.length) {
      this.last.set(b.subarray(from, to));
      this.lastLength = n;
      this.lastIndex = i;
    }
    return i;
  }

  intern(text: string): number {
    const i = this.ids.internText(text);
    if (i === this.list.length) this.list.push(text);
    return i;
  }
}

export interface TripleRows {
  /**
   * Row k of every column is data row k of the file (rows with the header's field count); subject,
   * object, place and counterpart hold indices into `ends`, -1 for an empty cell. Evidence entry k is
   * row k's. Read in place by edge-rows.ts, which turns it into the edge table.
   */
  table: EdgeTable;
  flags: Uint8Array;
  /** Ids as written in the rows (spaces and tabs trimmed), interned. */
  ends: ByteInterner;
  /** `table.sources`, interned. */
  sources: SourceIds;
  /** Trimmed cells (in TRIPLE_FIELDS order, '' for an absent column) of the rows flagged CAPTURED. */
  captured: Map<number, string[]>;
  header: Header | null;
  /** Problems of the header, of quoting and of field counts. */
  problems: Problem[];
  /** Data rows read, including those with a wrong field count. */
  rows: number;
}

/** Rows of a part of triples.csv read elsewhere (a worker), as plain data, to append (appendPart). */
export interface TripleRowParts {
  table: Omit<EdgeTable, 'evidence'> & { evidence: TextHeapParts };
  flags: Uint8Array;
  ends: ByteInternerParts;
  sourceKeys: ByteInternerParts;
  captured: Map<number, string[]>;
  /** Of quoting and field counts, at lines counted from the part's first row. */
  problems: Problem[];
  rows: number;
}

export interface TripleRowOptions {
  file: string;
  /** Expected rows and distinct ids, to size tables up front (they grow if wrong). */
  expectedRows: number;
  expectedIds: number;
  keepEvidence: boolean;
  /** The file's header row, read elsewhere, for a reader of rows from the middle of the file. */
  header?: CsvRow;
}

export class TripleRowReader extends CsvTableReader<TripleField> {
  private readonly table: EdgeTable;
  private flags: Uint8Array;
  private readonly ends: ByteInterner;
  private readonly sources: SourceIds;
  private readonly predicates = new ByteInterner(64);
  private readonly captured = new Map<number, string[]>();

  private readonly keepEvidence: boolean;

  constructor(o: TripleRowOptions) {
    super(o.file, TRIPLE_SPEC, TRIPLE_FIELDS, o.header);
    this.keepEvidence = o.keepEvidence;
    const n = Math.max(1024, o.expectedRows);
    this.ends = new ByteInterner(o.expectedIds);
    this.flags = new Uint8Array(n);
    this.table = emptyEdgeTable(n);
    this.sources = new SourceIds(this.table.sources);
    for (const p of PREDICATES) this.predicates.internText(p);
  }

  /** The id in field f, interned; -1 when empty or quoted with escapes (read as text instead). */
  private end(f: number): number {
    const cells = this.cells;
    if (cells.escaped(f)) return -1;
    const a = cells.from(f);
    const z = cells.to(f);
    return a === z ? -1 : this.ends.intern(cells.scanner.buf, a, z);
  }

  /** An optional id column: -1 when absent or empty, -2 when it must be read as text. */
  private optionalEnd(f: number): number {
    if (f < 0 || !this.cells.filled(f)) return -1;
    const i = this.end(f);
    return i < 0 ? -2 : i;
  }

  // The hot loop of a million rows: offsets and integers only. Anything unusual is captured as text.
  protected dataRow(line: number, c: Columns<TripleField>): void {
    const cells = this.cells;
    const b = cells.scanner.buf;
    const s = this.end(c.subject);
    const o = this.end(c.object);
    const p = cells.escaped(c.predicate) ? -1 : this.predicates.find(b, cells.from(c.predicate), cells.to(c.predicate));
    const date = cells.escaped(c.date) ? -1 : dateCodeBytes(b, cells.from(c.date), cells.to(c.date));
    const place = this.optionalEnd(c.place);
    const counterpart = this.optionalEnd(c.counterpart);
    const provenance = c.provenance < 0 || !cells.filled(c.provenance) ? 0 : PROVENANCE_CELLS.indexOf(cells.trimmed(c.provenance).toLowerCase());
    const confidence = c.confidence < 0 || !cells.filled(c.confidence) ? 1 : confidenceOf(cells.trimmed(c.confidence));
    const evidenceFrom = cells.from(c.evidence);
    const evidenceTo = cells.to(c.evidence);
    const filled = evidenceFrom < evidenceTo;
    // Evidence is required of curated rows only.
    const capture = s < 0 || o < 0 || p < 0 || date < 0 || place === -2 || counterpart === -2 || provenance < 0 || confidence < 0 || !(provenance === 1 || filled);
    const k = this.table.count;
    if (k === this.table.subject.length) this.growRows(k + 1);
    const t = this.table;
    t.subject[k] = s;
    t.object[k] = o;
    t.predicate[k] = Math.max(0, p);
    t.date[k] = date;
    t.place[k] = place;
    t.counterpart[k] = counterpart;
    t.provenance[k] = Math.max(0, provenance);
    t.confidence[k] = confidence;
    t.line[k] = line;
    let flags = filled ? EVIDENCE_FILLED : 0;
    if (filled && (!mayBeSpace(b[evidenceFrom] as number) || cells.trimmed(c.evidence) !== '')) flags |= EVIDENCE_TEXT;
    if (capture) {
      flags |= CAPTURED;
      this.captured.set(k, TRIPLE_FIELDS.map((name) => (c[name] < 0 ? '' : cells.trimmed(c[name]))));
      t.source[k] = -1;
      t.evidence.add('');
    } else {
      t.source[k] = cells.escaped(c.source) ? this.sources.intern(cells.trimmed(c.source)) : this.sources.internBytes(b, cells.from(c.source), cells.to(c.source));
      if (!this.keepEvidence) t.evidence.add('');
      else if (cells.escaped(c.evidence)) t.evidence.add(cells.trimmed(c.evidence));
      else t.evidence.addSlice(b, evidenceFrom, evidenceTo);
    }
    this.flags[k] = flags;
    t.count++;
  }

  private growRows(n: number): void {
    growEdgeTable(this.table, n);
    this.flags = grow(this.flags, n, (k) => new Uint8Array(k));
  }

  /** The rows read, for a reader of the rows before them to append (the scanner is finished). */
  toParts(): TripleRowParts {
    const t = this.table;
    return {
      table: { ...t, evidence: t.evidence.toParts() },
      flags: this.flags,
      ends: this.ends.toParts(),
      sourceKeys: this.sources.ids.toParts(),
      captured: this.captured,
      problems: this.problems,
      rows: this.rows,
    };
  }

  /**
   * Appends the rows of the rest of the file, read elsewhere from the row after this reader's last one:
   * ids and sources re-interned here, lines shifted by `lineOffset` (this reader's next line less one).
   */
  appendPart(part: TripleRowParts, lineOffset: number): void {
    const t = this.table;
    const p = part.table;
    const base = t.count;
    const ends = ByteInterner.fromParts(part.ends).mapKeys((pool, from, to) => this.ends.intern(pool, from, to));
    const sources = ByteInterner.fromParts(part.sourceKeys).mapKeys((pool, from, to) => this.sources.internBytes(pool, from, to));
    // Below 0: no id, or one to read as text (see optionalEnd).
    const end = (i: number): number => (i < 0 ? i : (ends[i] as number));
    this.growRows(base + p.count);
    for (let k = 0; k < p.count; k++) {
      const at = base + k;
      t.subject[at] = end(p.subject[k] as number);
      t.object[at] = end(p.object[k] as number);
      t.place[at] = end(p.place[k] as number);
      t.counterpart[at] = end(p.counterpart[k] as number);
      const si = p.source[k] as number;
      t.source[at] = si < 0 ? -1 : (sources[si] as number);
      t.predicate[at] = p.predicate[k] as number;
      t.date[at] = p.date[k] as number;
      t.provenance[at] = p.provenance[k] as number;
      t.confidence[at] = p.confidence[k] as number;
      t.line[at] = (p.line[k] as number) + lineOffset;
      this.flags[at] = part.flags[k] as number;
    }
    t.count = base + p.count;
    t.evidence.append(TextHeap.fromParts(p.evidence));
    for (const [k, cells] of part.captured) this.captured.set(base + k, cells);
    for (const problem of part.problems) this.problems.push({ ...problem, line: problem.line + lineOffset });
    this.rows += part.rows;
  }

  /** Ends reading: the rows and what was found wrong with the file itself. */
  finish(): TripleRows {
    this.endOfFile();
    return { table: this.table, flags: this.flags, ends: this.ends, sources: this.sources, captured: this.captured, header: this.header, problems: this.problems, rows: this.rows };
  }
}
