import type { Predicate } from '../core/types';
import type { KnowledgeGraph } from './kg-graph';

// An entity belongs to a country by its `country` attribute or by one of these relations to it.
const AFFILIATING: ReadonlySet<Predicate> = new Set<Predicate>(['represents', 'located_in', 'part_of', 'member_of']);

/** The country itself and the people, organisations, places… affiliated with it. */
export function countryNodes(graph: KnowledgeGraph, countries: readonly string[]): Set<string> {
  const wanted = new Set(countries.filter((c) => graph.hasNode(c)));
  const out = new Set(wanted);
  graph.forEachNode((node, attrs) => {
    if (wanted.has(attrs.country)) out.add(node);
  });
  for (const country of wanted) {
    graph.forEachInEdge(country, (_edge, attrs, source) => {
      if (AFFILIATING.has(attrs.predicate)) out.add(source);
    });
  }
  return out;
}
