// Nodes added to a laid-out graph start next to the neighbours they join, so the layout that follows only
// settles them instead of pulling them in from the seeded circle (and shaking the whole picture).
import { seededPosition } from '../graph/attributes';
import type { KnowledgeGraph } from '../graph/kg-graph';

/** The width or height of the picture, whichever is larger, leaving out `added` (at least 1). */
function pictureSize(graph: KnowledgeGraph, added: ReadonlySet<string>): number {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((n, a) => {
    if (added.has(n)) return;
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  });
  return Number.isFinite(minX) ? Math.max(maxX - minX, maxY - minY, 1) : 1;
}

/** Moves each node of `added` to the mean of its placed neighbours, a little off it; others keep theirs. */
export function placeNewNodes(graph: KnowledgeGraph, added: ReadonlySet<string>): void {
  if (!added.size || added.size === graph.order) return;
  // A step a few percent of the picture's size: near enough to read as "joined", far enough not to overlap.
  const step = pictureSize(graph, added) * 0.04;
  const placed = new Set(graph.filterNodes((n) => !added.has(n)));
  // New nodes joined only through other new nodes are placed once those are: a few rounds cover chains.
  for (let round = 0; round < 4; round++) {
    let progress = false;
    for (const n of added) {
      if (placed.has(n)) continue;
      const around = graph.neighbors(n).filter((m) => placed.has(m));
      if (!around.length) continue;
      const x = around.reduce((s, m) => s + graph.getNodeAttribute(m, 'x'), 0) / around.length;
      const y = around.reduce((s, m) => s + graph.getNodeAttribute(m, 'y'), 0) / around.length;
      // The direction comes from the id, so the same drop gives the same picture.
      const seed = seededPosition(n);
      const r = Math.hypot(seed.x, seed.y) || 1;
      graph.mergeNodeAttributes(n, { x: x + (seed.x / r) * step, y: y + (seed.y / r) * step });
      placed.add(n);
      progress = true;
    }
    if (!progress) break;
  }
}

/** Golden angle: successive points of a sunflower spiral never line up, so labels fan out. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Many newcomers around one node (a neighbourhood brought into a graph drawn in part) on a sunflower
 * spiral, in the order given (nearest first), spaced by the picture's size: placed next to it one by one
 * they piled up, labels over labels, until the layout had pulled them apart.
 */
export function spiralAround(graph: KnowledgeGraph, centre: string, nodes: readonly string[], added: ReadonlySet<string>): void {
  if (!nodes.length || !graph.hasNode(centre)) return;
  const spacing = pictureSize(graph, added) * 0.02;
  const { x, y } = graph.getNodeAttributes(centre);
  nodes.forEach((node, k) => {
    const r = spacing * Math.sqrt(k + 1);
    graph.mergeNodeAttributes(node, { x: x + r * Math.cos(k * GOLDEN_ANGLE), y: y + r * Math.sin(k * GOLDEN_ANGLE) });
  });
}
