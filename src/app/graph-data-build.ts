// Node side: graph-data/ → the graph the explorer loads (graphology JSON) and the problems met building it.
// Loaded by the Vite plugin through Vite's module runner, so the pipeline's TypeScript runs as it is.
// A folder with more relations than the explorer draws whole is built by the streaming fast path into a
// snapshot instead (the page reads it as columns and draws a part: large-graph.ts).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SerializedGraph } from 'graphology-types';
import { problem } from '../core/problems';
import type { Problem } from '../core/types';
import { readGraphDataDir } from '../cli/graph-data-dir';
import { readChunks } from '../cli/file-chunks';
import { bulkBuildDir } from '../cli/stream-graph-data';
import { buildKnowledgeGraph } from '../graph/from-graph-data';
import { largeAboveFrom } from '../graph/graph-part';
import { encodeSnapshotTables } from '../io/snapshot';

export interface GraphDataBuild {
  /** The graph, or null when it is served as `snapshot`. */
  graph: SerializedGraph | null;
  snapshot: Uint8Array | null;
  problems: Problem[];
  order: number;
  size: number;
}

export function buildGraphData(dir: string): GraphDataBuild {
  const { graph, problems } = buildKnowledgeGraph(readGraphDataDir(dir), { extract: true });
  return { graph: graph.export(), snapshot: null, problems, order: graph.order, size: graph.size };
}

/** Lines of a file, counted from its bytes as they stream by (a 300 MB triples.csv in ~0.2 s). */
async function countLines(file: string): Promise<number> {
  let lines = 0;
  for await (const chunk of readChunks(file)) {
    for (let at = chunk.indexOf(10); at >= 0; at = chunk.indexOf(10, at + 1)) lines++;
  }
  return lines;
}

/**
 * The graph of `dir` as the explorer should load it: graphology JSON, or a snapshot when triples.csv has
 * more rows than the explorer draws whole (VITE_KG_LARGE_ABOVE, the page's threshold too). Rows, not
 * relations: counting them is a byte scan, where counting relations means building the graph.
 */
export async function buildGraphDataForExplorer(dir: string): Promise<GraphDataBuild> {
  const triples = join(dir, 'triples.csv');
  const largeAbove = largeAboveFrom(process.env.VITE_KG_LARGE_ABOVE);
  if (!existsSync(triples) || (await countLines(triples)) - 1 <= largeAbove) return buildGraphData(dir);
  const built = await bulkBuildDir(dir, { keepEvidence: false, name: 'knowledge graph' });
  const problems = [...built.problems];
  const articles = join(dir, 'articles');
  const texts = existsSync(articles) ? readdirSync(articles).filter((f) => f.endsWith('.txt')).length : 0;
  if (texts > 0) {
    problems.push(
      problem(articles, 0, 0, `${texts} article(s) not read: a graph of more than ${largeAbove.toLocaleString('en')} relations is built by the streaming fast path, which does not extract; \`npm run kg -- extract\` reads them`, undefined, 'warning'),
    );
  }
  return { graph: null, snapshot: encodeSnapshotTables(built.entities, built.edges), problems, order: built.entities.ids.length, size: built.edges.count };
}
