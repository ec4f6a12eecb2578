import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphDataInput } from '../ingest/load-graph-data';

export class MissingDataError extends Error {}

/** The articles/*.txt of a graph-data folder, in name order. */
export function readArticleFiles(dir: string): NonNullable<GraphDataInput['articles']> {
  const articlesDir = join(dir, 'articles');
  if (!existsSync(articlesDir)) return [];
  return readdirSync(articlesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: join(articlesDir, f), text: readFileSync(join(articlesDir, f), 'utf8') }));
}

/** Reads a graph-data folder (entities.csv, triples.csv, articles/*.txt) into the loader's input. */
export function readGraphDataDir(dir: string): GraphDataInput {
  const entitiesFile = join(dir, 'entities.csv');
  const triplesFile = join(dir, 'triples.csv');
  if (!existsSync(entitiesFile)) throw new MissingDataError(`${entitiesFile}: not found (a graph-data folder holds entities.csv, triples.csv and articles/)`);
  const articles = readArticleFiles(dir);
  return {
    entitiesCsv: readFileSync(entitiesFile, 'utf8'),
    triplesCsv: existsSync(triplesFile) ? readFileSync(triplesFile, 'utf8') : 'subject,predicate,object,date,source,evidence\n',
    entitiesFile,
    triplesFile,
    articles,
  };
}
