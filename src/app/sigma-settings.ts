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
    renderEdgeLabels: true,
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
    hideEdgesOnMove: edgeCount > 20000,
  };
}
