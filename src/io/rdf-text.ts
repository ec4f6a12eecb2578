// n3 in and out, shared by turtle.ts and ntriples.ts.
import { Parser, Writer, type Quad } from 'n3';
import type { KnowledgeGraph } from '../graph/kg-graph';
import { failedImport, guardImport, thrownMessage, type ImportResult } from './import-guards';
import { RDF_PREFIXES, graphToQuads, quadsToGraph, rdfSyntaxProblem } from './rdf-mapping';

export type RdfSyntax = 'Turtle' | 'N-Triples';

export function writeRdf(graph: KnowledgeGraph, format: RdfSyntax): string {
  const writer = new Writer(format === 'Turtle' ? { format, prefixes: { ...RDF_PREFIXES } } : { format });
  writer.addQuads(graphToQuads(graph));
  let text = '';
  let failure: unknown = null;
  // Without an output stream n3 hands the text to the callback synchronously.
  writer.end((error: unknown, result: string) => {
    failure = error;
    text = result;
  });
  if (failure) throw failure instanceof Error ? failure : new Error(String(failure));
  return text;
}

export function readRdf(text: string, fileName: string, format: RdfSyntax): ImportResult {
  const refused = guardImport(text, fileName, false);
  if (refused) return refused;
  let quads: Quad[];
  try {
    quads = new Parser({ format }).parse(text);
  } catch (e) {
    return failedImport(rdfSyntaxProblem(fileName, format, thrownMessage(e)));
  }
  return quadsToGraph(quads, fileName);
}
