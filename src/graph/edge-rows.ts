// Triple rows (triple-rows.ts) + the entity table → edges: one pass over the row columns in file order,
// rewriting them in place into the edge table (edge i is written at i ≤ the row being read). Each id
// the rows name is looked up in the entity table once; then a row costs a few array reads, the
// predicate's type check and one probe of the relation index.
//
// It checks what the regular loader (src/ingest/triples-csv.ts) checks, with the same messages and
// file:line:column: a row that fails a fast check is read again as strings by the same rules, so only
// bad rows pay for the detailed report. A repeated relation folds into one edge as buildGraph's
// mergeEdge folds it. Extracted triples come in as records after the rows, as buildGraph adds them.
import { problem } from '../core/problems';
import { ENTITY_TYPES, PREDICATES, type EntityType, type Predicate, type Problem, type TripleRecord } from '../core/types';
import { isPredicate, typeMismatch, VOCABULARY } from '../core/vocabulary';
import { didYouMean } from '../ingest/closest-match';
import { DATE_EXPECTED, isPartialDate } from '../ingest/date-value';
import { mergeList } from './attributes';
import { dateCode, dateText, growEdgeTable, trimEdgeTable, type EdgeTable } from './bulk-tables';
import type { EntityCatalogue } from './entity-rows';
import { RelationIndex } from './relation-index';
import { CAPTURED, EVIDENCE_FILLED, EVIDENCE_TEXT, TRIPLE_FIELDS, type SourceIds, type TripleField, type TripleRows } from './triple-rows';

const SYMMETRIC = Uint8Array.from(PREDICATES, (p) => (VOCABULARY[p].symmetric ? 1 : 0));
/** Relation key = (a × 2^24 + b) × 32 + predicate: exact in a double while ids stay below 2^24. */
const END_SPAN = 2 ** 24;

/** allowed[p * 16 + t]: bit 1 subject type fits, bit 2 object type fits. */
const ALLOWED = ((): Uint8Array => {
  const a = new Uint8Array(PREDICATES.length * 16);
  PREDICATES.forEach((p, pi) => ENTITY_TYPES.forEach((t, ti) => (a[pi * 16 + ti] = (VOCABULARY[p].subject.includes(t) ? 1 : 0) | (VOCABULARY[p].object.includes(t) ? 2 : 0))));
  return a;
})();

function typesFit(p: number, subjectType: number, objectType: number): boolean {
  return ((ALLOWED[p * 16 + subjectType] as number) & 1) !== 0 && ((ALLOWED[p * 16 + objectType] as number) & 2) !== 0;
}

/** Stands for evidence that was not kept (keepEvidence off): the checks only ask whether there was any. */
const UNKEPT_EVIDENCE = '…';

/** Trimmed cells of a row, in TRIPLE_FIELDS order. */
type RowCells = readonly string[];
const cellOf = (cells: RowCells, column: TripleField): string => cells[TRIPLE_FIELDS.indexOf(column)] ?? '';

export interface EdgeRowOptions {
  file: string;
  keepEvidence: boolean;
  /** Above this many entities an unknown id is reported without a "did you mean" (see BulkBuildOptions). */
  suggestUpTo: number;
}

export class EdgeRows {
  /** Problems of triples.csv, in the order found (sorted by the caller). */
  readonly problems: Problem[];
  private readonly edges: EdgeTable;
  private readonly flags: Uint8Array;
  private readonly sources: SourceIds;
  private relations: RelationIndex;

  constructor(
    private readonly rows: TripleRows,
    private readonly entities: EntityCatalogue,
    private readonly opts: EdgeRowOptions,
  ) {
    this.problems = rows.problems;
    this.edges = rows.table;
    this.flags = rows.flags;
    this.sources = rows.sources;
    this.relations = new RelationIndex(rows.table.count);
    this.resolveRows();
  }

  private columnOf(name: string): number {
    return (this.rows.header?.index.get(name) ?? -1) + 1;
  }

