// Node side of the fast path: streams a graph-data folder's CSVs from disk into the bulk builder as raw
// bytes (the scanner never decodes a file as a whole); reading the next chunk overlaps scanning this one,
// and entities.csv is read in a worker thread while this one reads triples.csv.
import { existsSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { BulkGraphBuilder, scanCsv, type BulkBuildOptions, type BulkBuildResult } from '../graph/bulk-build';
import type { EntityCatalogueParts } from '../graph/entity-rows';
import type { EntityWorkerInput } from './entity-worker';
import { runTsWorker } from './ts-worker';

/** Large enough that per-chunk costs vanish, small enough that a 300 MB file never sits in memory. */
export const READ_CHUNK_BYTES = 4 << 20;

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

/**
 * A file's bytes in chunks, reading the next chunk (on libuv's thread pool) while the caller scans the
 * one before. Two buffers take turns, so a 300 MB file costs two chunks of memory and no allocations.
 */
export async function* readChunks(path: string, chunkBytes = READ_CHUNK_BYTES): AsyncGenerator<Uint8Array> {
  const file = await open(path, 'r');
  try {
    const buffers = [new Uint8Array(chunkBytes), new Uint8Array(chunkBytes)];
    let turn = 0;
    let pending = file.read(buffers[0] as Uint8Array, 0, chunkBytes, null);
    for (;;) {
      const { bytesRead, buffer } = await pending;
      if (bytesRead === 0) return;
      turn ^= 1;
      pending = file.read(buffers[turn] as Uint8Array, 0, chunkBytes, null);
      // The consumer is done with this chunk when it asks for the next (the scanner copies what it keeps).
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await file.close();
  }
}

export interface ScanOptions {
  /** Read entities.csv in a worker thread while this one reads triples.csv (else one after the other). */
  parallel: boolean;
}

/** Feeds the folder's entities.csv and triples.csv to `builder` (which is not finished). */
export async function scanGraphDataDir(dir: string, builder: BulkGraphBuilder, { parallel }: ScanOptions = { parallel: true }): Promise<void> {
  const entities = join(dir, 'entities.csv');
  const triplesPath = join(dir, 'triples.csv');
  const triples = existsSync(triplesPath) ? readChunks(triplesPath) : NO_TRIPLES;
  if (!parallel) {
    await scanCsv(readChunks(entities), builder.entityScanner());
    await scanCsv(triples, builder.tripleScanner());
    return;
  }
  const input: EntityWorkerInput = { path: entities, ...builder.entityOptions };
  const read = runTsWorker<EntityCatalogueParts>(new URL('./entity-worker.ts', import.meta.url), input);
  // Should the triples fail, the worker's outcome no longer matters.
  read.catch(() => {});
  await scanCsv(triples, builder.tripleScanner());
  builder.adoptEntities(await read);
}

export async function bulkBuildDir(dir: string, options: Partial<BulkBuildOptions> = {}, scan?: ScanOptions): Promise<BulkBuildResult> {
  const builder = builderForDir(dir, options);
  await scanGraphDataDir(dir, builder, scan);
  return builder.finish();
}
