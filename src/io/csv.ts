// CSV, three ways:
//   (a) triples.csv and (b) entities.csv in graph-data's schema, so an exported graph can be curated and
//       loaded again by `kg build`;
//   (c) a nodes.csv + relationships.csv pair whose headers `neo4j-admin database import full` accepts, which
//       carries every attribute of the graph.
// Text cells that a spreadsheet would run as a formula are written with a leading apostrophe (csv-cells.ts).
import { problem } from '../core/problems';
import { type EdgeAttributes, type EntityRecord, type EntityType, type NodeAttributes, type Problem } from '../core/types';
import { isEntityType, isPredicate } from '../core/vocabulary';
import { ENTITY_COLUMNS, parseEntitiesCsv } from '../ingest/entities-csv';
import { TRIPLE_COLUMNS, TRIPLE_OPTIONAL_COLUMNS, parseTriplesCsv } from '../ingest/triples-csv';
import { addEntity, addTriple, buildGraph } from '../graph/build-graph';
import { createKnowledgeGraph, type KnowledgeGraph } from '../graph/kg-graph';
import { readCsv, unescapedCsvText, writeCsv, type CellValue } from './csv-cells';
import { GraphAssembly } from './graph-assembly';
import { guardImport, type ImportResult } from './import-guards';
import { entityRecordOf } from '../graph/attributes';

// --- (a) triples.csv ---------------------------------------------------------------------------------------

/** graph-data's columns: the six required ones, then the optional qualifiers. */
export const TRIPLES_CSV_HEADER: readonly string[] = [...TRIPLE_COLUMNS, ...TRIPLE_OPTIONAL_COLUMNS];

/**
 * triples.csv has one provenance a row; an edge that both curation and extraction support is written as
 * curated, the provenance that wins every merge. subject_mention and object_mention have no column there
 * (the neo4j pair and the other formats carry them).
 */
function rowProvenance(provenance: string): string {
  const list = provenance.split('|');
  return list.includes('curated') ? 'curated' : (list[0] ?? 'curated');
}

export function writeTriplesCsv(graph: KnowledgeGraph): string {
  const rows: CellValue[][] = [];
  graph.forEachEdge((_key, a, source, target) => {
    const byColumn: Record<string, CellValue> = {
      subject: source,
      predicate: a.predicate,
      object: target,
      date: a.date,
      source: a.source,
      evidence: a.evidence,
      place: a.place,
      counterpart: a.counterpart,
      provenance: rowProvenance(a.provenance),
      confidence: a.confidence,
    };
    rows.push(TRIPLES_CSV_HEADER.map((c) => byColumn[c] ?? ''));
  });
  return writeCsv(TRIPLES_CSV_HEADER, rows);
}


/** Runs one of graph-data's parsers on the text without formula prefixes; its problems point into the file. */
function withGraphDataParser<T>(text: string, file: string, parse: (clean: string) => T & { problems: Problem[] }): T & { problems: Problem[] } {
  const clean = unescapedCsvText(text, file);
  const parsed = parse(clean.text);
  const problems = [...clean.problems, ...parsed.problems.map((p) => ({ ...p, line: clean.originalLine(p.line) }))];
  return { ...parsed, problems };
}

/**
 * triples.csv names its entities by id, so it is read against a graph that has them (the open graph, or one
 * read from entities.csv). The result holds every node of `known` and the relations of the file, merged the
 * way `kg build` merges them.
 */
export function readTriplesCsv(text: string, fileName: string, known: KnowledgeGraph): ImportResult {
  const refused = guardImport(text, fileName, false);
  if (refused) return refused;
  const entities = new Map<string, EntityRecord>();
  known.forEachNode((id, a) => entities.set(id, entityRecordOf(id, a)));
  const { triples, problems } = withGraphDataParser(text, fileName, (clean) => parseTriplesCsv(clean, entities, fileName));
  const graph = createKnowledgeGraph(known.getAttribute('name'));
  known.forEachNode((id, a) => graph.addNode(id, { ...a }));
  const ordered = [...triples].sort((a, b) => Number(a.provenance !== 'curated') - Number(b.provenance !== 'curated'));
  for (const t of ordered) addTriple(graph, t);
  return { graph, problems };
}

