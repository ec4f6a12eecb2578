// Legend of entity types (colour, count; a click toggles the type filter) and of the two edge styles.
import { ENTITY_TYPES } from '../core/types';
import type { EntityType } from '../core/types';
import { TYPE_LABELS } from '../core/vocabulary';
import { makeFilter } from '../graph/graph-filter';
import { el, replaceChildren } from './dom';
import type { ExplorerStore } from './explorer-store';
import { EDGE_COLORS, TYPE_COLORS } from './node-style';

export function createLegend(store: ExplorerStore): HTMLElement {
  const list = el('ul', { className: 'legend-types' });
  const edges = el('ul', { className: 'legend-edges' }, [
    el('li', {}, [el('span', { className: 'edge-sample', attrs: { style: `border-top-color:${EDGE_COLORS.curated}`, 'aria-hidden': 'true' } }), 'Curated relation']),
    el('li', {}, [el('span', { className: 'edge-sample', attrs: { style: `border-top-color:${EDGE_COLORS.extracted}`, 'aria-hidden': 'true' } }), 'Extracted from text (dashed when highlighted)']),
  ]);

  function toggle(type: EntityType): void {
    const f = store.view.filter;
    const types = f.types.includes(type) ? f.types.filter((t) => t !== type) : [...f.types, type];
    store.update({ filter: makeFilter({ ...f, types }) });
  }

  // Counts per type depend on the graph only: counted when it changes, not on every filter change.
  const counts = new Map<EntityType, number>();
  function count(): void {
    counts.clear();
    store.graph.forEachNode((_n, a) => counts.set(a.type, (counts.get(a.type) ?? 0) + 1));
  }

  function render(): void {
    const chosen = store.view.filter.types;
    replaceChildren(
      list,
      ENTITY_TYPES.filter((t) => counts.has(t)).map((t) =>
        el('li', {}, [
          el(
            'button',
            {
              className: `legend-item${chosen.length && !chosen.includes(t) ? ' off' : ''}`,
              attrs: { type: 'button', 'aria-pressed': String(chosen.includes(t)), title: `Show only ${TYPE_LABELS[t].en.toLowerCase()} entities (toggle)` },
              on: { click: () => toggle(t) },
            },
            [
              el('span', { className: 'swatch', attrs: { style: `background:${TYPE_COLORS[t]}`, 'aria-hidden': 'true' } }),
              el('span', { className: 'legend-label', text: TYPE_LABELS[t][store.view.lang] }),
              el('span', { className: 'legend-count', text: String(counts.get(t) ?? 0) }),
            ],
          ),
        ]),
      ),
    );
  }

  store.subscribe((c) => {
    if (c.kinds.has('graph')) count();
    if (c.kinds.has('graph') || c.kinds.has('filter') || c.kinds.has('lang')) render();
  });
  count();
  render();
  return el('aside', { className: 'legend', attrs: { 'aria-labelledby': 'legend-heading' } }, [
    el('h2', { id: 'legend-heading', className: 'sr-only', text: 'Legend' }),
    list,
    edges,
  ]);
}
