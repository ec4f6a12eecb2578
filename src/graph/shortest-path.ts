import type { KnowledgeGraph } from './kg-graph';

export interface GraphPath {
  nodes: string[];
  edges: string[];
}

/**
 * Fewest hops between two entities, ignoring edge direction (who did what to whom does not matter for
 * "how are these two connected"). Null when they are not connected.
 */
export function shortestPath(graph: KnowledgeGraph, from: string, to: string): GraphPath | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  if (from === to) return { nodes: [from], edges: [] };
  const via = new Map<string, { node: string; edge: string }>();
  const seen = new Set([from]);
  let frontier = [from];
  while (frontier.length && !seen.has(to)) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, _a, source, target) => {
        const other = source === node ? target : source;
        if (seen.has(other)) return;
        seen.add(other);
        via.set(other, { node, edge });
        next.push(other);
      });
    }
    frontier = next;
  }
  if (!seen.has(to)) return null;
  const nodes = [to];
  const edges: string[] = [];
  for (let step = via.get(to); step; step = via.get(step.node)) {
    edges.unshift(step.edge);
    nodes.unshift(step.node);
  }
  return { nodes, edges };
}
