// Name search over every entity of a graph too large to draw (large-graph.ts). Indexing 200k entities takes
// seconds (~6 s here, more while the layout shares the two cores) and a query up to a few hundred
// milliseconds, so both stay here, off the page. The index grows in steps, most connected entities first,
// and queries are answered between steps from what is indexed so far; when it is whole the page is told,
// so a search typed meanwhile can be asked again.
import { searchEntitiesOfColumns, type SearchColumns } from '../graph/graph-columns';
import { indexEntities, searchEntities, type SearchEntity, type SearchHit, type SearchIndex } from '../graph/search-index';

export type ColumnSearchRequest = { kind: 'index'; columns: SearchColumns } | { kind: 'find'; id: number; query: string; limit: number };

export type ColumnSearchReply = { kind: 'hits'; id: number; hits: SearchHit[] } | { kind: 'indexed' };

/** Entities indexed per step: ~0.3 s of work, so a query waits at most that long. */
const STEP = 10_000;

const scope = self as unknown as DedicatedWorkerGlobalScope;
const index: SearchIndex = { entries: [] };
let queue: SearchEntity[] = [];
let next = 0;

function indexStep(): void {
  const step = queue.slice(next, next + STEP);
  next += step.length;
  for (const entry of indexEntities(step).entries) index.entries.push(entry);
  if (next < queue.length) {
    // A task of its own per step: queries that arrived meanwhile are answered before the next one.
    setTimeout(indexStep, 0);
    return;
  }
  queue = [];
  scope.postMessage({ kind: 'indexed' } satisfies ColumnSearchReply);
}

scope.onmessage = (event: MessageEvent<ColumnSearchRequest>) => {
  const msg = event.data;
  if (msg.kind === 'index') {
    queue = searchEntitiesOfColumns(msg.columns).sort((a, b) => b.degree - a.degree);
    next = 0;
    indexStep();
    return;
  }
  scope.postMessage({ kind: 'hits', id: msg.id, hits: searchEntities(index, msg.query, { limit: msg.limit }) } satisfies ColumnSearchReply);
};
