// A worker thread for scanGraphDataDir (stream-graph-data.ts): it reads a graph-data folder's entities.csv
// and then the last part of triples.csv, while the thread that started it reads the first part, so both
// cores work on a large folder. It answers with what it read as plain data, its buffers moved, not copied.
import { parentPort, workerData } from 'node:worker_threads';
import { firstRow } from '../graph/csv-cells';
import { scanCsv } from '../graph/csv-scanner';
import { EntityCatalogue, type EntityCatalogueParts } from '../graph/entity-rows';
import { TripleRowReader, type TripleRowOptions, type TripleRowParts } from '../graph/triple-rows';
import { readBytes, readChunks } from './file-chunks';
import { transferables } from './ts-worker';

export interface CsvWorkerInput {
  entities: { path: string; file: string; expected: number };
  /** The rows of triples.csv from byte `from` (a line start) on, to read after the entities. */
  triples: { path: string; from: number; options: TripleRowOptions } | null;
}

export interface CsvWorkerOutput {
  entities: EntityCatalogueParts;
  /** Null when the file's header row could not be read here (the other thread then reads the rows). */
  triples: TripleRowParts | null;
}

/** Longest header row looked for: a header is a line of column names. */
const HEADER_BYTES = 1 << 16;

async function readTriples(path: string, from: number, options: TripleRowOptions): Promise<TripleRowParts | null> {
  const header = firstRow(readBytes(path, 0, HEADER_BYTES));
  if (!header) return null;
  const reader = new TripleRowReader({ ...options, header });
  await scanCsv(readChunks(path, { from }), reader.scanner);
  return reader.toParts();
}

const input = workerData as CsvWorkerInput;
const catalogue = new EntityCatalogue(input.entities.file, input.entities.expected);
await scanCsv(readChunks(input.entities.path), catalogue.scanner);
const entities = catalogue.toParts();
const triples = input.triples ? await readTriples(input.triples.path, input.triples.from, input.triples.options) : null;
const answer: CsvWorkerOutput = { entities, triples };
parentPort?.postMessage(answer, transferables(answer));
