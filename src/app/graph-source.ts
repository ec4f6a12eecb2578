// Where the graph comes from: graph.json (and its build problems) next to the page, produced by the
// graph-data Vite plugin in development and in the static build. In development, editing graph-data/
// pushes an event and the page fetches the new graph.
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, Problem } from '../core/types';
import { createKnowledgeGraph, type KnowledgeGraph } from '../graph/kg-graph';

export const GRAPH_FILE = 'graph.json';
export const PROBLEMS_FILE = 'graph-problems.json';
export const GRAPH_DATA_EVENT = 'kg:graph-data';

export interface LoadedGraph {
  graph: KnowledgeGraph;
  problems: Problem[];
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { cache: 'no-cache' });
  if (!res.ok) throw new Error(`${url}: ${res.status} ${res.statusText}`);
  return (await res.json()) as T;
}

export async function fetchGraph(): Promise<LoadedGraph> {
  const [data, problems] = await Promise.all([
    getJson<SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>>(GRAPH_FILE),
    getJson<Problem[]>(PROBLEMS_FILE).catch((): Problem[] => []),
  ]);
  const graph = createKnowledgeGraph(data.attributes?.name);
  graph.import(data);
  return { graph, problems };
}

/** Calls back when graph-data/ changed (development server only). */
export function onGraphDataChange(callback: () => void): void {
  if (import.meta.hot) import.meta.hot.on(GRAPH_DATA_EVENT, callback);
}
