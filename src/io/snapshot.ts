// A compact binary snapshot of a graph for the explorer to load at sizes where JSON is too slow
// (1M edges: JSON.parse 9.3 s + import 10.9 s measured). Columnar (graph-columns.ts): reading one is a
// bounds check and typed views on the bytes, so a graph too large for graphology can still be opened, and
// decodeSnapshot builds graphology from it when the graph is small enough.
//
// Layout (little-endian): "KGS2", u32 header length, header JSON ({name, nodes, edges, articles,
// sections: [{name, offset, bytes}]}), padding to 4, then the sections, each at a 4-byte aligned offset
// from there. A string column is u32 offsets (count + 1) then the UTF-8 blob. Node sections: ids, labelEn,
// labelKk, labelRu, aliases, wikidata (strings), types (u8), xy (f32 pairs), country (i32, -1 for none).
// Edge sections: source, target (u32 node index), predicate, provenance (u8), date (i32 yyyymmdd), article
// (i32 into the `articles` strings, -1 for none), and keys (strings) only when keys are not 0…edges-1.
// Evidence, qualifiers and confidence are not kept: at a million edges they would be most of the bytes.
import { MultiDirectedGraph } from 'graphology';
import { ENTITY_TYPES, PREDICATES, type EntityType, type GraphAttributes, type NodeAttributes, type Predicate } from '../core/types';
import { seededPosition } from '../graph/attributes';
import { dateCode, entityRecordAt, PROVENANCE_CODES, type EdgeTable, type EntityTable } from '../graph/bulk-tables';
import { addEdgesBySource, type CompactEdgeAttributes, type CompactGraph, type CompactNodeAttributes } from '../graph/compact-graph';
import { allStrings, stringAt, toStringColumn, type GraphColumns, type StringColumn } from '../graph/graph-columns';

export const SNAPSHOT_MAGIC = 'KGS2';
/** The file extension the explorer opens snapshots by. */
export const SNAPSHOT_EXTENSION = '.kgs';
/** A header longer than this is not one of ours (it lists a dozen sections). */
const MAX_HEADER_BYTES = 64 * 1024;
/** Node and edge indices are stored as u32 and read as i32. */
const MAX_COUNT = 2 ** 31 - 1;

interface SectionEntry {
  name: string;
  offset: number;
  bytes: number;
}

interface Header {
  name: string;
  nodes: number;
  edges: number;
  articles: number;
  sections: SectionEntry[];
}

const STRING_SECTIONS = ['ids', 'labelEn', 'labelKk', 'labelRu', 'aliases', 'wikidata'] as const;
const SECTION_NAMES = [...STRING_SECTIONS, 'types', 'xy', 'country', 'source', 'target', 'predicate', 'provenance', 'date', 'article', 'articles', 'keys'] as const;
type SectionName = (typeof SECTION_NAMES)[number];

/** What a snapshot needs of a graph: label, type, x, y on nodes and predicate on edges; the rest if present. */
export type SnapshotSource = MultiDirectedGraph<{ label?: string; type: EntityType; x: number; y: number }, { predicate: Predicate }, Partial<GraphAttributes>>;

/** Interns strings in order of first appearance. */
function interner(): { index(s: string): number; values: string[] } {
  const seen = new Map<string, number>();
  const values: string[] = [];
  return {
    values,
    index(s) {
      let i = seen.get(s);
      if (i === undefined) {
        i = values.length;
        seen.set(s, i);
        values.push(s);
      }
      return i;
    },
  };
}

const provenanceCode = (p: unknown): number => Math.max(0, PROVENANCE_CODES.indexOf(p as (typeof PROVENANCE_CODES)[number]));

