import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph';
import { countryNodes } from '../../src/graph/country-affiliation';
import { degreeRanking } from '../../src/graph/degree-ranking';
import { egoNodes } from '../../src/graph/ego-network';
import { isFilterEmpty, makeFilter, selectVisible } from '../../src/graph/graph-filter';
import { shortestPath } from '../../src/graph/shortest-path';
import { subgraph } from '../../src/graph/subgraph';
import { smallDataset } from '../fixtures/small-dataset';

const graph = buildGraph(smallDataset()).graph;
const sorted = (s: Iterable<string>) => [...s].sort();

describe('ego network', () => {
  it('grows by one hop per depth, in both edge directions', () => {
    expect(sorted(egoNodes(graph, ['kosh'], 1))).toEqual(['conf', 'kosh', 'rubio']);
    expect(sorted(egoNodes(graph, ['kosh'], 2))).toEqual(['conf', 'dc', 'kosh', 'rubio', 'us', 'vance']);
    expect(egoNodes(graph, ['kosh'], 3).has('kz')).toBe(true);
  });
  it('unites several actors and ignores unknown ids', () => {
    expect(sorted(egoNodes(graph, ['dc', 'memo', 'nope'], 1))).toEqual(['conf', 'dc', 'kz', 'memo']);
  });
});

describe('country affiliation', () => {
  it('takes the country, entities with its country attribute, and those that represent it', () => {
    expect(sorted(countryNodes(graph, ['us']))).toEqual(['conf', 'dc', 'rubio', 'us', 'vance']);
    expect(sorted(countryNodes(graph, ['kz']))).toEqual(['kosh', 'kz']);
  });
});

describe('selectVisible', () => {
  it('shows everything with no filter', () => {
    const f = makeFilter();
    expect(isFilterEmpty(f)).toBe(true);
    const s = selectVisible(graph, f);
    expect([s.nodes.size, s.edges.size]).toEqual([graph.order, graph.size]);
  });
  it('ANDs filters and ORs values within one', () => {
    const s = selectVisible(graph, makeFilter({ countries: ['us'], types: ['person', 'place'] }));
    expect(sorted(s.nodes)).toEqual(['dc', 'rubio', 'vance']);
    expect(s.edges.size).toBe(0);
    const both = selectVisible(graph, makeFilter({ countries: ['us', 'kz'] }));
    expect(both.nodes.has('kosh') && both.nodes.has('rubio')).toBe(true);
  });
  it('keeps only edges between visible nodes', () => {
    const s = selectVisible(graph, makeFilter({ actors: ['kosh'] }));
    for (const e of s.edges) expect(s.nodes.has(graph.source(e)) && s.nodes.has(graph.target(e))).toBe(true);
    expect(s.edges.size).toBe(2);
  });
  it('with an edge filter keeps only nodes touched by a passing edge', () => {
    const s = selectVisible(graph, makeFilter({ predicates: ['attended'] }));
    expect(sorted(s.nodes)).toEqual(['conf', 'kosh', 'vance']);
    const ext = selectVisible(graph, makeFilter({ provenance: ['extracted'] }));
    expect(sorted(ext.nodes)).toEqual(['kz', 'us']);
  });
  it('answers like a set: has, size, iteration, forEach agree', () => {
    const s = selectVisible(graph, makeFilter({ countries: ['us'] }));
    const plain = new Set(s.nodes);
    expect(plain.size).toBe(s.nodes.size);
    for (const n of graph.nodes()) expect(s.nodes.has(n)).toBe(plain.has(n));
    expect(s.nodes.has('no such node')).toBe(false);
    const seen: string[] = [];
    s.edges.forEach((e) => seen.push(e));
    expect(seen).toEqual([...s.edges.values()]);
    expect([...s.edges.entries()].every(([a, b]) => a === b && graph.hasEdge(a))).toBe(true);
  });
  it('follows the graph when nodes and edges are added or dropped', () => {
    const g = graph.copy();
    const first = selectVisible(g, makeFilter({ types: ['person'] }));
    g.addNode('newcomer', { ...g.getNodeAttributes('rubio'), label: 'Newcomer' });
    g.addEdge('newcomer', 'rubio', { ...g.getEdgeAttributes(g.edges()[0] as string) });
    const second = selectVisible(g, makeFilter({ types: ['person'] }));
    expect(second.nodes.has('newcomer')).toBe(true);
    expect(second.edges.size).toBe(first.edges.size + 1);
    expect(second.nodes.sameIndexAs(first.nodes)).toBe(false);
    g.dropNode('newcomer');
    expect(selectVisible(g, makeFilter({ types: ['person'] })).edges.size).toBe(first.edges.size);
    // The earlier result still describes the graph as it was.
    expect(first.nodes.has('newcomer')).toBe(false);
  });
  it('filters by date range at the precision given', () => {
    expect(selectVisible(graph, makeFilter({ dateFrom: '2026' })).edges.size).toBe(1);
    expect(selectVisible(graph, makeFilter({ dateFrom: '2025-11-01', dateTo: '2025-12' })).edges.size).toBe(2);
    expect(selectVisible(graph, makeFilter({ dateTo: '2025' })).edges.size).toBe(2);
  });
});

describe('shortest path', () => {
  it('finds the fewest hops regardless of direction', () => {
    const p = shortestPath(graph, 'kosh', 'dc');
    expect(p?.nodes).toEqual(['kosh', 'conf', 'dc']);
    expect(p?.edges).toHaveLength(2);
  });
  it('is null between unconnected entities', () => {
    expect(shortestPath(graph, 'kosh', 'lonely')).toBeNull();
    expect(shortestPath(graph, 'kosh', 'missing')).toBeNull();
  });
});

describe('degree ranking and subgraph', () => {
  it('ranks by degree with a stable tie-break', () => {
    const top = degreeRanking(graph, 3);
    expect(top.map((t) => [t.id, t.degree])).toEqual([['kz', 3], ['conf', 3], ['us', 3]]);
    expect(top.map((t) => t.degree)).toEqual([...top.map((t) => t.degree)].sort((a, b) => b - a));
    expect(degreeRanking(graph, 10, ['person']).every((r) => r.type === 'person')).toBe(true);
  });
  it('copies the selection into a new graph', () => {
    const s = selectVisible(graph, makeFilter({ actors: ['kosh'] }));
    const sub = subgraph(graph, s);
    expect([sub.order, sub.size]).toEqual([3, 2]);
    expect(sub.getNodeAttributes('kosh')).toEqual(graph.getNodeAttributes('kosh'));
  });
});
