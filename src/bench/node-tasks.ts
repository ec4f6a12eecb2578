// What the benchmark measures in Node, one task per child process (see bench-child.ts): raw CSV parse,
// the regular pipeline (`kg build`), the streaming fast path, export/import per format, and extraction.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { bulkBuildGraphData, usesBulkBuild } from '../cli/build-command';
import { readGraphDataDir } from '../cli/graph-data-dir';
import type { EntityRecord } from '../core/types';
import { buildCatalogue, extractArticle } from '../extract/index';
import { bulkBuild, type BulkBuildResult } from '../graph/bulk-build';
import { buildKnowledgeGraph } from '../graph/from-graph-data';
import { parseArticle } from '../ingest/article-text';
import { FORMATS, type FormatId } from '../io/formats';
import { createWorld, DEFAULT_OPTIONS, kazakhArticles } from './generate-graph-data';
import { collectGarbage, median, memoryNow, MiB, peakRss, time } from './measure';
import { bulkBuildDir } from '../cli/stream-graph-data';

export interface ParseResult {
  bytes: number;
  rows: number;
  /** readFileSync(…, 'utf8') of triples.csv: decoding is part of any pipeline that starts from a string. */
  readMs: number;
  runsMs: number[];
  medianMs: number;
  mibPerS: number;
}

/** The reference: Papa.parse on the whole triples.csv string, arrays mode (no header, no step). */
export function parseTask(dir: string, runs: number): ParseResult {
  const path = join(dir, 'triples.csv');
  const bytes = statSync(path).size;
  const read = time(() => readFileSync(path, 'utf8'));
  const text = read.value;
  const runsMs: number[] = [];
  // A first, uncounted run compiles papaparse's hot loop (it shows on small files).
  let rows = Papa.parse<string[]>(text).data.length;
  for (let r = 0; r < runs; r++) {
    collectGarbage();
    const t = time(() => Papa.parse<string[]>(text).data.length);
    rows = t.value;
    runsMs.push(t.ms);
  }
  const medianMs = median(runsMs);
  return { bytes, rows, readMs: read.ms, runsMs, medianMs, mibPerS: bytes / MiB / (medianMs / 1000) };
}

export interface BuildResult {
  /** Reading graph-data from disk (utf8) — part of `kg build`. */
  readMs: number;
  /** buildKnowledgeGraph: loaders, extraction of articles, graph. */
  buildMs: number;
  totalMs: number;
  nodes: number;
  edges: number;
  problems: number;
  /**
   * JS heap kept by the build (after GC, inputs dropped) per edge: graphology's graph on the regular path;
   * on the streaming path the tables' strings (ids, labels, sources), their numbers being in typed arrays.
   */
  heapBytesPerEdge: number;
  /** Memory outside the JS heap kept per edge: ArrayBuffers, i.e. the streaming path's typed columns and text. */
  externalBytesPerEdge: number;
  /**
   * Of externalBytesPerEdge, the evidence sentences (UTF-8 bytes and their index) of the streaming path's
   * edge table, counted from the table itself; NaN on the regular path, whose evidence strings are heap.
   */
  evidenceBytesPerEdge: number;
  peakRssBytes: number;
}

/**
 * One run of `kg build --data DIR` (less process start-up and printing): the streaming builder when the
 * command takes it (triples.csv ≥ BULK_BUILD_MIN_BYTES), else readGraphDataDir + buildKnowledgeGraph.
 */
export async function buildTask(dir: string, extract: boolean): Promise<BuildResult> {
  const before = memoryNow();
  if (usesBulkBuild(dir)) {
    const t0 = performance.now();
    const built = await bulkBuildGraphData(dir, extract);
    const ms = performance.now() - t0;
    // Like `kg build`, what the tables hold: the graphology graph is made only when asked for.
    return buildResult(before, { readMs: 0, buildMs: ms }, keptTables(built), built.problems.length);
  }
  const t0 = performance.now();
  let input: ReturnType<typeof readGraphDataDir> | null = readGraphDataDir(dir);
  const t1 = performance.now();
  let result: ReturnType<typeof buildKnowledgeGraph> | null = buildKnowledgeGraph(input, { extract });
  const t2 = performance.now();
  const { graph, problems } = result;
  const problemCount = problems.length;
  input = null;
  result = null;
  return buildResult(before, { readMs: t1 - t0, buildMs: t2 - t1 }, keptGraph(graph), problemCount);
}

/** What a build keeps, read through getters so that the build stays alive until memory is measured. */
interface Kept {
  readonly order: number;
  readonly size: number;
  /** Bytes of evidence text held outside the JS heap. */
  readonly evidenceBytes: number;
}

function keptTables(r: BulkBuildResult): Kept {
  return {
    get order() {
      return r.entities.ids.length;
    },
    get size() {
      return r.edges.count;
    },
    get evidenceBytes() {
      return r.edges.evidence.bytes;
    },
  };
}

/** A graphology graph keeps its evidence as attribute strings, in the heap: none is counted apart. */
function keptGraph(graph: { order: number; size: number }): Kept {
  return {
    get order() {
      return graph.order;
    },
    get size() {
      return graph.size;
    },
    evidenceBytes: NaN,
  };
}

/** The figures of one build: times, counts, and the memory the build kept since `before` per edge. */
function buildResult(before: ReturnType<typeof memoryNow>, times: { readMs: number; buildMs: number }, kept: Kept, problems: number): BuildResult {
  const after = memoryNow();
  const edges = Math.max(1, kept.size);
  return {
    ...times,
    totalMs: times.readMs + times.buildMs,
    nodes: kept.order,
    edges: kept.size,
    problems,
    heapBytesPerEdge: (after.heap - before.heap) / edges,
    externalBytesPerEdge: (after.external - before.external) / edges,
    evidenceBytesPerEdge: kept.evidenceBytes / edges,
    peakRssBytes: peakRss(),
  };
}

