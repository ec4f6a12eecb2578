// Loaded on first export: writes the graph (whole or as shown) in a format, or the view as a PNG, and hands
// the file to the browser as a download.
import { toBlob } from '@sigma/export-image';
import type Sigma from 'sigma';
import { FORMATS, type FormatId } from '../io/formats';
import { writeNeo4jCsv } from '../io/csv';
import type { KnowledgeGraph } from '../graph/kg-graph';
import { subgraph } from '../graph/subgraph';
import type { ExplorerStore } from './explorer-store';
import type { KgSigma } from './graph-view';
import { flushNodeLabels } from './label-layout';

const BASE_NAME = 'kazakhstan-relations';

export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const graphInScope = (store: ExplorerStore, scope: 'shown' | 'all'): KnowledgeGraph => (scope === 'all' ? store.graph : subgraph(store.graph, store.visible));
const baseName = (scope: 'shown' | 'all'): string => `${BASE_NAME}${scope === 'shown' ? '-view' : ''}`;

export function exportGraphFile(store: ExplorerStore, id: FormatId, scope: 'shown' | 'all'): string {
  const format = FORMATS[id];
  const graph = graphInScope(store, scope);
  const text = format.write(graph);
  const fileName = `${baseName(scope)}${format.extension}`;
  download(new Blob([text], { type: format.mimeType }), fileName);
  return `Saved ${fileName}: ${graph.order} nodes, ${graph.size} edges.`;
}

/** The pair `neo4j-admin database import full` reads: two downloads, named as its --nodes/--relationships expect. */
export function exportNeo4jPair(store: ExplorerStore, scope: 'shown' | 'all'): string {
  const graph = graphInScope(store, scope);
  const { nodes, relationships } = writeNeo4jCsv(graph);
  const names = [`${baseName(scope)}-nodes.csv`, `${baseName(scope)}-relationships.csv`];
  download(new Blob([nodes], { type: 'text/csv' }), names[0] as string);
  download(new Blob([relationships], { type: 'text/csv' }), names[1] as string);
  return `Saved ${names.join(' and ')}: ${graph.order} nodes, ${graph.size} edges.`;
}

export async function exportPng(renderer: KgSigma): Promise<string> {
  // @sigma/export-image is typed for untyped attributes; it only reads the renderer's own state.
  const blob = await toBlob(renderer as unknown as Sigma, {
    format: 'png',
    backgroundColor: '#ffffff',
    // The copy renders with the same settings, so its labels wait in the same queue.
    withTempRenderer: (copy) => flushNodeLabels(copy.getCanvases().labels?.getContext('2d')),
  });
  const fileName = `${BASE_NAME}.png`;
  download(blob, fileName);
  return `Saved ${fileName}.`;
}
