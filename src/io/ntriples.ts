// N-Triples: one triple a line, for bulk loading into triple stores (mapping in rdf-mapping.ts).
import type { KnowledgeGraph } from '../graph/kg-graph';
import type { ImportResult } from './import-guards';
import { readRdf, writeRdf } from './rdf-text';

export const writeNTriples = (graph: KnowledgeGraph): string => writeRdf(graph, 'N-Triples');
export const readNTriples = (text: string, fileName: string): ImportResult => readRdf(text, fileName, 'N-Triples');
