// The fast path from graph-data CSVs to a graph, for files too large to hold as one string. The bytes are
// scanned once (csv-scanner.ts) and never decoded as a whole: entity ids are resolved to integers straight
// from the bytes (byte-interner.ts), dates are parsed from digits, evidence is copied as UTF-8 into shared
// buffers (text-heap.ts), relations are deduplicated in a typed hash (relation-index.ts), and every value
// lands in typed-array columns (bulk-tables.ts). A row makes no JS object, so a million rows leave no
// garbage to collect; the graphology graph is made from the columns only when asked for (compact-graph.ts).
//
// It checks what the regular loader (src/ingest) checks, with the same messages and file:line:column:
// a row that fails a fast check is read again as strings by the same rules, so only bad rows pay for
// the detailed report. A repeated relation folds into one edge as buildGraph's mergeEdge folds it.
import { problem } from '../core/problems';
import { ENTITY_TYPES, PREDICATES, type EntityRecord, type EntityType, type GraphAttributes, type Predicate, type Problem, type TripleRecord } from '../core/types';
import { isPredicate, typeMismatch, VOCABULARY } from '../core/vocabulary';
import { didYouMean } from '../ingest/closest-match';
import { countryProblem, duplicateIdProblem, idProblem, NO_LABEL, typeProblem, wikidataProblem } from '../ingest/entity-checks';
import { fieldCountProblem, readHeader, type Header, type HeaderSpec } from '../ingest/csv-header';
import { DATE_EXPECTED, isPartialDate } from '../ingest/date-value';
import { displayLabel, mergeList } from './attributes';
import { ByteInterner } from './byte-interner';
import { dateCode, dateCodeBytes, grow, type EdgeTable, type EntityTable } from './bulk-tables';
import { compactGraphOf, type BulkTables, type CompactGraph } from './compact-graph';
import { CsvByteScanner, type CsvRowSink, type QuoteProblemKind } from './csv-scanner';
import { RelationIndex } from './relation-index';
import { TextHeap } from './text-heap';

export interface BulkBuildResult extends BulkTables {
  /**
   * The tables as a graphology graph, made on first use and kept (compact-graph.ts): what needs only
   * counts, records or JSON reads the tables and never pays for it.
   */
  readonly graph: CompactGraph;
  problems: Problem[];
  /** Data rows read from triples.csv, including rejected and merged ones. */
  rows: number;
}

class BuiltTables implements BulkBuildResult {
  private made: CompactGraph | null = null;

  constructor(
    readonly entities: EntityTable,
    readonly edges: EdgeTable,
    readonly attributes: GraphAttributes,
    readonly problems: Problem[],
    readonly rows: number,
  ) {}

  get graph(): CompactGraph {
    return (this.made ??= compactGraphOf(this));
  }
}

export interface BulkBuildOptions {
  /** Expected entities and triples, to size tables up front (they grow if wrong). */
  expectedEntities: number;
  expectedTriples: number;
  /** Keep evidence sentences (UTF-8, outside the JS heap); off saves their bytes. */
  keepEvidence: boolean;
  entitiesFile: string;
  triplesFile: string;
  name: string;
  /**
   * Above this many entities an unknown id is reported without a "did you mean": the suggestion compares
   * the id with every entity, which at 200k entities takes a tenth of a second per bad row.
   */
  suggestUpTo: number;
}

const DEFAULTS: BulkBuildOptions = {
  expectedEntities: 1 << 12,
  expectedTriples: 1 << 14,
  keepEvidence: true,
  entitiesFile: 'entities.csv',
  triplesFile: 'triples.csv',
  name: 'knowledge graph',
  suggestUpTo: 20_000,
};

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

const ENTITY_SPEC: HeaderSpec = { required: ['id', 'type', 'label_en', 'label_kk', 'label_ru', 'aliases', 'country', 'wikidata'], optional: [] };
const TRIPLE_SPEC: HeaderSpec = {
  required: ['subject', 'predicate', 'object', 'date', 'source', 'evidence'],
  optional: ['place', 'counterpart', 'provenance', 'confidence'],
};
const SYMMETRIC = Uint8Array.from(PREDICATES, (p) => (VOCABULARY[p].symmetric ? 1 : 0));
/** Relation key = (a × 2^24 + b) × 32 + predicate: exact in a double while ids stay below 2^24. */
const END_SPAN = 2 ** 24;

/** The wording of src/ingest/csv-rows.ts, so both paths report broken quoting alike. */
function quoteMessage(kind: QuoteProblemKind): string {
  const what =
    kind === 'malformed'
      ? 'malformed quote (papaparse: trailing quote on quoted field is malformed): expected a quoted cell to end with \'"\' right before \',\' or the line end'
      : 'unterminated quote (papaparse: quoted field unterminated): expected a closing \'"\' for the cell opened here';
  return `${what}; a '"' inside a quoted cell is written '""'; the row is skipped`;
}

