import type { EntityType, Predicate, Provenance } from '../core/types';
import { countryNodes } from './country-affiliation';
import { egoNodes, type EgoDepth } from './ego-network';
import { graphIndex, KeySubset, type GraphIndex } from './graph-index';
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

/** What a filter leaves, as subsets of the graph's index (read like sets of keys). */
export interface Selection {
  nodes: KeySubset;
  edges: KeySubset;
  /** The index both are subsets of (edge ends by position). */
  index: GraphIndex;
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
 * Runs over the graph's index (one byte per node and per edge): the explorer calls it on every click.
 */
export function selectVisible(graph: KnowledgeGraph, f: GraphFilter): Selection {
  const index = graphIndex(graph);
  const { nodes, source, target } = index;
  const candidate = new Uint8Array(nodes.length).fill(1);
  const keepOnly = (allowed: ReadonlySet<string>): void => {
    for (let i = 0; i < nodes.length; i++) if (candidate[i] === 1 && !allowed.has(nodes[i] as string)) candidate[i] = 0;
  };
  if (f.actors.length) keepOnly(egoNodes(graph, f.actors, f.depth));
  if (f.countries.length) keepOnly(countryNodes(graph, f.countries));
  if (f.types.length) {
    const types = new Set<EntityType>(f.types);
    // forEachNode walks the nodes in the order the index listed them (the graph has not changed since).
    let i = 0;
    graph.forEachNode((_n, a) => {
      if (!types.has(a.type)) candidate[i] = 0;
      i++;
    });
  }
  const predicates = new Set<string>(f.predicates);
  const provenance = f.provenance;
  const dated = f.dateFrom !== '' || f.dateTo !== '';
  const edgeFilter = hasEdgeFilter(f);
  const edges = new Uint8Array(index.edges.length);
  for (let e = 0; e < edges.length; e++) {
    if (candidate[source[e] as number] !== 1 || candidate[target[e] as number] !== 1) continue;
    if (edgeFilter) {
      const a = graph.getEdgeAttributes(index.edges[e] as string);
      if (predicates.size && !predicates.has(a.predicate)) continue;
      if (provenance.length && !provenance.some((p) => a.provenance.split('|').includes(p))) continue;
      if (dated && !dateInRange(a.date, f.dateFrom, f.dateTo)) continue;
    }
    edges[e] = 1;
  }
  const edgeSet = new KeySubset(index.edges, index.edgeIndex, edges);
  if (!edgeFilter) return { nodes: new KeySubset(nodes, index.nodeIndex, candidate), edges: edgeSet, index };
  const touched = new Uint8Array(nodes.length);
  for (let e = 0; e < edges.length; e++) {
    if (edges[e] !== 1) continue;
    touched[source[e] as number] = 1;
    touched[target[e] as number] = 1;
  }
  // Actors stay even when none of their edges pass, so the user sees whom the filter was about.
  for (const a of f.actors) {
    const i = index.nodeIndex.get(a);
    if (i !== undefined && candidate[i] === 1) touched[i] = 1;
  }
  return { nodes: new KeySubset(nodes, index.nodeIndex, touched), edges: edgeSet, index };
}
