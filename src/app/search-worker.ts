// Builds the name search index off the main thread: folding every label and alias of a 10k-entity graph
// takes about half a second, which would otherwise delay the first picture or freeze the page after it.
import { indexEntities, type SearchEntity, type SearchIndex } from '../graph/search-index';

export interface SearchIndexRequest {
  id: number;
  entities: SearchEntity[];
}

export interface SearchIndexReply {
  id: number;
  index: SearchIndex;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<SearchIndexRequest>) => {
  const { id, entities } = event.data;
  const reply: SearchIndexReply = { id, index: indexEntities(entities) };
  scope.postMessage(reply);
};
