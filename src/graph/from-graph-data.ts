import type { Dataset, EntityRecord, TripleRecord } from '../core/types';
import { BUNDLED_ENTITIES } from '../extract/bundled-catalogue';
import { buildCatalogue, extractArticle, type Article } from '../extract/index';
import { loadGraphData, type GraphDataInput } from '../ingest/load-graph-data';
import { buildGraph, type BuildResult } from './build-graph';

export interface BuildOptions {
  /** Extract triples from the articles as well as reading the curated ones. */
  extract: boolean;
  /** Called between stages, for progress on long runs. */
  onProgress?: (stage: string) => void;
}

const DEFAULTS: BuildOptions = { extract: true };

/** What each article yields, read against graph-data's entities over the bundled world catalogue. */
export function extractFromArticles(articles: readonly Article[], entities: readonly EntityRecord[]): Dataset[] {
  // graph-data's own entities override the bundled world catalogue (same id, later wins).
  const catalogue = buildCatalogue([...BUNDLED_ENTITIES, ...entities]);
  return articles.map((article) => extractArticle(article, catalogue));
}

/**
 * graph-data (entities, curated triples, articles) to the graph the explorer shows. Extracted entities that
 * the catalogue already has are the catalogue's; new ones are added once.
 */
export function buildKnowledgeGraph(input: GraphDataInput, options: Partial<BuildOptions> = {}): BuildResult & { dataset: Dataset } {
  const opts = { ...DEFAULTS, ...options };
  opts.onProgress?.('reading CSV');
  const loaded = loadGraphData(input);
  const entities = new Map<string, EntityRecord>(loaded.entities.map((e) => [e.id, e]));
  const triples: TripleRecord[] = [...loaded.triples];
  const problems = [...loaded.problems];
  if (opts.extract && loaded.articles.length) {
    opts.onProgress?.(`extracting from ${loaded.articles.length} article(s)`);
    for (const found of extractFromArticles(loaded.articles, loaded.entities)) {
      for (const e of found.entities) if (!entities.has(e.id)) entities.set(e.id, e);
      triples.push(...found.triples);
      problems.push(...found.problems);
    }
  }
  opts.onProgress?.('building graph');
  const dataset: Dataset = { entities: [...entities.values()], triples, problems };
  return { ...buildGraph(dataset), dataset };
}
