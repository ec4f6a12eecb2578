import { createKnowledgeGraph, type KnowledgeGraph } from './kg-graph';
import type { Selection } from './graph-filter';

/** A new graph holding only the selected nodes and the selected edges between them. */
export function subgraph(graph: KnowledgeGraph, selection: Selection): KnowledgeGraph {
  const out = createKnowledgeGraph(graph.getAttribute('name'));
  graph.forEachNode((n, a) => {
    if (selection.nodes.has(n)) out.addNode(n, { ...a });
  });
  graph.forEachEdge((e, a, s, t) => {
    if (selection.edges.has(e) && out.hasNode(s) && out.hasNode(t)) out.addDirectedEdgeWithKey(e, s, t, { ...a });
  });
  return out;
}
