// The network: a sigma renderer over the store's graph. Filters, selection and path become precomputed sets
// read by the reducers; a filter change reprocesses only what it showed or hid, selection, path and language
// everything. Hover touches only the hovered neighbourhood (partial refresh), and on large graphs not sigma's
// picture at all (the focus layer draws it). Level of detail by size: sigma-settings.ts.
import Sigma from 'sigma';
import type { CameraState } from 'sigma/types';
import type { EdgeAttributes, NodeAttributes } from '../core/types';
import type { KeySubset } from '../graph/graph-index';
import type { KnowledgeGraph } from '../graph/kg-graph';
import type { Change, ExplorerStore } from './explorer-store';
import { parallelEdgeCurvatures } from './edge-curvature';
import { createEdgeVisibilityWriter } from './edge-visibility-writer';
import { createFocusLayer } from './focus-layer';
import { paceFrames } from './frame-pacing';
import { refillLabelGrid } from './label-grid';
import { flushNodeLabels } from './label-layout';
import { gatePicking } from './picking-gate';
import { nodeSize } from './node-style';
import { createEdgeReducer, createNodeReducer, emptyViewSets, LABEL_ALL_UP_TO, type ViewSets } from './reducers';
import { HEAVY_DRAW_ABOVE, SIMPLE_EDGES_ABOVE, sigmaSettings } from './sigma-settings';

export type KgSigma = Sigma<NodeAttributes, EdgeAttributes>;

export interface GraphView {
  renderer: KgSigma;
  /** Moves the camera onto a node (when it is on the picture). */
  focusNode(node: string): void;
  zoom(factor: number): void;
  resetCamera(): void;
  /** Frames what the filters leave. */
  frameVisible(): void;
  /** True while the user hovers a node, drags the stage or the camera moves: no time for a full redraw. */
  isInteracting(): boolean;
  /** True while the GPU is still drawing a frame already sent (mouse picking waits for it: picking-gate.ts). */
  isDrawing(): boolean;
}

export interface GraphViewEvents {
  onSelect(node: string): void;
}

