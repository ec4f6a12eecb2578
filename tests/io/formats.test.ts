import { describe, expect, test } from 'vitest';
import { readCsvFile, readCsvFiles, writeEntitiesCsv, writeNeo4jCsv, writeTriplesCsv, csvKind } from '../../src/io/csv';
import { escapeFormula, unescapeFormula } from '../../src/io/csv-cells';
import { FORMATS, formatFromFileName, readGraphFile, type FormatId } from '../../src/io/formats';
import { expectSameGraph, fixtureGraph } from './io-fixture';

describe('the registry', () => {
  test('every format is listed under its own id with a dotted extension', () => {
    for (const [id, f] of Object.entries(FORMATS)) {
      expect(f.id).toBe(id);
      expect(f.extension).toBe(`.${id}`);
      expect(f.mimeType).toMatch(/^[a-z]+\/[a-z.+-]+$/);
    }
  });

  test('formatFromFileName goes by the extension, in any case and any folder', () => {
    const cases: Array<[string, FormatId | null]> = [
      ['graph.gexf', 'gexf'],
      ['C:\\exports\\Graph.GraphML', 'graphml'],
      ['/tmp/kg.json', 'json'],
      ['triples.csv', 'csv'],
      ['kg.export.TTL', 'ttl'],
      ['dump.nt', 'nt'],
      ['notes.txt', null],
      ['gexf', null],
      ['archive.gexf.zip', null],
    ];
    for (const [name, id] of cases) expect(formatFromFileName(name), name).toBe(id);
  });

  test('readGraphFile picks the reader from the name, and reports a name it does not know', () => {
    const graph = fixtureGraph();
    expectSameGraph(readGraphFile(FORMATS.gexf.write(graph), 'x.gexf').graph, graph);
    const unknown = readGraphFile('whatever', 'x.docx');
    expect(unknown.graph).toBeNull();
    expect(unknown.problems[0]!.message).toMatch(/unknown file type: expected a file ending in \.gexf, \.graphml/);
  });
});

describe('formula escaping in CSV cells', () => {
  test('is reversible for every cell, including ones that already start with apostrophes', () => {
    const cells = ['=SUM(A1)', '+1', '-5', '@x', '\tx', '\rx', "'=x", "''+x", "'plain", 'plain', '', "'", 'a=b', '—dash'];
    for (const c of cells) {
      const written = escapeFormula(c);
      expect(written).not.toMatch(/^[=+\-@\t\r]/);
      expect(unescapeFormula(written)).toBe(c);
    }
    expect(escapeFormula("'plain")).toBe("'plain");
    expect(escapeFormula('=1')).toBe("'=1");
    expect(escapeFormula("'=1")).toBe("''=1");
  });
});

describe('CSV kinds', () => {
  const graph = fixtureGraph();
  const triples = writeTriplesCsv(graph);
  const entities = writeEntitiesCsv(graph);
  const { nodes, relationships } = writeNeo4jCsv(graph);

  test('are told apart by their header', () => {
    expect(csvKind(triples)).toBe('triples');
    expect(csvKind(entities)).toBe('entities');
    expect(csvKind(nodes)).toBe('neo4j-nodes');
    expect(csvKind(relationships)).toBe('neo4j-relationships');
    expect(csvKind('a,b\n1,2')).toBeNull();
  });

  test('a triples file alone needs a graph with its entities, and says so', () => {
    const { graph: g, problems } = readCsvFile(triples, 'triples.csv');
    expect(g).toBeNull();
    expect(problems[0]!.message).toMatch(/open it together with entities.csv/);
  });

  test('entities.csv alone is a graph of nodes', () => {
    const { graph: g, problems } = readCsvFile(entities, 'entities.csv');
    expect(problems).toEqual([]);
    expect(g!.order).toBe(graph.order);
    expect(g!.size).toBe(0);
  });

  test('files opened together are paired, in any order', () => {
    const pair = readCsvFiles([
      { name: 'relationships.csv', text: relationships },
      { name: 'nodes.csv', text: nodes },
    ]);
    expect(pair.problems).toEqual([]);
    expectSameGraph(pair.graph, graph);
    const graphData = readCsvFiles([
      { name: 'triples.csv', text: triples },
      { name: 'entities.csv', text: entities },
    ]);
    expect(graphData.problems).toEqual([]);
    expect(graphData.graph!.size).toBe(graph.size);
    expect(readCsvFiles([{ name: 'relationships.csv', text: relationships }]).graph).toBeNull();
  });

  test("problems of graph-data's parsers point at the lines of the file, past multi-line cells", () => {
    const broken = triples.replace('"kazakhstan","signed","memorandum"', '"kazakhstan","signed","memorandu"');
    const known = readCsvFile(entities, 'entities.csv').graph!;
    const { graph: g, problems } = readCsvFile(broken, 'triples.csv', known);
    const line = broken.split('\n').findIndex((l) => l.startsWith('"kazakhstan","signed"')) + 1;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'triples.csv', line, column: 3, field: 'object' });
    expect(g!.size).toBe(graph.size - 1);
  });
});
