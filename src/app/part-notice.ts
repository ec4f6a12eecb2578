// The top bar's word on a graph drawn in part (large-graph.ts): how many of its relations are shown, and how
// to see more. Hidden for a graph drawn whole.
import { el } from './dom';
import type { ExplorerStore } from './explorer-store';

/** "Showing 20,000 of 1,000,000 relations — …" in the top bar while the graph is drawn in part. */
export function createPartNotice(store: ExplorerStore): HTMLElement {
  const out = el('p', { className: 'part-notice', attrs: { role: 'status', 'data-testid': 'part-notice' } });
  const render = (): void => {
    const scope = store.scope;
    out.hidden = !scope;
    if (!scope) return;
    const n = (v: number) => v.toLocaleString('en');
    out.textContent = `Showing ${n(store.graph.size)} of ${n(scope.edges)} relations — search or pick an actor to see their part`;
    out.title = `The graph has ${n(scope.nodes)} entities and ${n(scope.edges)} relations, too many to draw at once: the most connected entities are drawn, and each one you search for or pick as an actor brings its neighbourhood.`;
  };
  store.subscribe((c) => {
    if (c.kinds.has('graph')) render();
  });
  render();
  return out;
}
