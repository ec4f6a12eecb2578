// GraphML (yEd, Cytoscape, NetworkX, Gephi). graphology-graphml only parses, so the writer is here: every
// attribute declared once as a typed <key>, values escaped, empty strings left out (absent reads back as '').
import { MultiGraph } from 'graphology';
import { parse as parseGraphmlSource } from 'graphology-graphml';
import type { EdgeAttributes, NodeAttributes } from '../core/types';
import type { KnowledgeGraph } from '../graph/kg-graph';
import { guardImport, type ImportResult } from './import-guards';
import { escapeXmlAttribute, escapeXmlText } from './xml-document';
import { readXmlGraph } from './xml-graph';

type KeyType = 'string' | 'double';

const NODE_KEYS: ReadonlyArray<readonly [keyof NodeAttributes, KeyType]> = [
  ['label', 'string'],
  ['label_en', 'string'],
  ['label_kk', 'string'],
  ['label_ru', 'string'],
  ['type', 'string'],
  ['country', 'string'],
  ['wikidata', 'string'],
  ['aliases', 'string'],
  ['x', 'double'],
  ['y', 'double'],
];

const EDGE_KEYS: ReadonlyArray<readonly [keyof EdgeAttributes, KeyType]> = [
  ['predicate', 'string'],
  ['provenance', 'string'],
  ['source', 'string'],
  ['evidence', 'string'],
  ['date', 'string'],
  ['place', 'string'],
  ['counterpart', 'string'],
  ['confidence', 'double'],
  ['subject_mention', 'string'],
  ['object_mention', 'string'],
];

// Key ids are prefixed by their domain: yEd and NetworkX read keys by id, and node and edge names must not clash.
const keyId = (domain: 'graph' | 'node' | 'edge', name: string): string => `${domain[0]}_${name}`;

function dataElements<A extends NodeAttributes | EdgeAttributes>(
  domain: 'node' | 'edge',
  attributes: A,
  keys: ReadonlyArray<readonly [keyof A & string, KeyType]>,
  indent: string,
): string[] {
  const lines: string[] = [];
  for (const [name] of keys) {
    const value: unknown = attributes[name];
    if (value === '' || value === undefined || value === null) continue;
    lines.push(`${indent}<data key="${keyId(domain, name)}">${escapeXmlText(String(value))}</data>`);
  }
  return lines;
}

export function writeGraphml(graph: KnowledgeGraph): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    `  <key id="${keyId('graph', 'name')}" for="graph" attr.name="name" attr.type="string"/>`,
  ];
  for (const [domain, keys] of [
    ['node', NODE_KEYS],
    ['edge', EDGE_KEYS],
  ] as const) {
    for (const [name, type] of keys) out.push(`  <key id="${keyId(domain, name)}" for="${domain}" attr.name="${name}" attr.type="${type}"/>`);
  }
  out.push('  <graph id="G" edgedefault="directed">');
  out.push(`    <data key="${keyId('graph', 'name')}">${escapeXmlText(graph.getAttribute('name') ?? '')}</data>`);
  graph.forEachNode((id, a) => {
    out.push(`    <node id="${escapeXmlAttribute(id)}">`, ...dataElements('node', a, NODE_KEYS, '      '), '    </node>');
  });
  graph.forEachEdge((key, a, source, target) => {
    out.push(
      `    <edge id="${escapeXmlAttribute(key)}" source="${escapeXmlAttribute(source)}" target="${escapeXmlAttribute(target)}">`,
      ...dataElements('edge', a, EDGE_KEYS, '      '),
      '    </edge>',
    );
  });
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

/**
 * graphology-graphml only knows keys for graph, node and edge and fails on any other: a key "for all" is
 * given to nodes and edges, keys for ports and hyperedges (which this graph has no use for) are dropped.
 */
function handleKeyDomains(doc: Document): Document {
  for (const key of Array.from(doc.getElementsByTagName('key'))) {
    const domain = key.getAttribute('for') || 'node';
    if (domain === 'graph' || domain === 'node' || domain === 'edge') continue;
    if (domain === 'all') {
      const forEdges = key.cloneNode(true) as Element;
      forEdges.setAttribute('for', 'edge');
      key.setAttribute('for', 'node');
      key.parentNode?.insertBefore(forEdges, key.nextSibling);
    } else key.parentNode?.removeChild(key);
  }
  return doc;
}

export function readGraphml(text: string, fileName: string): ImportResult {
  return (
    guardImport(text, fileName, true) ??
    readXmlGraph(text, fileName, {
      format: 'GraphML',
      root: 'graphml',
      parse: (doc) => parseGraphmlSource(MultiGraph, handleKeyDomains(doc), { addMissingNodes: true }),
    })
  );
}
