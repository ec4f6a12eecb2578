import { describe, expect, it } from 'vitest';
import { createNodeReducer, emptyViewSets, LABEL_ALL_UP_TO } from '../../src/app/reducers';
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
    // A selection's neighbourhood is labelled whatever it overlaps.
    sets.emphasisNodes = new Set([person]);
    expect((reduce(person, graph.getNodeAttributes(person)) as { labelYields?: boolean }).labelYields).toBe(false);
  });
});
