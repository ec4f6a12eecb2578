// Every format: export the fixture, check the file with an independent parser, import it with our reader,
// and get the same graph back.
import Graph from 'graphology';
import { parse as parseGexfIndependently } from 'graphology-gexf';
import { parse as parseGraphmlIndependently } from 'graphology-graphml';
import { Parser as N3Parser, type Quad } from 'n3';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import type { EdgeAttributes } from '../../src/core/types';
import { readGraphDataCsv, readNeo4jCsv, readEntitiesCsv, readTriplesCsv, writeEntitiesCsv, writeNeo4jCsv, writeTriplesCsv, NEO4J_NODES_HEADER, NEO4J_RELATIONSHIPS_HEADER } from '../../src/io/csv';
import { FORMATS, type FormatId } from '../../src/io/formats';
import { readGexf, writeGexf } from '../../src/io/gexf';
import { readGraphml, writeGraphml } from '../../src/io/graphml';
import { readJson, writeJson } from '../../src/io/json';
import { readNTriples, writeNTriples } from '../../src/io/ntriples';
import { ENTITY_NS, graphToQuads, ONTOLOGY_NS, RDF_NS, RDFS_NS } from '../../src/io/rdf-mapping';
import { readTurtle, writeTurtle } from '../../src/io/turtle';
import { ENTITY_COLUMNS } from '../../src/ingest/entities-csv';
import { TRIPLE_COLUMNS, TRIPLE_OPTIONAL_COLUMNS } from '../../src/ingest/triples-csv';
import { expectSameGraph, fixtureGraph, XSS_LABEL } from './io-fixture';

const FORMULA_START = /^[=+\-@\t\r]/;

describe('GEXF', () => {
  const graph = fixtureGraph();
  const text = writeGexf(graph);

  test('is GEXF 1.3 that graphology-gexf parses on its own', () => {
    expect(text).toContain('<gexf version="1.3" xmlns="http://gexf.net/1.3"');
    const parsed = parseGexfIndependently(Graph, text);
    expect(parsed.order).toBe(graph.order);
    expect(parsed.size).toBe(graph.size);
    expect(parsed.getNodeAttribute('ministerial-conference', 'label')).toBe(XSS_LABEL);
    expect(parsed.getNodeAttribute('yermek-kosherbayev', 'label_kk')).toBe('Ермек Көшербаев');
    expect(parsed.getNodeAttribute('kazakhstan', 'x')).toBe(graph.getNodeAttribute('kazakhstan', 'x'));
    expect(parsed.getEdgeAttribute('yermek-kosherbayev|attended|ministerial-conference', 'evidence')).toBe(
      graph.getEdgeAttribute('yermek-kosherbayev|attended|ministerial-conference', 'evidence'),
    );
    expect(text).toContain('<viz:position x=');
    expect(text).not.toContain('<img');
  });

  test('declares confidence as double even when every value is a whole number', () => {
    expect(text).toContain('<attribute id="confidence" title="confidence" type="double"/>');
    const curatedOnly = fixtureGraph();
    curatedOnly.forEachEdge((e) => curatedOnly.setEdgeAttribute(e, 'confidence', 1));
    expect(writeGexf(curatedOnly)).toContain('<attribute id="confidence" title="confidence" type="double"/>');
  });

  test('reads back to the same graph', () => {
    const { graph: back, problems } = readGexf(text, 'graph.gexf');
    expect(problems).toEqual([]);
    expectSameGraph(back, graph);
    expect(back!.getAttribute('name')).toBe(graph.getAttribute('name'));
  });
});

