// Opening files: pick or drop a triples CSV, GEXF, GraphML or graphology JSON (or RDF, or entities.csv with
// triples.csv together), or news articles (.txt). The size is checked before reading, parsing (and, for
// articles, extraction) runs in a worker, and the result replaces the graph or is merged into it; an
// article's triples always join the graph shown. A file with errors changes nothing: its problems are listed
// with file, line and column.
import type { SerializedGraph } from 'graphology-types';
import { hasErrors, problem } from '../core/problems';
import type { EdgeAttributes, EntityRecord, GraphAttributes, NodeAttributes, Problem } from '../core/types';
import { createKnowledgeGraph, type KnowledgeGraph } from '../graph/kg-graph';
import { mergeInto } from '../graph/merge-graphs';
import { MAX_IMPORT_BYTES, MAX_SNAPSHOT_BYTES } from '../io/import-guards';
import { el } from './dom';
import type { ExplorerStore, GraphScope } from './explorer-store';
import { ARTICLE_EXTENSION, isArticleFile, type ArticleSummary, type ImportReply, type ImportRequest } from './import-protocol';
import { placeNewNodes } from './place-new-nodes';
import { createPopover } from './popover';
import { entityRecordOf } from '../graph/attributes';

// The extensions of src/io/formats.ts, snapshots (src/io/snapshot.ts; its reader is not loaded with the page)
// and articles; the worker resolves the format itself, this only screens early.
const SNAPSHOT_EXTENSION = '.kgs';
const EXTENSIONS = ['.csv', '.gexf', '.graphml', '.json', '.ttl', '.nt', SNAPSHOT_EXTENSION, ARTICLE_EXTENSION] as const;
const ACCEPT = EXTENSIONS.join(',');
const megabytes = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
const extensionOf = (name: string) => EXTENSIONS.find((x) => name.toLowerCase().endsWith(x));

export interface ImportHooks {
  /** Called with the new graph once it is in the store (to lay it out). */
  onGraph(graph: KnowledgeGraph): void;
}

/** The entities shown, as the records the article extractor resolves names against. */
function shownEntities(graph: KnowledgeGraph): EntityRecord[] {
  return graph.mapNodes(entityRecordOf);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const summary = (a: ArticleSummary) => `${a.file}: ${plural(a.relations, 'relation', 'relations')}, ${plural(a.newEntities, 'new entity', 'new entities')}`;

function parseInWorker(files: File[], known: SerializedGraph | null, entities?: EntityRecord[]): Promise<ImportReply> {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve) => {
    worker.onmessage = (e: MessageEvent<ImportReply>) => {
      worker.terminate();
      resolve(e.data);
    };
    worker.onerror = (e) => {
      worker.terminate();
      resolve({ id: 0, graph: null, problems: [problem(files[0]?.name ?? '', 0, 0, `could not read the file: ${e.message}`)] });
    };
    const req: ImportRequest = { id: 1, files, known, ...(entities ? { entities } : {}) };
    worker.postMessage(req);
  });
}

/** Why these files cannot be opened, before anything is read; empty when they can. */
function screen(files: readonly File[]): Problem[] {
  const problems: Problem[] = [];
  for (const f of files) {
    const limit = extensionOf(f.name) === SNAPSHOT_EXTENSION ? MAX_SNAPSHOT_BYTES : MAX_IMPORT_BYTES;
    if (f.size > limit) problems.push(problem(f.name, 0, 0, `file is too large to open: ${megabytes(f.size)}, the limit is ${megabytes(limit)}`));
    else if (!extensionOf(f.name)) problems.push(problem(f.name, 0, 0, `unknown file type: expected ${EXTENSIONS.join(', ')}`));
  }
  const articles = files.filter((f) => isArticleFile(f.name)).length;
  if (!problems.length && articles > 0 && articles < files.length) {
    problems.push(problem(files.map((f) => f.name).join(', '), 0, 0, 'open news articles (.txt) on their own, not together with graph files'));
  }
  if (!problems.length && articles === 0 && files.length > 1 && !files.every((f) => extensionOf(f.name) === '.csv')) {
    problems.push(problem(files.map((f) => f.name).join(', '), 0, 0, 'open one graph file at a time, or CSV files that belong together (entities.csv with triples.csv)'));
  }
  return problems;
}

