import { resolve } from 'node:path';
import { formatProblem } from '../core/problems';
import type { Problem } from '../core/types';
import { buildKnowledgeGraph } from '../graph/from-graph-data';
import type { KnowledgeGraph } from '../graph/kg-graph';
import { flag, hasFlag, type ParsedArgs } from './args';
import type { CliIO } from './cli-io';
import { readGraphDataDir } from './graph-data-dir';

export const DATA_OPTIONS_HELP = `  --data DIR       read this graph-data folder instead of ./graph-data
  --no-extract     use only the curated triples, not those extracted from articles/`;

/** Reports stages on stderr once a run has taken long enough for a user to wonder. */
export function progressReporter(io: CliIO, afterMs = 500): (stage: string) => void {
  const start = Date.now();
  return (stage) => {
    const elapsed = Date.now() - start;
    if (elapsed >= afterMs) io.stderr(`… ${stage} (${(elapsed / 1000).toFixed(1)} s)\n`);
  };
}

export interface LoadedGraph {
  graph: KnowledgeGraph;
  problems: Problem[];
  dir: string;
}

/** The graph every read-only command works on, from --data DIR (default ./graph-data). */
export function loadGraphFromArgs(args: ParsedArgs, io: CliIO): LoadedGraph {
  const dir = resolve(io.cwd, flag(args, 'data') ?? 'graph-data');
  const input = readGraphDataDir(dir);
  const { graph, problems } = buildKnowledgeGraph(input, {
    extract: !hasFlag(args, 'no-extract'),
    onProgress: progressReporter(io),
  });
  return { graph, problems, dir };
}

export function printProblems(io: CliIO, problems: readonly Problem[]): void {
  for (const p of problems) io.stderr(`${formatProblem(p)}\n`);
}
