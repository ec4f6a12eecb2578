// A read-only handle on the running explorer for browser tests and the benchmark: they aim the mouse at
// a node's real position and time view changes instead of guessing from screenshots.
import type { ExplorerStore } from './explorer-store';
import type { GraphView } from './graph-view';
import type { LayoutStats } from './layout-runner';

export interface ExplorerHandle {
  store: ExplorerStore;
  view: GraphView;
  /** Where a node is drawn, in CSS pixels relative to the graph container; null when it is not drawn. */
  nodePosition(id: string): { x: number; y: number } | null;
  /** ForceAtlas2's progress and the worker's time iterating, for the benchmark's iterations per second. */
  layoutStats(): LayoutStats | null;
}

declare global {
  interface Window {
    kgExplorer?: ExplorerHandle;
  }
}

export function exposeExplorer(store: ExplorerStore, view: GraphView, layoutStats: () => LayoutStats | null): void {
  window.kgExplorer = {
    store,
    view,
    layoutStats,
    nodePosition(id) {
      const data = view.renderer.getNodeDisplayData(id);
      if (!data || data.hidden) return null;
      return view.renderer.framedGraphToViewport(data);
    },
  };
}