/** Provenance cell values (lower-cased), by code. */
const PROVENANCE_CELLS = ['curated', 'extracted'];

/** A confidence cell as the regular loader reads it, or -1 when it would be refused. */
function confidenceOf(text: string): number {
  const n = Number(text);
  return /^[\d.eE+-]+$/.test(text) && Number.isFinite(n) && n >= 0 && n <= 1 ? n : -1;
}

const byPosition = (a: Problem, b: Problem): number => a.line - b.line || a.column - b.column;

/** Field positions of the columns a reader needs; -1 for an absent optional column. */
function positions<K extends string>(header: Header, names: readonly K[]): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const n of names) out[n] = header.index.get(n) ?? -1;
  return out;
}

const ENTITY_FIELDS = ['id', 'type', 'label_en', 'label_kk', 'label_ru', 'aliases', 'country', 'wikidata'] as const;
const TRIPLE_FIELDS = ['subject', 'predicate', 'object', 'date', 'source', 'evidence', 'place', 'counterpart', 'provenance', 'confidence'] as const;

/** CSV bytes (and, for extraction, records) → graph and tables. Feed entities first, then triples. */
export class BulkGraphBuilder {
  private readonly opts: BulkBuildOptions;
  private readonly entityProblems: Problem[] = [];
  private readonly tripleProblems: Problem[] = [];
  /** Problems of whatever is added as records (extraction), reported after the files'. */
  readonly otherProblems: Problem[] = [];
  private readonly ids: ByteInterner;
  private readonly entities: EntityTable;
  private entityLines: Int32Array;
  private entityCountries: string[] = [];
  private edges: EdgeTable;
  private relations: RelationIndex;
  private readonly sourceIds = new ByteInterner(1024);
  private readonly predicates = new ByteInterner(64);
  private readonly typeNames = new ByteInterner(16);
  private readonly decoder = new TextDecoder();
  private entityHeader: Header | null = null;
  private tripleHeader: Header | null = null;
  private entityHeaderSeen = false;
  private tripleHeaderSeen = false;
  private ec: Record<(typeof ENTITY_FIELDS)[number], number> | null = null;
  private tc: Record<(typeof TRIPLE_FIELDS)[number], number> | null = null;
  /** The scanner whose buffer the current row's offsets point into. */
  private scanner: CsvByteScanner | null = null;
  rows = 0;

