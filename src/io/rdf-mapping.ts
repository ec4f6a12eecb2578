// The graph as RDF, shared by the Turtle and N-Triples modules.
//
//   entity     <https://kazkg.example/entity/<id>>  a kgo:Person ;  rdfs:label "…"@en, "…"@kk, "…"@ru ;
//              owl:sameAs wd:Q… ; kgo:country ent:… ; kgo:aliases "a|b" ; kgo:x …; kgo:y … .
//   relation   ent:a kgo:met_with ent:b .                       (usable as is by any triple store)
//   statement  <https://kazkg.example/statement/<url-encoded edge key>> a rdf:Statement, kgo:Statement ;
//              rdf:subject ent:a ; rdf:predicate kgo:met_with ; rdf:object ent:b ;
//              kgo:evidence "…" ; kgo:source "…" ; kgo:provenance "curated" ; kgo:confidence 1.0e0 ; …
// Standard reification rather than RDF-star, so that every RDF 1.1 store and tool reads the file; the
// statement node is what carries the edge attributes (and its key) through a round trip.
import { DataFactory, type Quad } from 'n3';
import { problem } from '../core/problems';
import { ENTITY_TYPES, LANGS, type EdgeAttributes, type EntityType, type Lang, type NodeAttributes, type Predicate } from '../core/types';
import { TYPE_LABELS, VOCABULARY, isSymmetric } from '../core/vocabulary';
import { displayLabel } from '../graph/attributes';
import type { KnowledgeGraph } from '../graph/kg-graph';
import { GraphAssembly } from './graph-assembly';
import type { ImportResult } from './import-guards';

const { namedNode, literal, quad } = DataFactory;

export const RDF_NS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
export const RDFS_NS = 'http://www.w3.org/2000/01/rdf-schema#';
export const OWL_NS = 'http://www.w3.org/2002/07/owl#';
export const XSD_NS = 'http://www.w3.org/2001/XMLSchema#';
export const WIKIDATA_NS = 'http://www.wikidata.org/entity/';
export const ENTITY_NS = 'https://kazkg.example/entity/';
export const ONTOLOGY_NS = 'https://kazkg.example/ontology/';
export const STATEMENT_NS = 'https://kazkg.example/statement/';
/** The graph itself, which carries its name. */
export const GRAPH_IRI = 'https://kazkg.example/graph';

export const RDF_PREFIXES: Readonly<Record<string, string>> = {
  rdf: RDF_NS,
  rdfs: RDFS_NS,
  owl: OWL_NS,
  xsd: XSD_NS,
  wd: WIKIDATA_NS,
  ent: ENTITY_NS,
  kgo: ONTOLOGY_NS,
  stmt: STATEMENT_NS,
};

const rdf = (local: string): string => RDF_NS + local;
const rdfs = (local: string): string => RDFS_NS + local;
const owl = (local: string): string => OWL_NS + local;
const xsd = (local: string): string => XSD_NS + local;
const kgo = (local: string): string => ONTOLOGY_NS + local;

// Ids are slugs, but encoding keeps the IRI valid whatever a file put there.
export const entityIri = (id: string): string => ENTITY_NS + encodeURIComponent(id);
export const statementIri = (edgeKey: string): string => STATEMENT_NS + encodeURIComponent(edgeKey);
export const predicateIri = (p: Predicate): string => kgo(p);
export const typeClassName = (t: EntityType): string => t.charAt(0).toUpperCase() + t.slice(1);
export const typeClassIri = (t: EntityType): string => kgo(typeClassName(t));

/** Ontology terms for attributes; anything in the ontology namespace that is not one of these is a relation. */
const P = {
  displayLabel: kgo('displayLabel'),
  aliases: kgo('aliases'),
  country: kgo('country'),
  wikidata: kgo('wikidata'),
  x: kgo('x'),
  y: kgo('y'),
  provenance: kgo('provenance'),
  source: kgo('source'),
  evidence: kgo('evidence'),
  date: kgo('date'),
  place: kgo('place'),
  counterpart: kgo('counterpart'),
  confidence: kgo('confidence'),
  subjectMention: kgo('subjectMention'),
  objectMention: kgo('objectMention'),
} as const;
const ATTRIBUTE_PROPERTIES: ReadonlySet<string> = new Set(Object.values(P));
const STATEMENT_CLASS = kgo('Statement');
const GRAPH_CLASS = kgo('KnowledgeGraph');
const TYPE = rdf('type');
const LABEL = rdfs('label');

const double = (n: number) => literal(String(n), namedNode(xsd('double')));
const dateLiteral = (d: string) => {
  const datatype = /^\d{4}-\d{2}-\d{2}$/.test(d) ? 'date' : /^\d{4}-\d{2}$/.test(d) ? 'gYearMonth' : /^\d{4}$/.test(d) ? 'gYear' : null;
  return datatype ? literal(d, namedNode(xsd(datatype))) : literal(d);
};
const WIKIDATA_ID = /^Q\d+$/;

