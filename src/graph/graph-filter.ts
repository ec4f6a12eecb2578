import type { EntityType, Predicate, Provenance } from '../core/types';
import { countryNodes } from './country-affiliation';
import { egoNodes, type EgoDepth } from './ego-network';
import type { KnowledgeGraph } from './kg-graph';

/**
 * What the explorer's filters and `kg export` options select. Filters combine with AND; the values of one
 * filter combine with OR; an empty list means "no restriction".
 */
export interface GraphFilter {
  actors: string[];
  depth: EgoDepth;
  countries: string[];
  types: EntityType[];
  predicates: Predicate[];
  provenance: Provenance[];
  /** Inclusive bounds on the edge date, compared as text (YYYY, YYYY-MM, YYYY-MM-DD); '' for open. */
  dateFrom: string;
  dateTo: string;
}

export const EMPTY_FILTER: Readonly<GraphFilter> = Object.freeze({
  actors: [],
  depth: 1,
  countries: [],
  types: [],
  predicates: [],
  provenance: [],
  dateFrom: '',
  dateTo: '',
});

export function makeFilter(partial: Partial<GraphFilter> = {}): GraphFilter {
  return { ...EMPTY_FILTER, ...partial } as GraphFilter;
}

export function isFilterEmpty(f: GraphFilter): boolean {
  return !f.actors.length && !f.countries.length && !f.types.length && !hasEdgeFilter(f);
}

function hasEdgeFilter(f: GraphFilter): boolean {
  return f.predicates.length > 0 || f.provenance.length > 0 || f.dateFrom !== '' || f.dateTo !== '';
}

export interface Selection {
  nodes: Set<string>;
  edges: Set<string>;
}

/** A date matches a bound when it falls in the range at the precision both share (2025 is in 2025-11). */
function dateInRange(date: string, from: string, to: string): boolean {
  if (!date) return false;
  if (from && date.slice(0, from.length) < from.slice(0, date.length)) return false;
  if (to && date.slice(0, to.length) > to.slice(0, date.length)) return false;
  return true;
}

/**
 * The nodes and edges the filter leaves visible. With an edge filter active (relation, source, date),
 * only nodes that keep at least one visible edge stay, so the picture shows what was asked for.
 */
export function selectVisible(graph: KnowledgeGraph, f: GraphFilter): Selection {
  let nodes: Set<string> | null = null;
  const intersect = (s: Set<string>) => {
    nodes = nodes === null ? s : new Set([...nodes].filter((n) => s.has(n)));
  };
  if (f.actors.length) intersect(egoNodes(graph, f.actors, f.depth));
  if (f.countries.length) intersect(countryNodes(graph, f.countries));
  if (f.types.length) {
    const types = new Set<EntityType>(f.types);
    const byType = new Set<string>();
    graph.forEachNode((n, a) => {
      if (types.has(a.type)) byType.add(n);
    });
    intersect(byType);
  }
  const candidate: Set<string> = nodes ?? new Set(graph.nodes());
  const predicates = new Set<string>(f.predicates);
  const provenance = f.provenance;
  const dated = f.dateFrom !== '' || f.dateTo !== '';
  const edges = new Set<string>();
  graph.forEachEdge((edge, a, source, target) => {
    if (!candidate.has(source) || !candidate.has(target)) return;
    if (predicates.size && !predicates.has(a.predicate)) return;
    if (provenance.length && !provenance.some((p) => a.provenance.split('|').includes(p))) return;
    if (dated && !dateInRange(a.date, f.dateFrom, f.dateTo)) return;
    edges.add(edge);
  });
  if (!hasEdgeFilter(f)) return { nodes: candidate, edges };
  const touched = new Set<string>();
  for (const e of edges) {
    touched.add(graph.source(e));
    touched.add(graph.target(e));
  }
  // Actors stay even when none of their edges pass, so the user sees whom the filter was about.
  for (const a of f.actors) if (candidate.has(a)) touched.add(a);
  return { nodes: touched, edges };
}