describe('GraphML', () => {
  const graph = fixtureGraph();
  const text = writeGraphml(graph);

  test('declares every attribute as a typed key and graphology-graphml parses it on its own', () => {
    expect(text).toContain('<key id="e_confidence" for="edge" attr.name="confidence" attr.type="double"/>');
    expect(text).toContain('<key id="n_x" for="node" attr.name="x" attr.type="double"/>');
    const parsed = parseGraphmlIndependently(Graph, text);
    expect(parsed.order).toBe(graph.order);
    expect(parsed.size).toBe(graph.size);
    expect(parsed.getNodeAttribute('ministerial-conference', 'label_en')).toBe(XSS_LABEL);
    expect(parsed.getNodeAttribute('kazakhstan', 'y')).toBe(graph.getNodeAttribute('kazakhstan', 'y'));
    const key = 'marco-rubio|met_with|yermek-kosherbayev';
    expect(parsed.getEdgeAttribute(key, 'confidence')).toBe(1);
    expect(parsed.getEdgeAttribute(key, 'evidence')).toBe('=SUM(A1)');
    expect(text).not.toContain('<img');
  });

  test('reads back to the same graph', () => {
    const { graph: back, problems } = readGraphml(text, 'graph.graphml');
    expect(problems).toEqual([]);
    expectSameGraph(back, graph);
    expect(back!.getAttribute('name')).toBe(graph.getAttribute('name'));
  });

  test('keeps carriage returns, tabs and characters XML 1.1 would fold', () => {
    const g = fixtureGraph();
    g.setEdgeAttribute('kazakhstan|signed|memorandum', 'evidence', 'a\r\nb\tc\u2028d\u0085e');
    const { graph: back } = readGraphml(writeGraphml(g), 'g.graphml');
    expect(back!.getEdgeAttribute('kazakhstan|signed|memorandum', 'evidence')).toBe('a\r\nb\tc\u2028d\u0085e');
    const fromGexf = readGexf(writeGexf(g), 'g.gexf').graph;
    expect(fromGexf!.getEdgeAttribute('kazakhstan|signed|memorandum', 'evidence')).toBe('a\r\nb\tc\u2028d\u0085e');
  });
});

describe('JSON', () => {
  const graph = fixtureGraph();
  const text = writeJson(graph);

  test("is graphology's serialisation", () => {
    const data = JSON.parse(text) as { nodes: unknown[]; edges: unknown[]; options: { type: string; multi: boolean } };
    expect(data.nodes).toHaveLength(graph.order);
    expect(data.edges).toHaveLength(graph.size);
    expect(data.options).toMatchObject({ type: 'directed', multi: true });
    expect(Graph.from(JSON.parse(text)).size).toBe(graph.size);
  });

  test('reads back to the same graph', () => {
    const { graph: back, problems } = readJson(text, 'graph.json');
    expect(problems).toEqual([]);
    expectSameGraph(back, graph);
    expect(back!.getAttribute('name')).toBe(graph.getAttribute('name'));
  });
});

describe('CSV: neo4j-admin import pair', () => {
  const graph = fixtureGraph();
  const { nodes, relationships } = writeNeo4jCsv(graph);
  const parse = (text: string) => Papa.parse<string[]>(text.trimEnd(), { header: false });

  test("headers are exactly the ones neo4j-admin database import full reads", () => {
    const n = parse(nodes);
    const r = parse(relationships);
    expect(n.errors).toEqual([]);
    expect(r.errors).toEqual([]);
    expect(n.data[0]).toEqual(['id:ID', ':LABEL', 'label', 'label_en', 'label_kk', 'label_ru', 'aliases', 'country', 'wikidata', 'x:double', 'y:double']);
    expect(r.data[0]).toEqual([
      ':START_ID', ':END_ID', ':TYPE', 'key', 'provenance', 'source', 'evidence', 'date', 'place', 'counterpart', 'confidence:double', 'subject_mention', 'object_mention',
    ]);
    // neo4j's header grammar: name[:type], with the id / label / start / end / type fields each once.
    const grammar = /^([A-Za-z_][A-Za-z0-9_]*)?(:(ID|LABEL|START_ID|END_ID|TYPE|double|string|int|long|float|boolean))?$/;
    for (const h of [...NEO4J_NODES_HEADER, ...NEO4J_RELATIONSHIPS_HEADER]) expect(h).toMatch(grammar);
    expect(n.data).toHaveLength(graph.order + 1);
    expect(r.data).toHaveLength(graph.size + 1);
    const person = n.data.find((row) => row[0] === 'yermek-kosherbayev')!;
    expect(person[1]).toBe('Person');
    expect(r.data.map((row) => row[2])).toContain('MET_WITH');
  });

  test('no text cell can run as a spreadsheet formula, and numeric cells are plain numbers', () => {
    for (const [text, numeric] of [
      [nodes, ['x:double', 'y:double']],
      [relationships, ['confidence:double']],
    ] as const) {
      const [header, ...rows] = parse(text).data;
      for (const row of rows) {
        row.forEach((cell, i) => {
          if ((numeric as readonly string[]).includes(header![i]!)) expect(Number.isFinite(Number(cell)), `${header![i]} ${cell}`).toBe(true);
          else expect(cell, `${header![i]}: ${cell}`).not.toMatch(FORMULA_START);
        });
      }
    }
    expect(relationships).toContain('"\'=SUM(A1)"');
    expect(relationships).toContain(`"'-5% экспорт`);
  });

  test('reads back to the same graph', () => {
    const { graph: back, problems } = readNeo4jCsv(nodes, relationships);
    expect(problems).toEqual([]);
    expectSameGraph(back, graph);
  });
});

