import { describe, expect, test } from 'vitest';
import type { EdgeAttributes, NodeAttributes } from '../../src/core/types';
import { createKnowledgeGraph, type KnowledgeGraph } from '../../src/graph/kg-graph';
import { mergeInto } from '../../src/graph/merge-graphs';

const node = (a: Partial<NodeAttributes> & Pick<NodeAttributes, 'type'>): NodeAttributes => ({
  label: '',
  label_en: '',
  label_kk: '',
  label_ru: '',
  country: '',
  wikidata: '',
  aliases: '',
  x: 0,
  y: 0,
  ...a,
});

const edge = (a: Partial<EdgeAttributes> & Pick<EdgeAttributes, 'predicate'>): EdgeAttributes => ({
  provenance: 'curated',
  source: '',
  evidence: '',
  date: '',
  place: '',
  counterpart: '',
  confidence: 1,
  subject_mention: '',
  object_mention: '',
  ...a,
});

function twoPeople(): KnowledgeGraph {
  const g = createKnowledgeGraph();
  g.addNode('kosherbayev', node({ type: 'person', label: 'Yermek Kosherbayev', label_en: 'Yermek Kosherbayev', x: 1, y: 2 }));
  g.addNode('rubio', node({ type: 'person', label: 'Marco Rubio', label_en: 'Marco Rubio', wikidata: 'Q324546' }));
  return g;
}

describe('mergeInto', () => {
  test('adds what is new and counts it', () => {
    const target = twoPeople();
    const incoming = createKnowledgeGraph();
    incoming.addNode('kazakhstan', node({ type: 'country', label: 'Kazakhstan' }));
    incoming.addNode('kosherbayev', node({ type: 'person' }));
    incoming.addDirectedEdgeWithKey('kosherbayev|represents|kazakhstan', 'kosherbayev', 'kazakhstan', edge({ predicate: 'represents' }));
    expect(mergeInto(target, incoming)).toEqual({ addedNodes: 1, addedEdges: 1, mergedEdges: 0 });
    expect(target.order).toBe(3);
    expect(target.source('kosherbayev|represents|kazakhstan')).toBe('kosherbayev');
  });

  test('keeps existing node attributes and fills the empty ones', () => {
    const target = twoPeople();
    const incoming = createKnowledgeGraph();
    incoming.addNode('kosherbayev', node({ type: 'person', label: 'Köşerbaev', label_en: 'Other', label_kk: 'Ермек Көшербаев', wikidata: 'Q1', x: 9, y: 9 }));
    expect(mergeInto(target, incoming)).toEqual({ addedNodes: 0, addedEdges: 0, mergedEdges: 0 });
    expect(target.getNodeAttributes('kosherbayev')).toEqual(
      node({ type: 'person', label: 'Yermek Kosherbayev', label_en: 'Yermek Kosherbayev', label_kk: 'Ермек Көшербаев', wikidata: 'Q1', x: 1, y: 2 }),
    );
  });

  test('merges an edge with the same key; curated wins over extracted', () => {
    const target = twoPeople();
    target.addDirectedEdgeWithKey('kosherbayev|met_with|rubio', 'kosherbayev', 'rubio', edge({ predicate: 'met_with', provenance: 'extracted', source: 'b', evidence: 'extracted sentence', confidence: 0.6, subject_mention: 'Көшербаев' }));
    const incoming = twoPeople();
    incoming.addDirectedEdgeWithKey('kosherbayev|met_with|rubio', 'kosherbayev', 'rubio', edge({ predicate: 'met_with', source: 'a', evidence: 'curated sentence', date: '2026-02-04' }));
    expect(mergeInto(target, incoming)).toEqual({ addedNodes: 0, addedEdges: 0, mergedEdges: 1 });
    expect(target.getEdgeAttributes('kosherbayev|met_with|rubio')).toEqual(
      edge({ predicate: 'met_with', provenance: 'curated|extracted', source: 'a|b', evidence: 'curated sentence', date: '2026-02-04', confidence: 1, subject_mention: 'Көшербаев' }),
    );
  });

  test('a symmetric relation from another tool, reversed and under its own key, merges by relation key', () => {
    const target = twoPeople();
    target.addDirectedEdgeWithKey('kosherbayev|met_with|rubio', 'kosherbayev', 'rubio', edge({ predicate: 'met_with', source: 'a' }));
    const incoming = twoPeople();
    incoming.addDirectedEdgeWithKey('0', 'rubio', 'kosherbayev', edge({ predicate: 'met_with', provenance: 'extracted', source: 'c', confidence: 0.5 }));
    expect(mergeInto(target, incoming)).toEqual({ addedNodes: 0, addedEdges: 0, mergedEdges: 1 });
    expect(target.size).toBe(1);
    expect(target.getEdgeAttribute('kosherbayev|met_with|rubio', 'source')).toBe('a|c');
  });

  test('a key taken by a different relation does not merge: the edge is added under a fresh key', () => {
    const target = twoPeople();
    target.addDirectedEdgeWithKey('0', 'kosherbayev', 'rubio', edge({ predicate: 'met_with' }));
    const incoming = twoPeople();
    incoming.addDirectedEdgeWithKey('0', 'rubio', 'kosherbayev', edge({ predicate: 'invited' }));
    expect(mergeInto(target, incoming)).toEqual({ addedNodes: 0, addedEdges: 1, mergedEdges: 0 });
    expect(target.getEdgeAttribute('0', 'predicate')).toBe('met_with');
    expect(target.getEdgeAttribute('0#2', 'predicate')).toBe('invited');
    expect(target.source('0#2')).toBe('rubio');
  });

  test('merging a graph into a copy of itself changes nothing', () => {
    const target = twoPeople();
    target.addDirectedEdgeWithKey('rubio|invited|kosherbayev', 'rubio', 'kosherbayev', edge({ predicate: 'invited', source: 'a' }));
    const before = target.export();
    expect(mergeInto(target, target.copy())).toEqual({ addedNodes: 0, addedEdges: 0, mergedEdges: 1 });
    expect(target.export()).toEqual(before);
  });
});
