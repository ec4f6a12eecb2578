// Sigma settings in one place: programs, label look and the density rules that keep labels from piling up.
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { EdgeArrowProgram, EdgeLineProgram } from 'sigma/rendering';
import { drawDiscNodeHover } from 'sigma/rendering';
import type { NodeHoverDrawingFunction } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { EdgeAttributes, NodeAttributes } from '../core/types';
import { drawNodeLabelNow, queueNodeLabel } from './label-layout';

/** Above this many edges, arrows and curves cost more than they tell. */
export const SIMPLE_EDGES_ABOVE = 5000;

/**
 * Up to this many nodes and edges the layout's intermediate positions are drawn as it runs. Each drawing
 * reprocesses the whole graph on the main thread: ~180 ms at 10k nodes / 50k edges on a software renderer,
 * a second or more at 50k / 100k, every batch, while also taking CPU from the layout worker. Above this
 * only the final positions are drawn.
 */
export const LIVE_LAYOUT_MAX_NODES = 5000;
export const LIVE_LAYOUT_MAX_EDGES = 20_000;

/** Above this many edges, animated camera moves and the hover's redraw of the network are skipped (LOD). */
export const HEAVY_DRAW_ABOVE = SIMPLE_EDGES_ABOVE;

export const showsLayoutLive = (order: number, size: number): boolean => order <= LIVE_LAYOUT_MAX_NODES && size <= LIVE_LAYOUT_MAX_EDGES;

export const LABEL_FONT = 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif';

/**
 * The hovered or selected node gets sigma's label box; its highlighted neighbours only a bolder halo label,
 * so a hub's neighbourhood does not turn into a wall of boxes.
 */
export function createDrawHover(isPrimary: (key: string) => boolean): NodeHoverDrawingFunction<NodeAttributes, EdgeAttributes> {
  return (ctx, data, settings) => {
    const key = (data as { key?: string }).key ?? '';
    if (isPrimary(key)) {
      drawDiscNodeHover(ctx, data, { ...settings, labelWeight: '600' });
      return;
    }
    drawNodeLabelNow(ctx, data, { ...settings, labelWeight: '600' });
  };
}

export function sigmaSettings(
  edgeCount: number,
  isPrimary: (key: string) => boolean,
): Partial<Settings<NodeAttributes, EdgeAttributes>> {
  const simple = edgeCount > SIMPLE_EDGES_ABOVE;
  return {
    allowInvalidContainer: true,
    zIndex: true,
    // Sigma looks for edge labels around every labelled node on every frame (~10 ms at 50k edges, pans
    // included); large graphs show relation names on hover only, on the focus layer.
    renderEdgeLabels: !simple,
    defaultEdgeType: 'straight',
    edgeProgramClasses: {
      straight: simple ? EdgeLineProgram : EdgeArrowProgram,
      curved: simple ? EdgeLineProgram : EdgeCurvedArrowProgram,
    },
    labelFont: LABEL_FONT,
    labelSize: 12,
    labelWeight: '500',
    labelColor: { color: '#1e293b' },
    edgeLabelFont: LABEL_FONT,
    edgeLabelSize: 11,
    edgeLabelWeight: '500',
    edgeLabelColor: { color: '#475569' },
    labelDensity: 0.9,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: 6,
    defaultDrawNodeLabel: queueNodeLabel,
    defaultDrawNodeHover: createDrawHover(isPrimary),
    minCameraRatio: 0.05,
    maxCameraRatio: 4,
    // Room for the labels that run right of the outermost nodes.
    stagePadding: 64,
    // On large graphs the edges are left out while the camera moves. Drawing 50k of them takes a software
    // renderer about a second, and sigma's node picking on every mouse move (readPixels) waits for the last
    // frame to be drawn, so a drag with edges froze the page for seconds. The price: sigma refreshes
    // everything once at the end of a drag (~100 ms at 10k nodes / 50k edges).
    hideEdgesOnMove: edgeCount > 20000,
  };
}
