// The export menu: every graph format, for what is shown or the whole graph, and a PNG of the view. The
// writers are loaded on first use, so they cost nothing on page load.
import { el } from './dom';
import type { ExplorerStore } from './explorer-store';
import type { KgSigma } from './graph-view';
import { createPopover } from './popover';

export type ExportFormat = 'gexf' | 'graphml' | 'json' | 'csv' | 'ttl' | 'nt' | 'neo4j';

// Mirrors src/io/formats.ts; the labels are here so the menu renders before the writers are loaded.
const FORMAT_BUTTONS: readonly { id: ExportFormat; text: string; hint: string }[] = [
  { id: 'gexf', text: 'GEXF', hint: 'Gephi' },
  { id: 'graphml', text: 'GraphML', hint: 'yEd, Cytoscape, NetworkX' },
  { id: 'json', text: 'JSON', hint: 'graphology' },
  { id: 'csv', text: 'CSV', hint: 'triples.csv' },
  { id: 'ttl', text: 'Turtle', hint: 'RDF' },
  { id: 'nt', text: 'N-Triples', hint: 'RDF' },
  { id: 'neo4j', text: 'Neo4j', hint: 'nodes.csv + relationships.csv' },
];

export function createExportMenu(store: ExplorerStore, renderer: () => KgSigma): HTMLElement {
  const status = el('p', { className: 'hint', attrs: { role: 'status' } });
  const scopeInputs = (['shown', 'all'] as const).map((scope) => {
    const id = `export-scope-${scope}`;
    const input = el('input', { id, attrs: { type: 'radio', name: 'export-scope', value: scope } });
    input.checked = scope === 'shown';
    return el('div', { className: 'radio' }, [input, el('label', { text: scope === 'shown' ? 'What is shown' : 'The whole graph', attrs: { for: id } })]);
  });
  // A graph drawn in part (large-graph.ts) has only its part here: the whole of it comes from `kg export`.
  const allLabel = scopeInputs[1]?.querySelector('label');
  const nameAll = (): void => {
    if (allLabel) allLabel.textContent = store.scope ? 'Everything drawn (the whole graph: kg export)' : 'The whole graph';
  };
  store.subscribe((c) => {
    if (c.kinds.has('graph')) nameAll();
  });
  nameAll();
  const scope = (): 'shown' | 'all' => (popover.panel.querySelector<HTMLInputElement>('input[name="export-scope"]:checked')?.value === 'all' ? 'all' : 'shown');

  async function run(task: () => Promise<string>): Promise<void> {
    status.textContent = 'Preparing…';
    try {
      status.textContent = await task();
    } catch (e) {
      status.textContent = `Export failed: ${e instanceof Error ? e.message : String(e)}`;
    }
  }

  const formatButtons = FORMAT_BUTTONS.map((f) =>
    el(
      'button',
      {
        className: 'menu-item',
        attrs: { type: 'button', 'data-format': f.id },
        on: {
          click: () =>
            void run(async () => {
              const actions = await import('./export-actions');
              return f.id === 'neo4j' ? actions.exportNeo4jPair(store, scope()) : actions.exportGraphFile(store, f.id, scope());
            }),
        },
      },
      [el('span', { className: 'menu-item-title', text: f.text }), el('span', { className: 'menu-item-hint', text: f.hint })],
    ),
  );
  const png = el(
    'button',
    {
      className: 'menu-item',
      attrs: { type: 'button', 'data-format': 'png' },
      on: { click: () => void run(async () => (await import('./export-actions')).exportPng(renderer())) },
    },
    [el('span', { className: 'menu-item-title', text: 'PNG image' }), el('span', { className: 'menu-item-hint', text: 'the current view' })],
  );

  const popover = createPopover('Export', 'Export', [
    el('fieldset', { className: 'menu-fieldset' }, [el('legend', { text: 'Graph to export' }), ...scopeInputs]),
    el('div', { className: 'menu-grid' }, formatButtons),
    el('div', { className: 'menu-sep', attrs: { role: 'separator' } }),
    png,
    status,
  ]);
  return popover.root;
}
