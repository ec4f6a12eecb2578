import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateGraphData } from '../../src/bench/generate-graph-data';
import { bulkBuildDir } from '../../src/cli/stream-graph-data';
import { buildGraph, relationKey } from '../../src/graph/build-graph';
import { bulkBuild } from '../../src/graph/bulk-build';
import { dateCode, dateText, entityRecordAt, tripleRecordAt } from '../../src/graph/bulk-tables';
import { countingSortBy } from '../../src/graph/column-adjacency';
import { RelationIndex } from '../../src/graph/relation-index';
import { TextHeap } from '../../src/graph/text-heap';
import { parseEntitiesCsv } from '../../src/ingest/entities-csv';
import { parseTriplesCsv } from '../../src/ingest/triples-csv';

const dir = mkdtempSync(join(tmpdir(), 'kg-bulk-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
generateGraphData(dir, { entities: 400, triples: 2_000, maxArticleFiles: 1 });
const entitiesCsv = readFileSync(join(dir, 'entities.csv'), 'utf8');
const triplesCsv = readFileSync(join(dir, 'triples.csv'), 'utf8');

const ENTITIES = `id,type,label_en,label_kk,label_ru,aliases,country,wikidata
kz,country,Kazakhstan,Қазақстан,Казахстан,,,Q232
us,country,United States,АҚШ,США,,,
kosh,person,Yermek Kosherbayev,Ермек Көшербаев,Ермек Кошербаев,Көшербаев,kz,
conf,event,Ministerial,Министрлік конференция,,,us,
`;

describe('bulkBuild', () => {
  it('builds the graph buildGraph builds from the same files', async () => {
    const { entities } = parseEntitiesCsv(entitiesCsv);
    const { triples } = parseTriplesCsv(triplesCsv, new Map(entities.map((e) => [e.id, e])));
    const regular = buildGraph({ entities, triples, problems: [] }).graph;
    for (const input of ['stream', 'text'] as const) {
      const fast = input === 'stream' ? await bulkBuildDir(dir) : await bulkBuild(entitiesCsv, triplesCsv);
      expect(fast.problems).toEqual([]);
      expect(fast.graph.order).toBe(regular.order);
      expect(fast.graph.size).toBe(regular.size);
      const relations = (g: { forEachEdge: (cb: (e: string, a: { predicate: string }, s: string, t: string) => void) => void }): string[] => {
        const out: string[] = [];
        g.forEachEdge((_e, a, s, t) => out.push(`${s}|${a.predicate}|${t}`));
        return out.sort();
      };
      expect(relations(fast.graph)).toEqual(relations(regular));
      // Per-edge values come back from the columns, Kazakh text intact.
      const key = fast.graph.edges()[7] as string;
      const t = tripleRecordAt(fast.edges, fast.entities, key);
      const original = regular.getEdgeAttributes(relationKey(t.subject, t.predicate, t.object));
      expect(t.evidence).toBe(original.evidence);
      expect(t.date).toBe(original.date);
      const kz = entityRecordAt(fast.entities, 0);
      expect(kz).toEqual(entities[0]);
    }
  });

  it('makes its graphology graph on first use, once, with the nodes and edges buildGraph makes', async () => {
    const { entities } = parseEntitiesCsv(entitiesCsv);
    const { triples } = parseTriplesCsv(triplesCsv, new Map(entities.map((e) => [e.id, e])));
    const regular = buildGraph({ entities, triples, problems: [] }).graph;
    const fast = await bulkBuild(entitiesCsv, triplesCsv);
    const graph = fast.graph;
    expect(fast.graph).toBe(graph);
    expect(graph.getAttributes()).toEqual(fast.attributes);
    expect(graph.nodes()).toEqual(regular.nodes());
    regular.forEachNode((id, a) => expect(graph.getNodeAttributes(id)).toEqual({ label: a.label, type: a.type, x: a.x, y: a.y }));
    graph.forEachEdge((key, a, source, target) => {
      const t = tripleRecordAt(fast.edges, fast.entities, key);
      expect([source, a.predicate, target]).toEqual([t.subject, t.predicate, t.object]);
      expect(regular.hasEdge(relationKey(t.subject, t.predicate, t.object))).toBe(true);
    });
  });

  it('reports bad rows with file, line and column, and keeps the good ones', async () => {
    const triples = `subject,predicate,object,date,source,evidence
kosh,attended,conf,2026-02-04,seed,ok
kosh,atended,conf,,seed,typo
nobody,attended,conf,,seed,unknown
conf,attended,kosh,,seed,wrong types
kosh,attended,conf,2026-02-30,seed,bad date
kz,met_with,us,,seed,"quoted, with a comma
and a newline"
us,met_with,kz,,seed,same relation reversed
kz,signed_with,us,,seed,too,many
`;
    const r = await bulkBuild(ENTITIES, triples);
    expect(r.graph.size).toBe(2);
    const where = r.problems.map((p) => `${p.line}:${p.column}`);
    expect(where).toEqual(['3:2', '4:1', '5:1', '6:4', '10:7']);
    // The regular loader's words, so `kg build` reads the same whichever path it takes.
    const regular = parseTriplesCsv(triples, new Map(parseEntitiesCsv(ENTITIES).entities.map((e) => [e.id, e])));
    expect(r.problems.map((p) => p.message)).toEqual(regular.problems.map((p) => p.message));
    expect(r.problems[0]?.message).toContain('unknown predicate "atended"');
    expect(r.problems[2]?.message).toContain('wrong entity type');
  });

  it('finds the same problems whether it keeps evidence or not, and resolves ids padded with white space', async () => {
    const triples = `subject,predicate,object,date,source,evidence
nobody,attended,conf,,seed,\u00a0
\u00a0kosh\u00a0,visited,us,,seed,padded id
kosh,visited,us,,seed2,plain id: the same relation
kosh,visited,kz,,seed, 
conf,attended,kosh,,seed,\u00a0
`;
    const kept = await bulkBuild(ENTITIES, triples);
    const unkept = await bulkBuild(ENTITIES, triples, { keepEvidence: false });
    expect(unkept.problems).toEqual(kept.problems);
    expect(kept.problems.map((p) => `${p.line}:${p.column}`)).toEqual(['2:1', '2:6', '5:6', '6:1', '6:6']);
    const regular = parseTriplesCsv(triples, new Map(parseEntitiesCsv(ENTITIES).entities.map((e) => [e.id, e])));
    expect(kept.problems.map((p) => p.message)).toEqual(regular.problems.map((p) => p.message));
    expect(kept.edges.count).toBe(1);
    expect(tripleRecordAt(kept.edges, kept.entities, 0)).toMatchObject({ subject: 'kosh', object: 'us', source: 'seed|seed2', evidence: 'padded id' });
    expect(tripleRecordAt(unkept.edges, unkept.entities, 0).evidence).toBe('');
  });

  it('reads a browser File (Blob) and chunked bytes as it reads text', async () => {
    const fromText = await bulkBuild(entitiesCsv, triplesCsv);
    const fromBlob = await bulkBuild(new Blob([entitiesCsv]), new Blob([triplesCsv]));
    const bytes = new TextEncoder().encode(triplesCsv);
    async function* chunks(): AsyncGenerator<Uint8Array> {
      for (let at = 0; at < bytes.length; at += 4093) yield bytes.subarray(at, at + 4093);
    }
    const fromChunks = await bulkBuild(new TextEncoder().encode(entitiesCsv), chunks());
    for (const r of [fromBlob, fromChunks]) {
      expect(r.graph.size).toBe(fromText.graph.size);
      expect(tripleRecordAt(r.edges, r.entities, 1234)).toEqual(tripleRecordAt(fromText.edges, fromText.entities, 1234));
    }
  });

  it('merges repeated relations as buildGraph does', async () => {
    const triples = `subject,predicate,object,date,source,evidence,provenance
kz,met_with,us,,a,first,curated
us,met_with,kz,2025,b,second,extracted
`;
    const r = await bulkBuild(ENTITIES, triples);
    expect(r.graph.size).toBe(1);
    const t = tripleRecordAt(r.edges, r.entities, 0);
    expect([t.evidence, t.date, r.edges.provenance[0]]).toEqual(['first', '2025', 2]);
  });
});

describe('bulk-build pieces', () => {
  it('codes dates as numbers and back', () => {
    for (const d of ['', '2026', '2025-11', '2024-02-29']) expect(dateText(dateCode(d))).toBe(d);
    for (const d of ['2025-02-29', '2025-13', '25', '2025/01/01']) expect(dateCode(d)).toBe(-1);
  });

  it('sorts indices by key, stably', () => {
    expect([...countingSortBy(new Int32Array([2, 0, 1, 0, 2]), 5, 3)]).toEqual([1, 3, 2, 0, 4]);
  });

  it('indexes relations through growth', () => {
    const index = new RelationIndex(4);
    for (let i = 0; i < 5000; i++) expect(index.getOrSet(i * 7919 * 32 + 5, i)).toBe(i);
    for (let i = 0; i < 5000; i++) expect(index.get(i * 7919 * 32 + 5)).toBe(i);
    expect(index.get(3)).toBe(-1);
  });

  it('keeps text as UTF-8 and gives it back', () => {
    const heap = new TextHeap();
    const a = heap.add('Ермек Көшербаев «Kazinform»');
    const bytes = new TextEncoder().encode('x"Қазақстан ""Kz""",y');
    const b = heap.addSlice(bytes, 2, bytes.length - 4, true);
    heap.put(a, 'replaced');
    expect([heap.get(a), heap.get(b)]).toEqual(['replaced', 'Қазақстан "Kz"']);
  });
});
