import type { KnowledgeGraph } from './kg-graph';

export type EgoDepth = 1 | 2 | 3;

/** Nodes within `depth` hops of any of the actors, following edges in both directions. */
export function egoNodes(graph: KnowledgeGraph, actors: readonly string[], depth: EgoDepth): Set<string> {
  const seen = new Set(actors.filter((a) => graph.hasNode(a)));
  let frontier = [...seen];
  for (let d = 0; d < depth && frontier.length; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachNeighbor(node, (neighbor) => {
        if (!seen.has(neighbor)) {
          seen.add(neighbor);
          next.push(neighbor);
        }
      });
    }
    frontier = next;
  }
  return seen;
}