  private resolveRows(): void {
    const e = this.edges;
    const rowCount = e.count;
    const entityOf = this.rows.ends.indexIn(this.entities.ids);
    const types = this.entities.table.types;
    e.count = 0;
    for (let k = 0; k < rowCount; k++) {
      const line = e.line[k] as number;
      if ((this.flags[k] as number) & CAPTURED) {
        this.slowRow(line, this.rows.captured.get(k) ?? []);
        continue;
      }
      const ls = e.subject[k] as number;
      const lo = e.object[k] as number;
      const lp = e.place[k] as number;
      const lc = e.counterpart[k] as number;
      const s = entityOf[ls] as number;
      const o = entityOf[lo] as number;
      const place = lp < 0 ? -1 : (entityOf[lp] as number);
      const counterpart = lc < 0 ? -1 : (entityOf[lc] as number);
      const p = e.predicate[k] as number;
      if (s < 0 || o < 0 || (lp >= 0 && place < 0) || (lc >= 0 && counterpart < 0) || !typesFit(p, types[s] as number, types[o] as number)) {
        this.slowRow(line, this.rowCells(k));
        continue;
      }
      this.insertEdge(s, o, p, e.date[k] as number, e.source[k] as number, place, counterpart, e.provenance[k] as number, e.confidence[k] as number, line, k, '', true);
    }
    e.evidence.truncate(e.count);
    this.rows.captured.clear();
  }

  /** Row k's cells as the regular loader would read them (only rows that passed the checks needing no entity). */
  private rowCells(k: number): RowCells {
    const e = this.edges;
    const end = (i: number): string => (i < 0 ? '' : this.rows.ends.text(i).trim());
    const confidence = e.confidence[k] as number;
    const flags = this.flags[k] as number;
    const evidence = this.opts.keepEvidence ? e.evidence.get(k).trim() : flags & EVIDENCE_TEXT ? UNKEPT_EVIDENCE : '';
    const cells: Record<TripleField, string> = {
      subject: end(e.subject[k] as number),
      predicate: PREDICATES[e.predicate[k] as number] as string,
      object: end(e.object[k] as number),
      date: dateText(e.date[k] as number),
      source: (e.sources[e.source[k] as number] ?? '').trim(),
      evidence,
      place: end(e.place[k] as number),
      counterpart: end(e.counterpart[k] as number),
      provenance: e.provenance[k] === 1 ? 'extracted' : '',
      confidence: confidence === 1 ? '' : String(confidence),
    };
    return TRIPLE_FIELDS.map((name) => cells[name]);
  }

  /**
   * A row the fast checks did not pass. As src/ingest/triples-csv.ts does, a repeat of an earlier row
   * (same subject, predicate, object, date and source cells) is reported as such before its cells are
   * checked, so a repeated bad row points back to its first copy.
   */
  private slowRow(line: number, cells: RowCells): void {
    const key = (['subject', 'predicate', 'object', 'date', 'source'] as const).map((c) => cellOf(cells, c)).join('\u0000');
    const s = this.entities.find(cellOf(cells, 'subject'));
    const o = this.entities.find(cellOf(cells, 'object'));
    const p = PREDICATES.indexOf(cellOf(cells, 'predicate') as Predicate);
    const date = dateCode(cellOf(cells, 'date'));
    const si = this.sources.intern(cellOf(cells, 'source'));
    const resolved = s >= 0 && o >= 0 && p >= 0 && date >= 0;
    const earlier = this.slowRows.get(key) ?? (resolved ? this.firstLineOf(s, o, p, date, si) : -1);
    if (earlier >= 0) {
      this.reportRepeat(line, earlier);
      return;
    }
    this.slowRows.set(key, line);
    const record = this.diagnose(line, cells);
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
    this.problems.push(problem(this.opts.file, line, this.columnOf('subject'), `duplicate row: same subject, predicate, object, date and source as line ${earlier}; expected each statement once; the row is skipped`, 'subject'));
  }

