// Reading for the two XML formats. graphology-gexf and graphology-graphml turn a document into a graph but
// stop at the first surprise (an edge to a missing node, a repeated id) and know no line numbers, so the
// document is parsed here first: repeated elements are taken out and reported with their line, edges without
// an id get a temporary one, and the library's graph is then passed element by element through GraphAssembly.
import type { MultiGraph } from 'graphology';
import { problem } from '../core/problems';
import { GraphAssembly, type Where } from './graph-assembly';
import { failedImport, thrownMessage, type ImportResult } from './import-guards';
import { elementsByTag, parseXml, whereOf } from './xml-document';

type ParsedGraph = InstanceType<typeof MultiGraph>;

export interface XmlGraphReader {
  /** Name of the format in messages, e.g. "GEXF". */
  format: string;
  /** Expected root element. */
  root: string;
  /** The library parser, run on the cleaned document. */
  parse(doc: Document): ParsedGraph;
}

interface DeclaredEdge {
  id: string;
  /** False when the file gave no id and a temporary one was set. */
  keyed: boolean;
  where: Where;
}

export function readXmlGraph(text: string, fileName: string, reader: XmlGraphReader): ImportResult {
  const { doc, problems } = parseXml(text, fileName);
  if (!doc) return { graph: null, problems };
  const rootName = doc.documentElement.localName || doc.documentElement.nodeName;
  if (rootName !== reader.root) {
    return failedImport(
      problem(fileName, ...lineColumn(whereOf(doc.documentElement)), `not a ${reader.format} file: the root element is <${rootName}>, expected <${reader.root}>`),
      problems,
    );
  }
  const graphElement = elementsByTag(doc, 'graph')[0];
  if (!graphElement) {
    return failedImport(problem(fileName, 0, 0, `not a ${reader.format} file: it has no <graph> element`), problems);
  }

  const assembly = new GraphAssembly(fileName);
  assembly.problems.push(...problems);

  const nodes = new Map<string, Where>();
  for (const element of elementsByTag(doc, 'node')) {
    const id = element.getAttribute('id') ?? '';
    const where = whereOf(element);
    if (id === '' || nodes.has(id)) {
      assembly.report(id === '' ? '<node> without an id' : `node "${id}" is declared more than once; the first one is kept`, where);
      element.parentNode?.removeChild(element);
      continue;
    }
    nodes.set(id, where);
  }

  const edges: DeclaredEdge[] = [];
  const edgeIds = new Set<string>();
  const keyless: Element[] = [];
  for (const element of elementsByTag(doc, 'edge')) {
    const id = element.getAttribute('id') ?? '';
    const where = whereOf(element);
    if (!element.getAttribute('source') || !element.getAttribute('target')) {
      assembly.report(`edge${id ? ` "${id}"` : ''} needs both a source and a target attribute`, where);
      element.parentNode?.removeChild(element);
      continue;
    }
    if (id === '') {
      keyless.push(element);
      edges.push({ id: '', keyed: false, where });
      continue;
    }
    if (edgeIds.has(id)) {
      assembly.report(`edge "${id}" is declared more than once; the first one is kept`, where);
      element.parentNode?.removeChild(element);
      continue;
    }
    edgeIds.add(id);
    edges.push({ id, keyed: true, where });
  }
  // Temporary ids that no edge of the file uses, so that every edge can be found again after parsing.
  let counter = 0;
  const temporaryId = (): string => {
    let id: string;
    do id = `edge-without-id-${counter++}`;
    while (edgeIds.has(id));
    return id;
  };
  let k = 0;
  for (const edge of edges) {
    if (edge.keyed) continue;
    edge.id = temporaryId();
    keyless[k++]!.setAttribute('id', edge.id);
  }

  let parsed: ParsedGraph;
  try {
    parsed = reader.parse(doc);
  } catch (e) {
    return failedImport(problem(fileName, 0, 0, `could not read the ${reader.format} file: ${thrownMessage(e)}`), assembly.problems);
  }

  const name = parsed.getAttribute('name');
  if (typeof name === 'string' && name !== '') assembly.graph.setAttribute('name', name);

  for (const [id, where] of nodes) {
    if (parsed.hasNode(id)) assembly.node(id, parsed.getNodeAttributes(id), where);
  }
  for (const edge of edges) {
    if (!parsed.hasEdge(edge.id)) continue;
    if (parsed.isUndirected(edge.id)) {
      assembly.report(`edge "${edge.keyed ? edge.id : parsed.source(edge.id) + ' – ' + parsed.target(edge.id)}" is undirected; it is read from source to target`, edge.where, 'warning');
    }
    assembly.edge(edge.keyed ? edge.id : null, parsed.source(edge.id), parsed.target(edge.id), parsed.getEdgeAttributes(edge.id), edge.where);
  }
  return assembly.result();
}

const lineColumn = (w: Where): [number, number] => [w.line, w.column];
