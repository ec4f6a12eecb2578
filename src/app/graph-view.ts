// The network: a sigma renderer over the store's graph. Filters, selection and path become precomputed sets
// read by the reducers (full refresh); hover touches only the hovered neighbourhood (partial refresh).
import Sigma from 'sigma';
import type { EdgeAttributes, NodeAttributes } from '../core/types';
import type { KnowledgeGraph } from '../graph/kg-graph';
import type { Change, ExplorerStore } from './explorer-store';
import { parallelEdgeCurvatures } from './edge-curvature';
import { createFocusLayer } from './focus-layer';
import { flushNodeLabels } from './label-layout';
import { nodeSize } from './node-style';
import { createEdgeReducer, createNodeReducer, emptyViewSets, type ViewSets } from './reducers';
import { SIMPLE_EDGES_ABOVE, sigmaSettings } from './sigma-settings';

export type KgSigma = Sigma<NodeAttributes, EdgeAttributes>;

export interface GraphView {
  renderer: KgSigma;
  /** Moves the camera onto a node (when it is on the picture). */
  focusNode(node: string): void;
  zoom(factor: number): void;
  resetCamera(): void;
  /** Frames what the filters leave. */
  frameVisible(): void;
}

export interface GraphViewEvents {
  onSelect(node: string): void;
}

export function createGraphView(container: HTMLElement, store: ExplorerStore, events: GraphViewEvents): GraphView {
  const sets: ViewSets = emptyViewSets();
  let hovered: string | null = null;
  const renderer: KgSigma = new Sigma(store.graph, container, {
    ...sigmaSettings(store.graph.size, (key) => key === hovered || key === sets.selected),
    nodeReducer: createNodeReducer(sets),
    edgeReducer: createEdgeReducer(sets),
  });
  const focus = createFocusLayer(renderer, (e) => sets.curvature.get(e) ?? 0, () => sets.lang);

  function indexGraph(graph: KnowledgeGraph): void {
    const sizes = new Map<string, number>();
    graph.forEachNode((n) => {
      sizes.set(n, nodeSize(graph.degree(n)));
    });
    sets.sizes = sizes;
    sets.curvature = graph.size > SIMPLE_EDGES_ABOVE ? new Map() : parallelEdgeCurvatures(graph);
  }

  /** Recomputes the sets the reducers read from the store's view. */
  function deriveSets(): void {
    const { graph, view, visible, path } = store;
    const filtered = visible.nodes.size !== graph.order || visible.edges.size !== graph.size;
    sets.visibleNodes = filtered ? visible.nodes : null;
    sets.visibleEdges = filtered ? visible.edges : null;
    sets.lang = view.lang;
    sets.selected = graph.hasNode(view.selected) ? view.selected : '';
    const nodes = new Set<string>();
    const edges = new Set<string>();
    if (sets.selected && visible.nodes.has(sets.selected)) {
      nodes.add(sets.selected);
      graph.forEachEdge(sets.selected, (e, _a, s, t) => {
        if (!visible.edges.has(e)) return;
        edges.add(e);
        nodes.add(s);
        nodes.add(t);
      });
    }
    if (path) {
      for (const n of path.nodes) nodes.add(n);
      for (const e of path.edges) edges.add(e);
    }
    const emphasis = nodes.size > 0;
    sets.emphasisNodes = emphasis ? nodes : null;
    sets.emphasisEdges = emphasis ? edges : null;
  }

  function hoverSet(node: string): { nodes: Set<string>; edges: string[] } {
    const { graph, visible } = store;
    const nodes = new Set([node]);
    const edges: string[] = [];
    graph.forEachEdge(node, (e, _a, s, t) => {
      if (!visible.edges.has(e)) return;
      edges.push(e);
      nodes.add(s === node ? t : s);
    });
    return { nodes, edges };
  }

  function setHover(node: string | null): void {
    const before = sets.hoverNodes;
    hovered = node;
    const next = node && store.graph.hasNode(node) ? hoverSet(node) : null;
    sets.hoverNodes = next?.nodes ?? null;
    focus.setEdges(next?.edges ?? null);
    container.classList.toggle('is-hovering', next !== null);
    const affected = new Set<string>([...(before ?? []), ...(next?.nodes ?? [])]);
    // Only the nodes whose look changes are reprocessed; the rest keeps its cached display data.
    renderer.refresh({ partialGraph: { nodes: [...affected] }, skipIndexation: true });
  }

  renderer.on('enterNode', ({ node }) => setHover(node));
  renderer.on('leaveNode', () => setHover(null));
  renderer.on('clickNode', ({ node }) => events.onSelect(node));
  renderer.on('clickStage', () => events.onSelect(''));
  const labelsContext = renderer.getCanvases().labels?.getContext('2d');
  renderer.on('afterRender', () => {
    flushNodeLabels(labelsContext);
    focus.draw();
  });

  function refreshAll(): void {
    deriveSets();
    renderer.refresh();
  }

  /** After a filter change, frame what is left (or everything, when the filters were cleared). */
  function frameVisible(): void {
    const camera = renderer.getCamera();
    if (!sets.visibleNodes) {
      void camera.animatedReset({ duration: 350 });
      return;
    }
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (const n of sets.visibleNodes) {
      const d = renderer.getNodeDisplayData(n);
      if (!d) continue;
      x0 = Math.min(x0, d.x);
      x1 = Math.max(x1, d.x);
      y0 = Math.min(y0, d.y);
      y1 = Math.max(y1, d.y);
    }
    if (x0 === Infinity) return;
    // Display coordinates put the whole graph in a unit box at ratio 1; a part of it needs its share of that.
    const ratio = Math.min(1, Math.max(0.2, Math.max(x1 - x0, y1 - y0) * 1.25));
    void camera.animate({ x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio }, { duration: 350 });
  }

  function onChange(change: Change): void {
    if (change.kinds.has('graph')) {
      hovered = null;
      sets.hoverNodes = null;
      focus.setEdges(null);
      container.classList.remove('is-hovering');
      indexGraph(store.graph);
      deriveSets();
      if (renderer.getGraph() !== store.graph) renderer.setGraph(store.graph);
      else renderer.refresh();
      return;
    }
    if (change.kinds.has('filter') || change.kinds.has('selection') || change.kinds.has('path') || change.kinds.has('lang')) {
      if (hovered && !store.visible.nodes.has(hovered)) setHover(null);
      refreshAll();
      if (change.kinds.has('filter') && change.source !== 'load') frameVisible();
    }
  }

  indexGraph(store.graph);
  refreshAll();
  store.subscribe(onChange);

  return {
    renderer,
    focusNode(node) {
      const d = renderer.getNodeDisplayData(node);
      if (!d) return;
      // Centre on the node, with its visible neighbours in view.
      let reach = 0.08;
      store.graph.forEachNeighbor(node, (n) => {
        const o = store.visible.nodes.has(n) ? renderer.getNodeDisplayData(n) : undefined;
        if (o) reach = Math.max(reach, Math.abs(o.x - d.x), Math.abs(o.y - d.y));
      });
      const ratio = Math.min(1.2, Math.max(0.2, reach * 2.4));
      void renderer.getCamera().animate({ x: d.x, y: d.y, ratio }, { duration: 450 });
    },
    zoom(factor) {
      const camera = renderer.getCamera();
      void (factor > 1 ? camera.animatedUnzoom({ duration: 250, factor }) : camera.animatedZoom({ duration: 250, factor: 1 / factor }));
    },
    resetCamera() {
      void renderer.getCamera().animatedReset({ duration: 300 });
    },
    frameVisible,
  };
}
