// A read-only handle on the running explorer for browser tests and the benchmark: they aim the mouse at
// a node's real position and time view changes instead of guessing from screenshots.
import type { ExplorerStore } from './explorer-store';
import type { GraphView } from './graph-view';

export interface ExplorerHandle {
  store: ExplorerStore;
  view: GraphView;
  /** Where a node is drawn, in CSS pixels relative to the graph container; null when it is not drawn. */
  nodePosition(id: string): { x: number; y: number } | null;
}

declare global {
  interface Window {
    kgExplorer?: ExplorerHandle;
  }
}

export function exposeExplorer(store: ExplorerStore, view: GraphView): void {
  window.kgExplorer = {
    store,
    view,
    nodePosition(id) {
      const data = view.renderer.getNodeDisplayData(id);
      if (!data || data.hidden) return null;
      return view.renderer.framedGraphToViewport(data);
    },
  };
}
