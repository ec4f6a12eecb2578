import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { hasErrors } from '../core/problems';
import { flag, parseArgs } from './args';
import { EXIT, type CliIO } from './cli-io';
import { DATA_OPTIONS_HELP, loadGraphFromArgs, printProblems } from './load-graph';
import { formatCounts } from './stats-command';

export const BUILD_HELP = `Usage: kg build [--data DIR] [--out FILE] [--no-extract]

Reads graph-data (entities.csv, triples.csv, articles/*.txt), extracts triples from the articles, builds
the graph the explorer shows, prints its counts and every problem found (file:line:column: message).
Exits 1 when any row had an error (the valid rows are still built).

Options:
${DATA_OPTIONS_HELP}
  --out FILE       also write the graph as graphology JSON (the explorer opens it with "Open file")
  --help           this text
`;

export async function runBuild(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, ['data', 'out'], ['no-extract', 'help']);
  if (args.flags.has('help')) return io.stdout(BUILD_HELP), EXIT.ok;
  const { graph, problems, dir } = loadGraphFromArgs(args, io);
  io.stdout(`Built ${dir}\n${formatCounts(graph)}`);
  const out = flag(args, 'out');
  if (out) {
    writeFileSync(resolve(io.cwd, out), JSON.stringify(graph.export()));
    io.stdout(`Wrote ${out}\n`);
  }
  printProblems(io, problems);
  const errors = problems.filter((p) => p.severity === 'error').length;
  io.stdout(problems.length ? `${errors} error(s), ${problems.length - errors} warning(s)\n` : 'No problems found.\n');
  return hasErrors(problems) ? EXIT.badInput : EXIT.ok;
}
