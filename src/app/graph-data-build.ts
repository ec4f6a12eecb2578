// Node side: graph-data/ → the graph the explorer loads (graphology JSON) and the problems met building it.
// Loaded by the Vite plugin through Vite's module runner, so the pipeline's TypeScript runs as it is.
import type { SerializedGraph } from 'graphology-types';
import type { Problem } from '../core/types';
import { readGraphDataDir } from '../cli/graph-data-dir';
import { buildKnowledgeGraph } from '../graph/from-graph-data';

export interface GraphDataBuild {
  graph: SerializedGraph;
  problems: Problem[];
  order: number;
  size: number;
}

export function buildGraphData(dir: string): GraphDataBuild {
  const { graph, problems } = buildKnowledgeGraph(readGraphDataDir(dir), { extract: true });
  return { graph: graph.export(), problems, order: graph.order, size: graph.size };
}