/** Columns of a graphology graph (any attributes beyond the required ones are read when present). */
export function graphColumns(graph: SnapshotSource): GraphColumns {
  const nodes = graph.nodes();
  const n = nodes.length;
  const index = new Map(nodes.map((id, i) => [id, i]));
  const attrs = nodes.map((id) => graph.getNodeAttributes(id) as Partial<NodeAttributes> & { type: EntityType; x: number; y: number });
  const text = (pick: (a: Partial<NodeAttributes>, i: number) => string | undefined) => toStringColumn(n, (i) => pick(attrs[i] as Partial<NodeAttributes>, i) ?? '');
  const m = graph.size;
  const edges = { source: new Int32Array(m), target: new Int32Array(m), predicate: new Uint8Array(m), provenance: new Uint8Array(m), date: new Int32Array(m), article: new Int32Array(m) };
  const articles = interner();
  const keys: string[] = [];
  let j = 0;
  graph.forEachEdge((key, a, s, t) => {
    const more = a as Partial<Record<'provenance' | 'date' | 'source', unknown>>;
    edges.source[j] = index.get(s) as number;
    edges.target[j] = index.get(t) as number;
    edges.predicate[j] = Math.max(0, PREDICATES.indexOf(a.predicate));
    edges.provenance[j] = provenanceCode(more.provenance);
    edges.date[j] = Math.max(0, dateCode(typeof more.date === 'string' ? more.date : ''));
    edges.article[j] = typeof more.source === 'string' && more.source ? articles.index(more.source) : -1;
    keys.push(key);
    j++;
  });
  return {
    name: graph.getAttribute('name') ?? 'knowledge graph',
    nodeCount: n,
    edgeCount: m,
    ids: toStringColumn(n, (i) => nodes[i] as string),
    // A graph with only a display label keeps it as the English one, which the display label falls back from.
    labelEn: text((a, i) => a.label_en ?? a.label ?? nodes[i]),
    labelKk: text((a) => a.label_kk),
    labelRu: text((a) => a.label_ru),
    aliases: text((a) => a.aliases),
    wikidata: text((a) => a.wikidata),
    types: Uint8Array.from(attrs, (a) => Math.max(0, ENTITY_TYPES.indexOf(a.type))),
    xy: Float32Array.from({ length: 2 * n }, (_, k) => (k % 2 === 0 ? attrs[k >> 1]?.x : attrs[k >> 1]?.y) ?? 0),
    country: Int32Array.from(attrs, (a) => (a.country ? (index.get(a.country) ?? -1) : -1)),
    ...edges,
    articles: toStringColumn(articles.values.length, (i) => articles.values[i] as string),
    // Keys that are just the edge's position (the fast path's row numbers) are not stored.
    keys: keys.every((k, i) => k === String(i)) ? null : toStringColumn(m, (i) => keys[i] as string),
  };
}

/**
 * Columns straight from the bulk builder's tables, for graphs too large to hold as graphology: edge i of
 * the table is edge i of the snapshot (key String(i)), positions are the seeded ones the builder uses.
 */
export function tableColumns(entities: EntityTable, edges: EdgeTable, name = 'knowledge graph'): GraphColumns {
  const n = entities.ids.length;
  const m = edges.count;
  const records = Array.from({ length: n }, (_, i) => entityRecordAt(entities, i));
  const xy = new Float32Array(2 * n);
  for (let i = 0; i < n; i++) {
    const p = seededPosition(entities.ids[i] as string);
    xy[2 * i] = p.x;
    xy[2 * i + 1] = p.y;
  }
  const text = (pick: (i: number) => string) => toStringColumn(n, pick);
  const sourceCount = edges.sources.length;
  return {
    name,
    nodeCount: n,
    edgeCount: m,
    ids: text((i) => entities.ids[i] as string),
    labelEn: text((i) => records[i]?.label_en ?? ''),
    labelKk: text((i) => records[i]?.label_kk ?? ''),
    labelRu: text((i) => records[i]?.label_ru ?? ''),
    aliases: text((i) => records[i]?.aliases.join('|') ?? ''),
    wikidata: text((i) => records[i]?.wikidata ?? ''),
    types: entities.types.slice(0, n),
    xy,
    country: entities.country.slice(0, n),
    source: edges.subject.slice(0, m),
    target: edges.object.slice(0, m),
    predicate: edges.predicate.slice(0, m),
    provenance: edges.provenance.slice(0, m),
    date: edges.date.slice(0, m),
    // The builder's "no source" is an index past its table or an empty string; both are -1 here.
    article: Int32Array.from(edges.source.subarray(0, m), (s) => (s >= 0 && s < sourceCount && edges.sources[s] ? s : -1)),
    articles: toStringColumn(sourceCount, (i) => edges.sources[i] ?? ''),
    keys: null,
  };
}

