import { runBuild } from './build-command';
import { EXIT, processIO, UsageError, type CliIO } from './cli-io';
import { runExport } from './export-command';
import { runExtract } from './extract-command';
import { MissingDataError } from './graph-data-dir';
import { runStats } from './stats-command';

const COMMANDS: Record<string, { run: (argv: string[], io: CliIO) => Promise<number>; about: string }> = {
  build: { run: runBuild, about: 'graph-data → the graph the explorer loads; counts and every problem found' },
  extract: { run: runExtract, about: 'triples from article texts (Kazakh, Russian, English) as JSONL or CSV' },
  export: { run: runExport, about: 'the whole or a filtered graph as GEXF, GraphML, JSON, CSV, Turtle, N-Triples' },
  stats: { run: runStats, about: 'counts by type and predicate, top actors by degree' },
};

export const MAIN_HELP = `Usage: npm run kg -- <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(8)} ${c.about}`)
  .join('\n')}

\`npm run kg -- <command> --help\` shows a command's options.
Exit codes: 0 success, 1 bad input (message on stderr), 2 bad usage.
`;

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io[name === undefined ? 'stderr' : 'stdout'](MAIN_HELP);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`kg: unknown command "${name}"\n\n${MAIN_HELP}`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`kg ${name}: ${err.message}\nSee \`npm run kg -- ${name} --help\`.\n`);
      return EXIT.usage;
    }
    if (err instanceof MissingDataError || (err instanceof Error && 'code' in err && typeof err.code === 'string')) {
      io.stderr(`kg ${name}: ${err.message}\n`);
      return EXIT.badInput;
    }
    throw err;
  }
}
