// A whole graph as columns (typed arrays, strings as UTF-8 blobs with offsets) rather than as graphology:
// what a snapshot holds and what the explorer keeps of a graph too large to draw. A million edges cost
// ~18 bytes each here, where a graphology graph of them takes ~5 s to build and ~130 bytes per edge.
// Plain data only, so columns cross a worker boundary by transferring their buffers.
import { ENTITY_TYPES, PREDICATES, type EdgeAttributes, type EntityRecord, type EntityType, type NodeAttributes, type Predicate } from '../core/types';
import { displayLabel, nodeAttributesOf } from './attributes';
import { dateText, PROVENANCE_CODES } from './bulk-tables';
import type { SearchEntity } from './search-index';

/** `count` strings: string i is bytes[offsets[i], offsets[i + 1]) as UTF-8. */
export interface StringColumn {
  offsets: Uint32Array;
  bytes: Uint8Array;
}

export interface GraphColumns {
  name: string;
  nodeCount: number;
  edgeCount: number;
  ids: StringColumn;
  labelEn: StringColumn;
  labelKk: StringColumn;
  labelRu: StringColumn;
  /** '|'-separated, as in entities.csv. */
  aliases: StringColumn;
  wikidata: StringColumn;
  /** Index into ENTITY_TYPES. */
  types: Uint8Array;
  /** x0, y0, x1, y1, … */
  xy: Float32Array;
  /** Node index of the country an entity is affiliated with, or -1. */
  country: Int32Array;
  source: Int32Array;
  target: Int32Array;
  /** Index into PREDICATES. */
  predicate: Uint8Array;
  /** Index into PROVENANCE_CODES. */
  provenance: Uint8Array;
  /** As the bulk builder's EdgeTable.date: yyyymmdd, a year alone yyyy0000, 0 for none. */
  date: Int32Array;
  /** Index into `articles` (the source article ids), or -1. */
  article: Int32Array;
  articles: StringColumn;
  /** Edge keys, when they are not simply the edge's index (a graph read from a file keeps its keys). */
  keys: StringColumn | null;
}

const decoder = new TextDecoder();

export function stringCount(c: StringColumn): number {
  return Math.max(0, c.offsets.length - 1);
}

export function stringAt(c: StringColumn, i: number): string {
  if (i < 0 || i + 1 >= c.offsets.length) return '';
  const from = c.offsets[i] as number;
  const to = c.offsets[i + 1] as number;
  return from === to ? '' : decoder.decode(c.bytes.subarray(from, to));
}

const strictDecoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Every string of a column: one decode of the whole blob and a slice per string, instead of a decoder call
 * per string (200k Kazakh labels: 0.5 s → a few tens of ms). Byte offsets become UTF-16 offsets by counting
 * the bytes that start a character (a 4-byte one is two units), exact for valid UTF-8; a blob that is not
 * valid is decoded string by string, each bad sequence becoming U+FFFD as stringAt gives it.
 */
export function allStrings(c: StringColumn): string[] {
  const count = stringCount(c);
  const out = new Array<string>(count);
  const blob = c.bytes.subarray(0, c.offsets[count] ?? 0);
  let whole: string;
  try {
    whole = strictDecoder.decode(blob);
  } catch {
    for (let i = 0; i < count; i++) out[i] = stringAt(c, i);
    return out;
  }
  if (whole.length === blob.length) {
    for (let i = 0; i < count; i++) out[i] = whole.slice(c.offsets[i] as number, c.offsets[i + 1] as number);
    return out;
  }
  let unit = 0;
  let at = 0;
  for (let i = 0; i < count; i++) {
    const start = unit;
    const end = c.offsets[i + 1] as number;
    for (; at < end; at++) {
      const b = blob[at] as number;
      if ((b & 0xc0) !== 0x80) unit += b >= 0xf0 ? 2 : 1;
    }
    out[i] = whole.slice(start, unit);
  }
  return out;
}