const bytesOf = (a: ArrayBufferView): Uint8Array => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

function stringSection(c: StringColumn): Uint8Array {
  const out = new Uint8Array(c.offsets.byteLength + c.bytes.byteLength);
  out.set(bytesOf(c.offsets), 0);
  out.set(c.bytes, c.offsets.byteLength);
  return out;
}

/** Columns → snapshot bytes. */
export function writeSnapshot(c: GraphColumns): Uint8Array {
  const sections: [SectionName, Uint8Array][] = [
    ['ids', stringSection(c.ids)],
    ['labelEn', stringSection(c.labelEn)],
    ['labelKk', stringSection(c.labelKk)],
    ['labelRu', stringSection(c.labelRu)],
    ['aliases', stringSection(c.aliases)],
    ['wikidata', stringSection(c.wikidata)],
    ['types', c.types],
    ['xy', bytesOf(c.xy)],
    ['country', bytesOf(c.country)],
    ['source', bytesOf(c.source)],
    ['target', bytesOf(c.target)],
    ['predicate', c.predicate],
    ['provenance', c.provenance],
    ['date', bytesOf(c.date)],
    ['article', bytesOf(c.article)],
    ['articles', stringSection(c.articles)],
  ];
  if (c.keys) sections.push(['keys', stringSection(c.keys)]);
  const header: Header = { name: c.name, nodes: c.nodeCount, edges: c.edgeCount, articles: c.articles.offsets.length - 1, sections: [] };
  let offset = 0;
  for (const [name, bytes] of sections) {
    header.sections.push({ name, offset, bytes: bytes.length });
    offset += Math.ceil(bytes.length / 4) * 4;
  }
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const start = Math.ceil((8 + headerBytes.length) / 4) * 4;
  const out = new Uint8Array(start + offset);
  out.set(new TextEncoder().encode(SNAPSHOT_MAGIC), 0);
  new DataView(out.buffer).setUint32(4, headerBytes.length, true);
  out.set(headerBytes, 8);
  sections.forEach(([, bytes], i) => out.set(bytes, start + (header.sections[i]?.offset ?? 0)));
  return out;
}

export const encodeSnapshot = (graph: SnapshotSource): Uint8Array => writeSnapshot(graphColumns(graph));

/** The bulk builder's tables → snapshot bytes, without ever building its graphology graph. */
export const encodeSnapshotTables = (entities: EntityTable, edges: EdgeTable, name?: string): Uint8Array => writeSnapshot(tableColumns(entities, edges, name));

/** Thrown inside the reader; turned into the message decode returns. */
class SnapshotError extends Error {}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_COUNT;

