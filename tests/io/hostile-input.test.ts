// Files nobody should trust: entity bombs, oversized input, code-looking strings, unknown types and
// predicates, edges to nowhere, broken syntax. Readers return problems and load what they can; none throws.
import { describe, expect, test } from 'vitest';
import type { Problem } from '../../src/core/types';
import { readNeo4jCsv, writeNeo4jCsv } from '../../src/io/csv';
import { FORMATS, MAX_IMPORT_BYTES, type FormatId } from '../../src/io/formats';
import { readGexf, writeGexf } from '../../src/io/gexf';
import { readGraphml, writeGraphml } from '../../src/io/graphml';
import { checkImportSize, utf8Length } from '../../src/io/import-guards';
import { readJson, writeJson } from '../../src/io/json';
import { readNTriples, writeNTriples } from '../../src/io/ntriples';
import { readTurtle, writeTurtle } from '../../src/io/turtle';
import type { ImportResult } from '../../src/io/formats';
import { fixtureGraph } from './io-fixture';

const ALL_FORMATS = Object.keys(FORMATS) as FormatId[];
const errors = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'error');

const BOMB = `<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<gexf version="1.3"><graph><nodes><node id="a" label="&lol3;"/></nodes></graph></gexf>`;

const XXE = `<?xml version="1.0"?>
<!DOCTYPE graphml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"><node id="&xxe;"/></graph></graphml>`;

describe('XML with document type or entity declarations', () => {
  test('an entity bomb in GEXF is refused with a problem that says why and where', () => {
    const { graph, problems } = readGexf(BOMB, 'bomb.gexf');
    expect(graph).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'bomb.gexf', line: 2, column: 1, severity: 'error' });
    expect(problems[0]!.message).toMatch(/<!DOCTYPE declaration is refused/);
  });

  test('an external entity in GraphML is refused', () => {
    const { graph, problems } = readGraphml(XXE, 'xxe.graphml');
    expect(graph).toBeNull();
    expect(problems[0]!.message).toMatch(/DOCTYPE/);
    expect(problems[0]!.message).not.toMatch(/root:/);
  });

  test('an entity declaration without a doctype, in any case, is refused', () => {
    const text = '<graphml><!entity x "y"><graph/></graphml>';
    const { graph, problems } = readGraphml(text, 'x.graphml');
    expect(graph).toBeNull();
    expect(problems[0]!.message).toMatch(/<!ENTITY declaration is refused/);
  });

  test('a reference to an undeclared entity is a problem, not an expansion', () => {
    const text = '<gexf version="1.3"><graph><nodes><node id="a" label="&secret;"/></nodes></graph></gexf>';
    const { graph, problems } = readGexf(text, 'x.gexf');
    expect(graph).toBeNull();
    expect(problems[0]!.message).toMatch(/entity not found/);
    expect(problems[0]!.line).toBe(1);
  });
});

describe('size limit', () => {
  test.each(ALL_FORMATS)('%s: input over MAX_IMPORT_BYTES is refused with the limit in the message', (id) => {
    const huge = ' '.repeat(MAX_IMPORT_BYTES + 1);
    const { graph, problems } = FORMATS[id].read(huge, `huge${FORMATS[id].extension}`, fixtureGraph());
    expect(graph).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('the limit is 50 MB');
    expect(problems[0]!.message).toContain(String(MAX_IMPORT_BYTES));
  });

  test('the limit counts UTF-8 bytes, not characters', () => {
    expect(utf8Length('aж€😀')).toBe(1 + 2 + 3 + 4);
    const kazakh = 'қ'.repeat(600);
    expect(checkImportSize(kazakh, 'k.json', 1000)?.message).toMatch(/1200 bytes|limit is/);
    expect(checkImportSize(kazakh, 'k.json', 1200)).toBeNull();
    const neo = readNeo4jCsv('x'.repeat(10), ' '.repeat(MAX_IMPORT_BYTES + 1));
    expect(neo.graph).toBeNull();
    expect(neo.problems[0]!.file).toBe('relationships.csv');
  });
});

