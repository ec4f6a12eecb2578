// The fast path from graph-data CSVs to a graph, for files too large to hold as one string. The bytes are
// scanned once (csv-scanner.ts) and never decoded as a whole: ids are interned straight from the bytes
// (byte-interner.ts), dates are parsed from digits, evidence is copied as UTF-8 into shared buffers
// (text-heap.ts), and every value lands in typed-array columns (bulk-tables.ts). A row makes no JS
// object, so a million rows leave no garbage to collect; the graphology graph is made from the columns
// only when asked for (compact-graph.ts).
//
// Each file has its reader: entity-rows.ts for entities.csv, triple-rows.ts for triples.csv (which needs
// no entity, so both can be read at once), then edge-rows.ts resolves the triple rows against the
// entities. They check what the regular loader (src/ingest) checks, with the same messages and
// file:line:column.
import type { EntityRecord, GraphAttributes, Problem, TripleRecord } from '../core/types';
import type { EdgeTable, EntityTable } from './bulk-tables';
import { compactGraphOf, type BulkTables, type CompactGraph } from './compact-graph';
import { scanCsv, type CsvByteScanner, type CsvSource } from './csv-scanner';
import { EdgeRows } from './edge-rows';
import { EntityCatalogue, type EntityCatalogueParts } from './entity-rows';
import { TripleRowReader, type TripleRowOptions, type TripleRowParts } from './triple-rows';

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

const byPosition = (a: Problem, b: Problem): number => a.line - b.line || a.column - b.column;

/**
 * CSV bytes (and, for extraction, records) → tables. entities.csv and triples.csv may be read in either
 * order or at once, triples.csv in two parts (see adoptEntities, appendTripleRows); triples are checked
 * against entities once both are in.
 */
export class BulkGraphBuilder {
  private readonly opts: BulkBuildOptions;
  private entities: EntityCatalogue;
  private readonly triples: TripleRowReader;
  private edges: EdgeRows | null = null;
  /** Problems of whatever is added as records (extraction), reported after the files'. */
  readonly otherProblems: Problem[] = [];

  constructor(options: Partial<BulkBuildOptions> = {}) {
    this.opts = { ...DEFAULTS, ...options };
    this.entities = new EntityCatalogue(this.opts.entitiesFile, this.opts.expectedEntities);
    this.triples = new TripleRowReader(this.tripleOptions);
  }

  /** How entities.csv is to be read, for a catalogue read elsewhere (adoptEntities). */
  get entityOptions(): { file: string; expected: number } {
    return { file: this.opts.entitiesFile, expected: this.opts.expectedEntities };
  }

  /** Takes the entities as read elsewhere (a worker) instead of through entityScanner. */
  adoptEntities(parts: EntityCatalogueParts): void {
    this.entities = EntityCatalogue.fromParts(this.opts.entitiesFile, parts);
  }

  /** How triples.csv is to be read, for a part of it read elsewhere (appendTripleRows). */
  get tripleOptions(): TripleRowOptions {
    return { file: this.opts.triplesFile, expectedRows: this.opts.expectedTriples, expectedIds: this.opts.expectedEntities, keepEvidence: this.opts.keepEvidence };
  }

  /**
   * Takes the rows of the rest of triples.csv, read elsewhere from where tripleScanner's bytes ended (at
   * the end of a row) on; the scanner gets no more bytes.
   */
  appendTripleRows(part: TripleRowParts): void {
    this.triples.appendPart(part, this.triples.scanner.nextLine - 1);
  }

  /** A scanner that feeds entities.csv rows to this builder. */
  entityScanner(): CsvByteScanner {
    return this.entities.scanner;
  }

  /** A scanner that feeds triples.csv rows to this builder. */
  tripleScanner(): CsvByteScanner {
    return this.triples.scanner;
  }

  /** The entities read so far (for a catalogue to extract against before `finish`). */
  get entityTable(): Readonly<EntityTable> {
    return this.entities.table;
  }

  hasEntity(id: string): boolean {
    return this.entities.find(id) >= 0;
  }

  /**
   * The edges of the rows read: the triple rows resolved against the entities, once. Before anything
   * else is added, so that an entity found by extraction does not make a row valid that was not.
   */
  private resolved(): EdgeRows {
    this.edges ??= new EdgeRows(this.triples.finish(), this.entities, { file: this.opts.triplesFile, keepEvidence: this.opts.keepEvidence, suggestUpTo: this.opts.suggestUpTo });
    return this.edges;
  }

  /** An entity that is not in entities.csv (found by extraction); ignored when the id is known. */
  addEntityRecord(r: EntityRecord): void {
    this.resolved();
    this.entities.addRecord(r);
  }

  /** A triple given as a record (extraction), after every row; false when an end is not an entity. */
  addRecord(t: TripleRecord): boolean {
    return this.resolved().addRecord(t);
  }

  /** Ends reading: reports what only the whole input shows; the result makes its graph when asked. */
  finish(): BulkBuildResult {
    const edges = this.resolved();
    this.entities.finish();
    // Problems come from several passes; ordered by position they read like a compiler's output.
    const problems = [...this.entities.problems.sort(byPosition), ...edges.problems.sort(byPosition), ...this.otherProblems];
    return new BuiltTables(this.entities.table, edges.finish(), { name: this.opts.name }, problems, this.triples.rows);
  }
}

/** Reads entities then triples (each text, bytes, a File or a stream of chunks) into tables. */
export async function bulkBuild(entities: CsvSource, triples: CsvSource, options: Partial<BulkBuildOptions> = {}): Promise<BulkBuildResult> {
  const builder = new BulkGraphBuilder(options);
  await scanCsv(entities, builder.entityScanner());
  await scanCsv(triples, builder.tripleScanner());
  return builder.finish();
}
