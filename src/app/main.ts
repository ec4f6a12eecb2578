// Entry point: paint the frame at once, then load the graph and mount the panels around the network.
import { makeFilter } from '../graph/graph-filter';
import { el } from './dom';
import { exposeExplorer } from './automation-handle';
import { createDetailsPanel } from './details-panel';
import { createEntityCombobox } from './entity-combobox';
import { ExplorerStore } from './explorer-store';
import { createExportMenu } from './export-menu';
import { createFiltersPanel } from './filters-panel';
import { fetchGraph, onGraphDataChange, prefetchGraph } from './graph-source';
import { createGraphView } from './graph-view';
import { createImportControls } from './import-files';
import { createLayoutRunner } from './layout-runner';
import { createLegend } from './legend';
import { createShell } from './page-shell';
import { createPartNotice } from './part-notice';
import { createPathPanel } from './path-panel';
import { createProblemsPanel } from './problems-panel';
import { indexInBackground } from './search-index-builder';
import { showsLayoutLive } from './sigma-settings';
import { createCount, createLangSwitch } from './top-bar-controls';
import { syncUrl, viewFromLocation } from './url-sync';
import { createZoomControls } from './zoom-controls';

const root = document.getElementById('app') as HTMLElement;
const shell = createShell(root);

async function start(): Promise<void> {
  const loaded = await fetchGraph();
  const store = new ExplorerStore(loaded.graph, viewFromLocation(), loaded.scope);
  store.setProblems('build', loaded.problems);

  const layout = createLayoutRunner(
    (done, total) => {
      shell.status.textContent = done < total ? `Laying out… ${Math.round((done / total) * 100)}%` : '';
      document.documentElement.dataset.layout = done < total ? 'running' : 'done';
    },
    { live: showsLayoutLive, isBusy: () => view.isInteracting() },
  );
  const relayout = (): Promise<void> => {
    document.documentElement.dataset.layout = 'running';
    return layout.run(store.graph).catch((e: unknown) => {
      shell.status.textContent = e instanceof Error ? e.message : String(e);
    });
  };

  const view = createGraphView(shell.graphContainer, store, { onSelect: (node) => store.update({ selected: node }) });
  const goTo = (node: string) => {
    store.update({ selected: node });
    view.focusNode(node);
  };
  const path = createPathPanel(store, goTo);

  const search = createEntityCombobox(store, {
    label: 'Search',
    placeholder: 'A name in any of the three languages',
    inputId: 'search-input',
    onChoose: (hit) => goTo(hit.id),
  });
  shell.left.append(
    el('section', { className: 'panel-section search', attrs: { role: 'search' } }, [search.root]),
    createFiltersPanel(store),
    path.root,
  );
  shell.right.append(
    createDetailsPanel(store, {
      goTo,
      showNetwork: (node) => store.update({ filter: makeFilter({ ...store.view.filter, actors: [node] }) }),
      pathEnd: (node, end) => path.setEnd(node, end),
      clearFilters: () => store.update({ filter: makeFilter() }),
    }),
  );
  const importer = createImportControls(store, { onGraph: () => void relayout() });
  shell.count.append(createCount(store), createPartNotice(store));
  shell.toolbar.append(createLangSwitch(store), importer.menu, createExportMenu(store, () => view.renderer));
  shell.graphArea.append(createLegend(store));
  shell.overlays.append(importer.status, createZoomControls(view), createProblemsPanel(store));
  shell.app.append(importer.dropZone);

  syncUrl(store);
  // A graph drawn in part grows when the view names an entity not drawn yet: the newcomers settle in.
  store.subscribe((change) => {
    if (change.kinds.has('graph') && change.source !== 'load') void relayout();
  });
  onGraphDataChange(() => {
    void fetchGraph().then((next) => {
      store.setProblems('build', next.problems);
      store.setGraph(next.graph, next.scope);
      void relayout();
    });
  });

  exposeExplorer(store, view, () => layout.stats());
  shell.status.textContent = '';
  shell.app.dataset.state = 'ready';
  // The layout and the name index start once the first picture is on screen (two frames on): before, their
  // setup and the worker they keep busy competed with drawing it. The index is only needed when someone types.
  requestAnimationFrame(() =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        // A shared link with a selection opens on that entity, once it has found its place.
        void relayout().then(() => {
          if (store.view.selected) view.focusNode(store.view.selected);
          else view.frameVisible();
        });
        indexInBackground(store);
      }, 0),
    ),
  );
}

// Load after the first paint, so the frame shows while the graph is fetched (the request itself starts now).
prefetchGraph();
requestAnimationFrame(() => {
  setTimeout(() => {
    start().catch((e: unknown) => {
      shell.status.textContent = `Could not load the graph: ${e instanceof Error ? e.message : String(e)}`;
      shell.app.dataset.state = 'error';
    });
  }, 0);
});