/** Strings → a column; `count` strings taken from `at(i)`. */
export function toStringColumn(count: number, at: (i: number) => string): StringColumn {
  const encoder = new TextEncoder();
  const offsets = new Uint32Array(count + 1);
  let bytes = new Uint8Array(Math.max(16, count * 16));
  let used = 0;
  for (let i = 0; i < count; i++) {
    const s = at(i);
    // At most 3 bytes per UTF-16 unit: grow before encoding so encodeInto never truncates.
    if (used + s.length * 3 > bytes.length) {
      const grown = new Uint8Array(Math.max(bytes.length * 2, used + s.length * 3));
      grown.set(bytes.subarray(0, used));
      bytes = grown;
    }
    used += encoder.encodeInto(s, bytes.subarray(used)).written;
    offsets[i + 1] = used;
  }
  return { offsets, bytes: bytes.slice(0, used) };
}

/** The edge key graphology uses for edge `e`. */
export function edgeKeyAt(c: GraphColumns, e: number): string {
  return c.keys ? stringAt(c.keys, e) : String(e);
}

/** Node i's attributes as the explorer and every exporter expect them (nodeAttributesOf), at its stored position. */
export function nodeAttributesAt(c: GraphColumns, i: number, idOf: (node: number) => string = (k) => stringAt(c.ids, k)): NodeAttributes {
  const country = c.country[i] ?? -1;
  const aliases = stringAt(c.aliases, i);
  const record: EntityRecord = {
    id: idOf(i),
    type: ENTITY_TYPES[c.types[i] ?? 0] as EntityType,
    label_en: stringAt(c.labelEn, i),
    label_kk: stringAt(c.labelKk, i),
    label_ru: stringAt(c.labelRu, i),
    aliases: aliases ? aliases.split('|') : [],
    country: country >= 0 ? idOf(country) : '',
    wikidata: stringAt(c.wikidata, i),
  };
  return nodeAttributesOf(record, { x: c.xy[2 * i] as number, y: c.xy[2 * i + 1] as number });
}

/** Article ids, decoded once per columns: a few hundred strings shared by a million edges. */
const articleIds = new WeakMap<StringColumn, string[]>();

/** Edge e's attributes; the columns keep no evidence, qualifiers or confidence (see snapshot.ts). */
export function edgeAttributesAt(c: GraphColumns, e: number): EdgeAttributes {
  let articles = articleIds.get(c.articles);
  if (!articles) {
    articles = allStrings(c.articles);
    articleIds.set(c.articles, articles);
  }
  return {
    predicate: PREDICATES[c.predicate[e] ?? 0] as Predicate,
    provenance: PROVENANCE_CODES[c.provenance[e] ?? 0] ?? 'curated',
    source: articles[c.article[e] ?? -1] ?? '',
    evidence: '',
    date: dateText(c.date[e] ?? 0),
    place: '',
    counterpart: '',
    confidence: 1,
    subject_mention: '',
    object_mention: '',
  };
}

/** What the index reads of a graph held as columns (graph-columns.ts): names, types and degrees only. */
export interface SearchColumns {
  ids: StringColumn;
  labelEn: StringColumn;
  labelKk: StringColumn;
  labelRu: StringColumn;
  aliases: StringColumn;
  types: Uint8Array;
  degrees: Int32Array;
}

/** The entities as the name index reads them (search-index.ts), for a search worker. */
export function searchEntitiesOfColumns(c: SearchColumns): SearchEntity[] {
  const [ids, en, kk, ru, aliases] = [c.ids, c.labelEn, c.labelKk, c.labelRu, c.aliases].map(allStrings) as [string[], string[], string[], string[], string[]];
  return ids.map((id, i) => {
    const [label_en, label_kk, label_ru] = [en[i] ?? '', kk[i] ?? '', ru[i] ?? ''];
    return { id, label: displayLabel({ id, label_en, label_kk, label_ru }), label_en, label_kk, label_ru, aliases: aliases[i] ?? '', type: ENTITY_TYPES[c.types[i] ?? 0] as EntityType, degree: c.degrees[i] ?? 0 };
  });
}
