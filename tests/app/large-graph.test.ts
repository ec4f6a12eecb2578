import { describe, expect, it, vi } from 'vitest';
import { ExplorerStore } from '../../src/app/explorer-store';
import { openColumns } from '../../src/app/large-graph';
import { makeFilter } from '../../src/graph/graph-filter';
import { makeViewState } from '../../src/graph/view-state';
import { hubGraph } from '../fixtures/hub-graph';

// Small budgets, so a 40-leaf graph is "too large" and its backbone is the two hubs and one leaf (leaf-1: the first with four edges).
const OPTIONS = { largeAbove: 10, backboneNodes: 3, backboneEdges: 4, egoNodes: 5, egoEdges: 8 };

describe('a graph drawn in part, in the store', () => {
  it('opens whole under the threshold, on its backbone over it', async () => {
    const { columns } = await hubGraph(40);
    const whole = await openColumns(columns, { ...OPTIONS, largeAbove: columns.edgeCount });
    expect(whole.scope).toBeNull();
    expect({ nodes: whole.graph.order, edges: whole.graph.size }).toEqual({ nodes: columns.nodeCount, edges: columns.edgeCount });
    const part = await openColumns(columns, OPTIONS);
    expect(part.scope).toMatchObject({ nodes: columns.nodeCount, edges: columns.edgeCount });
    expect(part.graph.nodes().sort()).toEqual(['hub-0', 'hub-1', 'leaf-1']);
    expect(part.graph.size).toBe(3);
  });

  it('grows by what the view names: a link\'s selection at once, an actor, a path drawn whole', async () => {
    const { columns } = await hubGraph(40);
    const { graph, scope } = await openColumns(columns, OPTIONS);
    const store = new ExplorerStore(graph, makeViewState({ selected: 'leaf-20' }), scope);
    expect(store.graph.hasNode('leaf-20')).toBe(true);
    expect(store.graph.neighbors('leaf-20').length).toBeGreaterThan(1);
    const kinds: string[][] = [];
    store.subscribe((c) => kinds.push([...c.kinds]));

    store.update({ filter: makeFilter({ actors: ['leaf-30'] }) });
    expect(kinds.pop()).toEqual(expect.arrayContaining(['graph', 'filter']));
    expect(store.visible.nodes.has('leaf-30')).toBe(true);
    expect(store.visible.nodes.size).toBeGreaterThan(2);

    // a view change that names nothing new leaves the graph as it is
    const size = store.graph.size;
    store.update({ lang: 'kk' });
    expect(kinds.pop()).toEqual(['lang']);
    expect(store.graph.size).toBe(size);

    // leaf-5 and leaf-36 are two hops apart through a hub in the whole graph; the part draws that path
    store.update({ path: ['leaf-5', 'leaf-36'] });
    expect(store.path?.nodes.length).toBe(3);
    expect(store.path?.nodes[0]).toBe('leaf-5');
    expect(store.path?.nodes[2]).toBe('leaf-36');
  });

  it('lets go of the scope when another graph replaces it', async () => {
    const { columns } = await hubGraph(10);
    const part = await openColumns(columns, OPTIONS);
    const whole = await openColumns(columns, { ...OPTIONS, largeAbove: 1000 });
    const store = new ExplorerStore(part.graph, makeViewState(), part.scope);
    const close = vi.spyOn(part.scope!, 'close');
    store.setGraph(whole.graph);
    expect(close).toHaveBeenCalledOnce();
    expect(store.scope).toBeNull();
  });

  it('refuses columns in which two nodes share an id', async () => {
    const { columns } = await hubGraph(3);
    const offsets = columns.ids.offsets;
    // hub-1 (node 2) becomes hub-0 (node 1): as long, so the column keeps its offsets
    const first = columns.ids.bytes.subarray(offsets[1], offsets[2]);
    const second = columns.ids.bytes.subarray(offsets[2], offsets[3]);
    expect(second.length).toBe(first.length);
    second.set(first);
    await expect(openColumns(columns, OPTIONS)).rejects.toThrow('broken snapshot: nodes 1 and 2 have the same id "hub-0"');
  });
});