export function createGraphView(container: HTMLElement, store: ExplorerStore, events: GraphViewEvents): GraphView {
  const sets: ViewSets = emptyViewSets();
  let hovered: string | null = null;
  // The sets first: sigma's constructor runs the reducers over the whole graph once, and that pass is the
  // first picture (a second full refresh afterwards cost as much again before the page was ready).
  indexGraph(store.graph);
  deriveSets();
  const renderer: KgSigma = new Sigma(store.graph, container, {
    ...sigmaSettings(store.graph.size, (key) => key === hovered || key === sets.selected),
    nodeReducer: createNodeReducer(sets),
    edgeReducer: createEdgeReducer(sets),
  });
  const focus = createFocusLayer(renderer, (e) => sets.curvature.get(e) ?? 0, () => sets.lang);
  const picking = gatePicking(renderer, container);
  paceFrames(renderer, picking.busy);
  const writeEdgeVisibility = createEdgeVisibilityWriter(renderer);

  function indexGraph(graph: KnowledgeGraph): void {
    container.classList.toggle('is-large', graph.size > HEAVY_DRAW_ABOVE);
    const sizes = new Map<string, number>();
    graph.forEachNode((n) => {
      sizes.set(n, nodeSize(graph.degree(n), graph.order));
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
    focus.setEdges(next?.edges ?? null);
    container.classList.toggle('is-hovering', next !== null);
    if (store.graph.size > HEAVY_DRAW_ABOVE) {
      // Large graphs: the neighbours go on the focus layer and sigma draws only its hover layer (the hovered
      // node), so the network is not redrawn: on a software renderer that takes up to a second, and the next
      // mouse move's picking would wait for it.
      sets.hoverNodes = null;
      focus.setNodes(next ? [...next.nodes].filter((n) => n !== node) : null);
      focus.draw();
      return;
    }
    sets.hoverNodes = next?.nodes ?? null;
    focus.setNodes(null);
    const affected = new Set<string>([...(before ?? []), ...(next?.nodes ?? [])]);
    // Only the nodes whose look changes are reprocessed; the rest keeps its cached display data.
    renderer.refresh({ partialGraph: { nodes: [...affected] }, skipIndexation: true });
  }

  // hideEdgesOnMove (large graphs) makes sigma refresh everything after a drag, to draw the edges again: all
  // reducers and a reprocess, ~300 ms at 10k nodes / 50k edges and seconds at 50k / 100k, after every pan.
  // A plain render is enough, since nothing but the camera changed. The click that ends a drag reaches this
  // listener after sigma's own (which reads the drag count to drop the click) and before sigma's refresh
  // (queued for after the click), so clearing the count here leaves the drag a render instead of a refresh.
  // A drag released outside the network has no click: sigma then refreshes, as before.
  container.addEventListener('click', () => {
    const captor = renderer.getMouseCaptor();
    if (!renderer.getSetting('hideEdgesOnMove') || captor.draggedEvents === 0) return;
    captor.draggedEvents = 0;
    renderer.scheduleRender();
  });

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

  /**
   * A change of filters alone (same selection, path and language): only the nodes and edges whose visibility
   * flipped go through the reducers again, instead of the whole graph. Positions, sizes and z-order are
   * unchanged, so sigma's indexation is skipped too; only its label grid is refilled.
   */
  function refreshFilter(): void {
    const beforeNodes = sets.visibleNodes;
    const beforeEdges = sets.visibleEdges;
    const beforeEmphasis = [sets.emphasisNodes, sets.emphasisEdges];
    deriveSets();
    if (beforeEmphasis[0] || beforeEmphasis[1] || sets.emphasisNodes || sets.emphasisEdges) {
      // Emphasis sets depend on what is visible; they are few, but redoing everything keeps this simple.
      renderer.refresh();
      return;
    }
    const afterEdges = sets.visibleEdges;
    const nodes = flipped(beforeNodes, sets.visibleNodes);
    const edges = flipped(beforeEdges, afterEdges);
    if (!nodes || !edges) {
      renderer.refresh();
      return;
    }
    const keys = store.visible.index.nodes;
    const nodeKeys = nodes.map((i) => keys[i] as string);
    // Nodes that stay shown change look when the count crosses the all-labelled line (reducers.ts).
    for (const few of [beforeNodes, sets.visibleNodes]) if (few && few.size <= LABEL_ALL_UP_TO) nodeKeys.push(...few);
    // Nodes first, through the reducers (their look may depend on more than visibility), without a render:
    // the edge programs read the extremities' display data.
    renderer.refresh({ partialGraph: { nodes: nodeKeys }, skipIndexation: true, schedule: true });
    // With no emphasis before or after, an edge's display data differs between two filters only in `hidden`.
    writeEdgeVisibility(store.visible.index, edges, afterEdges?.member ?? null);
    // Newly shown nodes need a place in the label grid; sigma fills it only in a full process.
    if (!refillLabelGrid(renderer, store.visible.index.nodes)) renderer.refresh({ partialGraph: { nodes: [] }, skipIndexation: false, schedule: true });
    renderer.scheduleRender();
  }

  /**
   * The index positions shown in one of two views and not the other (null: everything shown): a loop over
   * bytes, where a diff of two 50k-key sets took longer than drawing.
   */
  function flipped(before: KeySubset | null, after: KeySubset | null): number[] | null {
    const out: number[] = [];
    if (before && after) {
      // Two indexes: the graph changed under the view; its positions mean nothing here.
      if (!before.sameIndexAs(after)) return null;
      const [a, b] = [before.member, after.member];
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) out.push(i);
      return out;
    }
    const shown = after ?? before;
    if (!shown) return out;
    if (!shown.sameIndexAs(store.visible.nodes) && !shown.sameIndexAs(store.visible.edges)) return null;
    // From or to everything shown: everything the view lacks.
    const { member } = shown;
    for (let i = 0; i < member.length; i++) if (member[i] !== 1) out.push(i);
    return out;
  }

  function isInteracting(): boolean {
    const captor = renderer.getMouseCaptor();
    return hovered !== null || captor.isMouseDown || captor.isMoving || renderer.getCamera().isAnimated();
  }

  /**
   * Moves the camera: animated on small graphs; at once on large ones, where every animation frame is a full
   * redraw (up to a second each on a software renderer).
   */
  function moveCamera(state: Partial<CameraState>, ms: number): void {
    const camera = renderer.getCamera();
    if (store.graph.size > HEAVY_DRAW_ABOVE) camera.setState(state);
    else void camera.animate(state, { duration: ms });
  }
  const HOME: CameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };

  /** After a filter change, frame what is left (or everything, when the filters were cleared). */
  function frameVisible(): void {
    if (!sets.visibleNodes) {
      moveCamera(HOME, 350);
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
    moveCamera({ x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio }, 350);
  }

  function onChange(change: Change): void {
    if (change.kinds.has('graph')) {
      hovered = null;
      sets.hoverNodes = null;
      focus.setEdges(null);
      focus.setNodes(null);
      container.classList.remove('is-hovering');
      indexGraph(store.graph);
      deriveSets();
      if (renderer.getGraph() !== store.graph) renderer.setGraph(store.graph);
      else renderer.refresh();
      return;
    }
    if (change.kinds.has('filter') || change.kinds.has('selection') || change.kinds.has('path') || change.kinds.has('lang')) {
      if (hovered && !store.visible.nodes.has(hovered)) setHover(null);
      const filterOnly = !change.kinds.has('selection') && !change.kinds.has('path') && !change.kinds.has('lang');
      if (filterOnly) refreshFilter();
      else refreshAll();
      if (change.kinds.has('filter') && change.source !== 'load') frameVisible();
    }
  }

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
      moveCamera({ x: d.x, y: d.y, ratio }, 450);
    },
    zoom(factor) {
      const camera = renderer.getCamera();
      moveCamera({ ratio: camera.getBoundedRatio(camera.getState().ratio * factor) }, 250);
    },
    resetCamera() {
      moveCamera(HOME, 300);
    },
    frameVisible,
    isInteracting,
    isDrawing: picking.busy,
  };
}