describe('JSON', () => {
  test('a function-like string stays a string and nothing runs', () => {
    const payload = '(function(){ globalThis.__pwned = true; return 1 })()';
    const text = JSON.stringify({
      attributes: { name: payload },
      nodes: [{ key: 'a', attributes: { type: 'person', label_en: payload, label: 'function () { globalThis.__pwned = true }', x: '1e1000' } }],
      edges: [],
    });
    const { graph, problems } = readJson(text, 'evil.json');
    expect(problems).toEqual([]);
    expect(graph!.getNodeAttribute('a', 'label_en')).toBe(payload);
    expect(typeof graph!.getNodeAttribute('a', 'label')).toBe('string');
    expect(Number.isFinite(graph!.getNodeAttribute('a', 'x'))).toBe(true);
    expect((globalThis as { __pwned?: boolean }).__pwned).toBeUndefined();
  });

  test('attributes that are not primitives reject their element with a problem naming it; the rest loads', () => {
    const text = JSON.stringify({
      nodes: [
        { key: 'a', attributes: { type: 'person', label_en: 'A' } },
        { key: 'b', attributes: { type: 'person', label_en: { toString: 'x' } } },
        { key: 'c', attributes: { type: 'country', label_en: 'C', __proto__: { polluted: true } } },
        { key: 'd', attributes: { type: 'country', aliases: ['x', 'y'] } },
      ],
      edges: [
        { key: 'a|represents|d', source: 'a', target: 'd', attributes: { predicate: 'represents' } },
        { key: 'a|met_with|b', source: 'a', target: 'b', attributes: { predicate: 'met_with' } },
      ],
    }).replace('"c","attributes":{"type":"country","label_en":"C"', '"c","attributes":{"type":"country","label_en":"C","__proto__":{"polluted":true}');
    const { graph, problems } = readJson(text, 'shapes.json');
    expect(graph!.nodes()).toEqual(['a']);
    expect(problems.map((p) => p.message)).toEqual([
      'nodes[1] (node "b"): attribute "label_en" must be a string, number, boolean or null',
      'nodes[2] (node "c"): attribute "__proto__" must be a string, number, boolean or null',
      'nodes[3] (node "d"): attribute "aliases" must be a string, number, boolean or null',
      'edge "a|represents|d": its target "d" was not loaded (see the problem above)',
      'edge "a|met_with|b": its target "b" was not loaded (see the problem above)',
    ]);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(problems.every((p) => p.file === 'shapes.json')).toBe(true);
  });

  test('not JSON, or JSON of another shape, is a problem with a position', () => {
    const bad = readJson('{\n  "nodes": [1 2]\n}', 'bad.json');
    expect(bad.graph).toBeNull();
    expect(bad.problems[0]).toMatchObject({ line: 2, column: 15 });
    expect(bad.problems[0]!.message).toMatch(/^not valid JSON/);
    expect(readJson('[1,2,3]', 'list.json').problems[0]!.message).toMatch(/"nodes" array/);
  });
});

/** The fixture written in one format, with one node's type changed to something unknown. */
const unknownTypeCases: ReadonlyArray<readonly [string, () => ImportResult]> = [
  ['gexf', () => readGexf(writeGexf(fixtureGraph()).replace('value="commodity"', 'value="spaceship"'), 'g.gexf')],
  ['graphml', () => readGraphml(writeGraphml(fixtureGraph()).replace('<data key="n_type">commodity</data>', '<data key="n_type">spaceship</data>'), 'g.graphml')],
  ['json', () => readJson(writeJson(fixtureGraph()).replace('"type": "commodity"', '"type": "spaceship"'), 'g.json')],
  ['neo4j csv', () => {
    const { nodes, relationships } = writeNeo4jCsv(fixtureGraph());
    return readNeo4jCsv(nodes.replace('"Commodity"', '"Spaceship"'), relationships);
  }],
  ['ttl', () => readTurtle(writeTurtle(fixtureGraph()).replace('ent:rare-earths a kgo:Commodity', 'ent:rare-earths a kgo:Spaceship'), 'g.ttl')],
  ['nt', () => readNTriples(writeNTriples(fixtureGraph()).replace('<https://kazkg.example/entity/rare-earths> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://kazkg.example/ontology/Commodity>', '<https://kazkg.example/entity/rare-earths> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://kazkg.example/ontology/Spaceship>'), 'g.nt')],
];

describe('unknown entity type', () => {
  test.each(unknownTypeCases)('%s: a problem names the node; the other nodes and their edges load', (_name, read) => {
    const full = fixtureGraph();
    const { graph, problems } = read();
    expect(graph).not.toBeNull();
    expect(graph!.hasNode('rare-earths')).toBe(false);
    expect(graph!.order).toBe(full.order - 1);
    // The two edges to rare-earths go with it, each with its own problem.
    expect(graph!.size).toBe(full.size - 2);
    const messages = errors(problems).map((p) => p.message);
    expect(messages[0]).toMatch(/node "rare-earths": unknown entity type "spaceship"/i);
    expect(messages.filter((m) => m.includes('rare-earths') && m.includes('was not loaded'))).toHaveLength(2);
  });

  test('XML readers give the line of the element', () => {
    const { problems } = unknownTypeCases[0]![1]();
    expect(problems[0]!.line).toBeGreaterThan(1);
    expect(problems[0]!.file).toBe('g.gexf');
  });
});