  /**
   * A row read as strings by the rules and words of src/ingest/triples-csv.ts: every problem is reported,
   * and the row comes back as a record when it has none (a fast check can fail on a valid row, e.g. an id
   * padded with a non-breaking space).
   */
  private diagnose(line: number, cells: RowCells): TripleRecord | null {
    const file = this.opts.file;
    let ok = true;
    const report = (column: string, message: string): void => {
      this.problems.push(problem(file, line, this.columnOf(column), `${message}; the row is skipped`, column));
      ok = false;
    };
    const get = (column: TripleField): string => cellOf(cells, column);
    const ids = this.entities.table.ids;
    const suggest = (value: string): string => (ids.length <= this.opts.suggestUpTo ? didYouMean(value, ids) : '');
    const entity = (value: string, column: string): number => {
      const i = this.entities.find(value);
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
      const types = this.entities.table.types;
      const st = ENTITY_TYPES[types[s] as number] as EntityType;
      const ot = ENTITY_TYPES[types[o] as number] as EntityType;
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
    const s = this.entities.find(t.subject);
    const o = this.entities.find(t.object);
    const p = PREDICATES.indexOf(t.predicate);
    if (s < 0 || o < 0 || p < 0) return false;
    const date = dateCode(t.date);
    const place = t.place ? this.entities.find(t.place) : -1;
    const counterpart = t.counterpart ? this.entities.find(t.counterpart) : -1;
    const provenance = t.provenance === 'extracted' ? 1 : 0;
    const x = this.insertEdge(s, o, p, Math.max(0, date), this.sources.intern(t.source), place, counterpart, provenance, t.confidence, line, -1, t.evidence, fromCsv);
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
   * ends); a second statement of it folds in as mergeEdge folds it. `evidenceRow` ≥ 0 takes the
   * evidence of that row, else `evidenceText`.
   */
  private insertEdge(s: number, o: number, p: number, date: number, si: number, place: number, counterpart: number, provenance: number, confidence: number, line: number, evidenceRow: number, evidenceText: string, fromCsv: boolean): number {
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
      return this.mergeInto(x, s, o, date, si, place, counterpart, provenance, confidence, line, evidenceRow, evidenceText, fromCsv) ? x : -1;
    }
    if (e.count === e.subject.length) growEdgeTable(e, e.count + 1);
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
    this.setEvidence(i, evidenceRow, evidenceText);
    return e.count++;
  }

  /** Whether the last statement was folded into an existing edge, which had only extracted support. */
  private merged = false;
  private edgeWasExtracted = false;

  private setEvidence(at: number, evidenceRow: number, evidenceText: string): void {
    const heap = this.edges.evidence;
    if (!this.opts.keepEvidence) heap.put(at, '');
    else if (evidenceRow >= 0) heap.alias(at, evidenceRow);
    else heap.put(at, evidenceText);
  }

  /** Folds a statement into edge x; false when it is a repeated row, reported and skipped instead. */
  private mergeInto(x: number, s: number, o: number, date: number, si: number, place: number, counterpart: number, provenance: number, confidence: number, line: number, evidenceRow: number, evidenceText: string, fromCsv: boolean): boolean {
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
    const hasEvidence = evidenceRow >= 0 ? ((this.flags[evidenceRow] as number) & EVIDENCE_FILLED) !== 0 : evidenceText !== '';
    if (incomingWins ? hasEvidence : e.evidence.byteLength(x) === 0 && hasEvidence) this.setEvidence(x, evidenceRow, evidenceText);
    if (incomingWins ? date !== 0 : e.date[x] === 0) e.date[x] = date;
    if (incomingWins ? place >= 0 : e.place[x] === -1) e.place[x] = place;
    if (incomingWins ? counterpart >= 0 : e.counterpart[x] === -1) e.counterpart[x] = counterpart;
    if (e.provenance[x] !== provenance) e.provenance[x] = 2;
    if (e.source[x] !== si) {
      const sources = e.sources;
      e.source[x] = this.sources.intern(mergeList(sources[e.source[x] as number] ?? '', sources[si] ?? ''));
    }
    e.confidence[x] = Math.max(e.confidence[x] as number, confidence);
    return true;
  }

  /** The edge table, holding only what it uses; the relation index is let go (rows may no longer arrive). */
  finish(): EdgeTable {
    trimEdgeTable(this.edges);
    this.relations = new RelationIndex(0);
    return this.edges;
  }
}
