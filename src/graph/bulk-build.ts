// The fast path from graph-data CSVs to a graph, for files too large to hold as one string: rows are parsed
// in chunks as they stream in, entity ids are interned to integers, relations are deduplicated in a typed
// hash, and edges carry one shared attribute object per predicate while everything else an edge has lives
// in columns (typed arrays, UTF-8 text). A 300 MB triples file builds in a few seconds and ~1 GB of memory.
// It checks what the regular loader checks (unknown ids and predicates, entity types, dates, field counts),
// reporting each problem with file, line and column, and folds a repeated relation into one edge as
// buildGraph does.
import { MultiDirectedGraph } from 'graphology';
import Papa, { type LocalFile, type Parser, type ParseResult } from 'papaparse';
import { problem } from '../core/problems';
import { ENTITY_TYPES, PREDICATES, type EntityRecord, type EntityType, type GraphAttributes, type Predicate, type Problem, type TripleRecord } from '../core/types';
import { VOCABULARY } from '../core/vocabulary';
import { displayLabel, seededPosition } from './attributes';
import { RelationIndex } from './relation-index';
import { TextHeap } from './text-heap';

export interface CompactNodeAttributes {
  label: string;
  type: EntityType;
  x: number;
  y: number;
}

/** Shared by every edge of one predicate and frozen: per-edge values are in the EdgeTable, by edge key. */
export interface CompactEdgeAttributes {
  readonly predicate: Predicate;
}

export type CompactGraph = MultiDirectedGraph<CompactNodeAttributes, CompactEdgeAttributes, GraphAttributes>;

const SHARED_EDGE_ATTRIBUTES: readonly CompactEdgeAttributes[] = PREDICATES.map((predicate) => Object.freeze({ predicate }));

export const PROVENANCE_CODES = ['curated', 'extracted', 'curated|extracted'] as const;

/** Entity columns; entity i is graph node `ids[i]`. */
export interface EntityTable {
  ids: string[];
  types: Uint8Array;
  /** label_kk, label_ru, aliases, country, wikidata of entity i at 5i … 5i+4. */
  text: TextHeap;
  labelsEn: string[];
}

/** Edge columns; edge key `String(i)` is row i of every column. */
export interface EdgeTable {
  count: number;
  subject: Int32Array;
  object: Int32Array;
  predicate: Uint8Array;
  /** yyyymmdd; a year alone is yyyy0000, a month yyyymm00; 0 for no date. */
  date: Int32Array;
  source: Int32Array;
  place: Int32Array;
  counterpart: Int32Array;
  /** Index into PROVENANCE_CODES. */
  provenance: Uint8Array;
  confidence: Float32Array;
  /** 1-based line of the row in triples.csv. */
  line: Int32Array;
  evidence: TextHeap;
  /** Article ids, interned: `source[i]` indexes this. */
  sources: string[];
}

export interface BulkBuildResult {
  graph: CompactGraph;
  entities: EntityTable;
  edges: EdgeTable;
  problems: Problem[];
  /** Data rows read from triples.csv, including rejected and merged ones. */
  rows: number;
}

export interface BulkBuildOptions {
  /** Expected triples, to size tables up front (they grow if wrong). */
  expectedTriples: number;
  /** Keep evidence sentences (UTF-8, outside the JS heap); off saves ~200 bytes an edge. */
  keepEvidence: boolean;
  entitiesFile: string;
  triplesFile: string;
  name: string;
  /**
   * How cells arrive: 'text' (decoded strings), or 'bytes' — one char per byte of UTF-8, as when a file is
   * read as latin1. Bytes skip decoding a whole file (~2 s for 300 MB of Cyrillic): ids, predicates and
   * dates are ASCII, commas and quotes never occur inside a UTF-8 sequence, and text cells are stored as
   * the bytes they are; labels are decoded one by one.
   */
  cells: 'text' | 'bytes';
  /** A native latin1 copy for 'bytes' cells (Node: Buffer#latin1Write); a JS loop otherwise. */
  writeLatin1?: (text: string, into: Uint8Array, at: number) => void;
}

const DEFAULTS: BulkBuildOptions = {
  expectedTriples: 1 << 16,
  keepEvidence: true,
  entitiesFile: 'entities.csv',
  triplesFile: 'triples.csv',
  name: 'knowledge graph',
  cells: 'text',
};

/**
 * A copy that owns its characters: a parser's substrings (V8 sliced strings) would otherwise pin the
 * whole chunk they were cut from for as long as the graph lives.
 */