describe('unknown predicate and missing nodes', () => {
  test('GEXF: an edge with an unknown predicate is a problem naming the edge; the rest loads', () => {
    const text = writeGexf(fixtureGraph()).replace('<attvalue for="predicate" value="supplies"/>', '<attvalue for="predicate" value="smuggles"/>');
    const { graph, problems } = readGexf(text, 'p.gexf');
    expect(graph!.size).toBe(fixtureGraph().size - 1);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toBe('edge "kazakhstan|supplies|rare-earths": unknown predicate "smuggles"');
    expect(problems[0]!.line).toBeGreaterThan(1);
  });

  test('GEXF: an edge to a node that is not in the file is a problem; the parser does not stop', () => {
    const text = writeGexf(fixtureGraph()).replace(/<node id="rare-earths"[\s\S]*?<\/node>/, '');
    const { graph, problems } = readGexf(text, 'm.gexf');
    expect(graph!.order).toBe(fixtureGraph().order - 1);
    expect(problems.map((p) => p.message).sort()).toEqual([
      'edge "kazakhstan|supplies|rare-earths": its target "rare-earths" is not a node of the file',
      'edge "yermek-kosherbayev|discussed|rare-earths": its target "rare-earths" is not a node of the file',
    ]);
  });

  test('GraphML: repeated ids are reported with their line and the first kept', () => {
    const text = writeGraphml(fixtureGraph()).replace('<node id="washington">', '<node id="kazakhstan"><data key="n_type">country</data></node>\n    <node id="washington">');
    const { graph, problems } = readGraphml(text, 'd.graphml');
    expect(graph!.order).toBe(fixtureGraph().order);
    expect(graph!.getNodeAttribute('kazakhstan', 'label_en')).toBe('Kazakhstan');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/node "kazakhstan" is declared more than once/);
    expect(problems[0]!.line).toBeGreaterThan(20);
  });

  test('GraphML from another tool: keys "for all", edges without ids, undirected edges', () => {
    const text = `<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="all" attr.name="type" attr.type="string"/>
  <key id="d1" for="edge" attr.name="predicate" attr.type="string"/>
  <key id="d2" for="port" attr.name="side" attr.type="string"/>
  <graph edgedefault="undirected">
    <node id="a"><data key="d0">person</data></node>
    <node id="b"><data key="d0">person</data></node>
    <edge source="a" target="b"><data key="d1">met_with</data></edge>
    <edge source="b" target="a"><data key="d1">met_with</data></edge>
  </graph>
</graphml>`;
    const { graph, problems } = readGraphml(text, 'other.graphml');
    expect(graph!.edges()).toEqual(['a|met_with|b']);
    expect(errors(problems)).toEqual([]);
    expect(problems.filter((p) => p.severity === 'warning')).toHaveLength(2);
  });

  test('RDF: a statement about an entity that has no description is a problem', () => {
    const text = writeTurtle(fixtureGraph()).replace(/ent:washington a kgo:Place;[\s\S]*?\.\n/, '');
    const { graph, problems } = readTurtle(text, 'w.ttl');
    expect(graph!.hasNode('washington')).toBe(false);
    expect(problems.map((p) => p.message)).toEqual(['edge "ministerial-conference|held_in|washington": its target "washington" is not a node of the file']);
  });

  test('neo4j: an unknown relationship type is a problem with the line of the row', () => {
    const { nodes, relationships } = writeNeo4jCsv(fixtureGraph());
    const { graph, problems } = readNeo4jCsv(nodes, relationships.replace('"HELD_IN"', '"HOSTED_BY"'), 'n.csv', 'r.csv');
    expect(graph!.size).toBe(fixtureGraph().size - 1);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'r.csv', line: 7 });
    expect(problems[0]!.message).toMatch(/unknown predicate "HOSTED_BY"/);
  });
});

describe('broken syntax', () => {
  test('malformed XML is a problem with its line', () => {
    const { graph, problems } = readGexf('<gexf>\n<graph>\n<nodes><node id="a" label="x></nodes></graph></gexf>', 'broken.gexf');
    expect(graph).toBeNull();
    expect(problems[0]!.line).toBeGreaterThan(0);
    expect(problems[0]!.message).toMatch(/XML is not well-formed/);
  });

  test('the wrong kind of XML is named', () => {
    const { graph, problems } = readGexf(writeGraphml(fixtureGraph()), 'actually.gexf');
    expect(graph).toBeNull();
    expect(problems[0]!.message).toBe('not a GEXF file: the root element is <graphml>, expected <gexf>');
  });

  test('a Turtle syntax error is a problem with its line', () => {
    const { graph, problems } = readTurtle('@prefix ent: <https://kazkg.example/entity/>.\n\nent:a ent:b "unterminated .\n', 'bad.ttl');
    expect(graph).toBeNull();
    expect(problems[0]!.line).toBe(3);
    expect(problems[0]!.message).toMatch(/^not valid Turtle/);
  });

  test.each(ALL_FORMATS)('%s: garbage never throws, it is reported', (id) => {
    for (const garbage of ['', '\u0000\u0001\u0002', '<<<>>>&&&', '{"nodes": 5}', 'a,b,c\n1,2', '<gexf><graph>', '@prefix : <x> .']) {
      let result: ImportResult | undefined;
      expect(() => (result = FORMATS[id].read(garbage, `garbage${FORMATS[id].extension}`))).not.toThrow();
      if (result!.graph === null) expect(errors(result!.problems).length).toBeGreaterThan(0);
      for (const p of result!.problems) expect(p.file).toBe(`garbage${FORMATS[id].extension}`);
    }
  });
});
