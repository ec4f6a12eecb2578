// The whole graph-data folder, as strings, → one Dataset. Callers read the files (fs in Node, File in
// the browser); this stays free of both so the same checks run everywhere.
import { problem } from '../core/problems';
import type { Dataset, EntityRecord } from '../core/types';
import { parseArticle, type Article } from './article-text';
import { parseEntitiesCsv } from './entities-csv';
import { parseTriplesCsv } from './triples-csv';

export interface GraphDataInput {
  entitiesCsv: string;
  triplesCsv: string;
  articles?: { name: string; text: string }[];
  /** Names used in problem reports; default 'entities.csv' and 'triples.csv'. */
  entitiesFile?: string;
  triplesFile?: string;
}

export function loadGraphData(input: GraphDataInput): Dataset & { articles: Article[] } {
  const { entities, problems } = parseEntitiesCsv(input.entitiesCsv, input.entitiesFile ?? 'entities.csv');
  const byId = new Map<string, EntityRecord>(entities.map((e) => [e.id, e]));
  const parsedTriples = parseTriplesCsv(input.triplesCsv, byId, input.triplesFile ?? 'triples.csv');
  problems.push(...parsedTriples.problems);

  const articles: Article[] = [];
  const fileOfId = new Map<string, string>();
  for (const { name, text } of input.articles ?? []) {
    const parsed = parseArticle(text, name);
    problems.push(...parsed.problems);
    if (!parsed.article) continue;
    // Triples cite articles by id, so two files with one id would make a citation ambiguous.
    const earlier = fileOfId.get(parsed.article.id);
    if (earlier !== undefined) {
      problems.push(problem(name, 0, 0, `duplicate article id "${parsed.article.id}": ${earlier} has it too; expected one file per id; this file is skipped`));
      continue;
    }
    fileOfId.set(parsed.article.id, name);
    articles.push(parsed.article);
  }
  return { entities, triples: parsedTriples.triples, problems, articles };
}
