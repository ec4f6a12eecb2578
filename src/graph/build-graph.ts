import type { Dataset, EdgeAttributes, EntityRecord, Problem, TripleRecord } from '../core/types';
import { isSymmetric } from '../core/vocabulary';
import { edgeAttributesOf, mergeList, nodeAttributesOf } from './attributes';
import { createKnowledgeGraph, type KnowledgeGraph } from './kg-graph';

/** One key per relation: symmetric predicates ignore the order of their two ends. */
export function relationKey(subject: string, predicate: TripleRecord['predicate'], object: string): string {
  const [a, b] = isSymmetric(predicate) && object < subject ? [object, subject] : [subject, object];
  return `${a}|${predicate}|${b}`;
}

/**
 * Folds a second statement of the same relation into the edge. Curated values win over extracted ones;
 * provenances and sources accumulate, so the edge lists everything that supports it.
 */
export function mergeEdge(existing: EdgeAttributes, incoming: EdgeAttributes): EdgeAttributes {
  const existingCurated = existing.provenance.split('|').includes('curated');
  const incomingCurated = incoming.provenance.split('|').includes('curated');
  const [primary, secondary] = incomingCurated && !existingCurated ? [incoming, existing] : [existing, incoming];
  return {
    ...primary,
    provenance: mergeList(existing.provenance, incoming.provenance),
    source: mergeList(existing.source, incoming.source),
    evidence: primary.evidence || secondary.evidence,
    date: primary.date || secondary.date,
    place: primary.place || secondary.place,
    counterpart: primary.counterpart || secondary.counterpart,
    confidence: Math.max(existing.confidence, incoming.confidence),
    subject_mention: primary.subject_mention || secondary.subject_mention,
    object_mention: primary.object_mention || secondary.object_mention,
  };
}

export function addEntity(graph: KnowledgeGraph, e: EntityRecord): void {
  if (graph.hasNode(e.id)) return;
  graph.addNode(e.id, nodeAttributesOf(e));
}

/** Adds or merges one triple; both ends must already be nodes. Returns the edge key. */
export function addTriple(graph: KnowledgeGraph, t: TripleRecord): string {
  const key = relationKey(t.subject, t.predicate, t.object);
  const attrs = edgeAttributesOf(t);
  if (graph.hasEdge(key)) graph.replaceEdgeAttributes(key, mergeEdge(graph.getEdgeAttributes(key), attrs));
  else graph.addDirectedEdgeWithKey(key, t.subject, t.object, attrs);
  return key;
}

export interface BuildResult {
  graph: KnowledgeGraph;
  problems: Problem[];
}

/**
 * Records to graph. Curated triples go first so that they win every disagreement; a triple whose end is
 * not an entity is reported (loaders normally catch this first) and skipped.
 */
export function buildGraph(dataset: Dataset, name?: string): BuildResult {
  const graph = createKnowledgeGraph(name);
  const problems: Problem[] = [...dataset.problems];
  for (const e of dataset.entities) addEntity(graph, e);
  const ordered = [...dataset.triples].sort(
    (a, b) => Number(a.provenance !== 'curated') - Number(b.provenance !== 'curated'),
  );
  for (const t of ordered) {
    const missing = [t.subject, t.object].find((id) => !graph.hasNode(id));
    if (missing !== undefined) {
      problems.push({
        file: t.source || 'triples',
        line: 0,
        column: 0,
        message: `triple ${t.subject} ${t.predicate} ${t.object}: unknown entity "${missing}"`,
        severity: 'error',
      });
      continue;
    }
    addTriple(graph, t);
  }
  return { graph, problems };
}
