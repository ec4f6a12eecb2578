// The page's frame: top bar, the filters on the left, the network in the middle, details on the right.
// Panels are mounted into the slots once the graph is loaded.
import { el } from './dom';

export interface Shell {
  app: HTMLElement;
  count: HTMLElement;
  toolbar: HTMLElement;
  left: HTMLElement;
  graphArea: HTMLElement;
  graphContainer: HTMLElement;
  overlays: HTMLElement;
  right: HTMLElement;
  status: HTMLElement;
}

export function createShell(app: HTMLElement): Shell {
  const count = el('div', { className: 'count-slot' });
  const toolbar = el('div', { className: 'toolbar' });
  const header = el('header', { className: 'topbar' }, [
    el('div', { className: 'brand' }, [
      el('span', { className: 'brand-mark', attrs: { 'aria-hidden': 'true' } }),
      el('h1', {}, [el('span', { className: 'brand-title', text: 'Kazakhstan foreign relations' }), el('span', { className: 'brand-sub', text: 'knowledge graph' })]),
    ]),
    count,
    toolbar,
  ]);
  const left = el('aside', { className: 'sidebar left', attrs: { 'aria-label': 'Search and filters' } });
  const graphContainer = el('div', { className: 'graph', attrs: { role: 'img', 'aria-label': 'Network of entities and relations' } });
  const status = el('p', { className: 'graph-status', attrs: { role: 'status' }, text: 'Loading the graph…' });
  const overlays = el('div', { className: 'overlays' });
  const graphArea = el('main', { className: 'graph-area', attrs: { 'aria-label': 'Network' } }, [graphContainer, status, overlays]);
  const right = el('aside', { className: 'sidebar right', attrs: { 'aria-label': 'Details' } });
  app.replaceChildren(el('a', { className: 'skip-link', text: 'Skip to search', attrs: { href: '#search-input' } }), header, el('div', { className: 'layout' }, [left, graphArea, right]));
  return { app, count, toolbar, left, graphArea, graphContainer, overlays, right, status };
}