// --- (b) entities.csv --------------------------------------------------------------------------------------

export const ENTITIES_CSV_HEADER: readonly string[] = ENTITY_COLUMNS;

export function writeEntitiesCsv(graph: KnowledgeGraph): string {
  const rows: CellValue[][] = [];
  graph.forEachNode((id, a) => {
    const e = entityRecordOf(id, a);
    const byColumn: Record<string, string> = { ...e, aliases: a.aliases };
    rows.push(ENTITIES_CSV_HEADER.map((c) => byColumn[c] ?? ''));
  });
  return writeCsv(ENTITIES_CSV_HEADER, rows);
}

/** entities.csv alone: a graph of nodes without relations. */
export function readEntitiesCsv(text: string, fileName: string): ImportResult {
  const refused = guardImport(text, fileName, false);
  if (refused) return refused;
  const { entities, problems } = withGraphDataParser(text, fileName, (clean) => parseEntitiesCsv(clean, fileName));
  const graph = createKnowledgeGraph();
  for (const e of entities) addEntity(graph, e);
  return { graph, problems };
}

/** entities.csv and triples.csv together, as `kg build` reads graph-data (without the articles). */
export function readGraphDataCsv(
  entities: { text: string; fileName: string },
  triples: { text: string; fileName: string },
): ImportResult {
  const refused = guardImport(entities.text, entities.fileName, false) ?? guardImport(triples.text, triples.fileName, false);
  if (refused) return refused;
  const e = withGraphDataParser(entities.text, entities.fileName, (clean) => parseEntitiesCsv(clean, entities.fileName));
  const byId = new Map(e.entities.map((x) => [x.id, x]));
  const t = withGraphDataParser(triples.text, triples.fileName, (clean) => parseTriplesCsv(clean, byId, triples.fileName));
  return buildGraph({ entities: e.entities, triples: t.triples, problems: [...e.problems, ...t.problems] });
}

// --- (c) neo4j-admin import pair --------------------------------------------------------------------------

export const NEO4J_NODES_HEADER: readonly string[] = [
  'id:ID',
  ':LABEL',
  'label',
  'label_en',
  'label_kk',
  'label_ru',
  'aliases',
  'country',
  'wikidata',
  'x:double',
  'y:double',
];

export const NEO4J_RELATIONSHIPS_HEADER: readonly string[] = [
  ':START_ID',
  ':END_ID',
  ':TYPE',
  'key',
  'provenance',
  'source',
  'evidence',
  'date',
  'place',
  'counterpart',
  'confidence:double',
  'subject_mention',
  'object_mention',
];

/** Neo4j's conventions: labels in PascalCase (Person), relationship types in upper snake case (MET_WITH). */
export const neo4jLabel = (t: EntityType): string => t.charAt(0).toUpperCase() + t.slice(1);
export const neo4jType = (predicate: string): string => predicate.toUpperCase();

export function writeNeo4jCsv(graph: KnowledgeGraph): { nodes: string; relationships: string } {
  const nodes: CellValue[][] = [];
  graph.forEachNode((id, a) => {
    nodes.push([id, neo4jLabel(a.type), a.label, a.label_en, a.label_kk, a.label_ru, a.aliases, a.country, a.wikidata, a.x, a.y]);
  });
  const relationships: CellValue[][] = [];
  graph.forEachEdge((key, a, source, target) => {
    relationships.push([
      source,
      target,
      neo4jType(a.predicate),
      key,
      a.provenance,
      a.source,
      a.evidence,
      a.date,
      a.place,
      a.counterpart,
      a.confidence,
      a.subject_mention,
      a.object_mention,
    ]);
  });
  return { nodes: writeCsv(NEO4J_NODES_HEADER, nodes), relationships: writeCsv(NEO4J_RELATIONSHIPS_HEADER, relationships) };
}

