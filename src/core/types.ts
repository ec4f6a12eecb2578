// The one record type every input becomes, and the attribute schema of the graph built from it.
// Everything here is plain data so it can cross a worker boundary and be written to any file format.

export const ENTITY_TYPES = [
  'person',
  'country',
  'organization',
  'event',
  'document',
  'place',
  'commodity',
  'money',
  'role',
  'topic',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const PREDICATES = [
  'attended',
  'invited',
  'met_with',
  'signed',
  'signed_with',
  'held_in',
  'holds_position',
  'member_of',
  'represents',
  'visited',
  'said',
  'proposed',
  'announced',
  'cooperates_with',
  'supplies',
  'located_in',
  'part_of',
  'established',
  'discussed',
  'leads',
  'agreed_with',
] as const;
export type Predicate = (typeof PREDICATES)[number];

export type Provenance = 'curated' | 'extracted';
export const PROVENANCES: readonly Provenance[] = ['curated', 'extracted'];

export type Lang = 'en' | 'kk' | 'ru';
export const LANGS: readonly Lang[] = ['en', 'kk', 'ru'];

/** A row of graph-data/entities.csv, or an entity found by extraction. */
export interface EntityRecord {
  id: string;
  type: EntityType;
  label_en: string;
  label_kk: string;
  label_ru: string;
  aliases: string[];
  /** Entity id of the country it is affiliated with, or ''. */
  country: string;
  /** Wikidata Q-id, or ''. */
  wikidata: string;
}

/** Character offsets [start, end) of a mention inside its evidence sentence. */
export type Span = readonly [number, number];

/** A subject–predicate–object statement with its qualifiers and provenance. */
export interface TripleRecord {
  subject: string;
  predicate: Predicate;
  object: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD, or ''. */
  date: string;
  /** Qualifier: entity id of where it happened, or ''. */
  place: string;
  /** Qualifier: entity id of a third party (signed X *with* Y), or ''. */
  counterpart: string;
  provenance: Provenance;
  /** Article id the statement comes from, or ''. */
  source: string;
  evidence: string;
  /** 1 for curated statements; the extractor's estimate otherwise. */
  confidence: number;
  /** The words of the evidence that name the subject / object, when known. */
  subjectMention: string;
  objectMention: string;
  subjectSpan?: Span;
  objectSpan?: Span;
}

/** Where an input problem is, and what was expected. */
export interface Problem {
  file: string;
  /** 1-based line in the file; 0 when the problem concerns the whole file. */
  line: number;
  /** 1-based column number (field index for CSV); 0 when unknown. */
  column: number;
  /** Column name, when the file has a header. */
  field?: string;
  message: string;
  severity: 'error' | 'warning';
}

/** What every loader and extractor returns: records plus every problem met on the way. */
export interface Dataset {
  entities: EntityRecord[];
  triples: TripleRecord[];
  problems: Problem[];
}

// --- graph attribute schema -------------------------------------------------------------------------------
// Attributes are flat primitives so that GEXF, GraphML, CSV and RDF carry them without a side channel.

export interface NodeAttributes {
  /** Display label (English, falling back to Kazakh, Russian, id). */
  label: string;
  label_en: string;
  label_kk: string;
  label_ru: string;
  type: EntityType;
  country: string;
  wikidata: string;
  /** '|'-separated, as in entities.csv. */
  aliases: string;
  x: number;
  y: number;
}

export interface EdgeAttributes {
  predicate: Predicate;
  /** '|'-separated list of provenances, sorted: 'curated', 'extracted' or 'curated|extracted'. */
  provenance: string;
  /** '|'-separated article ids. */
  source: string;
  evidence: string;
  date: string;
  place: string;
  counterpart: string;
  confidence: number;
  subject_mention: string;
  object_mention: string;
}

export interface GraphAttributes {
  name: string;
}
