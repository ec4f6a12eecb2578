import { describe, expect, it } from 'vitest';
import { bulkBuild } from '../../src/graph/bulk-build';
import { decodeSnapshot, encodeSnapshot } from '../../src/io/snapshot';
import { createKnowledgeGraph } from '../../src/graph/kg-graph';

const ENTITIES = `id,type,label_en,label_kk,label_ru,aliases,country,wikidata
kazakhstan,country,Kazakhstan,Қазақстан,Казахстан,,,Q232
united-states,country,United States,АҚШ,США,,,
yermek-kosherbayev,person,,Ермек Көшербаев,,,kazakhstan,
`;
const TRIPLES = `subject,predicate,object,date,source,evidence
kazakhstan,signed_with,united-states,2025-11,seed,a
yermek-kosherbayev,represents,kazakhstan,,seed,b
kazakhstan,cooperates_with,united-states,,seed,c
`;

describe('graph snapshot', () => {
  it('gives back the nodes, labels, types, positions and edges it was made from', async () => {
    const { graph } = await bulkBuild(ENTITIES, TRIPLES);
    const back = decodeSnapshot(encodeSnapshot(graph));
    if (typeof back === 'string') throw new Error(back);
    expect(back.order).toBe(3);
    expect(back.size).toBe(3);
    expect(back.getNodeAttributes('yermek-kosherbayev')).toMatchObject({ label: 'Ермек Көшербаев', type: 'person' });
    expect(back.getNodeAttribute('kazakhstan', 'x')).toBeCloseTo(graph.getNodeAttribute('kazakhstan', 'x'), 3);
    const edges = (g: typeof graph): string[] => g.mapEdges((k, a, s, t) => `${k}:${s}-${a.predicate}-${t}`).sort();
    expect(edges(back)).toEqual(edges(graph));
  });

  it('keeps string edge keys of the regular graph', () => {
    const g = createKnowledgeGraph();
    const node = { label: 'A', label_en: 'A', label_kk: '', label_ru: '', type: 'country' as const, country: '', wikidata: '', aliases: '', x: 1, y: 2 };
    g.addNode('a', node);
    g.addNode('b', { ...node, label: 'B' });
    g.addDirectedEdgeWithKey('a|met_with|b', 'a', 'b', { predicate: 'met_with', provenance: 'curated', source: '', evidence: '', date: '', place: '', counterpart: '', confidence: 1, subject_mention: '', object_mention: '' });
    const back = decodeSnapshot(encodeSnapshot(g));
    expect(typeof back === 'string' ? back : back.edges()).toEqual(['a|met_with|b']);
  });

  it('refuses what is not a snapshot, with a message', () => {
    expect(decodeSnapshot(new TextEncoder().encode('{"nodes":[]}'))).toMatch(/not a graph snapshot/);
  });
});