/** Quads of the whole graph, in an order that keeps each resource's statements together. */
export function graphToQuads(graph: KnowledgeGraph): Quad[] {
  const quads: Quad[] = [];
  const add = (s: string, p: string, o: Quad['object']): void => {
    quads.push(quad(namedNode(s), namedNode(p), o));
  };

  // Ontology: the classes and predicates used, with their labels in the three languages.
  const types = new Set<EntityType>();
  graph.forEachNode((_n, a) => types.add(a.type));
  for (const t of ENTITY_TYPES.filter((t) => types.has(t))) {
    add(typeClassIri(t), TYPE, namedNode(owl('Class')));
    for (const lang of LANGS) add(typeClassIri(t), LABEL, literal(TYPE_LABELS[t][lang], lang));
  }
  const predicates = new Set<Predicate>();
  graph.forEachEdge((_e, a) => predicates.add(a.predicate));
  for (const p of Object.keys(VOCABULARY) as Predicate[]) {
    if (!predicates.has(p)) continue;
    add(predicateIri(p), TYPE, namedNode(owl('ObjectProperty')));
    if (isSymmetric(p)) add(predicateIri(p), TYPE, namedNode(owl('SymmetricProperty')));
    for (const lang of LANGS) add(predicateIri(p), LABEL, literal(VOCABULARY[p].labels[lang], lang));
  }
  add(GRAPH_IRI, TYPE, namedNode(GRAPH_CLASS));
  add(GRAPH_IRI, LABEL, literal(graph.getAttribute('name') ?? ''));

  graph.forEachNode((id, a) => {
    const s = entityIri(id);
    add(s, TYPE, namedNode(typeClassIri(a.type)));
    for (const lang of LANGS) {
      const value = a[`label_${lang}`];
      if (value) add(s, LABEL, literal(value, lang));
    }
    if (a.label !== displayLabel({ id, ...a })) add(s, P.displayLabel, literal(a.label));
    if (WIKIDATA_ID.test(a.wikidata)) add(s, owl('sameAs'), namedNode(WIKIDATA_NS + a.wikidata));
    else if (a.wikidata) add(s, P.wikidata, literal(a.wikidata));
    if (a.country) add(s, P.country, namedNode(entityIri(a.country)));
    if (a.aliases) add(s, P.aliases, literal(a.aliases));
    add(s, P.x, double(a.x));
    add(s, P.y, double(a.y));
    graph.forEachOutEdge(id, (_e, ea, _s, target) => add(s, predicateIri(ea.predicate), namedNode(entityIri(target))));
  });

  graph.forEachEdge((key, a, source, target) => {
    const s = statementIri(key);
    add(s, TYPE, namedNode(rdf('Statement')));
    add(s, TYPE, namedNode(STATEMENT_CLASS));
    add(s, rdf('subject'), namedNode(entityIri(source)));
    add(s, rdf('predicate'), namedNode(predicateIri(a.predicate)));
    add(s, rdf('object'), namedNode(entityIri(target)));
    const text: ReadonlyArray<readonly [string, string]> = [
      [P.provenance, a.provenance],
      [P.source, a.source],
      [P.evidence, a.evidence],
      [P.subjectMention, a.subject_mention],
      [P.objectMention, a.object_mention],
    ];
    for (const [p, v] of text) if (v) add(s, p, literal(v));
    if (a.date) add(s, P.date, dateLiteral(a.date));
    if (a.place) add(s, P.place, namedNode(entityIri(a.place)));
    if (a.counterpart) add(s, P.counterpart, namedNode(entityIri(a.counterpart)));
    add(s, P.confidence, double(a.confidence));
  });
  return quads;
}

// --- reading ---------------------------------------------------------------------------------------------

const localIn = (ns: string, iri: string): string | null => {
  if (!iri.startsWith(ns)) return null;
  try {
    return decodeURIComponent(iri.slice(ns.length));
  } catch {
    return null;
  }
};

/** The objects of each predicate of one subject, in file order. */
interface Resource {
  iri: string;
  values: Map<string, Array<Quad['object']>>;
  types: string[];
  labels: Array<{ value: string; language: string }>;
}

function indexBySubject(quads: readonly Quad[]): Map<string, Resource> {
  const index = new Map<string, Resource>();
  for (const q of quads) {
    if (q.subject.termType !== 'NamedNode') continue;
    let r = index.get(q.subject.value);
    if (!r) index.set(q.subject.value, (r = { iri: q.subject.value, values: new Map(), types: [], labels: [] }));
    const p = q.predicate.value;
    if (p === TYPE && q.object.termType === 'NamedNode') r.types.push(q.object.value);
    else if (p === LABEL && q.object.termType === 'Literal') r.labels.push({ value: q.object.value, language: q.object.language.toLowerCase() });
    const list = r.values.get(p);
    if (list) list.push(q.object);
    else r.values.set(p, [q.object]);
  }
  return index;
}

const literalValue = (r: Resource, p: string): string | undefined =>
  r.values.get(p)?.find((o) => o.termType === 'Literal')?.value;