describe('CSV: triples.csv and entities.csv', () => {
  const graph = fixtureGraph();
  const triples = writeTriplesCsv(graph);
  const entities = writeEntitiesCsv(graph);
  // triples.csv has one provenance a row and no mention columns (see csv.ts).
  const asTriplesCsvKeepsIt = (a: EdgeAttributes): EdgeAttributes => ({
    ...a,
    provenance: a.provenance.split('|').includes('curated') ? 'curated' : a.provenance,
    subject_mention: '',
    object_mention: '',
  });

  test("headers are graph-data's and no cell can run as a formula", () => {
    const t = Papa.parse<string[]>(triples.trimEnd());
    const e = Papa.parse<string[]>(entities.trimEnd());
    expect(t.errors).toEqual([]);
    expect(e.errors).toEqual([]);
    expect(t.data[0]).toEqual([...TRIPLE_COLUMNS, ...TRIPLE_OPTIONAL_COLUMNS]);
    expect(e.data[0]).toEqual([...ENTITY_COLUMNS]);
    expect(t.data).toHaveLength(graph.size + 1);
    expect(e.data).toHaveLength(graph.order + 1);
    const confidence = t.data[0]!.indexOf('confidence');
    for (const row of [...t.data.slice(1), ...e.data.slice(1)]) {
      row.forEach((cell, i) => {
        if (i === confidence && row.length === t.data[0]!.length) return;
        expect(cell).not.toMatch(FORMULA_START);
      });
    }
    expect(entities).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(triples).toContain(`"''=already quoted"`);
  });

  test('entities.csv + triples.csv load as graph-data loads them, to the same graph', () => {
    const { graph: back, problems } = readGraphDataCsv({ text: entities, fileName: 'entities.csv' }, { text: triples, fileName: 'triples.csv' });
    expect(problems).toEqual([]);
    expectSameGraph(back, graph, { edge: asTriplesCsvKeepsIt });
    expect(back!.getEdgeAttribute('marco-rubio|met_with|yermek-kosherbayev', 'evidence')).toBe('=SUM(A1)');
    expect(back!.getEdgeAttribute('kazakhstan|signed|memorandum', 'evidence')).toBe("'=already quoted");
    expect(back!.getNodeAttribute('memorandum', 'aliases')).toBe('=HYPERLINK("http://evil.example")');
  });

  test('readTriplesCsv reads against a known graph; the csv format does the same', () => {
    const known = readEntitiesCsv(entities, 'entities.csv');
    expect(known.problems).toEqual([]);
    const direct = readTriplesCsv(triples, 'triples.csv', known.graph!);
    expect(direct.problems).toEqual([]);
    expectSameGraph(direct.graph, graph, { edge: asTriplesCsvKeepsIt });
    const viaRegistry = FORMATS.csv.read(triples, 'triples.csv', known.graph!);
    expectSameGraph(viaRegistry.graph, graph, { edge: asTriplesCsvKeepsIt });
  });
});

