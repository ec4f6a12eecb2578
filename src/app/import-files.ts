// Opening files: pick or drop a triples CSV, GEXF, GraphML or graphology JSON (or RDF, or entities.csv with
// triples.csv together). The size is checked before reading, parsing runs in a worker, and the result replaces
// the graph or is merged into it. A file with errors changes nothing: its problems are listed with file, line
// and column.
import type { SerializedGraph } from 'graphology-types';
import { hasErrors, problem } from '../core/problems';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, Problem } from '../core/types';
import { createKnowledgeGraph, type KnowledgeGraph } from '../graph/kg-graph';
import { mergeInto } from '../graph/merge-graphs';
import { MAX_IMPORT_BYTES } from '../io/import-guards';
import { el } from './dom';
import type { ExplorerStore } from './explorer-store';
import type { ImportReply, ImportRequest } from './import-protocol';
import { createPopover } from './popover';

// The extensions of src/io/formats.ts; the worker resolves the format itself, this only screens early.
const EXTENSIONS = ['.csv', '.gexf', '.graphml', '.json', '.ttl', '.nt'] as const;
const ACCEPT = EXTENSIONS.join(',');
const megabytes = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
const extensionOf = (name: string) => EXTENSIONS.find((x) => name.toLowerCase().endsWith(x));

export interface ImportHooks {
  /** Called with the new graph once it is in the store (to lay it out). */
  onGraph(graph: KnowledgeGraph): void;
}

function parseInWorker(files: File[], known: SerializedGraph | null): Promise<ImportReply> {
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
    const req: ImportRequest = { id: 1, files, known };
    worker.postMessage(req);
  });
}

/** Why these files cannot be opened, before anything is read; empty when they can. */
function screen(files: readonly File[]): Problem[] {
  const problems: Problem[] = [];
  for (const f of files) {
    if (f.size > MAX_IMPORT_BYTES) problems.push(problem(f.name, 0, 0, `file is too large to open: ${megabytes(f.size)}, the limit is ${megabytes(MAX_IMPORT_BYTES)}`));
    else if (!extensionOf(f.name)) problems.push(problem(f.name, 0, 0, `unknown file type: expected ${EXTENSIONS.join(', ')}`));
  }
  if (!problems.length && files.length > 1 && !files.every((f) => extensionOf(f.name) === '.csv')) {
    problems.push(problem(files.map((f) => f.name).join(', '), 0, 0, 'open one graph file at a time, or CSV files that belong together (entities.csv with triples.csv)'));
  }
  return problems;
}

export function createImportControls(store: ExplorerStore, hooks: ImportHooks): { menu: HTMLElement; dropZone: HTMLElement } {
  const status = el('p', { className: 'hint', attrs: { role: 'status' } });
  const fileInput = el('input', {
    className: 'sr-only',
    attrs: { type: 'file', accept: ACCEPT, multiple: '', 'aria-label': 'Open a graph file', tabindex: '-1', 'data-testid': 'file-input' },
  });
  const modes = (['replace', 'merge'] as const).map((mode) => {
    const id = `open-mode-${mode}`;
    const input = el('input', { id, attrs: { type: 'radio', name: 'open-mode', value: mode } });
    input.checked = mode === 'replace';
    return el('div', { className: 'radio' }, [input, el('label', { text: mode === 'replace' ? 'Replace the graph' : 'Merge into the graph', attrs: { for: id } })]);
  });
  const merging = () => (document.querySelector<HTMLInputElement>('input[name="open-mode"]:checked')?.value ?? 'replace') === 'merge';

  async function open(files: File[]): Promise<void> {
    const origin = files.map((f) => f.name).join(', ');
    const fail = (problems: Problem[]) => {
      store.setProblems(origin, problems);
      status.textContent = `${origin}: not opened.`;
    };
    const refused = screen(files);
    if (refused.length) {
      fail(refused);
      return;
    }
    status.textContent = `Reading ${origin}…`;
    document.documentElement.dataset.import = 'busy';
    const needsKnown = files.some((f) => extensionOf(f.name) === '.csv');
    const reply = await parseInWorker(files, needsKnown ? store.graph.export() : null);
    document.documentElement.dataset.import = 'done';
    if (!reply.graph || hasErrors(reply.problems)) {
      fail(reply.problems.length ? reply.problems : [problem(origin, 0, 0, 'the file holds no graph')]);
      return;
    }
    const incoming = createKnowledgeGraph(origin);
    incoming.import(reply.graph as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>);
    const merge = merging();
    let next = incoming;
    if (merge) {
      // Merged into a copy, so the graph on screen is only replaced once the merge is complete.
      next = store.graph.copy() as KnowledgeGraph;
      mergeInto(next, incoming);
    }
    store.setProblems(origin, reply.problems);
    store.setGraph(next);
    hooks.onGraph(next);
    status.textContent = `${origin}: ${merge ? 'merged' : 'opened'}, ${next.order} nodes, ${next.size} edges.`;
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
  const popover = createPopover('Open', 'Open a graph file', [
    chooser,
    fileInput,
    el('fieldset', { className: 'menu-fieldset' }, [el('legend', { text: 'When opening' }), ...modes]),
    el('p', {
      className: 'hint',
      text: `Triples CSV, GEXF, GraphML, graphology JSON, Turtle or N-Triples, up to ${megabytes(MAX_IMPORT_BYTES)}. You can also drop a file anywhere on the page.`,
    }),
  ]);
  const root = el('div', { className: 'open-control' }, [popover.root, status]);

  // Drag and drop anywhere on the page.
  const dropZone = el('div', { className: 'drop-zone', attrs: { 'aria-hidden': 'true' } }, [el('p', { text: 'Drop a graph file to open it' })]);
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
  return { menu: root, dropZone };
}
