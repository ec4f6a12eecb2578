// Name search over every entity of a graph too large to draw (large-graph.ts). The index of 200k entities
// takes seconds to build and a query a few hundred milliseconds to answer, so both stay here, off the page:
// the index is built from the name columns once, then each query gets its hits back.
import { searchEntitiesOfColumns, type SearchColumns } from '../graph/graph-columns';
import { indexEntities, searchEntities, type SearchHit, type SearchIndex } from '../graph/search-index';

export type ColumnSearchRequest = { kind: 'index'; columns: SearchColumns } | { kind: 'find'; id: number; query: string; limit: number };

export interface ColumnSearchReply {
  id: number;
  hits: SearchHit[];
}

const scope = self as unknown as DedicatedWorkerGlobalScope;
let index: SearchIndex = { entries: [] };

scope.onmessage = (event: MessageEvent<ColumnSearchRequest>) => {
  const msg = event.data;
  // Messages are handled in order, so a query sent while the index is built is answered from the full index.
  if (msg.kind === 'index') index = indexEntities(searchEntitiesOfColumns(msg.columns));
  else scope.postMessage({ id: msg.id, hits: searchEntities(index, msg.query, { limit: msg.limit }) } satisfies ColumnSearchReply);
};
