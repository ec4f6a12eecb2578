import { closeSync, existsSync, openSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { builderForDir, scanGraphDataDir } from './stream-graph-data';
import { hasErrors } from '../core/problems';
import { ENTITY_TYPES, PREDICATES, type Problem } from '../core/types';
import { extractFromArticles } from '../graph/from-graph-data';
import type { BulkBuildResult } from '../graph/bulk-build';
import type { BulkTables } from '../graph/compact-graph';
import { entityRecordAt, PROVENANCE_CODES } from '../graph/bulk-tables';
import { writeCompactGraphJson } from '../graph/compact-json';
import { loadGraphData } from '../ingest/load-graph-data';
import { encodeSnapshot, encodeSnapshotTables, SNAPSHOT_EXTENSION } from '../io/snapshot';
import { flag, hasFlag, parseArgs, type ParsedArgs } from './args';
import { EXIT, type CliIO } from './cli-io';
import { MissingDataError, readArticleFiles } from './graph-data-dir';
import { DATA_OPTIONS_HELP, loadGraphFromArgs, printProblems, progressReporter } from './load-graph';
import { countUp, formatCounts, formatGraphCounts, type GraphCounts } from './stats-command';

export const BUILD_HELP = `Usage: kg build [--data DIR] [--out FILE] [--snapshot FILE] [--no-extract]

Reads graph-data (entities.csv, triples.csv, articles/*.txt), extracts triples from the articles, builds
the graph the explorer shows, prints its counts and every problem found (file:line:column: message).
Exits 1 when any row had an error (the valid rows are still built). A large triples.csv is read by a
streaming builder (same checks, counts, problems and output; a million rows in seconds).

Options:
${DATA_OPTIONS_HELP}
  --out FILE       also write the graph as graphology JSON (the explorer opens it with "Open file")
  --snapshot FILE  also write it as a binary snapshot (${SNAPSHOT_EXTENSION}): the explorer opens one of a million
                   relations in a second or two, drawing the most connected part; no evidence sentences
  --help           this text
`;

/**
 * From this size of triples.csv on, `kg build` takes the streaming path (src/graph/bulk-build.ts): at
 * 3 MB (10k rows) both take well under a second, at 30 MB the regular one takes 2 s and the streaming
 * one a third of that. KG_BULK_BUILD_BYTES overrides it (0: always), for tests and comparisons.
 */
export const BULK_BUILD_MIN_BYTES = 8 << 20;

function bulkThreshold(): number {
  const env = process.env.KG_BULK_BUILD_BYTES;
  return env !== undefined && env !== '' && Number.isFinite(Number(env)) ? Number(env) : BULK_BUILD_MIN_BYTES;
}

export async function runBuild(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, ['data', 'out', 'snapshot'], ['no-extract', 'help']);
  if (args.flags.has('help')) return io.stdout(BUILD_HELP), EXIT.ok;
  const dir = resolve(io.cwd, flag(args, 'data') ?? 'graph-data');
  if (usesBulkBuild(dir)) return runBulkBuild(dir, args, io);

  const { graph, problems } = loadGraphFromArgs(args, io);
  io.stdout(`Built ${dir}\n${formatCounts(graph)}`);
  const out = flag(args, 'out');
  if (out) {
    writeFileSync(resolve(io.cwd, out), JSON.stringify(graph.export()));
    io.stdout(`Wrote ${out}\n`);
  }
  writeSnapshot(args, io, () => encodeSnapshot(graph));
  return report(io, problems);
}

function report(io: CliIO, problems: readonly Problem[]): number {
  printProblems(io, problems);
  const errors = problems.filter((p) => p.severity === 'error').length;
  io.stdout(problems.length ? `${errors} error(s), ${problems.length - errors} warning(s)\n` : 'No problems found.\n');
  return hasErrors(problems) ? EXIT.badInput : EXIT.ok;
}

/** The articles of a graph-data folder, parsed by the regular loader's rules (empty CSVs beside them). */
function readArticles(dir: string): ReturnType<typeof loadGraphData> {
  return loadGraphData({ entitiesCsv: 'id,type,label_en,label_kk,label_ru,aliases,country,wikidata\n', triplesCsv: 'subject,predicate,object,date,source,evidence\n', articles: readArticleFiles(dir) });
}

