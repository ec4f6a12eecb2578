// The URL holds the whole view: every user change adds a history entry, Back and Forward restore it, and a
// shared or reloaded link opens on the same view.
import { viewStateFromParams, viewStateToParams, type ViewState } from '../graph/view-state';
import type { ChangeKind, ExplorerStore } from './explorer-store';

const VIEW_KINDS: readonly ChangeKind[] = ['filter', 'selection', 'path', 'lang'];

export function viewFromLocation(): ViewState {
  return viewStateFromParams(new URLSearchParams(window.location.search));
}

function urlOf(view: ViewState): string {
  const query = viewStateToParams(view).toString();
  return `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
}

export function syncUrl(store: ExplorerStore): void {
  store.subscribe((change) => {
    const viewChanged = VIEW_KINDS.some((k) => change.kinds.has(k));
    if (!viewChanged || change.source === 'history') return;
    const url = urlOf(store.view);
    if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
    if (change.source === 'user') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  });
  window.addEventListener('popstate', () => store.update(viewFromLocation(), 'history'));
}
