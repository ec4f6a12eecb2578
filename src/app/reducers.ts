// Sigma reducers: the view is derived from the graph on the fly. Each reducer only looks up precomputed sets
// (O(1) per item); panels change those sets and ask for a refresh, never swap the reducers.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttributes, Lang, NodeAttributes } from '../core/types';
import type { KeySubset } from '../graph/graph-index';
import { predicateLabel } from '../core/vocabulary';
import { DIMMED_NODE, EDGE_COLORS, TYPE_COLORS, isExtractedOnly, labelIn } from './node-style';

/**
 * When the filters leave at most this many nodes, every one is labelled: on a large graph nodes are drawn
 * small, below sigma's label size threshold, and a filtered handful would otherwise show no names.
 */
export const LABEL_ALL_UP_TO = 80;

/** A selection's neighbourhood (or a path) of up to this many nodes is labelled whatever the overlaps. */
export const LABEL_ALL_EMPHASIS_UP_TO = 12;

export interface ViewSets {
  lang: Lang;
  /** Nodes and edges the filters leave; null when nothing is filtered. */
  visibleNodes: KeySubset | null;
  visibleEdges: KeySubset | null;
  /** The selection's neighbourhood and the path: shown strongly, the rest greyed; null when neither is set. */
  emphasisNodes: ReadonlySet<string> | null;
  emphasisEdges: ReadonlySet<string> | null;
  selected: string;
  /** Hovered node and its neighbours, drawn on the highlight layer above the dimmed picture. */
  hoverNodes: ReadonlySet<string> | null;
  /** Node radius by degree, and the curvature of parallel edges (absent for single edges). */
  sizes: ReadonlyMap<string, number>;
  curvature: ReadonlyMap<string, number>;
}

export function emptyViewSets(): ViewSets {
  return {
    lang: 'en',
    visibleNodes: null,
    visibleEdges: null,
    emphasisNodes: null,
    emphasisEdges: null,
    selected: '',
    hoverNodes: null,
    sizes: new Map(),
    curvature: new Map(),
  };
}

/** Edge display data with the curvature read by @sigma/edge-curve. */
export type KgEdgeDisplay = Partial<EdgeDisplayData> & { curvature?: number };

export function createNodeReducer(sets: ViewSets): (node: string, data: NodeAttributes) => Partial<NodeDisplayData> {
  return (node, data) => {
    const out: Partial<NodeDisplayData> = {
      x: data.x,
      y: data.y,
      label: labelIn(data, sets.lang, node),
      size: sets.sizes.get(node) ?? 4,
      color: TYPE_COLORS[data.type] ?? '#999',
    };
    if (sets.visibleNodes && !sets.visibleNodes.has(node)) {
      out.hidden = true;
      return out;
    }
    if (sets.visibleNodes && sets.visibleNodes.size <= LABEL_ALL_UP_TO) {
      out.forceLabel = true;
      // Past the size threshold, not past the overlap rule (label-layout.ts): a selection's labels still win.
      (out as { labelYields?: boolean }).labelYields = true;
    }
    const hovered = sets.hoverNodes?.has(node) ?? false;
    if (sets.emphasisNodes) {
      if (sets.emphasisNodes.has(node)) {
        out.forceLabel = true;
        // A hub's neighbourhood would pile its labels onto each other: past a few, they give way.
        (out as { labelYields?: boolean }).labelYields = node !== sets.selected && sets.emphasisNodes.size > LABEL_ALL_EMPHASIS_UP_TO;
        out.zIndex = 1;
      } else if (!hovered) {
        out.color = DIMMED_NODE;
        out.label = null;
      }
    }
    if (node === sets.selected) {
      out.highlighted = true;
      out.zIndex = 2;
    }
    if (hovered) out.highlighted = true;
    return out;
  };
}

export function createEdgeReducer(sets: ViewSets): (edge: string, data: EdgeAttributes) => KgEdgeDisplay {
  return (edge, data) => {
    const extracted = isExtractedOnly(data.provenance);
    const curvature = sets.curvature.get(edge);
    const out: KgEdgeDisplay = {
      type: curvature === undefined ? 'straight' : 'curved',
      size: extracted ? 1 : 1.5,
      color: extracted ? EDGE_COLORS.extracted : EDGE_COLORS.curated,
      label: null,
    };
    if (curvature !== undefined) out.curvature = curvature;
    if (sets.visibleEdges && !sets.visibleEdges.has(edge)) {
      out.hidden = true;
      return out;
    }
    if (sets.emphasisEdges) {
      if (sets.emphasisEdges.has(edge)) {
        out.color = extracted ? EDGE_COLORS.focusExtracted : EDGE_COLORS.focus;
        out.size = 2.5;
        out.zIndex = 1;
        out.label = predicateLabel(data.predicate, sets.lang);
      } else {
        out.color = EDGE_COLORS.dimmed;
      }
    }
    return out;
  };
}
