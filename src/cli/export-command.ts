import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isFilterEmpty, selectVisible } from '../graph/graph-filter';
import { subgraph } from '../graph/subgraph';
import { writeNeo4jCsv } from '../io/csv';
import { FORMATS, type FormatId } from '../io/formats';
import { flag, parseArgs } from './args';
import { EXIT, UsageError, type CliIO } from './cli-io';
import { FILTER_FLAGS, FILTER_OPTIONS_HELP, filterFromArgs } from './filter-options';
import { DATA_OPTIONS_HELP, loadGraphFromArgs, printProblems } from './load-graph';

const FORMAT_IDS = Object.keys(FORMATS) as FormatId[];

export const EXPORT_HELP = `Usage: kg export --format ${FORMAT_IDS.join('|')}|neo4j [--out FILE] [filters]

Writes the whole graph, or the part the filters select, to stdout or --out FILE.
  gexf     GEXF 1.3 (Gephi)            graphml  GraphML (yEd, Cytoscape, NetworkX)
  json     graphology JSON             csv      triples in the triples.csv schema
  ttl      RDF Turtle                  nt       RDF N-Triples
  neo4j    nodes.csv + relationships.csv for \`neo4j-admin database import full\` (needs --out DIR)

Options:
  --format F       the file format (required)
  --out FILE       write here instead of stdout (a folder for neo4j)
${DATA_OPTIONS_HELP}
  --help           this text

${FILTER_OPTIONS_HELP}
`;

export async function runExport(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, ['format', 'out', 'data', ...FILTER_FLAGS], ['no-extract', 'help']);
  if (args.flags.has('help')) return io.stdout(EXPORT_HELP), EXIT.ok;
  const format = flag(args, 'format');
  if (!format) throw new UsageError('--format is required');
  if (format !== 'neo4j' && !(FORMAT_IDS as string[]).includes(format)) {
    throw new UsageError(`--format ${format}: expected one of ${[...FORMAT_IDS, 'neo4j'].join(', ')}`);
  }
  const out = flag(args, 'out');
  if (format === 'neo4j' && !out) throw new UsageError('--format neo4j writes two files: give a folder with --out DIR');
  const { graph, problems } = loadGraphFromArgs(args, io);
  const filter = filterFromArgs(args, graph);
  const shown = isFilterEmpty(filter) ? graph : subgraph(graph, selectVisible(graph, filter));
  if (format === 'neo4j') {
    const dir = resolve(io.cwd, out!);
    mkdirSync(dir, { recursive: true });
    const { nodes, relationships } = writeNeo4jCsv(shown);
    writeFileSync(join(dir, 'nodes.csv'), nodes);
    writeFileSync(join(dir, 'relationships.csv'), relationships);
  } else {
    const text = FORMATS[format as FormatId].write(shown);
    if (out) writeFileSync(resolve(io.cwd, out), text);
    else io.stdout(text);
  }
  if (out) io.stderr(`Wrote ${shown.order} entities and ${shown.size} relations to ${out}\n`);
  printProblems(io, problems.filter((p) => p.severity === 'error'));
  return EXIT.ok;
}
