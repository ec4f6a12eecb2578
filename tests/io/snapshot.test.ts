import { describe, expect, it } from 'vitest';
import { bulkBuild } from '../../src/graph/bulk-build';
import { tripleRecordAt } from '../../src/graph/bulk-tables';
import { allStrings } from '../../src/graph/graph-columns';
import { wholeGraph } from '../../src/graph/graph-part';
import { decodeSnapshot, encodeSnapshot, encodeSnapshotTables, readSnapshotColumns, SNAPSHOT_MAGIC } from '../../src/io/snapshot';
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
    expect(readSnapshotColumns(new TextEncoder().encode('KGS1\u0000\u0000\u0000\u0000'))).toMatch(/format KGS1 is not read.*build the snapshot again/);
  });
});

describe('snapshot from the bulk builder tables', () => {
  it('gives back every column without the graphology graph, and the graph they make is the regular one', async () => {
    const built = await bulkBuild(ENTITIES, TRIPLES);
    const columns = readSnapshotColumns(encodeSnapshotTables(built.entities, built.edges, 'tables'));
    if (typeof columns === 'string') throw new Error(columns);
    expect({ name: columns.name, nodes: columns.nodeCount, edges: columns.edgeCount }).toEqual({ name: 'tables', nodes: 3, edges: 3 });
    const ids = allStrings(columns.ids);
    const graph = wholeGraph(columns, (i) => ids[i] as string);
    expect(graph.getNodeAttributes('kazakhstan')).toMatchObject({ label: 'Kazakhstan', label_kk: 'Қазақстан', label_ru: 'Казахстан', wikidata: 'Q232' });
    expect(graph.getNodeAttribute('yermek-kosherbayev', 'country')).toBe('kazakhstan');
    const edges = graph.mapEdges((k, a, s, t) => `${k}:${s}-${a.predicate}-${t}@${a.date}/${a.source}`).sort();
    const expected = Array.from({ length: built.edges.count }, (_, k) => {
      const t = tripleRecordAt(built.edges, built.entities, k);
      return `${k}:${t.subject}-${t.predicate}-${t.object}@${t.date}/${t.source}`;
    });
    expect(edges).toEqual(expected.sort());
    expect(edges).toContain('0:kazakhstan-signed_with-united-states@2025-11/seed');
  });
});

describe('a broken snapshot', () => {
  const good = (async () => {
    const built = await bulkBuild(ENTITIES, TRIPLES);
    return encodeSnapshotTables(built.entities, built.edges);
  })();

  it('truncated anywhere, gives a message and never throws', async () => {
    const bytes = await good;
    for (let cut = 0; cut < bytes.length; cut++) {
      const result = readSnapshotColumns(bytes.slice(0, cut));
      expect(typeof result, `cut at ${cut}`).toBe('string');
    }
    expect(readSnapshotColumns(bytes.slice(0, bytes.length - 8))).toMatch(/truncated snapshot: section "\w+" ends at byte \d+, the file has \d+/);
  });

  it('with any byte changed, gives columns that hold or a message, never throws', async () => {
    const bytes = await good;
    for (let at = 0; at < bytes.length; at++) {
      for (const value of [0, 0x7f, 0xff]) {
        const copy = bytes.slice();
        copy[at] = value;
        const result = readSnapshotColumns(copy);
        if (typeof result === 'string') continue;
        // What passes the checks is safe to draw: every index points inside the graph.
        for (let e = 0; e < result.edgeCount; e++) {
          expect(result.source[e]).toBeLessThan(result.nodeCount);
          expect(result.target[e]).toBeLessThan(result.nodeCount);
        }
        expect(() => decodeSnapshot(copy)).not.toThrow();
      }
    }
  });

  it('whose header lies about its counts or sections is refused by name', async () => {
    const bytes = await good;
    const length = new DataView(bytes.buffer).getUint32(4, true);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))) as { nodes: number; sections: { name: string; bytes: number }[] };
    // The same sections after another header (the sections start at the next 4-byte boundary after it).
    const body = bytes.subarray(Math.ceil((8 + length) / 4) * 4);
    const withHeader = (h: unknown): Uint8Array => {
      const text = new TextEncoder().encode(JSON.stringify(h));
      const start = Math.ceil((8 + text.length) / 4) * 4;
      const out = new Uint8Array(start + body.length);
      out.set(bytes.subarray(0, 4));
      new DataView(out.buffer).setUint32(4, text.length, true);
      out.set(text, 8);
      out.set(body, start);
      return out;
    };
    expect(typeof readSnapshotColumns(withHeader(header))).toBe('object');
    expect(readSnapshotColumns(withHeader({ ...header, nodes: 2 ** 30 }))).toMatch(/section "\w+" has \d+ bytes, expected/);
    expect(readSnapshotColumns(withHeader({ ...header, nodes: -1 }))).toMatch(/expected name, nodes, edges/);
    const renamed = header.sections.map((s) => (s.name === 'labelRu' ? { ...s, name: 'labelXx' } : s));
    expect(readSnapshotColumns(withHeader({ ...header, sections: renamed }))).toMatch(/unknown section "labelXx"/);
    const missing = header.sections.filter((s) => s.name !== 'date');
    expect(readSnapshotColumns(withHeader({ ...header, sections: missing }))).toMatch(/no "date" section/);
    const huge = bytes.slice();
    new DataView(huge.buffer).setUint32(4, 0xffffffff, true);
    expect(readSnapshotColumns(huge)).toMatch(/broken snapshot header: it claims/);
    expect(SNAPSHOT_MAGIC).toBe('KGS2');
  });
});
