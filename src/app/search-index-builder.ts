// Keeps the store's name index built in a worker: after the first picture, and again for each new graph
// (for a graph drawn in part, the index of the whole graph, once).
import type { ExplorerStore } from './explorer-store';
import { searchEntitiesOf } from '../graph/search-index';
import type { SearchIndexReply, SearchIndexRequest } from './search-worker';

export function indexInBackground(store: ExplorerStore): void {
  let worker: Worker | null = null;
  let requestId = 0;

  function request(): void {
    worker?.terminate();
    worker = null;
    // A graph drawn in part is searched whole, by its scope's own worker: the part's names are not enough.
    if (store.scope) {
      store.scope.index(() => store.namesIndexed());
      return;
    }
    const graph = store.graph;
    const id = ++requestId;
    const w = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
    worker = w;
    w.onmessage = (event: MessageEvent<SearchIndexReply>) => {
      w.terminate();
      if (worker === w) worker = null;
      if (event.data.id === id) store.setSearchIndex(graph, event.data.index);
    };
    // Without the worker, the first search builds the index on the main thread (ExplorerStore.search).
    w.onerror = () => {
      w.terminate();
      if (worker === w) worker = null;
    };
    const req: SearchIndexRequest = { id, entities: searchEntitiesOf(graph) };
    w.postMessage(req);
  }

  store.subscribe((change) => {
    if (change.kinds.has('graph')) request();
  });
  request();
}