/** Header column → field index, with unknown columns reported; null (with a problem) when a required one is missing. */
function neo4jHeader(
  fields: readonly string[] | undefined,
  line: number,
  expected: readonly string[],
  required: readonly string[],
  file: string,
  problems: Problem[],
): Map<string, number> | null {
  const describe = `expected the header ${expected.join(',')}`;
  if (!fields) {
    problems.push(problem(file, 0, 0, `empty file: ${describe}`));
    return null;
  }
  const index = new Map<string, number>();
  fields.forEach((raw, i) => {
    const name = raw.trim();
    if (!expected.includes(name)) {
      problems.push(problem(file, line, i + 1, `unknown column "${name}": ${describe}; its values are ignored`, name, 'warning'));
    } else if (!index.has(name)) index.set(name, i);
  });
  const missing = required.filter((c) => !index.has(c));
  if (missing.length > 0) {
    problems.push(problem(file, line, 0, `missing column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')}: ${describe}; no rows were read`));
    return null;
  }
  return index;
}

const NODE_COLUMN_ATTRIBUTE: ReadonlyArray<readonly [string, keyof NodeAttributes]> = [
  ['label', 'label'],
  ['label_en', 'label_en'],
  ['label_kk', 'label_kk'],
  ['label_ru', 'label_ru'],
  ['aliases', 'aliases'],
  ['country', 'country'],
  ['wikidata', 'wikidata'],
  ['x:double', 'x'],
  ['y:double', 'y'],
];
const EDGE_COLUMN_ATTRIBUTE: ReadonlyArray<readonly [string, keyof EdgeAttributes]> = [
  ['provenance', 'provenance'],
  ['source', 'source'],
  ['evidence', 'evidence'],
  ['date', 'date'],
  ['place', 'place'],
  ['counterpart', 'counterpart'],
  ['confidence:double', 'confidence'],
  ['subject_mention', 'subject_mention'],
  ['object_mention', 'object_mention'],
];

/** Neo4j's ':LABEL' may hold several labels separated by ';': the first that is an entity type is the type. */
function typeOfLabels(labels: string): string {
  const names = labels.split(';').map((l) => l.trim());
  return names.map((n) => n.toLowerCase()).find(isEntityType) ?? names[0] ?? '';
}

/** The neo4j pair back into a graph; `relationshipsText` null reads the nodes alone. */
export function readNeo4jCsv(
  nodesText: string,
  relationshipsText: string | null,
  nodesFile = 'nodes.csv',
  relationshipsFile = 'relationships.csv',
): ImportResult {
  const refused =
    guardImport(nodesText, nodesFile, false) ?? (relationshipsText === null ? null : guardImport(relationshipsText, relationshipsFile, false));
  if (refused) return refused;

  const nodeRows = readCsv(nodesText, nodesFile);
  const assembly = new GraphAssembly(nodesFile);
  assembly.problems.push(...nodeRows.problems);
  const [nodeHeaderRow, ...nodeData] = nodeRows.rows;
  const nodeIndex = neo4jHeader(nodeHeaderRow?.fields, nodeHeaderRow?.line ?? 0, NEO4J_NODES_HEADER, ['id:ID', ':LABEL'], nodesFile, assembly.problems);
  if (!nodeIndex) return { graph: null, problems: assembly.problems };
  for (const row of nodeData) {
    const get = (column: string): string => {
      const i = nodeIndex.get(column);
      return i === undefined ? '' : (row.fields[i] ?? '');
    };
    const raw: Record<string, unknown> = { type: typeOfLabels(get(':LABEL')) };
    for (const [column, attribute] of NODE_COLUMN_ATTRIBUTE) if (nodeIndex.has(column)) raw[attribute] = get(column);
    assembly.node(get('id:ID'), raw, { line: row.line, column: (nodeIndex.get('id:ID') ?? 0) + 1 });
  }

  if (relationshipsText === null) return assembly.result();
  assembly.file = relationshipsFile;
  const relationshipRows = readCsv(relationshipsText, relationshipsFile);
  assembly.problems.push(...relationshipRows.problems);
  const [relHeaderRow, ...relData] = relationshipRows.rows;
  const relIndex = neo4jHeader(relHeaderRow?.fields, relHeaderRow?.line ?? 0, NEO4J_RELATIONSHIPS_HEADER, [':START_ID', ':END_ID', ':TYPE'], relationshipsFile, assembly.problems);
  if (relIndex) {
    for (const row of relData) {
      const get = (column: string): string => {
        const i = relIndex.get(column);
        return i === undefined ? '' : (row.fields[i] ?? '');
      };
      const type = get(':TYPE').trim().toLowerCase();
      const raw: Record<string, unknown> = { predicate: isPredicate(type) ? type : get(':TYPE') };
      for (const [column, attribute] of EDGE_COLUMN_ATTRIBUTE) if (relIndex.has(column)) raw[attribute] = get(column);
      const key = get('key');
      assembly.edge(key === '' ? null : key, get(':START_ID'), get(':END_ID'), raw, { line: row.line, column: (relIndex.get(':START_ID') ?? 0) + 1 });
    }
  }
  return assembly.result();
}

