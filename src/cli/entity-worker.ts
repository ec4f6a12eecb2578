// A worker thread that reads a graph-data folder's entities.csv while the thread that started it reads
// triples.csv (scanGraphDataDir): on two cores the entities cost no time of their own. It answers with
// the catalogue as plain data, its buffers moved, not copied.
import { parentPort, workerData } from 'node:worker_threads';
import { scanCsv } from '../graph/bulk-build';
import { EntityCatalogue } from '../graph/entity-rows';
import { readChunks } from './stream-graph-data';
import { transferables } from './ts-worker';

export interface EntityWorkerInput {
  path: string;
  /** The file's name in problem reports, and the expected number of entities. */
  file: string;
  expected: number;
}

const input = workerData as EntityWorkerInput;
const catalogue = new EntityCatalogue(input.file, input.expected);
await scanCsv(readChunks(input.path), catalogue.scanner);
const parts = catalogue.toParts();
parentPort?.postMessage(parts, transferables(parts));
