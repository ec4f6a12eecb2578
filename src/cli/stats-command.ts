import { ENTITY_TYPES, PREDICATES } from '../core/types';
import { degreeRanking } from '../graph/degree-ranking';
import type { KnowledgeGraph } from '../graph/kg-graph';
import { flag, parseArgs } from './args';
import { EXIT, UsageError, type CliIO } from './cli-io';
import { DATA_OPTIONS_HELP, loadGraphFromArgs } from './load-graph';

export const STATS_HELP = `Usage: kg stats [--data DIR] [--top N] [--no-extract]

Counts of entities by type and relations by predicate, and the top actors by degree.

Options:
${DATA_OPTIONS_HELP}
  --top N          how many top actors to list (default 10)
  --help           this text
`;

function table(rows: [string, number][]): string {
  const width = Math.max(...rows.map(([k]) => k.length), 1);
  return rows.map(([k, v]) => `  ${k.padEnd(width)}  ${String(v).padStart(6)}\n`).join('');
}

/** A graph's size and its counts by entity type, predicate and provenance. */
export interface GraphCounts {
  entities: number;
  relations: number;
  byType: Map<string, number>;
  byPredicate: Map<string, number>;
  byProvenance: Map<string, number>;
}

export const countUp = (counts: Map<string, number>, key: string): void => void counts.set(key, (counts.get(key) ?? 0) + 1);

export function formatCounts(graph: KnowledgeGraph): string {
  const c: GraphCounts = { entities: graph.order, relations: graph.size, byType: new Map(), byPredicate: new Map(), byProvenance: new Map() };
  graph.forEachNode((_n, a) => countUp(c.byType, a.type));
  graph.forEachEdge((_e, a) => {
    countUp(c.byPredicate, a.predicate);
    countUp(c.byProvenance, a.provenance);
  });
  return formatGraphCounts(c);
}

export function formatGraphCounts(c: GraphCounts): string {
  const known = (order: readonly string[], counts: Map<string, number>): [string, number][] =>
    order.filter((k) => counts.has(k)).map((k) => [k, counts.get(k)!]);
  return (
    `${c.entities} entities, ${c.relations} relations\n` +
    `Entities by type:\n${table(known(ENTITY_TYPES, c.byType))}` +
    `Relations by predicate:\n${table(known(PREDICATES, c.byPredicate))}` +
    `Relations by provenance:\n${table([...c.byProvenance].sort())}`
  );
}

export async function runStats(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, ['data', 'top'], ['no-extract', 'help']);
  if (args.flags.has('help')) return io.stdout(STATS_HELP), EXIT.ok;
  const top = Number(flag(args, 'top') ?? 10);
  if (!Number.isInteger(top) || top < 1) throw new UsageError('--top takes a whole number ≥ 1');
  const { graph } = loadGraphFromArgs(args, io);
  io.stdout(formatCounts(graph));
  const actors = degreeRanking(graph, top, ['person', 'organization', 'country']);
  io.stdout(`Top actors by degree:\n${table(actors.map((a) => [`${a.label} (${a.id})`, a.degree]))}`);
  return EXIT.ok;
}