export interface ImportControls {
  menu: HTMLElement;
  dropZone: HTMLElement;
  /** What the last open did ("seed-2.txt: 12 relations, 5 new entities"), shown over the network. */
  status: HTMLElement;
}

/** The status line over the network: a message and a button to put it away. */
function createStatus(): { root: HTMLElement; say(text: string): void } {
  const text = el('span', { className: 'import-status-text' });
  const root = el('div', { className: 'import-status card', attrs: { role: 'status', 'data-testid': 'import-status' } }, [
    text,
    el('button', { className: 'icon-button', text: '×', attrs: { type: 'button', 'aria-label': 'Dismiss the message' }, on: { click: () => say('') } }),
  ]);
  function say(message: string): void {
    text.textContent = message;
    root.hidden = message === '';
  }
  say('');
  return { root, say };
}

export function createImportControls(store: ExplorerStore, hooks: ImportHooks): ImportControls {
  const status = createStatus();
  const fileInput = el('input', {
    className: 'sr-only',
    attrs: { type: 'file', accept: ACCEPT, multiple: '', 'aria-label': 'Open a graph file or a news article', tabindex: '-1', 'data-testid': 'file-input' },
  });
  const modes = (['replace', 'merge'] as const).map((mode) => {
    const id = `open-mode-${mode}`;
    const input = el('input', { id, attrs: { type: 'radio', name: 'open-mode', value: mode } });
    input.checked = mode === 'replace';
    return el('div', { className: 'radio' }, [input, el('label', { text: mode === 'replace' ? 'Replace the graph' : 'Merge into the graph', attrs: { for: id } })]);
  });
  const merging = () => (document.querySelector<HTMLInputElement>('input[name="open-mode"]:checked')?.value ?? 'replace') === 'merge';

  /**
   * Shows the graph built from what was opened: in place of the current one, or merged into a copy of it.
   * A graph drawn in part (`scope`) always replaces: a part merged into another graph would be neither.
   */
  function show(incoming: KnowledgeGraph, merge: boolean, scope: GraphScope | null = null): KnowledgeGraph {
    if (!merge || scope) {
      store.setGraph(incoming, scope);
      hooks.onGraph(incoming);
      return incoming;
    }
    // Merged into a copy, so the graph on screen is only replaced once the merge is complete.
    const next = store.graph.copy() as KnowledgeGraph;
    mergeInto(next, incoming);
    placeNewNodes(next, new Set(next.filterNodes((n) => !store.graph.hasNode(n))));
    store.setGraph(next);
    hooks.onGraph(next);
    return next;
  }

  const received = (serialized: SerializedGraph, name: string): KnowledgeGraph => {
    const g = createKnowledgeGraph(name);
    g.import(serialized as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>);
    return g;
  };

  /** Articles are independent: each one's problems are listed under its name, and those that gave triples join the graph. */
  async function openArticles(files: File[], origin: string): Promise<void> {
    const reply = await parseInWorker(files, null, shownEntities(store.graph));
    const names = new Set(files.map((f) => f.name));
    for (const f of files) store.setProblems(f.name, reply.problems.filter((p) => p.file === f.name));
    const other = reply.problems.filter((p) => !names.has(p.file));
    if (other.length) store.setProblems(origin, other);
    const added = reply.articles ?? [];
    const refused = files.filter((f) => !added.some((a) => a.file === f.name)).map((f) => `${f.name}: nothing added, see the problems`);
    if (reply.graph && added.length) show(received(reply.graph, origin), true);
    status.say([...added.map(summary), ...refused].join(' · '));
  }

  async function openGraph(files: File[], origin: string): Promise<void> {
    const needsKnown = files.some((f) => extensionOf(f.name) === '.csv');
    const reply = await parseInWorker(files, needsKnown ? store.graph.export() : null);
    if (reply.columns) {
      const { openColumns } = await import('./large-graph');
      const opened = await openColumns(reply.columns).catch((e: unknown) => (e instanceof Error ? e.message : String(e)));
      if (typeof opened === 'string') {
        store.setProblems(origin, [problem(origin, 0, 0, opened)]);
        status.say(`${origin}: not opened.`);
        return;
      }
      const merge = merging() && !opened.scope;
      store.setProblems(origin, []);
      const next = show(opened.graph, merge, opened.scope);
      const whole = opened.scope ? `, ${opened.scope.nodes.toLocaleString('en')} nodes and ${opened.scope.edges.toLocaleString('en')} edges in all` : '';
      status.say(`${origin}: ${merge ? 'merged' : 'opened'}, ${next.order} nodes, ${next.size} edges shown${whole}.`);
      return;
    }
    if (!reply.graph || hasErrors(reply.problems)) {
      store.setProblems(origin, reply.problems.length ? reply.problems : [problem(origin, 0, 0, 'the file holds no graph')]);
      status.say(`${origin}: not opened.`);
      return;
    }
    const merge = merging();
    store.setProblems(origin, reply.problems);
    const next = show(received(reply.graph, origin), merge);
    status.say(`${origin}: ${merge ? 'merged' : 'opened'}, ${next.order} nodes, ${next.size} edges.`);
  }

  async function open(files: File[]): Promise<void> {
    const origin = files.map((f) => f.name).join(', ');
    const refused = screen(files);
    if (refused.length) {
      store.setProblems(origin, refused);
      status.say(`${origin}: not opened.`);
      return;
    }
    const articles = files.every((f) => isArticleFile(f.name));
    status.say(articles ? `Reading ${origin} for relations…` : `Reading ${origin}…`);
    document.documentElement.dataset.import = 'busy';
    try {
      await (articles ? openArticles(files, origin) : openGraph(files, origin));
    } finally {
      document.documentElement.dataset.import = 'done';
    }
  }

  fileInput.addEventListener('change', () => {
    const files = [...(fileInput.files ?? [])];
    fileInput.value = '';
    if (files.length) {
      popover.close();
      void open(files);
    }
  });

  const chooser = el('button', { className: 'button primary', text: 'Choose a file…', attrs: { type: 'button' }, on: { click: () => fileInput.click() } });
  const popover = createPopover('Open', 'Open a graph file or a news article', [
    chooser,
    fileInput,
    el('fieldset', { className: 'menu-fieldset' }, [el('legend', { text: 'When opening a graph file' }), ...modes]),
    el('p', {
      className: 'hint',
      text: `Triples CSV, GEXF, GraphML, graphology JSON, Turtle or N-Triples, up to ${megabytes(MAX_IMPORT_BYTES)}, or a graph snapshot (${SNAPSHOT_EXTENSION}) up to ${megabytes(MAX_SNAPSHOT_BYTES)}. A news article (.txt, Kazakh, Russian or English) adds the relations found in it to the graph. You can also drop files anywhere on the page.`,
    }),
  ]);
  const root = el('div', { className: 'open-control' }, [popover.root]);

  // Drag and drop anywhere on the page.
  const dropZone = el('div', { className: 'drop-zone', attrs: { 'aria-hidden': 'true' } }, [
    el('p', { text: 'Drop a graph file to open it, or a news article (.txt) to add its relations' }),
  ]);
  dropZone.hidden = true;
  let depth = 0;
  const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
  document.addEventListener('dragenter', (e) => {
    if (!hasFiles(e)) return;
    depth++;
    dropZone.hidden = false;
  });
  document.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) dropZone.hidden = true;
  });
  document.addEventListener('dragover', (e) => {
    if (hasFiles(e)) e.preventDefault();
  });
  document.addEventListener('drop', (e) => {
    const files = [...(e.dataTransfer?.files ?? [])];
    depth = 0;
    dropZone.hidden = true;
    if (!files.length) return;
    e.preventDefault();
    void open(files);
  });
  return { menu: root, dropZone, status: status.root };
}