describe('RDF', () => {
  const graph = fixtureGraph();
  const expectedQuads = graphToQuads(graph).length;

  const checkQuads = (quads: Quad[]): void => {
    expect(quads).toHaveLength(expectedQuads);
    const labels = (id: string) =>
      quads
        .filter((q) => q.subject.value === ENTITY_NS + id && q.predicate.value === `${RDFS_NS}label`)
        .map((q) => `${q.object.value}@${q.object.termType === 'Literal' ? q.object.language : ''}`);
    expect(labels('yermek-kosherbayev')).toEqual(['Yermek Kosherbayev@en', 'Ермек Көшербаев@kk', 'Ермек Кошербаев@ru']);
    expect(labels('ministerial-conference')).toEqual([`${XSS_LABEL}@en`, 'Сыни минералдар жөніндегі министрлік конференция@kk']);
    const sameAs = quads.filter((q) => q.predicate.value === 'http://www.w3.org/2002/07/owl#sameAs');
    expect(sameAs.map((q) => [q.subject.value, q.object.value])).toEqual(
      expect.arrayContaining([[`${ENTITY_NS}kazakhstan`, 'http://www.wikidata.org/entity/Q232']]),
    );
    expect(sameAs).toHaveLength(4);
    const statements = quads.filter((q) => q.predicate.value === `${RDF_NS}type` && q.object.value === `${ONTOLOGY_NS}Statement`);
    expect(statements).toHaveLength(graph.size);
    const direct = quads.filter((q) => q.predicate.value === `${ONTOLOGY_NS}met_with`);
    expect(direct.map((q) => [q.subject.value, q.object.value])).toEqual([[`${ENTITY_NS}yermek-kosherbayev`, `${ENTITY_NS}marco-rubio`]]);
    const metWithLabels = quads.filter((q) => q.subject.value === `${ONTOLOGY_NS}met_with` && q.predicate.value === `${RDFS_NS}label`);
    expect(metWithLabels.map((q) => (q.object.termType === 'Literal' ? q.object.language : ''))).toEqual(['en', 'kk', 'ru']);
  };

  test('Turtle: prefixed, parsed by n3 with every label and owl:sameAs, reads back to the same graph', () => {
    const text = writeTurtle(graph);
    expect(text).toContain('@prefix kgo: <https://kazkg.example/ontology/>');
    expect(text).toContain('owl:sameAs wd:Q232');
    checkQuads(new N3Parser({ format: 'Turtle' }).parse(text));
    const { graph: back, problems } = readTurtle(text, 'graph.ttl');
    expect(problems).toEqual([]);
    expectSameGraph(back, graph);
    expect(back!.getAttribute('name')).toBe(graph.getAttribute('name'));
  });

  test('N-Triples: one triple a line, parsed by n3, reads back to the same graph', () => {
    const text = writeNTriples(graph);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(expectedQuads);
    for (const line of lines) expect(line).toMatch(/^<[^>]+> <[^>]+> .+ \.$/);
    checkQuads(new N3Parser({ format: 'N-Triples' }).parse(text));
    const { graph: back, problems } = readNTriples(text, 'graph.nt');
    expect(problems).toEqual([]);
    expectSameGraph(back, graph);
  });

  test('a bare triple without a statement node still becomes an edge', () => {
    const ttl = `@prefix ent: <${ENTITY_NS}>. @prefix kgo: <${ONTOLOGY_NS}>.
ent:a a kgo:Person. ent:b a kgo:Person. ent:a kgo:met_with ent:b.`;
    const { graph: g, problems } = readTurtle(ttl, 'bare.ttl');
    expect(problems).toEqual([]);
    expect(g!.edges()).toEqual(['a|met_with|b']);
    expect(g!.getEdgeAttributes('a|met_with|b')).toMatchObject({ predicate: 'met_with', provenance: 'curated', confidence: 1 });
  });
});

describe('every format through the registry', () => {
  test.each(Object.keys(FORMATS) as FormatId[])('%s: write then read gives the graph back', (id) => {
    const graph = fixtureGraph();
    const format = FORMATS[id];
    const { graph: back, problems } = format.read(format.write(graph), `graph${format.extension}`, graph);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(back!.order).toBe(graph.order);
    expect(back!.size).toBe(graph.size);
  });
});
