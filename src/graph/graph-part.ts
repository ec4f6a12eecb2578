// The part of a graph too large to draw that the explorer draws: first a backbone (the most connected
// entities and the relations among them), then the neighbourhood of each entity a user asks for. The whole
// graph stays in columns (graph-columns.ts); only the part becomes graphology, for sigma and the panels.
import { createKnowledgeGraph, type KnowledgeGraph } from './kg-graph';
import { buildAdjacency, degreeAt, nodesByDegree, type Adjacency } from './column-adjacency';
import { edgeAttributesAt, edgeKeyAt, nodeAttributesAt, type GraphColumns } from './graph-columns';

/** Sizes of what is drawn; all derive from `largeAbove` (partOptions), so one number tunes them. */
export interface PartOptions {
  /** A graph with more edges than this is drawn in part. */
  largeAbove: number;
  backboneNodes: number;
  backboneEdges: number;
  /** What one entity's neighbourhood may add to the part. */
  egoNodes: number;
  egoEdges: number;
}

/**
 * 100k edges: the explorer still draws 50k nodes / 100k edges whole (slowly, on a software renderer); past
 * that graphology alone takes seconds to build (5 s at 1M edges).
 */
export const LARGE_GRAPH_EDGES = 100_000;

/** The threshold from a setting (an environment variable): a positive integer, else the default. */
export function largeAboveFrom(value: string | undefined): number {
  const n = Number(value);
  return value && Number.isInteger(n) && n > 0 ? n : LARGE_GRAPH_EDGES;
}

/**
 * The backbone gets a fifth of the threshold (20k edges at the default, where the explorer's measured
 * 10k/50k figures apply with room to spare), at about four edges per node (5,000 nodes: the layout is then
 * shown live); one entity's neighbourhood adds up to a fiftieth (2,000 edges).
 */
export function partOptions(largeAbove = LARGE_GRAPH_EDGES): PartOptions {
  const backboneEdges = Math.max(1, Math.floor(largeAbove / 5));
  const egoEdges = Math.max(1, Math.floor(largeAbove / 50));
  return { largeAbove, backboneEdges, backboneNodes: Math.max(1, Math.floor(backboneEdges / 4)), egoEdges, egoNodes: Math.max(1, Math.floor(egoEdges / 2)) };
}

/** Nodes and edges (indices into the columns) that a step added to the part. */
export interface PartDelta {
  nodes: number[];
  edges: number[];
}

type EdgeEnds = Pick<GraphColumns, 'nodeCount' | 'edgeCount' | 'source' | 'target'>;

/** Which nodes and edges of the whole graph are drawn; grows by backbone and neighbourhoods. */
export class GraphPart {
  readonly adjacency: Adjacency;
  readonly nodeIn: Uint8Array;
  readonly edgeIn: Uint8Array;
  nodes = 0;
  edges = 0;

  constructor(
    private readonly columns: EdgeEnds,
    adjacency?: Adjacency,
  ) {
    this.adjacency = adjacency ?? buildAdjacency(columns.source, columns.target, columns.nodeCount, columns.edgeCount);
    this.nodeIn = new Uint8Array(columns.nodeCount);
    this.edgeIn = new Uint8Array(columns.edgeCount);
  }

  has(node: number): boolean {
    return this.nodeIn[node] === 1;
  }

  degree(node: number): number {
    return degreeAt(this.adjacency, node);
  }

  private other(e: number, v: number): number {
    const s = this.columns.source[e] as number;
    return s === v ? (this.columns.target[e] as number) : s;
  }

  private addNode(v: number, delta: PartDelta): void {
    if (this.nodeIn[v]) return;
    this.nodeIn[v] = 1;
    this.nodes++;
    delta.nodes.push(v);
  }

  private addEdge(e: number, delta: PartDelta): void {
    this.edgeIn[e] = 1;
    this.edges++;
    delta.edges.push(e);
  }

  /**
   * The `maxNodes` most connected nodes (ties by index), and up to `maxEdges` edges among them: first each
   * node's few edges to more connected ones (an even share of the budget, to the most connected first), so
   * every node hangs on the hubs it belongs to; then, while the budget lasts, the other edges among them.
   * Edges among hubs alone would spend the budget on a dense core: at 1M edges, 20k edges among 1,000 nodes.
   */
  backbone(maxNodes: number, maxEdges: number): PartDelta {
    const delta: PartDelta = { nodes: [], edges: [] };
    const { offsets, edges } = this.adjacency;
    const rank = new Int32Array(this.nodeIn.length).fill(-1);
    const chosen: number[] = [];
    for (const v of nodesByDegree(this.adjacency)) {
      if (chosen.length >= maxNodes || this.degree(v) === 0) break;
      rank[v] = chosen.length;
      chosen.push(v);
      this.addNode(v, delta);
    }
    const share = Math.max(1, Math.floor(maxEdges / Math.max(1, chosen.length)));
    let budget = maxEdges;
    // The `share` edges to the best-ranked ends, kept sorted by insertion: a hub has thousands of edges and
    // wants four of them, so a full sort per node cost more than the rest of opening a 1M-edge graph.
    const best = new Int32Array(share);
    const bestRank = new Int32Array(share);
    for (const v of chosen) {
      if (budget <= 0) break;
      const r = rank[v] as number;
      let kept = 0;
      for (let k = offsets[v] as number; k < (offsets[v + 1] as number); k++) {
        const e = edges[k] as number;
        const ru = rank[this.other(e, v)] as number;
        if (ru < 0 || ru >= r || (kept === share && ru >= (bestRank[share - 1] as number))) continue;
        let at = kept < share ? kept++ : share - 1;
        while (at > 0 && (bestRank[at - 1] as number) > ru) {
          best[at] = best[at - 1] as number;
          bestRank[at] = bestRank[at - 1] as number;
          at--;
        }
        best[at] = e;
        bestRank[at] = ru;
      }
      for (let i = 0; i < kept && budget > 0; i++) {
        this.addEdge(best[i] as number, delta);
        budget--;
      }
    }
    for (const v of chosen) {
      for (let k = offsets[v] as number; k < (offsets[v + 1] as number) && budget > 0; k++) {
        const e = edges[k] as number;
        if (this.edgeIn[e] || rank[this.other(e, v)] === -1) continue;
        this.addEdge(e, delta);
        budget--;
      }
      if (budget <= 0) break;
    }
    return delta;
  }