const iriValue = (r: Resource, p: string, ns: string): string | undefined => {
  for (const o of r.values.get(p) ?? []) {
    if (o.termType !== 'NamedNode') continue;
    const local = localIn(ns, o.value);
    if (local !== null) return local;
  }
  return undefined;
};
/** Entity id of an object property; an IRI outside the entity namespace is kept whole rather than lost. */
const entityValue = (r: Resource, p: string): string | undefined =>
  iriValue(r, p, ENTITY_NS) ?? r.values.get(p)?.find((o) => o.termType === 'NamedNode')?.value;

function nodeAttributesFrom(r: Resource, entityType: string): Record<string, unknown> {
  const label = (lang: Lang): string => r.labels.find((l) => l.language === lang)?.value ?? '';
  const raw: Partial<Record<keyof NodeAttributes, unknown>> = {
    type: entityType,
    label_en: label('en'),
    label_kk: label('kk'),
    label_ru: label('ru'),
    label: literalValue(r, P.displayLabel),
    wikidata: iriValue(r, owl('sameAs'), WIKIDATA_NS) ?? literalValue(r, P.wikidata),
    country: entityValue(r, P.country),
    aliases: literalValue(r, P.aliases),
    x: literalValue(r, P.x),
    y: literalValue(r, P.y),
  };
  return raw;
}

function edgeAttributesFrom(predicate: string, r: Resource | null): Record<string, unknown> {
  if (!r) return { predicate };
  const raw: Partial<Record<keyof EdgeAttributes, unknown>> = {
    predicate,
    provenance: literalValue(r, P.provenance),
    source: literalValue(r, P.source),
    evidence: literalValue(r, P.evidence),
    date: literalValue(r, P.date),
    place: entityValue(r, P.place),
    counterpart: entityValue(r, P.counterpart),
    confidence: literalValue(r, P.confidence),
    subject_mention: literalValue(r, P.subjectMention),
    object_mention: literalValue(r, P.objectMention),
  };
  return raw;
}

/** A predicate IRI as the schema's predicate id; IRIs outside the ontology keep their full form for the message. */
const predicateOf = (iri: string): string => localIn(ONTOLOGY_NS, iri) ?? iri;

/**
 * Rebuilds the graph: entities are the resources of the entity namespace typed with an ontology class,
 * relations come from the statement resources, and a bare ent→ent triple with no statement (a file edited by
 * hand or made by another tool) becomes an edge with default attributes.
 */
export function quadsToGraph(quads: readonly Quad[], fileName: string): ImportResult {
  const index = indexBySubject(quads);
  const graphName = index.get(GRAPH_IRI)?.labels[0]?.value;
  const assembly = new GraphAssembly(fileName, graphName || undefined);

  for (const r of index.values()) {
    const id = localIn(ENTITY_NS, r.iri);
    if (id === null) continue;
    const classes = r.types
      .filter((t) => t !== STATEMENT_CLASS && t !== GRAPH_CLASS)
      .map((t) => localIn(ONTOLOGY_NS, t))
      .filter((t): t is string => t !== null);
    if (classes.length === 0) {
      assembly.report(`entity <${r.iri}> has no rdf:type in the ontology (${ONTOLOGY_NS}Person, …)`);
      continue;
    }
    assembly.node(id, nodeAttributesFrom(r, classes[0]!.toLowerCase()));
  }

  const stated = new Set<string>();
  for (const r of index.values()) {
    if (!r.types.includes(STATEMENT_CLASS) && !r.types.includes(rdf('Statement'))) continue;
    const [s, p, o] = [rdf('subject'), rdf('predicate'), rdf('object')].map((term) => r.values.get(term)?.[0]);
    if (s?.termType !== 'NamedNode' || p?.termType !== 'NamedNode' || o?.termType !== 'NamedNode') {
      assembly.report(`statement <${r.iri}> needs an rdf:subject, rdf:predicate and rdf:object that are IRIs`);
      continue;
    }
    const source = localIn(ENTITY_NS, s.value);
    const target = localIn(ENTITY_NS, o.value);
    if (source === null || target === null) {
      assembly.report(`statement <${r.iri}>: subject and object must be entities (${ENTITY_NS}…)`);
      continue;
    }
    stated.add(`${s.value} ${p.value} ${o.value}`);
    assembly.edge(localIn(STATEMENT_NS, r.iri), source, target, edgeAttributesFrom(predicateOf(p.value), r));
  }

  for (const q of quads) {
    if (q.subject.termType !== 'NamedNode' || q.object.termType !== 'NamedNode') continue;
    const p = q.predicate.value;
    if (!p.startsWith(ONTOLOGY_NS) || ATTRIBUTE_PROPERTIES.has(p)) continue;
    const source = localIn(ENTITY_NS, q.subject.value);
    const target = localIn(ENTITY_NS, q.object.value);
    if (source === null || target === null) continue;
    if (stated.has(`${q.subject.value} ${p} ${q.object.value}`)) continue;
    assembly.edge(null, source, target, edgeAttributesFrom(predicateOf(p), null));
  }
  return assembly.result();
}

/** Problem for an n3 syntax error, with the line n3 names in its message. */
export function rdfSyntaxProblem(fileName: string, format: string, message: string) {
  const line = /line (\d+)/.exec(message);
  return problem(fileName, line ? Number(line[1]) : 0, 0, `not valid ${format}: ${message}`);
}
