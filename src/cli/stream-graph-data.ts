// Node side of the fast path: streams a graph-data folder's CSVs from disk into the bulk builder as raw
// bytes (the scanner never decodes a file as a whole); reading the next chunk overlaps scanning this one,
// and a worker thread reads entities.csv and the end of triples.csv while this one reads the rest.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BulkGraphBuilder, type BulkBuildOptions, type BulkBuildResult } from '../graph/bulk-build';
import { scanCsv } from '../graph/csv-scanner';
import type { CsvWorkerInput, CsvWorkerOutput } from './csv-worker';
import { readBytes, readChunks } from './file-chunks';
import { runTsWorker } from './ts-worker';

/** An empty triples table stands in for a missing triples.csv, as readGraphDataDir does. */
const NO_TRIPLES = 'subject,predicate,object,date,source,evidence\n';

/** A builder sized for the folder's files, named after them in problem reports. */
export function builderForDir(dir: string, options: Partial<BulkBuildOptions> = {}): BulkGraphBuilder {
  const size = (file: string): number => (existsSync(join(dir, file)) ? statSync(join(dir, file)).size : 0);
  return new BulkGraphBuilder({
    // Rows run ~230 bytes (entities) and ~240 bytes (triples) in practice; the tables grow if this guesses low.
    expectedEntities: Math.ceil(size('entities.csv') / 200),
    expectedTriples: Math.ceil(size('triples.csv') / 200),
    entitiesFile: join(dir, 'entities.csv'),
    triplesFile: join(dir, 'triples.csv'),
    ...options,
  });
}

export interface ScanOptions {
  /**
   * Read with a worker thread (see scanGraphDataDir), or else entities then triples on this thread; by
   * default with one from WORKER_MIN_BYTES of triples.csv on.
   */
  worker?: boolean;
  /**
   * Byte offset of triples.csv after which the worker's part starts (at the next line start); by default
   * where the threads balance.
   */
  splitNear?: number;
}

/**
 * A worker costs ~0.2 s to start (tsx, modules) and its answer ~0.1 s to take in, and while both run this
 * thread reads triples ~⅓ slower than alone (2-core VM), so it pays off only for large files: on the
 * generated folders, ~1.3 s alone and ~1.35 s with it at 152 MiB of triples.csv, 3.0 s and 2.5 s at 307 MiB.
 */
const WORKER_MIN_BYTES = 192 << 20;

/**
 * The worker starts (~0.3 s to load its modules) and reads entities.csv before its part of triples.csv,
 * and per byte entities.csv costs ~2.5× what triples.csv costs (more cells, all read as strings), so it
 * takes less of triples.csv: counting an entities byte as 3 triples bytes, both threads end within ~0.1 s
 * of each other on the 1M folder (2.5: the worker ~0.3 s later).
 */
const ENTITY_BYTE_COST = 3;

/** Where the worker's part of triples.csv starts (its size for none): a line start after `near`. */
function splitPoint(triples: string, near: number): number {
  const size = statSync(triples).size;
  for (let at = near; at < size; ) {
    const bytes = readBytes(triples, at, 1 << 16);
    const lf = bytes.indexOf(10);
    if (lf >= 0) return at + lf + 1;
    at += bytes.length;
  }
  return size;
}

/**
 * Feeds the folder's entities.csv and triples.csv to `builder` (which is not finished). With a worker
 * thread (csv-worker.ts), it reads entities.csv and then triples.csv from a line start on, while this
 * thread reads triples.csv up to there. That line start is a row start unless a quoted cell spans it:
 * then this thread has stopped inside a row, and reads the rest itself.
 */
export async function scanGraphDataDir(dir: string, builder: BulkGraphBuilder, { worker, splitNear }: ScanOptions = {}): Promise<void> {
  const entities = join(dir, 'entities.csv');
  const triples = join(dir, 'triples.csv');
  const size = existsSync(triples) ? statSync(triples).size : -1;
  if (size < 0 || !(worker ?? size >= WORKER_MIN_BYTES)) {
    await scanCsv(readChunks(entities), builder.entityScanner());
    await scanCsv(size < 0 ? NO_TRIPLES : readChunks(triples), builder.tripleScanner());
    return;
  }
  const split = splitPoint(triples, splitNear ?? Math.floor((size + ENTITY_BYTE_COST * statSync(entities).size) / 2));
  const input: CsvWorkerInput = {
    entities: { path: entities, ...builder.entityOptions },
    triples: split < size ? { path: triples, from: split, options: builder.tripleOptions } : null,
  };
  const answer = runTsWorker<CsvWorkerOutput>(new URL('./csv-worker.ts', import.meta.url), input);
  // Should this thread fail, the worker's outcome no longer matters.
  answer.catch(() => {});
  const scanner = builder.tripleScanner();
  const readFrom = async (from: number, to = Infinity): Promise<void> => {
    for await (const chunk of readChunks(triples, { from, to })) scanner.push(chunk);
  };
  await readFrom(0, split);
  const workerPart = input.triples !== null && !scanner.midRow;
  if (!workerPart) await readFrom(split);
  const read = await answer;
  if (workerPart) {
    if (read.triples) builder.appendTripleRows(read.triples);
    else await readFrom(split);
  }
  scanner.finish();
  builder.adoptEntities(read.entities);
}

export async function bulkBuildDir(dir: string, options: Partial<BulkBuildOptions> = {}, scan?: ScanOptions): Promise<BulkBuildResult> {
  const builder = builderForDir(dir, options);
  await scanGraphDataDir(dir, builder, scan);
  return builder.finish();
}