function readHeader(bytes: Uint8Array): { header: Header; start: number } {
  if (bytes.length < 8) throw new SnapshotError(`file too short to be a graph snapshot (${bytes.length} bytes)`);
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  if (magic !== SNAPSHOT_MAGIC) {
    if (/^KGS\d$/.test(magic)) throw new SnapshotError(`snapshot format ${magic} is not read by this version (it reads ${SNAPSHOT_MAGIC}): build the snapshot again`);
    throw new SnapshotError(`not a graph snapshot: expected a file starting with "${SNAPSHOT_MAGIC}"`);
  }
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
  if (length > MAX_HEADER_BYTES || 8 + length > bytes.length) throw new SnapshotError(`broken snapshot header: it claims ${length} bytes, the file has ${bytes.length - 8} after the magic number (truncated?)`);
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(8, 8 + length)));
  } catch {
    throw new SnapshotError('broken snapshot header: expected JSON after the magic number');
  }
  const h = raw as Partial<Record<keyof Header, unknown>>;
  if (typeof raw !== 'object' || raw === null || typeof h.name !== 'string' || !isCount(h.nodes) || !isCount(h.edges) || !isCount(h.articles) || !Array.isArray(h.sections)) {
    throw new SnapshotError('broken snapshot header: expected name, nodes, edges, articles and sections');
  }
  const start = Math.ceil((8 + length) / 4) * 4;
  const seen = new Set<string>();
  const sections = h.sections.map((s: unknown): SectionEntry => {
    const e = s as Partial<Record<keyof SectionEntry, unknown>>;
    if (typeof s !== 'object' || s === null || typeof e.name !== 'string' || !isCount(e.offset) || !isCount(e.bytes)) throw new SnapshotError('broken snapshot header: a section without name, offset and bytes');
    if (!(SECTION_NAMES as readonly string[]).includes(e.name)) throw new SnapshotError(`broken snapshot header: unknown section "${e.name}"`);
    if (seen.has(e.name)) throw new SnapshotError(`broken snapshot header: section "${e.name}" listed twice`);
    seen.add(e.name);
    if (e.offset % 4 !== 0) throw new SnapshotError(`broken snapshot: section "${e.name}" is not 4-byte aligned`);
    if (start + e.offset + e.bytes > bytes.length) {
      throw new SnapshotError(`truncated snapshot: section "${e.name}" ends at byte ${start + e.offset + e.bytes}, the file has ${bytes.length}`);
    }
    return { name: e.name, offset: e.offset, bytes: e.bytes };
  });
  return { header: { name: h.name, nodes: h.nodes, edges: h.edges, articles: h.articles, sections }, start };
}

/**
 * Snapshot bytes → columns (typed views on the bytes: nothing is copied when they are 4-byte aligned), or
 * an error message a user can act on. Every count, offset and index is checked against the file before it
 * is used, so a truncated or hostile file is refused in one linear pass instead of read out of bounds.
 */
