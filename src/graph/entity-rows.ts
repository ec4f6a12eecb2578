// entities.csv rows → the entity table and the id interner triples are resolved against, with the checks
// and words of src/ingest/entities-csv.ts (entity-checks.ts), in its order. Entities are a fifth of the
// rows at most, so their cells are read as strings; their long text columns stay bytes.
import { problem } from '../core/problems';
import { ENTITY_TYPES, type EntityRecord, type EntityType } from '../core/types';
import { countryProblem, duplicateIdProblem, idProblem, NO_LABEL, typeProblem, wikidataProblem } from '../ingest/entity-checks';
import type { HeaderSpec } from '../ingest/csv-header';
import { displayLabel } from './attributes';
import { ByteInterner, type ByteInternerParts } from './byte-interner';
import { grow, type EntityTable } from './bulk-tables';
import { CsvTableReader, type Columns, type CsvReaderState } from './csv-cells';
import { TextHeap, type TextHeapParts } from './text-heap';

const ENTITY_FIELDS = ['id', 'type', 'label_en', 'label_kk', 'label_ru', 'aliases', 'country', 'wikidata'] as const;
type EntityField = (typeof ENTITY_FIELDS)[number];
const ENTITY_SPEC: HeaderSpec = { required: ENTITY_FIELDS, optional: [] };
const COUNTRY = ENTITY_TYPES.indexOf('country');

/** A catalogue as plain data (strings and typed arrays), to send to another thread. */
export interface EntityCatalogueParts {
  table: Omit<EntityTable, 'text'> & { text: TextHeapParts };
  ids: ByteInternerParts;
  lines: Int32Array;
  countryRefs: string[];
  reader: CsvReaderState;
}

/** The entities read so far, from entities.csv rows and (for extraction) records. */
export class EntityCatalogue extends CsvTableReader<EntityField> {
  table: EntityTable;
  /** Entity id bytes → entity index. */
  readonly ids: ByteInterner;
  /** Line of each entity's row, 0 for an entity added as a record. */
  private lines: Int32Array;
  /** The country cell of each entity, until resolveCountries. */
  private countryRefs: string[] = [];
  private readonly typeNames = new ByteInterner(16);

  constructor(file: string, expected: number, ids?: ByteInterner) {
    super(file, ENTITY_SPEC, ENTITY_FIELDS);
    const n = Math.max(1024, expected);
    this.ids = ids ?? new ByteInterner(n);
    this.table = { ids: [], types: new Uint8Array(n), text: new TextHeap(), labelsEn: [], labels: [], country: new Int32Array(n) };
    this.lines = new Int32Array(n);
    for (const t of ENTITY_TYPES) this.typeNames.internText(t);
  }

  /** The catalogue as plain data; the country cells that already name a country are resolved here. */
  toParts(): EntityCatalogueParts {
    this.resolveCountryCells(false);
    return { table: { ...this.table, text: this.table.text.toParts() }, ids: this.ids.toParts(), lines: this.lines, countryRefs: this.countryRefs, reader: this.readerState() };
  }

  /** A catalogue read elsewhere (a worker), to go on with: records, countries, lookups. */
  static fromParts(file: string, p: EntityCatalogueParts): EntityCatalogue {
    const catalogue = new EntityCatalogue(file, 0, ByteInterner.fromParts(p.ids));
    catalogue.table = { ...p.table, text: TextHeap.fromParts(p.table.text) };
    catalogue.lines = p.lines;
    catalogue.countryRefs = p.countryRefs;
    catalogue.restoreReaderState(p.reader);
    return catalogue;
  }

  get size(): number {
    return this.table.ids.length;
  }

  /** Index of the entity `id`, or -1. */
  find(id: string): number {
    return this.ids.findText(id);
  }