/**
 * One run of the fast path (src/graph/bulk-build.ts) over the same folder: 'bytes' streams the files from
 * disk as bytes (bulkBuildDir, what `kg build` does for large folders); 'text' first reads them as
 * strings, as a caller holding decoded text would, so the figure includes re-encoding them.
 */
export async function bulkTask(dir: string, cells: 'text' | 'bytes', keepEvidence: boolean): Promise<BuildResult> {
  const before = memoryNow();
  const t0 = performance.now();
  const run =
    cells === 'bytes'
      ? await bulkBuildDir(dir, { keepEvidence })
      : await bulkBuild(readFileSync(join(dir, 'entities.csv'), 'utf8'), readFileSync(join(dir, 'triples.csv'), 'utf8'), { keepEvidence });
  const ms = performance.now() - t0;
  return buildResult(before, { readMs: 0, buildMs: ms }, keptTables(run), run.problems.length);
}

export interface FormatResult {
  format: FormatId;
  bytes: number;
  writeMs: number[];
  readMs: number[];
  writeMedianMs: number;
  readMedianMs: number;
  /** Nodes and edges of the graph read back, against the original's. */
  roundTrip: string;
  problems: number;
  error?: string;
}

/** Export and import of the whole graph in every format; a run past `budgetMs` ends that format's runs. */
export function formatsTask(dir: string, runs: number, budgetMs = 60_000): { nodes: number; edges: number; formats: FormatResult[] } {
  const { graph } = buildKnowledgeGraph(readGraphDataDir(dir), { extract: false });
  const formats: FormatResult[] = [];
  for (const id of Object.keys(FORMATS) as FormatId[]) {
    const format = FORMATS[id];
    const out: FormatResult = { format: id, bytes: 0, writeMs: [], readMs: [], writeMedianMs: NaN, readMedianMs: NaN, roundTrip: '', problems: 0 };
    try {
      let text = '';
      let spent = 0;
      for (let r = 0; r < runs && spent < budgetMs; r++) {
        collectGarbage();
        const w = time(() => format.write(graph));
        text = w.value;
        out.writeMs.push(w.ms);
        spent += w.ms;
      }
      out.bytes = Buffer.byteLength(text);
      spent = 0;
      for (let r = 0; r < runs && spent < budgetMs; r++) {
        collectGarbage();
        const rd = time(() => format.read(text, `graph${format.extension}`, graph));
        out.readMs.push(rd.ms);
        spent += rd.ms;
        const back = rd.value.graph;
        out.problems = rd.value.problems.filter((p) => p.severity === 'error').length;
        const refusal = rd.value.problems.find((p) => p.severity === 'error');
        out.roundTrip = back ? `${back.order}/${back.size}` : `refused: ${refusal?.message ?? 'no graph'}`;
      }
      out.writeMedianMs = median(out.writeMs);
      out.readMedianMs = median(out.readMs);
    } catch (e) {
      out.error = e instanceof Error ? e.message : String(e);
    }
    formats.push(out);
  }
  return { nodes: graph.order, edges: graph.size, formats };
}

export interface ExtractResult {
  articles: number;
  bytes: number;
  catalogueEntities: number;
  triples: number;
  runsMs: number[];
  medianMs: number;
  /** MB = 10^6 bytes of UTF-8 text. */
  mbPerS: number;
}

/**
 * extractArticle over generated Kazakh news against a catalogue of `entities` generated entities. Every timed
 * run reads news it has not read before (another sample of `bytes` from the same generator), after an
 * uncounted warm-up pass over one more sample: steady-state speed on unseen text, not on text whose every
 * word form the extractor's caches already hold. `mbPerS` is the median of the runs' rates.
 */
export function extractTask(entities: number, bytes: number, runs: number): ExtractResult {
  const world = createWorld(entities, DEFAULT_OPTIONS.seed);
  const records: EntityRecord[] = world.entities.map((e) => e.record);
  const catalogue = buildCatalogue(records);
  const sample = (seed: number) => {
    const texts = kazakhArticles(world, bytes, seed);
    const articles = texts.map((t) => parseArticle(t.text, t.name).article).filter((a) => a !== null);
    return { articles, bytes: texts.reduce((n, t) => n + Buffer.byteLength(t.text), 0) };
  };
  // Warm-up: a whole pass compiles the extractor's hot paths (after a few articles much is still cold).
  for (const a of sample(DEFAULT_OPTIONS.seed + 1000).articles) extractArticle(a, catalogue);
  const runsMs: number[] = [];
  const rates: number[] = [];
  const sizes: number[] = [];
  let triples = 0;
  let articles = 0;
  for (let r = 0; r < runs; r++) {
    const s = sample(DEFAULT_OPTIONS.seed + 1 + r);
    collectGarbage();
    const t = time(() => s.articles.reduce((n, a) => n + extractArticle(a, catalogue).triples.length, 0));
    if (r === 0) (triples = t.value), (articles = s.articles.length);
    runsMs.push(t.ms);
    sizes.push(s.bytes);
    rates.push(s.bytes / 1e6 / (t.ms / 1000));
  }
  const medianMs = median(runsMs);
  return { articles, bytes: Math.round(median(sizes)), catalogueEntities: records.length, triples, runsMs, medianMs, mbPerS: median(rates) };
}
