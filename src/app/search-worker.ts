// Builds the name search index off the main thread: folding every label and alias of a 10k-entity graph
// takes about half a second, which would otherwise delay the first picture or freeze the page after it.
import type { EntityType } from '../core/types';
import { createKnowledgeGraph } from '../graph/kg-graph';
import { buildSearchIndex, type SearchIndex } from '../graph/search-index';

/** What the index reads of one entity; the degree ranks equally good matches. */
export interface SearchEntity {
  id: string;
  label: string;
  label_en: string;
  label_kk: string;
  label_ru: string;
  aliases: string;
  type: EntityType;
  degree: number;
}

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
  // The names alone, in a graph without edges: buildSearchIndex is the one place that knows how to index.
  const graph = createKnowledgeGraph();
  for (const e of entities) {
    graph.addNode(e.id, { label: e.label, label_en: e.label_en, label_kk: e.label_kk, label_ru: e.label_ru, aliases: e.aliases, type: e.type, country: '', wikidata: '', x: 0, y: 0 });
  }
  const index = buildSearchIndex(graph);
  const degree = new Map(entities.map((e) => [e.id, e.degree]));
  for (const entry of index.entries) entry.weight = degree.get(entry.id) ?? 0;
  const reply: SearchIndexReply = { id, index };
  scope.postMessage(reply);
};