  protected dataRow(line: number, c: Columns<EntityField>): void {
    const cells = this.cells;
    const at = this.problemAt(line);
    let usable = true;
    const id = cells.trimmed(c.id);
    const badId = idProblem(id);
    if (badId) {
      at('id', badId);
      usable = false;
    }
    const sc = cells.scanner;
    let typeIndex = cells.escaped(c.type) ? -1 : this.typeNames.find(sc.buf, cells.from(c.type), cells.to(c.type));
    if (typeIndex < 0) {
      const type = cells.trimmed(c.type);
      typeIndex = ENTITY_TYPES.indexOf(type as EntityType);
      if (typeIndex < 0) {
        at('type', typeProblem(type));
        usable = false;
      }
    }
    const labelEn = cells.trimmed(c.label_en);
    const hasKk = cells.filled(c.label_kk);
    const hasRu = cells.filled(c.label_ru);
    if (!labelEn && !hasKk && !hasRu) {
      at('label_en', NO_LABEL);
      usable = false;
    }
    let wikidata = cells.filled(c.wikidata) ? cells.trimmed(c.wikidata) : '';
    const badWikidata = wikidataProblem(wikidata);
    if (badWikidata) {
      at('wikidata', badWikidata);
      wikidata = '';
    }
    if (!usable) return;
    const index = this.ids.intern(sc.buf, cells.from(c.id), cells.to(c.id));
    if (index < this.size) {
      at('id', duplicateIdProblem(id, this.lines[index] as number));
      return;
    }
    const labelKk = hasKk ? cells.trimmed(c.label_kk) : '';
    const labelRu = !labelEn && !hasKk && hasRu ? cells.trimmed(c.label_ru) : '';
    this.store(index, id, typeIndex, labelEn, displayLabel({ id, label_en: labelEn, label_kk: labelKk, label_ru: labelRu }), line);
    const t = this.table.text;
    for (const f of [c.label_kk, c.label_ru, c.aliases]) {
      if (cells.escaped(f)) t.add(cells.trimmed(f));
      else t.addSlice(sc.buf, cells.from(f), cells.to(f));
    }
    t.add(wikidata);
    this.countryRefs[index] = cells.filled(c.country) ? cells.trimmed(c.country) : '';
  }

  /** One bound reporter re-aimed at each row: a closure per row would be an allocation per row. */
  private problemAt(line: number): (name: string, message: string) => void {
    this.problemLine = line;
    return this.reportProblem;
  }

  private problemLine = 0;
  private readonly reportProblem = (name: string, message: string): void => {
    this.problems.push(problem(this.file, this.problemLine, this.columnOf(name), message, name));
  };

  private store(index: number, id: string, typeIndex: number, labelEn: string, label: string, line: number): void {
    const e = this.table;
    e.ids.push(id);
    e.types = grow(e.types, index + 1, (n) => new Uint8Array(n));
    e.types[index] = typeIndex;
    e.country = grow(e.country, index + 1, (n) => new Int32Array(n));
    e.country[index] = -1;
    this.lines = grow(this.lines, index + 1, (n) => new Int32Array(n));
    this.lines[index] = line;
    e.labelsEn.push(labelEn);
    e.labels.push(label);
  }

  /** An entity that is not in entities.csv (found by extraction); ignored when the id is known. */
  addRecord(r: EntityRecord): void {
    if (this.find(r.id) >= 0) return;
    const index = this.ids.internText(r.id);
    this.store(index, r.id, ENTITY_TYPES.indexOf(r.type), r.label_en, displayLabel(r), 0);
    for (const v of [r.label_kk, r.label_ru, r.aliases.join('|'), r.wikidata]) this.table.text.add(v);
    this.countryRefs[index] = r.country;
  }

  /**
   * Countries may be defined after the entities that name them, and extraction may add them, so they
   * are resolved once all entities are in. Only catalogue rows are checked, as the regular loader
   * checks them; extracted ones keep quiet.
   */
  resolveCountries(): void {
    this.resolveCountryCells(true);
    this.countryRefs = [];
  }

  /**
   * Points each country cell that names a country at it (entities are only ever added, so that is
   * final), and reports the others or keeps them for later.
   */
  private resolveCountryCells(report: boolean): void {
    const e = this.table;
    let countryIds: string[] | null = null;
    this.countryRefs.forEach((ref, i) => {
      if (!ref) return;
      const target = this.find(ref);
      const type = target >= 0 ? ENTITY_TYPES[e.types[target] as number] : undefined;
      if (type === 'country') {
        e.country[i] = target;
        this.countryRefs[i] = '';
        return;
      }
      const line = this.lines[i] as number;
      if (!report || line === 0) return;
      countryIds ??= e.ids.filter((_id, j) => e.types[j] === COUNTRY);
      this.problems.push(problem(this.file, line, this.columnOf('country'), countryProblem(ref, type ?? null, countryIds), 'country'));
    });
  }

  /** Ends reading: reports an empty file, resolves countries, gives back unused capacity. */
  finish(): void {
    this.endOfFile();
    this.resolveCountries();
    const t = this.table;
    t.types = t.types.slice(0, this.size);
    t.country = t.country.slice(0, this.size);
    t.text.trim();
    this.lines = new Int32Array(0);
  }
}