/** Whether `kg build` takes the streaming path for this folder. */
export function usesBulkBuild(dir: string): boolean {
  const triples = join(dir, 'triples.csv');
  return existsSync(join(dir, 'entities.csv')) && existsSync(triples) && statSync(triples).size >= bulkThreshold();
}

/** What buildKnowledgeGraph does, in the same order, over the streaming builder. */
export async function bulkBuildGraphData(dir: string, extract: boolean, progress: (stage: string) => void = () => {}, keepEvidence = true): Promise<BulkBuildResult> {
  if (!existsSync(join(dir, 'entities.csv'))) throw new MissingDataError(`${join(dir, 'entities.csv')}: not found (a graph-data folder holds entities.csv, triples.csv and articles/)`);
  progress('reading CSV');
  const builder = builderForDir(dir, { keepEvidence });
  await scanGraphDataDir(dir, builder);
  const loaded = readArticles(dir);
  builder.otherProblems.push(...loaded.problems);
  if (extract && loaded.articles.length) {
    progress(`extracting from ${loaded.articles.length} article(s)`);
    const table = builder.entityTable;
    const found = extractFromArticles(loaded.articles, table.ids.map((_id, i) => entityRecordAt(table, i)));
    for (const f of found) for (const e of f.entities) builder.addEntityRecord(e);
    // buildGraph adds extracted statements after every curated one; so does this.
    for (const f of found) {
      for (const t of f.triples) {
        if (builder.addRecord(t)) continue;
        // buildGraph's report for a statement whose end is not an entity.
        const missing = builder.hasEntity(t.subject) ? t.object : t.subject;
        builder.otherProblems.push({ file: t.source || 'triples', line: 0, column: 0, message: `triple ${t.subject} ${t.predicate} ${t.object}: unknown entity "${missing}"`, severity: 'error' });
      }
      builder.otherProblems.push(...f.problems);
    }
  }
  progress('building graph');
  return builder.finish();
}

async function runBulkBuild(dir: string, args: ParsedArgs, io: CliIO): Promise<number> {
  const out = flag(args, 'out');
  // Counts, checks and the snapshot need no evidence text (~230 B an edge at 1M): only the JSON file does.
  const result = await bulkBuildGraphData(dir, !hasFlag(args, 'no-extract'), progressReporter(io), Boolean(out));
  io.stdout(`Built ${dir}\n${formatBulkCounts(result)}`);
  if (out) {
    const fd = openSync(resolve(io.cwd, out), 'w');
    try {
      writeCompactGraphJson(result, (piece) => void writeSync(fd, piece));
    } finally {
      closeSync(fd);
    }
    io.stdout(`Wrote ${out}\n`);
  }
  writeSnapshot(args, io, () => encodeSnapshotTables(result.entities, result.edges));
  return report(io, result.problems);
}

/** --snapshot FILE: the graph as a snapshot, from graphology or (streaming path) straight from the tables. */
function writeSnapshot(args: ParsedArgs, io: CliIO, encode: () => Uint8Array): void {
  const file = flag(args, 'snapshot');
  if (!file) return;
  writeFileSync(resolve(io.cwd, file), encode());
  io.stdout(`Wrote ${file}\n`);
}

/** formatCounts (stats-command.ts) from the tables, without making the graph (a million edge objects). */
function formatBulkCounts(r: BulkTables): string {
  const c: GraphCounts = { entities: r.entities.ids.length, relations: r.edges.count, byType: new Map(), byPredicate: new Map(), byProvenance: new Map() };
  for (let i = 0; i < r.entities.ids.length; i++) countUp(c.byType, ENTITY_TYPES[r.entities.types[i] as number] as string);
  for (let i = 0; i < r.edges.count; i++) {
    countUp(c.byPredicate, PREDICATES[r.edges.predicate[i] as number] as string);
    countUp(c.byProvenance, PROVENANCE_CODES[r.edges.provenance[i] as number] as string);
  }
  return formatGraphCounts(c);
}