  constructor(options: Partial<BulkBuildOptions> = {}) {
    this.opts = { ...DEFAULTS, ...options };
    const n = Math.max(1024, this.opts.expectedTriples);
    const ne = Math.max(1024, this.opts.expectedEntities);
    this.ids = new ByteInterner(ne);
    this.entities = { ids: [], types: new Uint8Array(ne), text: new TextHeap(), labelsEn: [], labels: [], country: new Int32Array(ne) };
    this.entityLines = new Int32Array(ne);
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
      confidence: new Float64Array(n),
      mentions: new Map(),
      line: new Int32Array(n),
      evidence: new TextHeap(),
      sources: [],
    };
    this.relations = new RelationIndex(n);
    for (const p of PREDICATES) this.predicates.internText(p);
    for (const t of ENTITY_TYPES) this.typeNames.internText(t);
  }

  /** The entities read so far (for a catalogue to extract against before `finish`). */
  get entityTable(): Readonly<EntityTable> {
    return this.entities;
  }

  hasEntity(id: string): boolean {
    return this.ids.findText(id) >= 0;
  }

  get problems(): Problem[] {
    return [...this.entityProblems, ...this.tripleProblems, ...this.otherProblems];
  }

  /** A scanner that feeds entities.csv rows to this builder. */
  entityScanner(): CsvByteScanner {
    const sink: CsvRowSink = {
      row: (count, line) => this.addEntityRow(count, line),
      quoteProblem: (kind, line, column) => this.entityProblems.push(problem(this.opts.entitiesFile, line, column, quoteMessage(kind))),
    };
    return (this.scanner = new CsvByteScanner(sink));
  }

  /** A scanner that feeds triples.csv rows to this builder. */
  tripleScanner(): CsvByteScanner {
    const sink: CsvRowSink = {
      row: (count, line) => this.addTripleRow(count, line),
      quoteProblem: (kind, line, column) => this.tripleProblems.push(problem(this.opts.triplesFile, line, column, quoteMessage(kind))),
    };
    return (this.scanner = new CsvByteScanner(sink));
  }

  // --- cells of the current row --------------------------------------------------------------------------

  /** Start of field f after leading spaces and tabs. */
  private from(f: number): number {
    const sc = this.scanner as CsvByteScanner;
    const b = sc.buf;
    let k = sc.start[f] as number;
    const end = sc.end[f] as number;
    while (k < end && (b[k] === 32 || b[k] === 9)) k++;
    return k;
  }

  /** End of field f before trailing spaces and tabs. */
  private to(f: number): number {
    const sc = this.scanner as CsvByteScanner;
    const b = sc.buf;
    const start = sc.start[f] as number;
    let k = sc.end[f] as number;
    while (k > start && (b[k - 1] === 32 || b[k - 1] === 9)) k--;
    return k;
  }

  /** Field f as text, '""' unescaped, untrimmed. */
  private cellText(f: number): string {
    const sc = this.scanner as CsvByteScanner;
    const text = this.decoder.decode(sc.buf.subarray(sc.start[f] as number, sc.end[f] as number));
    const escaped = sc.escaped[f] as number;
    if (escaped === 0) return text;
    const unquoted = escaped & 1 ? text.replaceAll('""', '"') : text;
    return escaped & 2 ? unquoted.replace(/\r\n?/g, '\n') : unquoted;
  }

  /** Index of the entity named by field f, or -1 (empty, unknown, or in need of the slow path). */
  private entityAt(f: number): number {
    const sc = this.scanner as CsvByteScanner;
    if (sc.escaped[f]) return -1;
    const a = this.from(f);
    const z = this.to(f);
    return a === z ? -1 : this.ids.find(sc.buf, a, z);
  }

  private readHeaderRow(count: number, line: number, spec: HeaderSpec, file: string, problems: Problem[]): Header | null {
    const fields: string[] = [];
    for (let f = 0; f < count; f++) fields.push(this.cellText(f));
    const read = readHeader({ line, fields }, spec, file);
    problems.push(...read.problems);
    return read.header;
  }

  // --- entities -------------------------------------------------------------------------------------------

  addEntityRow(count: number, line: number): void {
    const file = this.opts.entitiesFile;
    const problems = this.entityProblems;
    if (!this.entityHeaderSeen) {
      this.entityHeaderSeen = true;
      this.entityHeader = this.readHeaderRow(count, line, ENTITY_SPEC, file, problems);
      if (this.entityHeader) this.ec = positions(this.entityHeader, ENTITY_FIELDS);
      return;
    }
    const header = this.entityHeader;
    const c = this.ec;
    if (!header || !c) return;
    if (count !== header.names.length) {
      const p = fieldCountProblem({ line, fields: new Array<string>(count).fill('') }, header, file);
      if (p) problems.push(p);
      return;
    }
    // The checks of src/ingest/entities-csv.ts, in its order and words. Entities are a fifth of the
    // rows at most, so they are read as strings; their long text columns stay bytes.
    const at = this.entityProblemAt(line);
    let usable = true;
    const id = this.cellText(c.id).trim();
    const badId = idProblem(id);
    if (badId) {
      at('id', badId);
      usable = false;
    }
    const sc = this.scanner as CsvByteScanner;
    let typeIndex = sc.escaped[c.type] ? -1 : this.typeNames.find(sc.buf, this.from(c.type), this.to(c.type));
    if (typeIndex < 0) {
      const type = this.cellText(c.type).trim();
      typeIndex = ENTITY_TYPES.indexOf(type as EntityType);
      if (typeIndex < 0) {
        at('type', typeProblem(type));
        usable = false;
      }
    }
    const labelEn = this.cellText(c.label_en).trim();
    const hasKk = this.from(c.label_kk) < this.to(c.label_kk);
    const hasRu = this.from(c.label_ru) < this.to(c.label_ru);
    if (!labelEn && !hasKk && !hasRu) {
      at('label_en', NO_LABEL);
      usable = false;
    }
    let wikidata = this.from(c.wikidata) < this.to(c.wikidata) ? this.cellText(c.wikidata).trim() : '';
    const badWikidata = wikidataProblem(wikidata);
    if (badWikidata) {
      at('wikidata', badWikidata);
      wikidata = '';
    }
    if (!usable) return;
    const idFrom = this.from(c.id);
    const idTo = this.to(c.id);
    const index = this.ids.intern(sc.buf, idFrom, idTo);
    if (index < this.entities.ids.length) {
      at('id', duplicateIdProblem(id, this.entityLines[index] as number));
      return;
    }
    const labelKk = hasKk ? this.cellText(c.label_kk).trim() : '';
    const labelRu = !labelEn && !hasKk && hasRu ? this.cellText(c.label_ru).trim() : '';
    this.storeEntity(index, id, ENTITY_TYPES[typeIndex] as EntityType, labelEn, displayLabel({ id, label_en: labelEn, label_kk: labelKk, label_ru: labelRu }), line);
    const t = this.entities.text;
    for (const f of [c.label_kk, c.label_ru, c.aliases]) {
      if (sc.escaped[f]) t.add(this.cellText(f).trim());
      else t.addSlice(sc.buf, this.from(f), this.to(f));
    }
    t.add(wikidata);
    this.entityCountries[index] = this.from(c.country) < this.to(c.country) ? this.cellText(c.country).trim() : '';
  }

  /** One bound reporter re-aimed at each row: a closure per row would be an allocation per row. */
  private entityProblemAt(line: number): (name: string, message: string) => void {
    this.entityProblemLine = line;
    return this.reportEntityProblem;
  }

  private entityProblemLine = 0;
  private readonly reportEntityProblem = (name: string, message: string): void => {
    const column = (this.entityHeader?.index.get(name) ?? -1) + 1;
    this.entityProblems.push(problem(this.opts.entitiesFile, this.entityProblemLine, column, message, name));
  };

  private storeEntity(index: number, id: string, type: EntityType, labelEn: string, label: string, line: number): void {
    const e = this.entities;
    e.ids.push(id);
    e.types = grow(e.types, index + 1, (n) => new Uint8Array(n));
    e.types[index] = ENTITY_TYPES.indexOf(type);
    e.country = grow(e.country, index + 1, (n) => new Int32Array(n));
    e.country[index] = -1;
    this.entityLines = grow(this.entityLines, index + 1, (n) => new Int32Array(n));
    this.entityLines[index] = line;
    e.labelsEn.push(labelEn);
    e.labels.push(label);
  }

  /** An entity that is not in entities.csv (found by extraction); ignored when the id is known. */
  addEntityRecord(r: EntityRecord): void {
    if (this.ids.findText(r.id) >= 0) return;
    const index = this.ids.internText(r.id);
    this.storeEntity(index, r.id, r.type, r.label_en, displayLabel(r), 0);
    for (const v of [r.label_kk, r.label_ru, r.aliases.join('|'), r.wikidata]) this.entities.text.add(v);
    this.entityCountries[index] = r.country;
  }

  /** Countries may be defined after the entities that name them, so they are resolved once all are in. */
  private resolveCountries(): void {
    const e = this.entities;
    const column = (this.entityHeader?.index.get('country') ?? -1) + 1;
    let countryIds: string[] | null = null;
    this.entityCountries.forEach((ref, i) => {
      if (!ref) return;
      const target = this.ids.findText(ref);
      const type = target >= 0 ? ENTITY_TYPES[e.types[target] as number] : undefined;
      if (type === 'country') {
        e.country[i] = target;
        return;
      }
      // Only catalogue rows are checked, as the regular loader checks them; extracted ones keep quiet.
      const line = this.entityLines[i] as number;
      if (line === 0) return;
      countryIds ??= e.ids.filter((_id, j) => e.types[j] === ENTITY_TYPES.indexOf('country'));
      this.entityProblems.push(problem(this.opts.entitiesFile, line, column, countryProblem(ref, type ?? null, countryIds), 'country'));
    });
    this.entityCountries = [];
  }

  // --- triples --------------------------------------------------------------------------------------------

  addTripleRow(count: number, line: number): void {
    const file = this.opts.triplesFile;
    if (!this.tripleHeaderSeen) {
      this.tripleHeaderSeen = true;
      this.tripleHeader = this.readHeaderRow(count, line, TRIPLE_SPEC, file, this.tripleProblems);
      if (this.tripleHeader) this.tc = positions(this.tripleHeader, TRIPLE_FIELDS);
      return;
    }
    const header = this.tripleHeader;
    const c = this.tc;
    if (!header || !c) return;
    this.rows++;
    if (count !== header.names.length) {
      const p = fieldCountProblem({ line, fields: new Array<string>(count).fill('') }, header, file);
      if (p) this.tripleProblems.push(p);
      return;
    }
    // The hot loop of a million rows: offsets and integers only. Anything unusual goes to the slow path.
    const sc = this.scanner as CsvByteScanner;
    const b = sc.buf;
    const s = this.entityAt(c.subject);
    const o = this.entityAt(c.object);
    const p = sc.escaped[c.predicate] ? -1 : this.predicates.find(b, this.from(c.predicate), this.to(c.predicate));
    const date = sc.escaped[c.date] ? -1 : dateCodeBytes(b, this.from(c.date), this.to(c.date));
    const place = c.place < 0 || this.from(c.place) === this.to(c.place) ? -1 : this.entityAt(c.place);
    const counterpart = c.counterpart < 0 || this.from(c.counterpart) === this.to(c.counterpart) ? -1 : this.entityAt(c.counterpart);
    const placeBad = c.place >= 0 && place < 0 && this.from(c.place) !== this.to(c.place);
    const counterpartBad = c.counterpart >= 0 && counterpart < 0 && this.from(c.counterpart) !== this.to(c.counterpart);
    const provenance = c.provenance < 0 || this.from(c.provenance) === this.to(c.provenance) ? 0 : PROVENANCE_CELLS.indexOf(this.cellText(c.provenance).trim().toLowerCase());
    const confidence = c.confidence < 0 || this.from(c.confidence) === this.to(c.confidence) ? 1 : confidenceOf(this.cellText(c.confidence).trim());
    // Evidence is required of curated rows only.
    const evidenceOk = provenance === 1 || this.from(c.evidence) < this.to(c.evidence);
    const types = this.entities.types;
    if (s < 0 || o < 0 || p < 0 || date < 0 || placeBad || counterpartBad || provenance < 0 || confidence < 0 || !evidenceOk || !this.typesFit(p, types[s] as number, types[o] as number)) {
      this.slowTripleRow(line);
      return;
    }
    const si = sc.escaped[c.source] ? this.internSource(this.cellText(c.source).trim()) : this.internSourceBytes(b, this.from(c.source), this.to(c.source));
    this.insertEdge(s, o, p, date, si, place, counterpart, provenance, confidence, line, c.evidence, '', true);
  }

  /** allowed[p * 16 + t]: bit 1 subject type fits, bit 2 object type fits. */
  private readonly allowed = ((): Uint8Array => {
    const a = new Uint8Array(PREDICATES.length * 16);
    PREDICATES.forEach((p, pi) => ENTITY_TYPES.forEach((t, ti) => (a[pi * 16 + ti] = (VOCABULARY[p].subject.includes(t) ? 1 : 0) | (VOCABULARY[p].object.includes(t) ? 2 : 0))));
    return a;
  })();

  private typesFit(p: number, subjectType: number, objectType: number): boolean {
    return ((this.allowed[p * 16 + subjectType] as number) & 1) !== 0 && ((this.allowed[p * 16 + objectType] as number) & 2) !== 0;
  }

  private internSourceBytes(b: Uint8Array, from: number, to: number): number {
    const i = this.sourceIds.intern(b, from, to);
    if (i === this.edges.sources.length) this.edges.sources.push(this.decoder.decode(b.subarray(from, to)));
    return i;
  }

  private internSource(text: string): number {
    const i = this.sourceIds.internText(text);
    if (i === this.edges.sources.length) this.edges.sources.push(text);
    return i;
  }

  /**
   * A row the fast checks did not pass. As src/ingest/triples-csv.ts does, a repeat of an earlier row
   * (same subject, predicate, object, date and source cells) is reported as such before its cells are
   * checked, so a repeated bad row points back to its first copy.
   */
  private slowTripleRow(line: number): void {
    const header = this.tripleHeader as Header;
    const cell = (column: string): string => {
      const f = header.index.get(column);
      return f === undefined ? '' : this.cellText(f).trim();
    };
    const key = ['subject', 'predicate', 'object', 'date', 'source'].map(cell).join('\u0000');
    const s = this.ids.findText(cell('subject'));
    const o = this.ids.findText(cell('object'));
    const p = PREDICATES.indexOf(cell('predicate') as Predicate);
    const date = dateCode(cell('date'));
    const si = this.internSource(cell('source'));
    const resolved = s >= 0 && o >= 0 && p >= 0 && date >= 0;
    const earlier = this.slowRows.get(key) ?? (resolved ? this.firstLineOf(s, o, p, date, si) : -1);
    if (earlier >= 0) {
      this.reportRepeat(line, earlier);
      return;
    }
    this.slowRows.set(key, line);
    const record = this.diagnoseTriple(line);
    if (record) this.addRecord(record, line, true);
    else if (resolved) this.noteRow(s, o, p, date, si, line);
  }

  /** Rows read by the slow path, by their five key cells → line. */
  private readonly slowRows = new Map<string, number>();
  /**
   * Rows that are not the first of their edge (merged, or rejected for a later cell), by (subject,
   * object, predicate) as written → [date, source, line]…: with the edges' first rows, every row a
   * repeat could point back to. Empty for clean data, so the fast path only checks it when it is not.
   */
  private readonly otherRows = new Map<number, number[]>();
  /** Edges whose date or source a merge has changed: their first row lives in otherRows. */
  private readonly mergedEdges = new Set<number>();

  private noteRow(s: number, o: number, p: number, date: number, si: number, line: number): void {
    const key = (s * END_SPAN + o) * 32 + p;
    const list = this.otherRows.get(key);
    if (list) list.push(date, si, line);
    else this.otherRows.set(key, [date, si, line]);
  }

  /** Line of an earlier row with these key cells, or -1. */
  private firstLineOf(s: number, o: number, p: number, date: number, si: number): number {
    if (this.otherRows.size > 0) {
      const list = this.otherRows.get((s * END_SPAN + o) * 32 + p);
      if (list) for (let k = 0; k < list.length; k += 3) if (list[k] === date && list[k + 1] === si) return list[k + 2] as number;
    }
    const swap = o < s && SYMMETRIC[p] === 1;
    const x = this.relations.get(((swap ? o : s) * END_SPAN + (swap ? s : o)) * 32 + p);
    const e = this.edges;
    if (x >= 0 && !this.mergedEdges.has(x) && e.subject[x] === s && e.object[x] === o && e.date[x] === date && e.source[x] === si) return e.line[x] as number;
    return -1;
  }

  private reportRepeat(line: number, earlier: number): void {
    const column = (this.tripleHeader?.index.get('subject') ?? -1) + 1;
    this.tripleProblems.push(problem(this.opts.triplesFile, line, column, `duplicate row: same subject, predicate, object, date and source as line ${earlier}; expected each statement once; the row is skipped`, 'subject'));
  }

  /**
   * The current row read as strings by the rules and words of src/ingest/triples-csv.ts: every problem
   * is reported, and the row comes back as a record when it has none (a fast check can fail on a valid
   * row, e.g. an id padded with a non-breaking space).
   */
  private diagnoseTriple(line: number): TripleRecord | null {
    const header = this.tripleHeader as Header;
    const file = this.opts.triplesFile;
    let ok = true;
    const report = (column: string, message: string): void => {
      this.tripleProblems.push(problem(file, line, (header.index.get(column) ?? -1) + 1, `${message}; the row is skipped`, column));
      ok = false;
    };
    const get = (column: string): string => {
      const f = header.index.get(column);
      return f === undefined ? '' : this.cellText(f).trim();
    };
    const suggest = (value: string): string => (this.entities.ids.length <= this.opts.suggestUpTo ? didYouMean(value, this.entities.ids) : '');
    const entity = (value: string, column: string): number => {
      const i = this.ids.findText(value);
      if (i < 0) report(column, `unknown entity "${value}": expected an entity id defined in entities.csv${suggest(value)}`);
      return i;
    };
    const subject = get('subject');
    const predicate = get('predicate');
    const object = get('object');
    let s = -1;
    let o = -1;
    if (subject === '') report('subject', 'empty subject: expected an entity id defined in entities.csv');
    else s = entity(subject, 'subject');
    if (predicate === '') report('predicate', `empty predicate: expected one of ${PREDICATES.join(', ')}`);
    else if (!isPredicate(predicate)) report('predicate', `unknown predicate "${predicate}"${didYouMean(predicate, PREDICATES)}: expected one of ${PREDICATES.join(', ')}`);
    if (object === '') report('object', 'empty object: expected an entity id defined in entities.csv');
    else o = entity(object, 'object');
    if (isPredicate(predicate) && s >= 0 && o >= 0) {
      const st = ENTITY_TYPES[this.entities.types[s] as number] as EntityType;
      const ot = ENTITY_TYPES[this.entities.types[o] as number] as EntityType;
      const mismatch = typeMismatch(predicate, st, ot);
      if (mismatch !== null) {
        const column = VOCABULARY[predicate].subject.includes(st) ? 'object' : 'subject';
        report(column, `wrong entity type: ${mismatch} ("${column === 'subject' ? subject : object}" has type ${column === 'subject' ? st : ot})`);
      }
    }
    const date = get('date');
    if (date !== '' && !isPartialDate(date)) report('date', `bad date "${date}": ${DATE_EXPECTED}`);
    const place = get('place');
    if (place !== '') entity(place, 'place');
    const counterpart = get('counterpart');
    if (counterpart !== '') entity(counterpart, 'counterpart');
    const provenanceText = get('provenance');
    let provenance: 'curated' | 'extracted' | null = 'curated';
    if (provenanceText !== '') {
      const lower = provenanceText.toLowerCase();
      provenance = lower === 'curated' || lower === 'extracted' ? lower : null;
      if (provenance === null) report('provenance', `provenance "${provenanceText}": expected curated or extracted (an empty cell means curated)`);
    }
    const confidenceText = get('confidence');
    let confidence: number | null = 1;
    if (confidenceText !== '') {
      const n = Number(confidenceText);
      confidence = /^[\d.eE+-]+$/.test(confidenceText) && Number.isFinite(n) && n >= 0 && n <= 1 ? n : null;
      if (confidence === null) report('confidence', `confidence "${confidenceText}": expected a number from 0 to 1 (an empty cell means 1)`);
    }
    const evidence = get('evidence');
    if (evidence === '' && provenance === 'curated') {
      report('evidence', 'empty evidence: expected the sentence of the source article the statement is read from (required for curated rows)');
    }
    if (!ok || !isPredicate(predicate) || provenance === null || confidence === null) return null;
    return { subject, predicate, object, date, place, counterpart, provenance, source: get('source'), evidence, confidence, subjectMention: '', objectMention: '' };
  }

  /**
   * A triple given as a record: an extracted one, or a CSV row that needed the slow path. Records whose
   * ends are unknown are the caller's to report (the CSV path has already).
   */
  addRecord(t: TripleRecord, line = 0, fromCsv = false): boolean {
    const s = this.ids.findText(t.subject);
    const o = this.ids.findText(t.object);
    const p = PREDICATES.indexOf(t.predicate);
    if (s < 0 || o < 0 || p < 0) return false;
    const date = dateCode(t.date);
    const place = t.place ? this.ids.findText(t.place) : -1;
    const counterpart = t.counterpart ? this.ids.findText(t.counterpart) : -1;
    const provenance = t.provenance === 'extracted' ? 1 : 0;
    const x = this.insertEdge(s, o, p, Math.max(0, date), this.internSource(t.source), place, counterpart, provenance, t.confidence, line, -1, t.evidence, fromCsv);
    if (x >= 0 && (t.subjectMention || t.objectMention)) {
      // mergeEdge: the primary statement's mention, else the other's.
      const old = this.edges.mentions.get(x);
      const wins = !this.merged || (provenance === 0 && this.edgeWasExtracted);
      const pick = (mine: string, theirs: string | undefined): string => (wins ? mine || theirs || '' : theirs || mine);
      this.edges.mentions.set(x, [pick(t.subjectMention, old?.[0]), pick(t.objectMention, old?.[1])]);
    }
    return true;
  }

  /**
   * One edge per relation, as relationKey keys them (a symmetric predicate ignores the order of its
   * ends); a second statement of it folds in as mergeEdge folds it. `evidenceField` ≥ 0 takes the
   * evidence from the current row's bytes, else `evidenceText`.
   */
  private insertEdge(s: number, o: number, p: number, date: number, si: number, place: number, counterpart: number, provenance: number, confidence: number, line: number, evidenceField: number, evidenceText: string, fromCsv: boolean): number {
    const swap = o < s && SYMMETRIC[p] === 1;
    const key = ((swap ? o : s) * END_SPAN + (swap ? s : o)) * 32 + p;
    const e = this.edges;
    if (fromCsv && this.otherRows.size > 0) {
      const earlier = this.firstLineOf(s, o, p, date, si);
      if (earlier >= 0) {
        this.reportRepeat(line, earlier);
        this.merged = true;
        return -1;
      }
    }
    const x = this.relations.getOrSet(key, e.count);
    this.merged = x !== e.count;
    if (this.merged) {
      this.edgeWasExtracted = e.provenance[x] === 1;
      return this.mergeInto(x, s, o, date, si, place, counterpart, provenance, confidence, line, evidenceField, evidenceText, fromCsv) ? x : -1;
    }
    if (e.count === e.subject.length) this.growEdges(e.count + 1);
    const i = e.count;
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
    this.setEvidence(-1, evidenceField, evidenceText);
    return e.count++;
  }

  /** Whether the last statement was folded into an existing edge, which had only extracted support. */
  private merged = false;
  private edgeWasExtracted = false;

  private setEvidence(at: number, evidenceField: number, evidenceText: string): void {
    const heap = this.edges.evidence;
    const sc = this.scanner as CsvByteScanner;
    if (!this.opts.keepEvidence) heap.put(at, '');
    else if (evidenceField >= 0 && !sc.escaped[evidenceField]) heap.putSlice(at, sc.buf, this.from(evidenceField), this.to(evidenceField));
    else heap.put(at, evidenceField >= 0 ? this.cellText(evidenceField).trim() : evidenceText);
  }

  /** Folds a statement into edge x; false when it is a repeated row, reported and skipped instead. */
  private mergeInto(x: number, s: number, o: number, date: number, si: number, place: number, counterpart: number, provenance: number, confidence: number, line: number, evidenceField: number, evidenceText: string, fromCsv: boolean): boolean {
    const e = this.edges;
    if (fromCsv && !this.mergedEdges.has(x) && e.subject[x] === s && e.object[x] === o && e.date[x] === date && e.source[x] === si) {
      this.reportRepeat(line, e.line[x] as number);
      return false;
    }
    if (fromCsv) {
      // Later repeats of this row, or of the edge's first row once the merge changes it, must still be found.
      if (!this.mergedEdges.has(x)) {
        this.mergedEdges.add(x);
        this.noteRow(e.subject[x] as number, e.object[x] as number, e.predicate[x] as number, e.date[x] as number, e.source[x] as number, e.line[x] as number);
      }
      this.noteRow(s, o, e.predicate[x] as number, date, si, line);
    }
    // Curated values win over extracted ones; provenances and sources accumulate.
    const incomingWins = provenance === 0 && e.provenance[x] === 1;
    const hasEvidence = (): boolean => (evidenceField >= 0 ? this.from(evidenceField) < this.to(evidenceField) : evidenceText !== '');
    if (incomingWins ? hasEvidence() : e.evidence.byteLength(x) === 0 && hasEvidence()) this.setEvidence(x, evidenceField, evidenceText);
    if (incomingWins ? date !== 0 : e.date[x] === 0) e.date[x] = date;
    if (incomingWins ? place >= 0 : e.place[x] === -1) e.place[x] = place;
    if (incomingWins ? counterpart >= 0 : e.counterpart[x] === -1) e.counterpart[x] = counterpart;
    if (e.provenance[x] !== provenance) e.provenance[x] = 2;
    if (e.source[x] !== si) {
      const sources = e.sources;
      e.source[x] = this.internSource(mergeList(sources[e.source[x] as number] ?? '', sources[si] ?? ''));
    }
    e.confidence[x] = Math.max(e.confidence[x] as number, confidence);
    return true;
  }

  private growEdges(n: number): void {
    const e = this.edges;
    e.subject = grow(e.subject, n, (k) => new Int32Array(k));
    e.object = grow(e.object, n, (k) => new Int32Array(k));
    e.predicate = grow(e.predicate, n, (k) => new Uint8Array(k));
    e.date = grow(e.date, n, (k) => new Int32Array(k));
    e.source = grow(e.source, n, (k) => new Int32Array(k));
    e.place = grow(e.place, n, (k) => new Int32Array(k));
    e.counterpart = grow(e.counterpart, n, (k) => new Int32Array(k));
    e.provenance = grow(e.provenance, n, (k) => new Uint8Array(k));
    e.confidence = grow(e.confidence, n, (k) => new Float64Array(k));
    e.line = grow(e.line, n, (k) => new Int32Array(k));
  }

  /** Tables were sized from a guess and grown by doubling; the result keeps only what it holds. */
  private trimTables(): void {
    const e = this.edges;
    const n = e.count;
    e.subject = e.subject.slice(0, n);
    e.object = e.object.slice(0, n);
    e.predicate = e.predicate.slice(0, n);
    e.date = e.date.slice(0, n);
    e.source = e.source.slice(0, n);
    e.place = e.place.slice(0, n);
    e.counterpart = e.counterpart.slice(0, n);
    e.provenance = e.provenance.slice(0, n);
    e.confidence = e.confidence.slice(0, n);
    e.line = e.line.slice(0, n);
    e.evidence.trim();
    const t = this.entities;
    t.types = t.types.slice(0, t.ids.length);
    t.country = t.country.slice(0, t.ids.length);
    t.text.trim();
    this.entityLines = new Int32Array(0);
  }

  /** Ends reading: reports what only the whole input shows; the result makes its graph when asked. */
  finish(): BulkBuildResult {
    if (!this.entityHeaderSeen) this.entityProblems.push(...readHeader(undefined, ENTITY_SPEC, this.opts.entitiesFile).problems);
    if (!this.tripleHeaderSeen) this.tripleProblems.push(...readHeader(undefined, TRIPLE_SPEC, this.opts.triplesFile).problems);
    this.resolveCountries();
    // Problems come from several passes; ordered by position they read like a compiler's output.
    this.entityProblems.sort(byPosition);
    this.tripleProblems.sort(byPosition);
    this.trimTables();
    // The relation index is only needed while rows arrive; the result must not keep it alive.
    this.relations = new RelationIndex(0);
    this.scanner = null;
    return new BuiltTables(this.entities, this.edges, { name: this.opts.name }, this.problems, this.rows);
  }
}

/** Reads entities then triples (each text, bytes, a File or a stream of chunks) into a compact graph. */
export async function bulkBuild(entities: CsvSource, triples: CsvSource, options: Partial<BulkBuildOptions> = {}): Promise<BulkBuildResult> {
  const builder = new BulkGraphBuilder(options);
  await scanCsv(entities, builder.entityScanner());
  await scanCsv(triples, builder.tripleScanner());
  return builder.finish();
}