  /**
   * The neighbourhood of `seeds` within `depth` hops, joined to the part: seeds always, then at each hop
   * the most connected neighbours while new nodes stay within `maxNodes`. Every new node first gets the
   * edge it was reached by (so none floats alone), then the edges between the neighbourhood and what is
   * drawn, seeds first, until `maxEdges`.
   */
  grow(seeds: readonly number[], depth: number, maxNodes: number, maxEdges: number): PartDelta {
    const delta: PartDelta = { nodes: [], edges: [] };
    const { offsets, edges } = this.adjacency;
    const reachedBy = new Map<number, number>();
    const ego: number[] = [];
    for (const s of seeds) {
      if (s < 0 || s >= this.nodeIn.length || reachedBy.has(s)) continue;
      reachedBy.set(s, -1);
      ego.push(s);
    }
    let added = 0;
    let frontier = [...ego];
    for (let d = 0; d < depth && frontier.length; d++) {
      const candidates: number[] = [];
      for (const v of frontier) {
        for (let k = offsets[v] as number; k < (offsets[v + 1] as number); k++) {
          const e = edges[k] as number;
          const u = this.other(e, v);
          if (reachedBy.has(u)) continue;
          reachedBy.set(u, e);
          candidates.push(u);
        }
      }
      candidates.sort((a, b) => this.degree(b) - this.degree(a) || a - b);
      frontier = [];
      for (const u of candidates) {
        const fresh = !this.nodeIn[u];
        if (fresh && added >= maxNodes) {
          reachedBy.delete(u);
          continue;
        }
        if (fresh) added++;
        frontier.push(u);
        ego.push(u);
      }
    }
    for (const v of ego) this.addNode(v, delta);
    let budget = maxEdges;
    for (const v of ego) {
      const e = reachedBy.get(v) ?? -1;
      if (budget > 0 && e >= 0 && !this.edgeIn[e]) {
        this.addEdge(e, delta);
        budget--;
      }
    }
    for (const v of ego) {
      for (let k = offsets[v] as number; k < (offsets[v + 1] as number) && budget > 0; k++) {
        const e = edges[k] as number;
        if (this.edgeIn[e] || !this.nodeIn[this.other(e, v)]) continue;
        this.addEdge(e, delta);
        budget--;
      }
      if (budget <= 0) break;
    }
    return delta;
  }

  /**
   * One shortest path between two nodes of the whole graph (fewest hops, either direction, as
   * shortest-path.ts counts them), joined to the part: the explorer's path search then finds it among what
   * is drawn. Nothing when they are not connected. A breadth-first walk: at most every edge once.
   */
  connect(from: number, to: number): PartDelta {
    const delta: PartDelta = { nodes: [], edges: [] };
    const n = this.nodeIn.length;
    if (from < 0 || to < 0 || from >= n || to >= n) return delta;
    const { offsets, edges } = this.adjacency;
    // The edge each node was reached by; -1 for the start, -2 for not reached yet.
    const via = new Int32Array(n).fill(-2);
    via[from] = -1;
    let frontier = [from];
    while (frontier.length && via[to] === -2) {
      const next: number[] = [];
      for (const v of frontier) {
        for (let k = offsets[v] as number; k < (offsets[v + 1] as number); k++) {
          const e = edges[k] as number;
          const u = this.other(e, v);
          if (via[u] !== -2) continue;
          via[u] = e;
          next.push(u);
        }
      }
      frontier = next;
    }
    if (via[to] === -2) return delta;
    for (let v = to; ; ) {
      this.addNode(v, delta);
      const e = via[v] as number;
      if (e < 0) break;
      if (!this.edgeIn[e]) this.addEdge(e, delta);
      v = this.other(e, v);
    }
    return delta;
  }
}

/** Adds what `delta` names to `graph`, with the attributes of graph-columns.ts. */
export function addPart(graph: KnowledgeGraph, c: GraphColumns, delta: PartDelta, idOf: (node: number) => string): void {
  for (const v of delta.nodes) graph.addNode(idOf(v), nodeAttributesAt(c, v, idOf));
  for (const e of delta.edges) graph.addDirectedEdgeWithKey(edgeKeyAt(c, e), idOf(c.source[e] as number), idOf(c.target[e] as number), edgeAttributesAt(c, e));
}

/** The whole graph as graphology, for columns small enough to draw (a snapshot under the threshold). */
export function wholeGraph(c: GraphColumns, idOf: (node: number) => string): KnowledgeGraph {
  const graph = createKnowledgeGraph(c.name);
  addPart(graph, c, { nodes: Array.from({ length: c.nodeCount }, (_, i) => i), edges: Array.from({ length: c.edgeCount }, (_, e) => e) }, idOf);
  return graph;
}
