// Where the graph comes from: graph.json (and its build problems) next to the page, produced by the
// graph-data Vite plugin in development and in the static build. In development, editing graph-data/
// pushes an event and the page fetches the new graph. For a large graph, graph.json only points to a
// snapshot (graph.kgs), which is read as columns and drawn in part (large-graph.ts).
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, Problem } from '../core/types';
import { createKnowledgeGraph, type KnowledgeGraph } from '../graph/kg-graph';
import type { GraphScope } from './explorer-store';

export const GRAPH_FILE = 'graph.json';
export const PROBLEMS_FILE = 'graph-problems.json';
export const GRAPH_DATA_EVENT = 'kg:graph-data';

export interface LoadedGraph {
  graph: KnowledgeGraph;
  problems: Problem[];
  /** Set when the graph is drawn in part. */
  scope: GraphScope | null;
}

/** What graph.json holds instead of the graph when the graph is served as a snapshot. */
export interface SnapshotPointer {
  snapshot: string;
  nodes: number;
  edges: number;
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { cache: 'no-cache' });
  if (!res.ok) throw new Error(`${url}: ${res.status} ${res.statusText}`);
  return (await res.json()) as T;
}

type GraphJson = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes> | SnapshotPointer;

const isPointer = (data: GraphJson): data is SnapshotPointer => typeof (data as Partial<SnapshotPointer>).snapshot === 'string';

async function loadSnapshot(file: string): Promise<Pick<LoadedGraph, 'graph' | 'scope'>> {
  // The reader and the part logic load with the snapshot, not with the page: most graphs never need them.
  const code = Promise.all([import('../io/snapshot'), import('./large-graph')]);
  const res = await fetch(file, { cache: 'no-cache' });
  if (!res.ok) throw new Error(`${file}: ${res.status} ${res.statusText}`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  const [{ readSnapshotColumns }, { openColumns }] = await code;
  performance.mark('kg:snapshot-fetched');
  const columns = readSnapshotColumns(bytes);
  if (typeof columns === 'string') throw new Error(`${file}: ${columns}`);
  performance.mark('kg:snapshot-read');
  return openColumns(columns);
}

let early: Promise<Response> | null = null;

/**
 * Takes up the request for graph.json at once, while the page's frame is painted; the body is read and
 * parsed by the next `fetchGraph`. The download (megabytes on large graphs) then overlaps the first paint.
 */
export function prefetchGraph(): void {
  // The same request as the page's <link rel="preload"> (vite-graph-data-plugin.ts), so the browser hands
  // over the response already under way; a cache mode of its own would make it a second download.
  early = fetch(GRAPH_FILE, { mode: 'cors', credentials: 'same-origin' });
  early.catch(() => undefined);
}

async function graphJson(): Promise<GraphJson> {
  const pending = early;
  early = null;
  if (!pending) return getJson<GraphJson>(GRAPH_FILE);
  const res = await pending.catch(() => null);
  if (!res || !res.ok) return getJson<GraphJson>(GRAPH_FILE);
  return (await res.json()) as GraphJson;
}

export async function fetchGraph(): Promise<LoadedGraph> {
  const [data, problems] = await Promise.all([graphJson(), getJson<Problem[]>(PROBLEMS_FILE).catch((): Problem[] => [])]);
  if (isPointer(data)) return { ...(await loadSnapshot(data.snapshot)), problems };
  const graph = createKnowledgeGraph(data.attributes?.name);
  graph.import(data);
  return { graph, problems, scope: null };
}

/** Calls back when graph-data/ changed (development server only). */
export function onGraphDataChange(callback: () => void): void {
  if (import.meta.hot) import.meta.hot.on(GRAPH_DATA_EVENT, callback);
}
