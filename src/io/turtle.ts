// Turtle, with prefixes: the readable RDF file (mapping in rdf-mapping.ts).
import type { KnowledgeGraph } from '../graph/kg-graph';
import type { ImportResult } from './import-guards';
import { readRdf, writeRdf } from './rdf-text';

export const writeTurtle = (graph: KnowledgeGraph): string => writeRdf(graph, 'Turtle');
export const readTurtle = (text: string, fileName: string): ImportResult => readRdf(text, fileName, 'Turtle');
