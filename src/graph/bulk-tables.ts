// The bulk builder's model of a graph: entities and edges as columns (typed arrays, UTF-8 text heaps),
// and the accessors that turn a row back into the records the rest of the project speaks.
import { ENTITY_TYPES, PREDICATES, type EntityRecord, type EntityType, type Predicate, type TripleRecord } from '../core/types';
import { TextHeap } from './text-heap';

/** Provenance of an edge, as mergeList writes a merged one. */
export const PROVENANCE_CODES = ['curated', 'extracted', 'curated|extracted'] as const;

/** Entity columns; entity i is graph node `ids[i]`. */
export interface EntityTable {
  ids: string[];
  types: Uint8Array;
  /** label_kk, label_ru, aliases, wikidata of entity i at 4i … 4i+3. */
  text: TextHeap;
  labelsEn: string[];
  /** The label shown for entity i (displayLabel: label_en, else label_kk, label_ru, id). */
  labels: string[];
  /** Entity index of the country an entity is affiliated with, or -1. */
  country: Int32Array;
}

/** Edge columns; edge key `String(i)` is row i of every column. */
export interface EdgeTable {
  count: number;
  subject: Int32Array;
  object: Int32Array;
  predicate: Uint8Array;
  /** yyyymmdd; a year alone is yyyy0000, a month yyyymm00; 0 for no date. */
  date: Int32Array;
  /** Index into `sources`. */
  source: Int32Array;
  place: Int32Array;
  counterpart: Int32Array;
  /** Index into PROVENANCE_CODES. */
  provenance: Uint8Array;
  /** Float64: extracted confidences (0.85) must come back exactly as they went in. */
  confidence: Float64Array;
  /** Words of the evidence naming subject and object, for the few edges that have them (extracted). */
  mentions: Map<number, readonly [string, string]>;
  /** 1-based line of the row in triples.csv (the first row, for a merged relation). */
  line: Int32Array;
  evidence: TextHeap;
  /** Article ids, and '|'-joined lists of them for merged relations, interned. */
  sources: string[];
}

/** `a` when it holds `need` elements, else a copy at least twice as long. */
export function grow<T extends Int32Array | Uint8Array | Float64Array>(a: T, need: number, make: (n: number) => T): T {
  if (need <= a.length) return a;
  const b = make(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/** Makes room for `n` rows in every column of an edge table. */
export function growEdgeTable(e: EdgeTable, n: number): void {
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

/** Tables are sized from a guess and grown by doubling; this keeps only the `count` rows they hold. */
export function trimEdgeTable(e: EdgeTable): void {
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
}

/** An empty edge table with room for `n` rows. */
export function emptyEdgeTable(n: number): EdgeTable {
  return {
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
}

/** dateCode of the bytes b[from, to), without making a string. */
export function dateCodeBytes(b: Uint8Array, from: number, to: number): number {
  const n = to - from;
  if (n === 0) return 0;
  if (n !== 4 && n !== 7 && n !== 10) return -1;
  let digits = 0;
  for (let k = from; k < to; k++) {
    const c = b[k] as number;
    const at = k - from;
    if (at === 4 || at === 7) {
      if (c !== 45) return -1;
    } else if (c < 48 || c > 57) return -1;
    else digits = digits * 10 + (c - 48);
  }
  const year = n === 4 ? digits : n === 7 ? Math.floor(digits / 100) : Math.floor(digits / 10000);
  const month = n === 4 ? 0 : n === 7 ? digits % 100 : Math.floor(digits / 100) % 100;
  const day = n === 10 ? digits % 100 : 0;
  if (n === 4) return year * 10000;
  if (month < 1 || month > 12) return -1;
  if (n === 7) return year * 10000 + month * 100;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  if (day < 1 || day > days) return -1;
  return year * 10000 + month * 100 + day;
}

const encoder = new TextEncoder();

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' → yyyymmdd (0 for ''), or -1 when it is not a real date. */
export function dateCode(s: string): number {
  // Any character other than a digit or '-' fails, so its UTF-8 form is as good as the text.
  const b = encoder.encode(s);
  return dateCodeBytes(b, 0, b.length);
}

export function dateText(code: number): string {
  if (code <= 0) return '';
  const y = String(Math.floor(code / 10000)).padStart(4, '0');
  const m = Math.floor(code / 100) % 100;
  const d = code % 100;
  return m === 0 ? y : d === 0 ? `${y}-${String(m).padStart(2, '0')}` : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Entity i as a record (for a details panel or an export). */
export function entityRecordAt(t: EntityTable, i: number): EntityRecord {
  const text = (k: number): string => t.text.get(i * 4 + k);
  const country = t.country[i] ?? -1;
  return {
    id: t.ids[i] ?? '',
    type: ENTITY_TYPES[t.types[i] ?? 0] as EntityType,
    label_en: t.labelsEn[i] ?? '',
    label_kk: text(0),
    label_ru: text(1),
    aliases: text(2)
      .split('|')
      .map((a) => a.trim())
      .filter(Boolean),
    country: country >= 0 ? (t.ids[country] ?? '') : '',
    wikidata: text(3),
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
