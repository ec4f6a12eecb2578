import type { Dataset, EntityRecord, TripleRecord } from '../core/types';
import { BUNDLED_ENTITIES } from '../extract/bundled-catalogue';
import { buildCatalogue, extractArticle } from '../extract/index';
import { loadGraphData, type GraphDataInput } from '../ingest/load-graph-data';
import { buildGraph, type BuildResult } from './build-graph';

export interface BuildOptions {
  /** Extract triples from the articles as well as reading the curated ones. */
  extract: boolean;
  /** Called between stages, for progress on long runs. */
  onProgress?: (stage: string) => void;
}

const DEFAULTS: BuildOptions = { extract: true };

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
    // graph-data's own entities override the bundled world catalogue (same id, later wins).
    const catalogue = buildCatalogue([...BUNDLED_ENTITIES, ...loaded.entities]);
    for (const article of loaded.articles) {
      const found = extractArticle(article, catalogue);
      for (const e of found.entities) if (!entities.has(e.id)) entities.set(e.id, e);
      triples.push(...found.triples);
      problems.push(...found.problems);
    }
  }
  opts.onProgress?.('building graph');
  const dataset: Dataset = { entities: [...entities.values()], triples, problems };
  return { ...buildGraph(dataset), dataset };
}