const own = (s: string): string => (s.length < 13 ? s : (' ' + s).slice(1));

function grow<T extends Int32Array | Uint8Array | Float32Array>(a: T, need: number, make: (n: number) => T): T {
  if (need <= a.length) return a;
  const b = make(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' → yyyymmdd (0 for ''), or -1 when it is not a real date. */
export function dateCode(s: string): number {
  if (s === '') return 0;
  const n = s.length;
  if (n !== 4 && n !== 7 && n !== 10) return -1;
  const digit = (i: number): number => {
    const c = s.charCodeAt(i) - 48;
    return c >= 0 && c <= 9 ? c : -100000;
  };
  const year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  if (year < 0) return -1;
  if (n === 4) return year * 10000;
  if (s[4] !== '-') return -1;
  const month = digit(5) * 10 + digit(6);
  if (month < 1 || month > 12) return -1;
  if (n === 7) return year * 10000 + month * 100;
  if (s[7] !== '-') return -1;
  const day = digit(8) * 10 + digit(9);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  if (day < 1 || day > days) return -1;
  return year * 10000 + month * 100 + day;
}

export function dateText(code: number): string {
  if (code <= 0) return '';
  const y = String(Math.floor(code / 10000)).padStart(4, '0');
  const m = Math.floor(code / 100) % 100;
  const d = code % 100;
  return m === 0 ? y : d === 0 ? `${y}-${String(m).padStart(2, '0')}` : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const ENTITY_COLUMNS = ['id', 'type', 'label_en', 'label_kk', 'label_ru', 'aliases', 'country', 'wikidata'] as const;
const TRIPLE_COLUMNS = ['subject', 'predicate', 'object', 'date', 'source', 'evidence'] as const;
const TRIPLE_OPTIONAL = ['place', 'counterpart', 'provenance', 'confidence'] as const;

type Columns = Map<string, number>;

/** Header row → column positions, or a problem naming what is missing. */
function readColumns(fields: string[], required: readonly string[], file: string, problems: Problem[]): Columns | null {
  const columns: Columns = new Map();
  fields.forEach((f, i) => {
    const name = f.replace(/^\uFEFF/, '').trim().toLowerCase();
    if (!columns.has(name)) columns.set(name, i);
  });
  const missing = required.filter((c) => !columns.has(c));
  if (missing.length > 0) {
    problems.push(problem(file, 1, 0, `missing column(s) ${missing.map((m) => `"${m}"`).join(', ')}: expected the header row ${required.join(',')}; no rows were read`));
    return null;
  }
  return columns;
}

/** Indices 0…n-1 ordered by `keys[i]` (integers in [0, range)), stable, in linear time. */
export function countingSortBy(keys: Int32Array, n: number, range: number): Int32Array {
  const starts = new Int32Array(range + 1);
  for (let i = 0; i < n; i++) {
    const k = (keys[i] as number) + 1;
    starts[k] = (starts[k] as number) + 1;
  }
  for (let k = 0; k < range; k++) starts[k + 1] = (starts[k + 1] as number) + (starts[k] as number);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const k = keys[i] as number;
    const at = starts[k] as number;
    order[at] = i;
    starts[k] = at + 1;
  }
  return order;
}

interface AdjacencyHolder {
  in?: unknown;
  out?: unknown;
}

/**
 * Puts every node's adjacency objects (graphology's `in`/`out` maps, an internal detail) in V8's
 * dictionary mode, by adding and deleting two keys. Does nothing if the internals look different.
 */
export function dictionaryAdjacency(graph: MultiDirectedGraph): void {
  const nodes = (graph as unknown as { _nodes?: unknown })._nodes;
  if (!(nodes instanceof Map)) return;
  for (const data of nodes.values() as IterableIterator<AdjacencyHolder>) {
    for (const adjacency of [data.in, data.out]) {
      if (typeof adjacency !== 'object' || adjacency === null || Object.keys(adjacency).length > 0) continue;
      const a = adjacency as Record<string, unknown>;
      a['\u0000a'] = 0;
      a['\u0000b'] = 0;
      delete a['\u0000a'];
      delete a['\u0000b'];
    }
  }
}

/**
 * Rows of one chunk are garbage once processed; a chunk small enough that they die young keeps the
 * garbage collector's copying cheap (measured: 4 MB chunks spent 4.4 s of 27 s in GC at 1M rows).
 */
export const CHUNK_BYTES = 1 << 20;

/** Streams CSV rows to `onRow` (fields, 1-based line); `input` is a string, a File or a Node readable stream. */
export function streamCsvRows(input: string | LocalFile, onRow: (fields: string[], line: number) => void, file: string, problems: Problem[]): Promise<void> {
  let line = 1;
  return new Promise((resolve, reject) => {
    const chunk = (results: ParseResult<string[]>, _parser: Parser): void => {
      for (const e of results.errors) {
        if (e.type === 'Quotes') problems.push(problem(file, line, 0, `broken quoting (papaparse: ${e.message}): a '"' inside a quoted cell is written '""'`));
      }
      const rows = results.data;
      for (let r = 0; r < rows.length; r++) {
        const fields = rows[r] as string[];
        const here = line;
        line++;
        // A quoted cell may span lines; only such cells can hold a newline.
        for (let i = 0; i < fields.length; i++) {
          const f = fields[i] as string;
          if (f.length > 0 && f.indexOf('\n') !== -1) line += f.split('\n').length - 1;
        }
        if (fields.length === 1 && fields[0] === '') continue;
        onRow(fields, here);
      }
    };
    const config = { delimiter: ',', quoteChar: '"', chunkSize: CHUNK_BYTES, chunk, complete: () => resolve(), error: (e: Error) => reject(e) };
    if (typeof input === 'string') Papa.parse<string[]>(input, config);
    else Papa.parse<string[], LocalFile>(input, config);
  });
}

/** Rows → graph and tables. Feed entities first, then triples; `finish` returns the result. */
export class BulkGraphBuilder {
  private readonly opts: BulkBuildOptions;
  readonly problems: Problem[] = [];
  private readonly graph: CompactGraph;
  private readonly idIndex = new Map<string, number>();
  private readonly entities: EntityTable;
  private readonly entityCountries: string[] = [];
  private edges: EdgeTable;
  private readonly relations: RelationIndex;
  private readonly sourceIndex = new Map<string, number>();
  private readonly predicateIndex = new Map<string, number>(PREDICATES.map((p, i) => [p, i]));
  /** allowed[p * 16 + t]: bit 1 subject type ok, bit 2 object type ok. */
  private readonly allowed = new Uint8Array(PREDICATES.length * 16);
  private entityColumns: Columns | null = null;
  private tripleColumns: Columns | null = null;
  private tripleWidth = 0;
  /** Field index of each triple column, -1 when the file has none. */
  private tc = { subject: -1, predicate: -1, object: -1, date: -1, source: -1, evidence: -1, place: -1, counterpart: -1, provenance: -1, confidence: -1 };
  rows = 0;

  constructor(options: Partial<BulkBuildOptions> = {}) {
    this.opts = { ...DEFAULTS, ...options };
    this.entities = { ids: [], types: new Uint8Array(1024), text: new TextHeap(this.opts.writeLatin1), labelsEn: [] };
    this.graph = new MultiDirectedGraph<CompactNodeAttributes, CompactEdgeAttributes, GraphAttributes>();
    this.graph.replaceAttributes({ name: this.opts.name });
    const n = Math.max(1024, this.opts.expectedTriples);
    this.edges = {
      count: 0,
      subject: new Int32Array(n),
      object: new Int32Array(n),
      predicate: new Uint8Array(n),
      date: new Int32Array(n),
      source: new Int32Array(n),
      place: new Int32Array(n),
      counterpart: new Int32Array(n),
      provenance: new Uint8Array(n),
      confidence: new Float32Array(n),
      line: new Int32Array(n),
      evidence: new TextHeap(this.opts.writeLatin1),
      sources: [],
    };
    this.relations = new RelationIndex(n);
    PREDICATES.forEach((p, pi) => {
      ENTITY_TYPES.forEach((t, ti) => {
        const info = VOCABULARY[p];
        this.allowed[pi * 16 + ti] = (info.subject.includes(t) ? 1 : 0) | (info.object.includes(t) ? 2 : 0);
      });
    });
  }

  private readonly decoder = new TextDecoder();

  /** A cell as text: decoded from bytes when cells arrive as bytes. */
  private text(cell: string): string {
    if (this.opts.cells === 'text' || !/[^\x00-\x7f]/.test(cell)) return cell;
    const bytes = new Uint8Array(cell.length);
    for (let i = 0; i < cell.length; i++) bytes[i] = cell.charCodeAt(i);
    return this.decoder.decode(bytes);
  }

  private addText(heap: TextHeap, cell: string): number {
    return this.opts.cells === 'bytes' ? heap.addBytes(cell) : heap.add(cell);
  }

  addEntityRow(fields: string[], line: number): void {
    const file = this.opts.entitiesFile;
    if (!this.entityColumns) {
      this.entityColumns = readColumns(fields, ENTITY_COLUMNS, file, this.problems);
      return;
    }
    const col = this.entityColumns;
    const raw = (name: string): string => (fields[col.get(name) ?? -1] ?? '').trim();
    const get = (name: string): string => this.text(raw(name));
    const id = get('id');
    const type = get('type');
    const typeIndex = ENTITY_TYPES.indexOf(type as EntityType);
    if (id === '' || typeIndex < 0) {
      const field = id === '' ? 'id' : 'type';
      this.problems.push(problem(file, line, (col.get(field) ?? 0) + 1, id === '' ? 'empty id: expected an entity id; the row is skipped' : `unknown type "${type}": expected one of ${ENTITY_TYPES.join(', ')}; the row is skipped`, field));
      return;
    }
    if (this.idIndex.has(id)) {
      this.problems.push(problem(file, line, (col.get('id') ?? 0) + 1, `duplicate id "${id}": expected each id once; the row is skipped`, 'id'));
      return;
    }
    const index = this.entities.ids.length;
    const key = own(id);
    this.idIndex.set(key, index);
    this.entities.ids.push(key);
    this.entities.types = grow(this.entities.types, index + 1, (n) => new Uint8Array(n));
    this.entities.types[index] = typeIndex;
    const labels = { id, label_en: get('label_en'), label_kk: get('label_kk'), label_ru: get('label_ru') };
    const label = own(displayLabel(labels));
    this.entities.labelsEn.push(labels.label_en === label ? label : own(labels.label_en));
    for (const name of ['label_kk', 'label_ru', 'aliases', 'country', 'wikidata']) this.addText(this.entities.text, raw(name));
    this.entityCountries.push(get('country'));
    const { x, y } = seededPosition(id);
    this.graph.addNode(key, { label, type: ENTITY_TYPES[typeIndex] as EntityType, x, y });
  }

  private entityRef(cell: string, column: string, line: number, cols: Columns): number {
    if (cell === '') return -1;
    const i = this.idIndex.get(cell) ?? this.idIndex.get(this.text(cell));
    if (i === undefined) {
      this.problems.push(problem(this.opts.triplesFile, line, (cols.get(column) ?? 0) + 1, `unknown entity "${this.text(cell)}": expected an entity id defined in entities.csv; the row is skipped`, column));
      return -2;
    }
    return i;
  }

  addTripleRow(fields: string[], line: number): void {
    const file = this.opts.triplesFile;
    if (!this.tripleColumns) {
      this.tripleColumns = readColumns(fields, TRIPLE_COLUMNS, file, this.problems);
      this.tripleWidth = fields.length;
      const cols = this.tripleColumns;
      if (cols) for (const name of Object.keys(this.tc) as (keyof typeof this.tc)[]) this.tc[name] = cols.get(name) ?? -1;
      return;
    }
    this.rows++;
    const cols = this.tripleColumns;
    if (fields.length !== this.tripleWidth) {
      this.problems.push(problem(file, line, Math.min(fields.length, this.tripleWidth) + 1, `expected ${this.tripleWidth} fields as in the header, found ${fields.length}; the row is skipped`));
      return;
    }
    // The hot loop of a million rows: plain indexed reads, no closures or arrays per row.
    const c = this.tc;
    const subjectId = (fields[c.subject] as string).trim();
    const objectId = (fields[c.object] as string).trim();
    const predicateName = (fields[c.predicate] as string).trim();
    const s = this.entityRef(subjectId, 'subject', line, cols);
    const o = this.entityRef(objectId, 'object', line, cols);
    const p = this.predicateIndex.get(predicateName) ?? -1;
    if (p < 0) this.problems.push(problem(file, line, c.predicate + 1, `unknown predicate "${this.text(predicateName)}": expected one of ${PREDICATES.join(', ')}; the row is skipped`, 'predicate'));
    if (subjectId === '' || objectId === '') this.problems.push(problem(file, line, (subjectId === '' ? c.subject : c.object) + 1, 'empty entity id: expected an entity id defined in entities.csv; the row is skipped'));
    if (s < 0 || o < 0 || p < 0) return;
    const ts = this.entities.types[s] as number;
    const to = this.entities.types[o] as number;
    const ok = this.allowed[p * 16 + ts] as number;
    if ((ok & 1) === 0 || ((this.allowed[p * 16 + to] as number) & 2) === 0) {
      const predicate = PREDICATES[p] as Predicate;
      const bad = (ok & 1) === 0 ? 'subject' : 'object';
      const allowed = VOCABULARY[predicate][bad].join('/');
      const t = ENTITY_TYPES[bad === 'subject' ? ts : to] as EntityType;
      this.problems.push(problem(file, line, (cols.get(bad) ?? 0) + 1, `wrong entity type: "${predicate}" takes a ${bad} of type ${allowed}, not ${t}; the row is skipped`, bad));
      return;
    }
    const dateCell = c.date < 0 ? '' : (fields[c.date] as string).trim();
    const date = dateCode(dateCell);
    if (date < 0) {
      this.problems.push(problem(file, line, c.date + 1, `bad date "${this.text(dateCell)}": expected YYYY, YYYY-MM or YYYY-MM-DD naming a real calendar date, or an empty cell; the row is skipped`, 'date'));
      return;
    }
    const place = c.place < 0 ? -1 : this.entityRef((fields[c.place] as string).trim(), 'place', line, cols);
    const counterpart = c.counterpart < 0 ? -1 : this.entityRef((fields[c.counterpart] as string).trim(), 'counterpart', line, cols);
    if (place === -2 || counterpart === -2) return;
    let provenance = 0;
    let confidence = 1;
    if (c.provenance >= 0 || c.confidence >= 0) {
      const provenanceText = c.provenance < 0 ? '' : (fields[c.provenance] as string).trim().toLowerCase();
      const confidenceText = c.confidence < 0 ? '' : (fields[c.confidence] as string).trim();
      provenance = provenanceText === '' || provenanceText === 'curated' ? 0 : provenanceText === 'extracted' ? 1 : -1;
      confidence = confidenceText === '' ? 1 : Number(confidenceText);
      if (provenance < 0 || !(confidence >= 0 && confidence <= 1)) {
        const column = provenance < 0 ? 'provenance' : 'confidence';
        this.problems.push(problem(file, line, (cols.get(column) ?? 0) + 1, provenance < 0 ? `provenance "${provenanceText}": expected curated or extracted; the row is skipped` : `confidence "${confidenceText}": expected a number from 0 to 1; the row is skipped`, column));
        return;
      }
    }

    // One edge per relation: a symmetric predicate ignores the order of its ends, as relationKey does.
    const swap = o < s && VOCABULARY[PREDICATES[p] as Predicate].symmetric;
    const key = ((swap ? o : s) * this.entities.ids.length + (swap ? s : o)) * 32 + p;
    const e = this.edges;
    const existing = this.relations.getOrSet(key, e.count);
    if (existing !== e.count) {
      // Merged as mergeEdge does: the first (curated) values stay, provenances accumulate.
      if (e.provenance[existing] !== provenance) e.provenance[existing] = 2;
      e.confidence[existing] = Math.max(e.confidence[existing] as number, confidence);
      if (e.date[existing] === 0) e.date[existing] = date;
      return;
    }
    this.ensureEdgeCapacity(e.count + 1);
    const i = e.count;
    const source = c.source < 0 ? '' : (fields[c.source] as string).trim();
    let si = this.sourceIndex.get(source);
    if (si === undefined) {
      si = e.sources.length;
      e.sources.push(own(this.text(source)));
      this.sourceIndex.set(own(source), si);
    }
    e.subject[i] = s;
    e.object[i] = o;
    e.predicate[i] = p;
    e.date[i] = date;
    e.source[i] = si;
    e.place[i] = place;
    e.counterpart[i] = counterpart;
    e.provenance[i] = provenance;
    e.confidence[i] = confidence;
    e.line[i] = line;
    if (this.opts.keepEvidence && c.evidence >= 0) this.addText(e.evidence, fields[c.evidence] as string);
    else e.evidence.add('');
    e.count++;
  }

  /**
   * Adds the edges to the graph, grouped by subject. Both halves matter at a million edges (measured
   * 7.8 s → 3.3 s for the graph alone): V8 keeps an object with few properties in "fast" mode and copies
   * its descriptors on every new key, so graphology's per-node adjacency objects cost O(degree²) until
   * V8 gives up on them; starting them as dictionaries avoids that. Grouping by subject keeps the
   * source node's adjacency in cache.
   */
  private addEdgesToGraph(): void {
    const e = this.edges;
    const ids = this.entities.ids;
    dictionaryAdjacency(this.graph);
    const order = countingSortBy(e.subject, e.count, ids.length);
    for (let j = 0; j < e.count; j++) {
      const i = order[j] as number;
      this.graph.addDirectedEdgeWithKey(i, ids[e.subject[i] as number] as string, ids[e.object[i] as number] as string, SHARED_EDGE_ATTRIBUTES[e.predicate[i] as number] as CompactEdgeAttributes);
    }
  }

  private ensureEdgeCapacity(n: number): void {
    const e = this.edges;
    if (n <= e.subject.length) return;
    e.subject = grow(e.subject, n, (k) => new Int32Array(k));
    e.object = grow(e.object, n, (k) => new Int32Array(k));
    e.predicate = grow(e.predicate, n, (k) => new Uint8Array(k));
    e.date = grow(e.date, n, (k) => new Int32Array(k));
    e.source = grow(e.source, n, (k) => new Int32Array(k));
    e.place = grow(e.place, n, (k) => new Int32Array(k));
    e.counterpart = grow(e.counterpart, n, (k) => new Int32Array(k));
    e.provenance = grow(e.provenance, n, (k) => new Uint8Array(k));
    e.confidence = grow(e.confidence, n, (k) => new Float32Array(k));
    e.line = grow(e.line, n, (k) => new Int32Array(k));
  }

  finish(): BulkBuildResult {
    // Countries may be defined after the entities that name them, so they are checked at the end.
    this.entityCountries.forEach((c, i) => {
      if (c === '') return;
      const target = this.idIndex.get(c);
      if (target === undefined || ENTITY_TYPES[this.entities.types[target] as number] !== 'country') {
        this.problems.push(problem(this.opts.entitiesFile, 0, 0, `entity "${this.entities.ids[i]}": country "${c}" is not a country defined in this file; the value is ignored`, 'country', 'warning'));
      }
    });
    this.entityCountries.length = 0;
    this.addEdgesToGraph();
    return { graph: this.graph, entities: this.entities, edges: this.edges, problems: this.problems, rows: this.rows };
  }
}

/** Reads entities then triples (each a string, a File or a Node readable stream) into a compact graph. */
export async function bulkBuild(entities: string | LocalFile, triples: string | LocalFile, options: Partial<BulkBuildOptions> = {}): Promise<BulkBuildResult> {
  const builder = new BulkGraphBuilder(options);
  await streamCsvRows(entities, (f, l) => builder.addEntityRow(f, l), options.entitiesFile ?? DEFAULTS.entitiesFile, builder.problems);
  await streamCsvRows(triples, (f, l) => builder.addTripleRow(f, l), options.triplesFile ?? DEFAULTS.triplesFile, builder.problems);
  return builder.finish();
}

/** Entity i as a record (for a details panel or an export). */
export function entityRecordAt(t: EntityTable, i: number): EntityRecord {
  const text = (k: number): string => t.text.get(i * 5 + k);
  return {
    id: t.ids[i] ?? '',
    type: ENTITY_TYPES[t.types[i] ?? 0] as EntityType,
    label_en: t.labelsEn[i] ?? '',
    label_kk: text(0),
    label_ru: text(1),
    aliases: text(2).split('|').filter(Boolean),
    country: text(3),
    wikidata: text(4),
  };
}

/** Edge `key` (its index) as the triple it came from. */
export function tripleRecordAt(t: EdgeTable, entities: EntityTable, key: string | number): TripleRecord {
  const i = Number(key);
  const id = (j: number): string => (j >= 0 ? (entities.ids[j] ?? '') : '');
  return {
    subject: id(t.subject[i] ?? -1),
    predicate: PREDICATES[t.predicate[i] ?? 0] as Predicate,
    object: id(t.object[i] ?? -1),
    date: dateText(t.date[i] ?? 0),
    place: id(t.place[i] ?? -1),
    counterpart: id(t.counterpart[i] ?? -1),
    provenance: (t.provenance[i] ?? 0) === 1 ? 'extracted' : 'curated',
    source: t.sources[t.source[i] ?? -1] ?? '',
    evidence: t.evidence.get(i),
    confidence: t.confidence[i] ?? 1,
    subjectMention: '',
    objectMention: '',
  };
}
