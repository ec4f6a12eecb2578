// Positions for a graph's nodes and edges, so that whole-graph passes (the explorer's filters, at 50k
// edges on every click) run over typed arrays instead of string-keyed lookups. Kept per graph and dropped
// when the graph's structure changes; attribute changes in place do not matter here.
import type { KnowledgeGraph } from './kg-graph';

export interface GraphIndex {
  nodes: string[];
  nodeIndex: Map<string, number>;
  edges: string[];
  edgeIndex: Map<string, number>;
  /** Node positions of each edge's ends. */
  source: Int32Array;
  target: Int32Array;
}

const indexes = new WeakMap<KnowledgeGraph, GraphIndex>();
const watched = new WeakSet<KnowledgeGraph>();
const STRUCTURE_EVENTS = ['nodeAdded', 'edgeAdded', 'nodeDropped', 'edgeDropped', 'cleared', 'edgesCleared'] as const;

function buildIndex(graph: KnowledgeGraph): GraphIndex {
  const nodes = graph.nodes();
  const nodeIndex = new Map<string, number>();
  for (let i = 0; i < nodes.length; i++) nodeIndex.set(nodes[i] as string, i);
  const edges: string[] = new Array<string>(graph.size);
  const edgeIndex = new Map<string, number>();
  const source = new Int32Array(graph.size);
  const target = new Int32Array(graph.size);
  let i = 0;
  graph.forEachEdge((edge, _a, s, t) => {
    edges[i] = edge;
    edgeIndex.set(edge, i);
    source[i] = nodeIndex.get(s) as number;
    target[i] = nodeIndex.get(t) as number;
    i++;
  });
  return { nodes, nodeIndex, edges, edgeIndex, source, target };
}

/** The index of `graph`, built on first use and again after nodes or edges were added or dropped. */
export function graphIndex(graph: KnowledgeGraph): GraphIndex {
  let index = indexes.get(graph);
  if (index) return index;
  if (!watched.has(graph)) {
    watched.add(graph);
    const drop = (): void => void indexes.delete(graph);
    for (const event of STRUCTURE_EVENTS) graph.on(event, drop);
  }
  index = buildIndex(graph);
  indexes.set(graph, index);
  return index;
}

/**
 * A subset of an index's keys as one byte per key: built by filling an array, compared with another over
 * the same index by a loop over bytes. Reads like a ReadonlySet of the keys.
 */
export class KeySubset implements ReadonlySet<string> {
  readonly size: number;

  constructor(
    readonly universe: readonly string[],
    private readonly positions: ReadonlyMap<string, number>,
    /** 1 at the position of every member. */
    readonly member: Uint8Array,
  ) {
    let n = 0;
    for (let i = 0; i < member.length; i++) n += member[i] as number;
    this.size = n;
  }

  has(key: string): boolean {
    const i = this.positions.get(key);
    return i !== undefined && this.member[i] === 1;
  }

  *values(): IterableIterator<string> {
    const { universe, member } = this;
    for (let i = 0; i < member.length; i++) if (member[i] === 1) yield universe[i] as string;
  }

  keys(): IterableIterator<string> {
    return this.values();
  }

  *entries(): IterableIterator<[string, string]> {
    for (const k of this.values()) yield [k, k];
  }

  [Symbol.iterator](): IterableIterator<string> {
    return this.values();
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const k of this.values()) callback.call(thisArg, k, k, this);
  }

  /** Whether `other` holds positions of the same keys, so the two compare byte by byte. */
  sameIndexAs(other: KeySubset): boolean {
    return this.universe === other.universe;
  }
}
