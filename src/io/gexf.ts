// GEXF 1.3, the format Gephi opens: written by graphology-gexf's writer, read by its parser.
// Display label as the GEXF label, x/y as viz:position, every other attribute typed in the attribute model.
//
// The package's main entry (graphology-gexf → node/index.js) parses with @xmldom/xmldom and has no "browser"
// field, so Vite bundles that same entry for the page; graphology-gexf/browser would instead bind the global
// DOMParser at import time, which workers and Node do not have. One entry, one XML parser, everywhere.
import { MultiGraph } from 'graphology';
import { parse as parseGexfSource, write as writeGexfSource } from 'graphology-gexf';
import type { EdgeAttributes, NodeAttributes } from '../core/types';
import { predicateLabel } from '../core/vocabulary';
import type { KnowledgeGraph } from '../graph/kg-graph';
import { guardImport, type ImportResult } from './import-guards';
import { xmlSafe } from './xml-document';
import { readXmlGraph } from './xml-graph';

type GexfNodeAttributes = Omit<NodeAttributes, 'label' | 'x' | 'y'>;

function xmlSafeValues<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) out[k] = typeof v === 'string' ? xmlSafe(v) : v;
  return out as T;
}

export function writeGexf(graph: KnowledgeGraph): string {
  const text = writeGexfSource<NodeAttributes, EdgeAttributes, GexfNodeAttributes, EdgeAttributes>(graph, {
    version: '1.3',
    formatNode: (_key, a) => ({
      label: xmlSafe(a.label),
      viz: { x: a.x, y: a.y },
      attributes: xmlSafeValues({
        label_en: a.label_en,
        label_kk: a.label_kk,
        label_ru: a.label_ru,
        type: a.type,
        country: a.country,
        wikidata: a.wikidata,
        aliases: a.aliases,
      }),
    }),
    formatEdge: (_key, a) => ({ label: predicateLabel(a.predicate), attributes: xmlSafeValues({ ...a }) }),
  });
  // The writer infers attribute types from the values, so a graph whose confidences are all 1 would declare
  // an integer; the file should carry the schema's double whatever the values are.
  return text.replace(/(<attribute id="confidence" title="confidence" type=")(?:integer|long)(")/, '$1double$2');
}

export function readGexf(text: string, fileName: string): ImportResult {
  return (
    guardImport(text, fileName, true) ??
    readXmlGraph(text, fileName, {
      format: 'GEXF',
      root: 'gexf',
      parse: (doc) => parseGexfSource(MultiGraph, doc, { addMissingNodes: true, allowUndeclaredAttributes: true }),
    })
  );
}
