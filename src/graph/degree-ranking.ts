import type { EntityType } from '../core/types';
import type { KnowledgeGraph } from './kg-graph';

export interface RankedNode {
  id: string;
  label: string;
  type: EntityType;
  degree: number;
}

/** Entities by number of relations, most connected first; ties by label so the order is stable. */
export function degreeRanking(graph: KnowledgeGraph, limit = Infinity, types?: readonly EntityType[]): RankedNode[] {
  const wanted = types && types.length ? new Set(types) : null;
  const out: RankedNode[] = [];
  graph.forEachNode((id, a) => {
    if (!wanted || wanted.has(a.type)) out.push({ id, label: a.label, type: a.type, degree: graph.degree(id) });
  });
  out.sort((x, y) => y.degree - x.degree || x.label.localeCompare(y.label));
  return out.slice(0, limit);
}