// --- which CSV is it -------------------------------------------------------------------------------------

export type CsvKind = 'triples' | 'entities' | 'neo4j-nodes' | 'neo4j-relationships';

/** The kind of CSV file from its header row, or null when the header is none of ours. */
export function csvKind(text: string): CsvKind | null {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const names = new Set(firstLine.split(',').map((f) => f.trim().replace(/^"|"$/g, '').trim().toLowerCase()));
  if (names.has('id:id')) return 'neo4j-nodes';
  if (names.has(':start_id')) return 'neo4j-relationships';
  if (names.has('subject') && names.has('predicate') && names.has('object')) return 'triples';
  if (names.has('id') && names.has('type')) return 'entities';
  return null;
}

const CSV_KINDS_EXPECTED =
  'expected triples.csv (subject,predicate,object,…), entities.csv (id,type,label_en,…) or a neo4j nodes.csv (id:ID,:LABEL,…)';

/** One CSV file, whichever of ours it is. A triples file needs `known` for its entities. */
export function readCsvFile(text: string, fileName: string, known?: KnowledgeGraph): ImportResult {
  const refused = guardImport(text, fileName, false);
  if (refused) return refused;
  switch (csvKind(text)) {
    case 'triples':
      if (known) return readTriplesCsv(text, fileName, known);
      return {
        graph: null,
        problems: [
          problem(fileName, 1, 0, 'a triples file names its entities by id: open it together with entities.csv, or import it into a graph that has the entities'),
        ],
      };
    case 'entities':
      return readEntitiesCsv(text, fileName);
    case 'neo4j-nodes':
      return readNeo4jCsv(text, null, fileName);
    case 'neo4j-relationships':
      return { graph: null, problems: [problem(fileName, 1, 0, 'a neo4j relationships file needs its nodes file: open nodes.csv and relationships.csv together')] };
    default:
      return { graph: null, problems: [problem(fileName, 1, 0, `not a CSV file of this project: ${CSV_KINDS_EXPECTED}`)] };
  }
}

export interface TextFile {
  name: string;
  text: string;
}

/**
 * Several CSV files opened together (the browser's file picker, a folder): entities.csv with triples.csv, or
 * nodes.csv with relationships.csv, are read as a pair; a single file as readCsvFile reads it.
 */
export function readCsvFiles(files: readonly TextFile[], known?: KnowledgeGraph): ImportResult {
  const byKind = new Map<CsvKind | null, TextFile>();
  const problems: Problem[] = [];
  for (const f of files) {
    const kind = csvKind(f.text);
    if (byKind.has(kind)) problems.push(problem(f.name, 0, 0, `two files of the same kind were opened together (${byKind.get(kind)!.name} too); this one is ignored`));
    else byKind.set(kind, f);
  }
  const entities = byKind.get('entities');
  const triples = byKind.get('triples');
  const nodes = byKind.get('neo4j-nodes');
  const relationships = byKind.get('neo4j-relationships');
  let result: ImportResult;
  if (entities && triples) result = readGraphDataCsv({ text: entities.text, fileName: entities.name }, { text: triples.text, fileName: triples.name });
  else if (nodes) result = readNeo4jCsv(nodes.text, relationships?.text ?? null, nodes.name, relationships?.name);
  else if (files.length === 1 && files[0]) result = readCsvFile(files[0].text, files[0].name, known);
  else if (triples && known) result = readTriplesCsv(triples.text, triples.name, known);
  else {
    const names = files.map((f) => f.name).join(', ');
    result = { graph: null, problems: [problem(names, 0, 0, `these files do not make a graph together: ${CSV_KINDS_EXPECTED}; open entities.csv with triples.csv, or nodes.csv with relationships.csv`)] };
  }
  return { graph: result.graph, problems: [...problems, ...result.problems] };
}
