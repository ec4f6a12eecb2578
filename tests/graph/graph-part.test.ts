import { describe, expect, it } from 'vitest';
import { entityRecordOf } from '../../src/graph/attributes';
import { entityRecordAt, tripleRecordAt } from '../../src/graph/bulk-tables';
import { buildAdjacency, degreeAt, nodesByDegree } from '../../src/graph/column-adjacency';
import type { GraphColumns } from '../../src/graph/graph-columns';
import { addPart, GraphPart, partOptions, wholeGraph } from '../../src/graph/graph-part';
import { createKnowledgeGraph } from '../../src/graph/kg-graph';
import { hubGraph } from '../fixtures/hub-graph';

const endsOf = (c: GraphColumns, e: number): [number, number] => [c.source[e] as number, c.target[e] as number];

describe('column adjacency', () => {
  it('lists every edge under both ends, a self-loop once, and orders nodes by degree', async () => {
    const { columns, ids } = await hubGraph(10);
    const adj = buildAdjacency(columns.source, columns.target, columns.nodeCount);
    const graph = wholeGraph(columns, (i) => ids[i] as string);
    ids.forEach((id, i) => {
      const loops = graph.edges(id, id).length;
      expect(degreeAt(adj, i)).toBe(graph.degree(id) - loops);
      const listed = [...adj.edges.subarray(adj.offsets[i], adj.offsets[i + 1])];
      for (const e of listed) expect(endsOf(columns, e)).toContain(i);
    });
    const order = [...nodesByDegree(adj)].map((i) => ids[i]);
    expect(order.slice(0, 2)).toEqual(['hub-0', 'hub-1']);
    expect(new Set(order).size).toBe(ids.length);
  });
});

describe('graph part', () => {
  it('derives every budget from the threshold', () => {
    expect(partOptions()).toEqual({ largeAbove: 100_000, backboneEdges: 20_000, backboneNodes: 5000, egoEdges: 2000, egoNodes: 1000 });
    expect(partOptions(10).backboneNodes).toBeGreaterThan(0);
  });

  it('the backbone takes the most connected nodes, hangs each on the hubs, and fills the budget with edges among them', async () => {
    const { columns, ids } = await hubGraph(40);
    const part = new GraphPart(columns);
    const delta = part.backbone(6, 12);
    expect(delta.nodes.slice(0, 2).map((i) => ids[i])).toEqual(['hub-0', 'hub-1']);
    expect(delta.nodes.length).toBe(6);
    expect(delta.edges.length).toBe(12);
    for (const e of delta.edges) for (const v of endsOf(columns, e)) expect(part.has(v)).toBe(true);
    for (const v of delta.nodes) expect(delta.edges.some((e) => endsOf(columns, e).includes(v))).toBe(true);
    expect({ nodes: part.nodes, edges: part.edges }).toEqual({ nodes: delta.nodes.length, edges: delta.edges.length });
    // with room, every edge among the chosen nodes is drawn
    const roomy = new GraphPart(columns);
    const all = roomy.backbone(6, 1000);
    const chosen = new Set(all.nodes);
    let among = 0;
    for (let e = 0; e < columns.edgeCount; e++) if (endsOf(columns, e).every((v) => chosen.has(v))) among++;
    expect(all.edges.length).toBe(among);
  });

  it('grows by a neighbourhood: the seed, its most connected neighbours, each joined by an edge, within budget', async () => {
    const { columns, ids } = await hubGraph(40);
    const part = new GraphPart(columns);
    part.backbone(2, 10);
    const leaf = ids.indexOf('leaf-20');
    expect(part.has(leaf)).toBe(false);
    const delta = part.grow([leaf], 1, 3, 5);
    expect(delta.nodes[0]).toBe(leaf);
    // leaf-20's neighbours: both hubs (already drawn) and leaf-19, leaf-21 (new)
    expect(delta.nodes.map((i) => ids[i]).sort()).toEqual(['leaf-19', 'leaf-20', 'leaf-21']);
    // the budget (5) holds all four of leaf-20's edges, then one of the new leaves' other edges
    expect(delta.edges.length).toBe(5);
    expect(delta.edges.filter((e) => endsOf(columns, e).includes(leaf)).length).toBe(4);
    for (const v of delta.nodes) expect(delta.edges.some((e) => endsOf(columns, e).includes(v))).toBe(true);
    // growing again by the same seed adds no node, only edges among what is drawn that the budget had cut
    const again = part.grow([leaf], 1, 3, 5);
    expect(again.nodes).toEqual([]);
    for (const e of again.edges) for (const v of endsOf(columns, e)) expect(part.has(v)).toBe(true);
    // depth 2 reaches further, within the node budget
    const far = part.grow([leaf], 2, 2, 100);
    expect(far.nodes.length).toBe(2);
    for (const v of far.nodes) expect(far.edges.some((e) => endsOf(columns, e).includes(v))).toBe(true);
  });

  it('a budget of edges cuts the extra edges, never the one that joins a new node', async () => {
    const { columns, ids } = await hubGraph(40);
    const part = new GraphPart(columns);
    const hub = ids.indexOf('hub-0');
    const delta = part.grow([hub], 1, 10, 10);
    expect(delta.nodes.length).toBe(11);
    expect(delta.edges.length).toBe(10);
    for (const v of delta.nodes.slice(1)) expect(delta.edges.some((e) => endsOf(columns, e).includes(v))).toBe(true);
  });

  it('draws one shortest path between two nodes, and nothing between unconnected ones', async () => {
    const { columns, ids } = await hubGraph(40);
    const part = new GraphPart(columns);
    const [a, b] = [ids.indexOf('leaf-3'), ids.indexOf('leaf-33')];
    const delta = part.connect(a, b);
    expect(delta.nodes.length).toBe(3);
    expect(delta.edges.length).toBe(2);
    expect(delta.nodes).toContain(a);
    expect(delta.nodes).toContain(b);
    expect(delta.nodes.map((i) => ids[i]).some((id) => /^hub-/.test(id ?? ''))).toBe(true);
    expect(part.connect(a, ids.indexOf('kz'))).toEqual({ nodes: [], edges: [] });
    expect(part.connect(a, -1)).toEqual({ nodes: [], edges: [] });
  });

  it('materialises nodes and edges with the attributes the explorer reads', async () => {
    const { built, columns, ids } = await hubGraph(5);
    const graph = wholeGraph(columns, (i) => ids[i] as string);
    expect(graph.getAttribute('name')).toBe('hubs');
    ids.forEach((id, i) => expect(entityRecordOf(id, graph.getNodeAttributes(id))).toEqual(entityRecordAt(built.entities, i)));
    expect(graph.getNodeAttributes('kz')).toMatchObject({ label: 'Kazakhstan', label_kk: 'Қазақстан', aliases: 'KZ|Qazaqstan', wikidata: 'Q232' });
    expect(graph.getNodeAttribute('hub-0', 'country')).toBe('kz');
    expect(graph.size).toBe(built.edges.count);
    graph.forEachEdge((key, a, s, t) => {
      const t0 = tripleRecordAt(built.edges, built.entities, key);
      expect({ s, t, predicate: a.predicate, date: a.date, source: a.source, provenance: a.provenance }).toEqual({
        s: t0.subject,
        t: t0.object,
        predicate: t0.predicate,
        date: t0.date,
        source: t0.source,
        provenance: t0.provenance,
      });
    });
    // a part adds to a graph already drawn, under the same keys
    const partial = createKnowledgeGraph();
    addPart(partial, columns, { nodes: [0, 1], edges: [] }, (i) => ids[i] as string);
    expect(partial.order).toBe(2);
  });
});
