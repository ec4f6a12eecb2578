import { ENTITY_TYPES, PREDICATES, PROVENANCES, type EntityType, type Predicate, type Provenance } from '../core/types';
import { isEntityType, isPredicate } from '../core/vocabulary';
import { makeFilter, type GraphFilter } from '../graph/graph-filter';
import type { KnowledgeGraph } from '../graph/kg-graph';
import { flag, flagList, type ParsedArgs } from './args';
import { UsageError } from './cli-io';

export const FILTER_FLAGS = ['actor', 'depth', 'country', 'type', 'predicate', 'provenance', 'from', 'to'] as const;

export const FILTER_OPTIONS_HELP = `Filters (as in the explorer; AND across options, OR within one; repeat or comma-separate values):
  --actor ID       the ego network of this entity (several: the union)
  --depth N        hops around the actors, 1 to 3 (default 1)
  --country ID     the entities affiliated with this country and the relations among them
  --type T         entity types: ${ENTITY_TYPES.join(', ')}
  --predicate P    relations: ${PREDICATES.join(', ')}
  --provenance P   curated or extracted
  --from DATE      relations dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)
  --to DATE        relations dated on or before DATE`;

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function checkIds(graph: KnowledgeGraph, ids: string[], option: string, type?: EntityType): string[] {
  for (const id of ids) {
    if (!graph.hasNode(id)) throw new UsageError(`--${option} ${id}: no entity with this id (see \`kg stats\` or entities.csv)`);
    if (type && graph.getNodeAttribute(id, 'type') !== type) throw new UsageError(`--${option} ${id}: is a ${graph.getNodeAttribute(id, 'type')}, not a ${type}`);
  }
  return ids;
}

function checkValues<T extends string>(values: string[], option: string, valid: (v: string) => v is T, all: readonly string[]): T[] {
  const bad = values.find((v) => !valid(v));
  if (bad !== undefined) throw new UsageError(`--${option} ${bad}: expected one of ${all.join(', ')}`);
  return values as T[];
}

/** The export filter from command-line options, every value checked against the graph. */
export function filterFromArgs(args: ParsedArgs, graph: KnowledgeGraph): GraphFilter {
  const depth = Number(flag(args, 'depth') ?? 1);
  if (depth !== 1 && depth !== 2 && depth !== 3) throw new UsageError('--depth takes 1, 2 or 3');
  const dateFrom = flag(args, 'from') ?? '';
  const dateTo = flag(args, 'to') ?? '';
  for (const [name, d] of [['from', dateFrom], ['to', dateTo]] as const) {
    if (d && !DATE.test(d)) throw new UsageError(`--${name} ${d}: expected YYYY, YYYY-MM or YYYY-MM-DD`);
  }
  const isProvenance = (v: string): v is Provenance => (PROVENANCES as readonly string[]).includes(v);
  return makeFilter({
    actors: checkIds(graph, flagList(args, 'actor'), 'actor'),
    depth,
    countries: checkIds(graph, flagList(args, 'country'), 'country', 'country'),
    types: checkValues<EntityType>(flagList(args, 'type'), 'type', isEntityType, ENTITY_TYPES),
    predicates: checkValues<Predicate>(flagList(args, 'predicate'), 'predicate', isPredicate, PREDICATES),
    provenance: checkValues<Provenance>(flagList(args, 'provenance'), 'provenance', isProvenance, PROVENANCES),
    dateFrom,
    dateTo,
  });
}
