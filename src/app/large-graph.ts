// A graph too large to draw (more edges than partOptions().largeAbove): the whole graph stays in columns,
// sigma gets a part of it (graph-part.ts) — the backbone first, then the neighbourhood of each entity the
// view names that is not drawn yet (a search hit, a link's selection, an actor filter, a path end). The
// top bar says how much is shown (part-notice.ts); search covers every entity, in a worker
// (column-search-worker.ts). Loaded only when a snapshot is opened, so small graphs do not download it.
import { allStrings, type GraphColumns, type SearchColumns, type StringColumn } from '../graph/graph-columns';
import { addPart, GraphPart, largeAboveFrom, partOptions, wholeGraph, type PartDelta, type PartOptions } from '../graph/graph-part';
import { createKnowledgeGraph, type KnowledgeGraph } from '../graph/kg-graph';
import type { SearchHit } from '../graph/search-index';
import type { ViewState } from '../graph/view-state';
import type { ColumnSearchReply, ColumnSearchRequest } from './column-search-worker';
import type { GraphScope } from './explorer-store';
import { placeNewNodes, spiralAround } from './place-new-nodes';

/** The explorer's threshold; tests lower it with VITE_KG_LARGE_ABOVE, which the Vite plugin reads too. */
export const largeGraphOptions = (): PartOptions => partOptions(largeAboveFrom(import.meta.env.VITE_KG_LARGE_ABOVE as string | undefined));

/** Lets the page paint and answer input between the steps of opening a large graph. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const copyColumn = (c: StringColumn): StringColumn => ({ offsets: c.offsets.slice(), bytes: c.bytes.slice() });

/** One query at a time goes to the search worker; a newer one replaces the one waiting (typing ahead). */
class ColumnSearch {
  private worker: Worker | null = null;
  private asked = 0;
  private running: ((hits: SearchHit[]) => void) | null = null;
  private waiting: { query: string; limit: number; resolve(hits: SearchHit[]): void } | null = null;

  /** Called once every name is indexed (answers before that come from the most connected entities). */
  onIndexed: () => void = () => {};

  constructor(private readonly columns: () => SearchColumns) {}

  start(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(new URL('./column-search-worker.ts', import.meta.url), { type: 'module' });
    this.worker = w;
    w.onmessage = (event: MessageEvent<ColumnSearchReply>) => {
      if (event.data.kind === 'indexed') return void this.onIndexed();
      const done = this.running;
      this.running = null;
      if (event.data.id === this.asked) done?.(event.data.hits);
      this.pump();
    };
    w.onerror = () => this.stop();
    const columns = this.columns();
    const transfer = [columns.ids, columns.labelEn, columns.labelKk, columns.labelRu, columns.aliases].flatMap((c) => [c.offsets.buffer, c.bytes.buffer]);
    w.postMessage({ kind: 'index', columns } satisfies ColumnSearchRequest, [...transfer, columns.types.buffer, columns.degrees.buffer]);
    return w;
  }

  find(query: string, limit: number): Promise<SearchHit[]> {
    return new Promise((resolve) => {
      this.waiting?.resolve([]);
      this.waiting = { query, limit, resolve };
      this.pump();
    });
  }

  private pump(): void {
    if (this.running || !this.waiting) return;
    const { query, limit, resolve } = this.waiting;
    this.waiting = null;
    this.running = resolve;
    this.start().postMessage({ kind: 'find', id: ++this.asked, query, limit } satisfies ColumnSearchRequest);
  }

  stop(): void {
    this.worker?.terminate();
    this.worker = null;
    this.running?.([]);
    this.waiting?.resolve([]);
    this.running = null;
    this.waiting = null;
  }
}

export class LargeGraphScope implements GraphScope {
  readonly nodes: number;
  readonly edges: number;
  /** Depth to which each node's neighbourhood has been pulled in. */
  private readonly grown = new Map<number, number>();
  /** Path ends whose connection has been drawn. */
  private readonly connected = new Set<string>();
  private readonly search: ColumnSearch;

  constructor(
    private readonly columns: GraphColumns,
    private readonly part: GraphPart,
    private readonly ids: readonly string[],
    private readonly nodeOf: ReadonlyMap<string, number>,
    private readonly options: PartOptions,
  ) {
    this.nodes = columns.nodeCount;
    this.edges = columns.edgeCount;
    this.search = new ColumnSearch(() => {
      const { offsets } = part.adjacency;
      const degrees = new Int32Array(columns.nodeCount);
      for (let i = 0; i < degrees.length; i++) degrees[i] = (offsets[i + 1] as number) - (offsets[i] as number);
      const { ids: idColumn, labelEn, labelKk, labelRu, aliases } = columns;
      return { ids: copyColumn(idColumn), labelEn: copyColumn(labelEn), labelKk: copyColumn(labelKk), labelRu: copyColumn(labelRu), aliases: copyColumn(aliases), types: columns.types.slice(), degrees };
    });
  }

