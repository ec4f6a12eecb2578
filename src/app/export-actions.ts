// Loaded on first export: writes the graph (whole or as shown) in a format, or the view as a PNG, and hands
// the file to the browser as a download.
import { toBlob } from '@sigma/export-image';
import type Sigma from 'sigma';
import { FORMATS, type FormatId } from '../io/formats';
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

export function exportGraphFile(store: ExplorerStore, id: FormatId, scope: 'shown' | 'all'): string {
  const format = FORMATS[id];
  const graph = scope === 'all' ? store.graph : subgraph(store.graph, store.visible);
  const text = format.write(graph);
  const fileName = `${BASE_NAME}${scope === 'shown' ? '-view' : ''}${format.extension}`;
  download(new Blob([text], { type: format.mimeType }), fileName);
  return `Saved ${fileName}: ${graph.order} nodes, ${graph.size} edges.`;
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
