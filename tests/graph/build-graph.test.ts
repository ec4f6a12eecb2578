import { describe, expect, it } from 'vitest';
import { buildGraph, relationKey } from '../../src/graph/build-graph';
import { entity, smallDataset, triple } from '../fixtures/small-dataset';

describe('buildGraph', () => {
  it('makes one node per entity and one edge per relation, with attributes', () => {
    const { graph, problems } = buildGraph(smallDataset());
    expect(problems).toEqual([]);
    expect(graph.order).toBe(9);
    expect(graph.size).toBe(8);
    const key = relationKey('kz', 'signed', 'memo');
    expect(graph.getEdgeAttributes(key)).toMatchObject({ predicate: 'signed', date: '2025-11', counterpart: 'us', provenance: 'curated' });
    expect(graph.getNodeAttributes('kosh')).toMatchObject({ label: 'Yermek Kosherbayev', type: 'person', country: 'kz' });
  });

  it('gives the same seeded positions on every build', () => {
    const a = buildGraph(smallDataset()).graph;
    const b = buildGraph(smallDataset()).graph;
    a.forEachNode((n, attrs) => expect([attrs.x, attrs.y]).toEqual([b.getNodeAttribute(n, 'x'), b.getNodeAttribute(n, 'y')]));
  });

  it('merges a curated and an extracted statement of the same relation into one edge; curated wins', () => {
    const ds = smallDataset();
    ds.triples.push(
      triple('kosh', 'attended', 'conf', { provenance: 'extracted', evidence: 'extracted sentence', date: '2026-02-05', source: 'other', confidence: 0.8 }),
    );
    const { graph } = buildGraph(ds);
    expect(graph.size).toBe(8);
    const edge = graph.getEdgeAttributes(relationKey('kosh', 'attended', 'conf'));
    expect(edge.provenance).toBe('curated|extracted');
    expect(edge.source).toBe('other|seed');
    expect(edge.evidence).toBe('kosh attended conf');
    expect(edge.date).toBe('2026-02-04');
    expect(edge.confidence).toBe(1);
  });

  it('curated wins even when the extracted statement comes first', () => {
    const ds = smallDataset();
    ds.triples.unshift(triple('rubio', 'invited', 'kosh', { provenance: 'extracted', evidence: 'x', confidence: 0.5 }));
    const edge = buildGraph(ds).graph.getEdgeAttributes(relationKey('rubio', 'invited', 'kosh'));
    expect(edge.evidence).toBe('rubio invited kosh');
    expect(edge.provenance).toBe('curated|extracted');
  });

  it('treats both directions of a symmetric relation as one edge', () => {
    const ds = smallDataset();
    ds.triples.push(triple('us', 'signed_with', 'kz'));
    expect(buildGraph(ds).graph.size).toBe(8);
    expect(relationKey('us', 'met_with', 'kz')).toBe(relationKey('kz', 'met_with', 'us'));
    expect(relationKey('us', 'invited', 'kz')).not.toBe(relationKey('kz', 'invited', 'us'));
  });

  it('reports a triple whose entity is missing and keeps the rest', () => {
    const ds = smallDataset();
    ds.entities = ds.entities.filter((e) => e.id !== 'memo');
    ds.entities.push(entity('extra', 'topic'));
    const { graph, problems } = buildGraph(ds);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('unknown entity "memo"');
    expect(graph.size).toBe(7);
  });
});