  private indexOf(id: string): number {
    return this.nodeOf.get(id) ?? -1;
  }

  include(view: ViewState, graph: KnowledgeGraph): boolean {
    const added = new Set<string>();
    const neighbourhoods: [string, string[]][] = [];
    let grew = false;
    const add = (delta: PartDelta, seed = ''): void => {
      if (!delta.nodes.length && !delta.edges.length) return;
      addPart(graph, this.columns, delta, (i) => this.ids[i] as string);
      const fresh = delta.nodes.map((v) => this.ids[v] as string);
      for (const id of fresh) added.add(id);
      if (seed) neighbourhoods.push([seed, fresh.filter((id) => id !== seed)]);
      grew = true;
    };
    // A selection or a path end is pulled in when it is not drawn; an actor always, as its filter shows its
    // neighbourhood and the part may hold little of it.
    const wanted: [string, number][] = view.filter.actors.map((a) => [a, view.filter.depth]);
    for (const id of [view.selected, ...(view.path ?? [])]) if (id && !graph.hasNode(id)) wanted.push([id, 1]);
    for (const [id, depth] of wanted) {
      const node = this.indexOf(id);
      if (node < 0 || (this.grown.get(node) ?? 0) >= depth) continue;
      this.grown.set(node, depth);
      add(this.part.grow([node], depth, this.options.egoNodes, this.options.egoEdges), id);
    }
    // The path search runs on what is drawn: the whole graph's shortest path is drawn first.
    const ends = view.path ? `${view.path[0]}\u0000${view.path[1]}` : '';
    if (view.path && !this.connected.has(ends)) {
      this.connected.add(ends);
      add(this.part.connect(this.indexOf(view.path[0]), this.indexOf(view.path[1])));
    }
    // Each seed goes among the neighbours it has on the picture, its newcomers around it; the rest (a path's
    // steps) next to the neighbours they join.
    const around = new Set(neighbourhoods.flatMap(([, fresh]) => fresh));
    placeNewNodes(graph, new Set([...added].filter((id) => !around.has(id))));
    for (const [seed, fresh] of neighbourhoods) spiralAround(graph, seed, fresh, added);
    return grew;
  }

  index(onIndexed: () => void): void {
    this.search.onIndexed = onIndexed;
    this.search.start();
  }

  find(query: string, limit: number): Promise<SearchHit[]> {
    return this.search.find(query, limit);
  }

  close(): void {
    this.search.stop();
  }
}

export interface OpenedColumns {
  graph: KnowledgeGraph;
  scope: GraphScope | null;
}

/**
 * Columns → what the explorer shows: the whole graph when it is small enough, else its backbone and a
 * scope to grow it. Each step is its own task, so the page stays responsive while a large graph opens.
 */
export async function openColumns(columns: GraphColumns, options = largeGraphOptions()): Promise<OpenedColumns> {
  const ids = allStrings(columns.ids);
  const idOf = (i: number): string => ids[i] as string;
  await nextTask();
  // The reader checks bounds, not meaning; a node id used twice would make two entities one.
  const index = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) {
    if (index.has(ids[i] as string)) throw new Error(`broken snapshot: nodes ${index.get(ids[i] as string)} and ${i} have the same id "${ids[i]}"`);
    index.set(ids[i] as string, i);
  }
  if (columns.edgeCount <= options.largeAbove) return { graph: wholeGraph(columns, idOf), scope: null };
  await nextTask();
  const part = new GraphPart(columns);
  await nextTask();
  const backbone = part.backbone(options.backboneNodes, options.backboneEdges);
  await nextTask();
  const graph = createKnowledgeGraph(columns.name);
  // A few thousand at a time: the backbone's 25k nodes and edges take graphology ~0.1 s in one go.
  const step = 5000;
  for (let i = 0; i < backbone.nodes.length; i += step) {
    addPart(graph, columns, { nodes: backbone.nodes.slice(i, i + step), edges: [] }, idOf);
    await nextTask();
  }
  for (let i = 0; i < backbone.edges.length; i += step) {
    addPart(graph, columns, { nodes: [], edges: backbone.edges.slice(i, i + step) }, idOf);
    await nextTask();
  }
  performance.mark('kg:part-built');
  return { graph, scope: new LargeGraphScope(columns, part, ids, index, options) };
}
