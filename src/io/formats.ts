// The single entry to graph files: the CLI's `kg export --format X`, the explorer's export menu and its
// file-open all go through FORMATS, so a format added here is available everywhere at once.
import { problem } from '../core/problems';
import type { KnowledgeGraph } from '../graph/kg-graph';
import { readCsvFile, writeTriplesCsv } from './csv';
import { readGexf, writeGexf } from './gexf';
import { readGraphml, writeGraphml } from './graphml';
import { thrownMessage, type ImportResult } from './import-guards';
import { readJson, writeJson } from './json';
import { readNTriples, writeNTriples } from './ntriples';
import { readTurtle, writeTurtle } from './turtle';

export { MAX_IMPORT_BYTES, type ImportResult } from './import-guards';

export type FormatId = 'gexf' | 'graphml' | 'json' | 'csv' | 'ttl' | 'nt';

export interface GraphFormat {
  id: FormatId;
  /** For menus, e.g. "GEXF (Gephi)". */
  label: string;
  /** With the dot, e.g. ".gexf". */
  extension: string;
  mimeType: string;
  write(graph: KnowledgeGraph): string;
  /**
   * Never throws for bad input: every problem is returned, with `fileName` as Problem.file. `known` is the
   * graph whose entities a triples CSV refers to; the other formats carry their nodes and ignore it.
   */
  read(text: string, fileName: string, known?: KnowledgeGraph): ImportResult;
}

/** Readers report bad input as problems; this turns a bug met on the way into one more problem, not a crash. */
function safely(fileName: string, read: () => ImportResult): ImportResult {
  try {
    return read();
  } catch (e) {
    return { graph: null, problems: [problem(fileName, 0, 0, `could not read the file: ${thrownMessage(e)}`)] };
  }
}

export const FORMATS: Readonly<Record<FormatId, GraphFormat>> = {
  gexf: {
    id: 'gexf',
    label: 'GEXF (Gephi)',
    extension: '.gexf',
    mimeType: 'application/gexf+xml',
    write: writeGexf,
    read: (text, fileName) => safely(fileName, () => readGexf(text, fileName)),
  },
  graphml: {
    id: 'graphml',
    label: 'GraphML (yEd, Cytoscape, NetworkX)',
    extension: '.graphml',
    mimeType: 'application/graphml+xml',
    write: writeGraphml,
    read: (text, fileName) => safely(fileName, () => readGraphml(text, fileName)),
  },
  json: {
    id: 'json',
    label: 'JSON (graphology)',
    extension: '.json',
    mimeType: 'application/json',
    write: writeJson,
    read: (text, fileName) => safely(fileName, () => readJson(text, fileName)),
  },
  csv: {
    id: 'csv',
    label: 'CSV (triples.csv)',
    extension: '.csv',
    mimeType: 'text/csv',
    write: writeTriplesCsv,
    read: (text, fileName, known) => safely(fileName, () => readCsvFile(text, fileName, known)),
  },
  ttl: {
    id: 'ttl',
    label: 'RDF Turtle',
    extension: '.ttl',
    mimeType: 'text/turtle',
    write: writeTurtle,
    read: (text, fileName) => safely(fileName, () => readTurtle(text, fileName)),
  },
  nt: {
    id: 'nt',
    label: 'RDF N-Triples',
    extension: '.nt',
    mimeType: 'application/n-triples',
    write: writeNTriples,
    read: (text, fileName) => safely(fileName, () => readNTriples(text, fileName)),
  },
};

const BY_EXTENSION: ReadonlyMap<string, FormatId> = new Map(Object.values(FORMATS).map((f) => [f.extension, f.id]));

/** The format of a file from its extension (case-insensitive), or null. */
export function formatFromFileName(name: string): FormatId | null {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return null;
  return BY_EXTENSION.get(base.slice(dot).toLowerCase()) ?? null;
}

/** Reads a file in the format its name says; an unknown extension is a Problem, not an exception. */
export function readGraphFile(text: string, fileName: string, known?: KnowledgeGraph): ImportResult {
  const id = formatFromFileName(fileName);
  if (id === null) {
    const expected = Object.values(FORMATS)
      .map((f) => f.extension)
      .join(', ');
    return { graph: null, problems: [problem(fileName, 0, 0, `unknown file type: expected a file ending in ${expected}`)] };
  }
  return FORMATS[id].read(text, fileName, known);
}
