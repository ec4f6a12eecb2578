import { describe, expect, it } from 'vitest';
import { createNodeReducer, emptyViewSets, LABEL_ALL_EMPHASIS_UP_TO, LABEL_ALL_UP_TO } from '../../src/app/reducers';
import { buildGraph } from '../../src/graph/build-graph';
import { makeFilter, selectVisible } from '../../src/graph/graph-filter';
import { smallDataset } from '../fixtures/small-dataset';

const graph = buildGraph(smallDataset()).graph;

describe('node reducer', () => {
  it('labels every shown node when the filters leave a handful, letting them give way to each other', () => {
    const sets = emptyViewSets();
    const reduce = createNodeReducer(sets);
    const person = graph.findNode((_n, a) => a.type === 'person') as string;
    expect(reduce(person, graph.getNodeAttributes(person)).forceLabel).toBeUndefined();
    const visible = selectVisible(graph, makeFilter({ types: ['person'] }));
    expect(visible.nodes.size).toBeLessThanOrEqual(LABEL_ALL_UP_TO);
    sets.visibleNodes = visible.nodes;
    const shown = reduce(person, graph.getNodeAttributes(person)) as { forceLabel?: boolean; labelYields?: boolean };
    expect([shown.forceLabel, shown.labelYields]).toEqual([true, true]);
    // A small selection neighbourhood is labelled whatever it overlaps; a hub's gives way, but for the hub.
    sets.emphasisNodes = new Set([person]);
    expect((reduce(person, graph.getNodeAttributes(person)) as { labelYields?: boolean }).labelYields).toBe(false);
    sets.visibleNodes = null;
    // The fixture is small: the neighbourhood is padded with keys of no node to pass the line.
    const hub = [...graph.nodes(), ...Array.from({ length: LABEL_ALL_EMPHASIS_UP_TO }, (_, i) => `padding-${i}`)];
    sets.emphasisNodes = new Set(hub);
    sets.selected = hub[0] as string;
    const yields = (n: string) => (reduce(n, graph.getNodeAttributes(n)) as { labelYields?: boolean }).labelYields;
    expect(yields(hub[0] as string)).toBe(false);
    expect(yields(hub[1] as string)).toBe(true);
  });
});