export function readSnapshotColumns(input: Uint8Array): GraphColumns | string {
  try {
    // Typed views need aligned offsets: an unaligned input (a slice of a larger buffer) is copied once.
    const bytes = input.byteOffset % 4 === 0 ? input : input.slice();
    const { header, start } = readHeader(bytes);
    const n = header.nodes;
    const m = header.edges;
    const section = (name: SectionName): SectionEntry => {
      const s = header.sections.find((x) => x.name === name);
      if (!s) throw new SnapshotError(`broken snapshot: no "${name}" section`);
      return s;
    };
    const at = (s: SectionEntry): number => bytes.byteOffset + start + s.offset;
    const sized = (name: SectionName, count: number, width: number): SectionEntry => {
      const s = section(name);
      if (s.bytes !== count * width) throw new SnapshotError(`broken snapshot: section "${name}" has ${s.bytes} bytes, expected ${count * width} for ${count} entries`);
      return s;
    };
    const u8 = (name: SectionName, count: number) => new Uint8Array(bytes.buffer, at(sized(name, count, 1)), count);
    const i32 = (name: SectionName, count: number) => new Int32Array(bytes.buffer, at(sized(name, count, 4)), count);
    const strings = (name: SectionName, count: number): StringColumn => {
      const s = section(name);
      const head = 4 * (count + 1);
      if (s.bytes < head) throw new SnapshotError(`broken snapshot: section "${name}" is too short for ${count} strings`);
      const offsets = new Uint32Array(bytes.buffer, at(s), count + 1);
      const blob = s.bytes - head;
      if (offsets[0] !== 0 || offsets[count] !== blob) throw new SnapshotError(`broken snapshot: the offsets of "${name}" do not span its ${blob} bytes of text`);
      for (let i = 0; i < count; i++) {
        if ((offsets[i] as number) > (offsets[i + 1] as number)) throw new SnapshotError(`broken snapshot: the offsets of "${name}" go backwards at string ${i}`);
      }
      return { offsets, bytes: new Uint8Array(bytes.buffer, at(s) + head, blob) };
    };
    const inRange = (name: string, values: Uint8Array | Int32Array, min: number, max: number): void => {
      for (let i = 0; i < values.length; i++) {
        const v = values[i] as number;
        // Indices are written as u32: one past 2^31 reads negative here and is reported as written.
        if (v < min || v > max) throw new SnapshotError(`broken snapshot: ${name} ${i} is ${v < 0 && min >= 0 ? v >>> 0 : v}, expected ${min} to ${max}`);
      }
    };
    const types = u8('types', n);
    inRange('the type of node', types, 0, ENTITY_TYPES.length - 1);
    const xySection = sized('xy', 2 * n, 4);
    const xy = new Float32Array(bytes.buffer, at(xySection), 2 * n);
    for (let i = 0; i < xy.length; i++) if (!Number.isFinite(xy[i])) throw new SnapshotError(`broken snapshot: node ${i >> 1} has no finite position`);
    const country = i32('country', n);
    inRange('the country of node', country, -1, n - 1);
    const source = i32('source', m);
    const target = i32('target', m);
    inRange('the source of edge', source, 0, n - 1);
    inRange('the target of edge', target, 0, n - 1);
    const predicate = u8('predicate', m);
    inRange('the predicate of edge', predicate, 0, PREDICATES.length - 1);
    const provenance = u8('provenance', m);
    inRange('the provenance of edge', provenance, 0, PROVENANCE_CODES.length - 1);
    const date = i32('date', m);
    for (let i = 0; i < m; i++) {
      const d = date[i] as number;
      if (d !== 0 && (d < 10000 || d > 99991231 || Math.floor(d / 100) % 100 > 12 || d % 100 > 31)) throw new SnapshotError(`broken snapshot: the date of edge ${i} is ${d}, expected yyyymmdd or 0`);
    }
    const article = i32('article', m);
    inRange('the article of edge', article, -1, header.articles - 1);
    const hasKeys = header.sections.some((s) => s.name === 'keys');
    const [ids, labelEn, labelKk, labelRu, aliases, wikidata] = STRING_SECTIONS.map((name) => strings(name, n)) as [StringColumn, StringColumn, StringColumn, StringColumn, StringColumn, StringColumn];
    return {
      name: header.name,
      nodeCount: n,
      edgeCount: m,
      ids,
      labelEn,
      labelKk,
      labelRu,
      aliases,
      wikidata,
      types,
      xy,
      country,
      source,
      target,
      predicate,
      provenance,
      date,
      article,
      articles: strings('articles', header.articles),
      keys: hasKeys ? strings('keys', m) : null,
    };
  } catch (e) {
    if (e instanceof SnapshotError) return e.message;
    if (e instanceof RangeError) return `broken snapshot: ${e.message}`;
    throw e;
  }
}

/** Snapshot bytes → graphology graph (display label, type and position; predicate), or an error message. */
export function decodeSnapshot(bytes: Uint8Array): CompactGraph | string {
  const c = readSnapshotColumns(bytes);
  if (typeof c === 'string') return c;
  const ids = allStrings(c.ids);
  const en = allStrings(c.labelEn);
  const graph: CompactGraph = new MultiDirectedGraph<CompactNodeAttributes, CompactEdgeAttributes, GraphAttributes>();
  graph.replaceAttributes({ name: c.name });
  try {
    for (let i = 0; i < c.nodeCount; i++) {
      const id = ids[i] as string;
      graph.addNode(id, { label: en[i] || stringAt(c.labelKk, i) || stringAt(c.labelRu, i) || id, type: ENTITY_TYPES[c.types[i] as number] as EntityType, x: c.xy[2 * i] as number, y: c.xy[2 * i + 1] as number });
    }
    const keys = c.keys ? allStrings(c.keys) : null;
    addEdgesBySource(graph, ids, { count: c.edgeCount, source: c.source, target: c.target, predicate: c.predicate }, (e) => (keys ? (keys[e] as string) : e));
  } catch (e) {
    // graphology refuses a repeated node id or edge key: the file was not written by writeSnapshot.
    return `broken snapshot: ${e instanceof Error ? e.message : String(e)}`;
  }
  return graph;
}

