// Sigma fills its label grid (which labels may show, by cell) only in a full process of the graph, which
// also rewrites every edge program: ~0.5 s at 10k nodes / 50k edges on a software renderer. After a filter
// change only the grid is stale (nodes newly shown have no cell), so it is refilled here from the cached
// display data, as sigma's process does, without touching the programs.
import { Camera } from 'sigma';
import type { NodeDisplayData } from 'sigma/types';
import { matrixFromCamera } from 'sigma/utils';
import type { KgSigma } from './graph-view';

interface LabelGridInternals {
  labelGrid: {
    resizeAndClear(dimensions: { width: number; height: number }, cellSize: number): void;
    add(key: string, size: number, position: { x: number; y: number }): void;
    organize(): void;
  };
  nodeDataCache: Record<string, NodeDisplayData | undefined>;
}

/** Refills the label grid from the nodes' display data; false when this sigma has no such internals. */
export function refillLabelGrid(renderer: KgSigma, nodes: readonly string[]): boolean {
  const { labelGrid: grid, nodeDataCache } = renderer as unknown as Partial<LabelGridInternals>;
  if (!grid || !nodeDataCache || typeof grid.organize !== 'function') return false;
  const dimensions = renderer.getDimensions();
  // Sigma places labels in the grid as seen by a camera at rest, not the current one.
  const matrix = matrixFromCamera(new Camera().getState(), dimensions, renderer.getGraphDimensions(), renderer.getStagePadding());
  grid.resizeAndClear(dimensions, renderer.getSetting('labelGridCellSize'));
  for (const node of nodes) {
    const data = nodeDataCache[node];
    if (data && typeof data.label === 'string' && !data.hidden) grid.add(node, data.size, renderer.framedGraphToViewport(data, { matrix }));
  }
  grid.organize();
  return true;
}
