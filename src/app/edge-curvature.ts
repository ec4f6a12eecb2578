// Curvature for parallel edges (two relations between the same pair), computed on a bare copy of the topology
// so that the helper's bookkeeping attributes never reach the data graph or its exports.
import { DEFAULT_EDGE_CURVATURE, indexParallelEdgesIndex } from '@sigma/edge-curve';
import { MultiDirectedGraph } from 'graphology';
import type { KnowledgeGraph } from '../graph/kg-graph';

/** Spreads n parallel edges fan-like; the amplitude keeps many of them from bulging too far. */
function curvatureOf(index: number, maxIndex: number): number {
  if (index < 0) return -curvatureOf(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (maxCurvature * index) / (maxIndex || 1);
}

interface ParallelAttrs {
  parallelIndex?: number | null;
  parallelMaxIndex?: number | null;
}

/** Edge key → curvature, for edges that share their two ends with another edge; others are absent. */
export function parallelEdgeCurvatures(graph: KnowledgeGraph): Map<string, number> {
  const topology = new MultiDirectedGraph<Record<string, never>, ParallelAttrs>();
  graph.forEachNode((n) => {
    topology.addNode(n);
  });
  graph.forEachEdge((e, _a, s, t) => {
    topology.addDirectedEdgeWithKey(e, s, t);
  });
  indexParallelEdgesIndex(topology);
  const out = new Map<string, number>();
  topology.forEachEdge((e, a) => {
    if (typeof a.parallelIndex === 'number' && typeof a.parallelMaxIndex === 'number') {
      out.set(e, curvatureOf(a.parallelIndex, Math.abs(a.parallelMaxIndex)));
    }
  });
  return out;
}
