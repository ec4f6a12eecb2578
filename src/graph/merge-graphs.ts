// Opening a file into the graph already shown: the incoming graph's nodes and edges are folded into the
// target, as build-graph folds statements, so nothing already there is lost or overwritten by a weaker source.
import type { EdgeAttributes, NodeAttributes } from '../core/types';
import { isSymmetric } from '../core/vocabulary';
import { mergeEdge, relationKey } from './build-graph';
import type { KnowledgeGraph } from './kg-graph';

export interface MergeCounts {
  addedNodes: number;
  addedEdges: number;
  mergedEdges: number;
}

/** Target's attributes, with its empty strings filled from the incoming node; positions stay the target's. */
function fillEmpty(existing: NodeAttributes, incoming: NodeAttributes): NodeAttributes | null {
  let changed = false;
  const out: NodeAttributes = { ...existing };
  for (const k of Object.keys(existing) as Array<keyof NodeAttributes>) {
    const have = existing[k];
    const offered = incoming[k];
    if (have === '' && typeof offered === 'string' && offered !== '') {
      (out as unknown as Record<string, unknown>)[k] = offered;
      changed = true;
    }
  }
  return changed ? out : null;
}

/** Whether an existing edge states the same relation between the same ends (either way round when symmetric). */
function sameRelation(target: KnowledgeGraph, key: string, source: string, end: string, attrs: EdgeAttributes): boolean {
  if (!target.hasEdge(key)) return false;
  const existing = target.getEdgeAttributes(key);
  if (existing.predicate !== attrs.predicate) return false;
  const s = target.source(key);
  const t = target.target(key);
  return (s === source && t === end) || (isSymmetric(attrs.predicate) && s === end && t === source);
}

function unusedKey(target: KnowledgeGraph, key: string): string {
  let n = 2;
  while (target.hasEdge(`${key}#${n}`)) n++;
  return `${key}#${n}`;
}

/**
 * Nodes merge by id: existing attributes are kept and empty ones filled. Edges merge by key through
 * mergeEdge (curated wins); an edge whose key is taken by a different relation (files from other tools
 * number their edges) is matched by its relation key instead, and added under a fresh key if that fails too.
 */
export function mergeInto(target: KnowledgeGraph, incoming: KnowledgeGraph): MergeCounts {
  const counts: MergeCounts = { addedNodes: 0, addedEdges: 0, mergedEdges: 0 };
  incoming.forEachNode((id, attrs) => {
    if (!target.hasNode(id)) {
      target.addNode(id, { ...attrs });
      counts.addedNodes++;
      return;
    }
    const filled = fillEmpty(target.getNodeAttributes(id), attrs);
    if (filled) target.replaceNodeAttributes(id, filled);
  });
  incoming.forEachEdge((key, attrs, source, end) => {
    const match = [key, relationKey(source, attrs.predicate, end)].find((k) => sameRelation(target, k, source, end, attrs));
    if (match !== undefined) {
      target.replaceEdgeAttributes(match, mergeEdge(target.getEdgeAttributes(match), attrs));
      counts.mergedEdges++;
      return;
    }
    target.addDirectedEdgeWithKey(target.hasEdge(key) ? unusedKey(target, key) : key, source, end, { ...attrs });
    counts.addedEdges++;
  });
  return counts;
}
