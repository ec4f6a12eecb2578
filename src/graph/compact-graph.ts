// The graphology graph of the bulk builder's tables: node i is entity i with its display label, type and
// seeded position; edge i (key i) carries only its predicate, in one frozen object shared per predicate,
// while every other value of it stays in the edge columns. Made only when something asks for a graph
// (the explorer, a snapshot): at a million edges graphology costs ~300 B and ~5 s more than the tables.
import { MultiDirectedGraph } from 'graphology';
import { ENTITY_TYPES, PREDICATES, type EntityType, type GraphAttributes, type Predicate } from '../core/types';
import { seededPosition } from './attributes';
import type { EdgeTable, EntityTable } from './bulk-tables';
import { countingSortBy } from './column-adjacency';

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

interface AdjacencyHolder {
  in?: unknown;
  out?: unknown;
}

/**
 * Puts the nodes' adjacency objects (graphology's `in`/`out` maps, an internal detail) in V8's dictionary
 * mode, by adding and deleting two keys, before edges are added: in "fast" mode every new key (a node id)
 * makes a new hidden class, so a million edges cost O(degree²) copying and a million hidden classes.
 * With `sources`/`targets` (node index of each edge's ends, nodes in insertion order), objects that
 * will stay empty are left alone: an empty dictionary costs ~220 bytes, 21 MB at 200k nodes.
 * Does nothing if the internals look different.
 */
export function dictionaryAdjacency(graph: MultiDirectedGraph, sources?: Int32Array, targets?: Int32Array, edgeCount = 0): void {
  const nodes = (graph as unknown as { _nodes?: unknown })._nodes;
  if (!(nodes instanceof Map)) return;
  let hasOut: Uint8Array | null = null;
  let hasIn: Uint8Array | null = null;
  if (sources && targets) {
    hasOut = new Uint8Array(nodes.size);
    hasIn = new Uint8Array(nodes.size);
    for (let i = 0; i < edgeCount; i++) {
      hasOut[sources[i] as number] = 1;
      hasIn[targets[i] as number] = 1;
    }
  }
  let n = 0;
  for (const data of nodes.values() as IterableIterator<AdjacencyHolder>) {
    const k = n++;
    for (const [adjacency, used] of [
      [data.in, hasIn ? hasIn[k] : 1],
      [data.out, hasOut ? hasOut[k] : 1],
    ] as const) {
      if (!used || typeof adjacency !== 'object' || adjacency === null || Object.keys(adjacency).length > 0) continue;
      const a = adjacency as Record<string, unknown>;
      a['\u0000a'] = 0;
      a['\u0000b'] = 0;
      delete a['\u0000a'];
      delete a['\u0000b'];
    }
  }
}

const SHARED_EDGE_ATTRIBUTES: readonly CompactEdgeAttributes[] = PREDICATES.map((predicate) => Object.freeze({ predicate }));

/** Edge columns as node indices (nodes `ids`, in the graph's insertion order) and predicate codes. */
export interface EdgeColumns {
  count: number;
  source: Int32Array;
  target: Int32Array;
  predicate: Uint8Array;
}

/**
 * Adds the edges to a graph that holds the nodes, grouped by source, with adjacency objects in dictionary
 * mode (see dictionaryAdjacency). Both matter (1M-edge folder, CPU time of the edge loop on a busy 2-core
 * VM): no dictionaries 9.4 s, dictionaries only for degree ≥ 9 6.4 s, for all 5.1 s; file order instead of
 * grouped by source 6.7 s. Grouping keeps the source node's adjacency in cache.
 */
export function addEdgesBySource(graph: CompactGraph, ids: readonly string[], edges: EdgeColumns, key: (e: number) => string | number): void {
  const { count, source, target, predicate } = edges;
  dictionaryAdjacency(graph, source, target, count);
  const order = countingSortBy(source, count, ids.length);
  for (let j = 0; j < count; j++) {
    const e = order[j] as number;
    graph.addDirectedEdgeWithKey(key(e), ids[source[e] as number] as string, ids[target[e] as number] as string, SHARED_EDGE_ATTRIBUTES[predicate[e] as number] as CompactEdgeAttributes);
  }
}

/** What a compact graph is made from. */
export interface BulkTables {
  entities: EntityTable;
  edges: EdgeTable;
  attributes: GraphAttributes;
}

export function compactGraphOf({ entities, edges, attributes }: BulkTables): CompactGraph {
  const graph: CompactGraph = new MultiDirectedGraph<CompactNodeAttributes, CompactEdgeAttributes, GraphAttributes>();
  graph.replaceAttributes({ ...attributes });
  const { ids, labels, types } = entities;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as string;
    const { x, y } = seededPosition(id);
    graph.addNode(id, { label: labels[i] as string, type: ENTITY_TYPES[types[i] as number] as EntityType, x, y });
  }
  addEdgesBySource(graph, ids, { count: edges.count, source: edges.subject, target: edges.object, predicate: edges.predicate }, (e) => e);
  return graph;
}
