// Defaults and checks for node and edge attributes, in one place: every builder and every importer goes
// through these, so a graph read from any file has the same shape as one built from CSV.
import type { EdgeAttributes, EntityRecord, NodeAttributes, TripleRecord } from '../core/types';
import { isEntityType, isPredicate } from '../core/vocabulary';

/** Deterministic starting position from the id, so the same data gives the same layout on every load. */
export function seededPosition(id: string): { x: number; y: number } {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  const angle = ((h >>> 0) / 4294967296) * 2 * Math.PI;
  const radius = 10 + (((h >>> 8) & 0xffff) / 0xffff) * 90;
  return { x: Math.round(radius * Math.cos(angle) * 1000) / 1000, y: Math.round(radius * Math.sin(angle) * 1000) / 1000 };
}

export function displayLabel(e: Pick<EntityRecord, 'id' | 'label_en' | 'label_kk' | 'label_ru'>): string {
  return e.label_en || e.label_kk || e.label_ru || e.id;
}

/** A node's attributes; at its seeded position unless another (a snapshot's, a layout's) is given. */
export function nodeAttributesOf(e: EntityRecord, position: { x: number; y: number } = seededPosition(e.id)): NodeAttributes {
  return {
    label: displayLabel(e),
    label_en: e.label_en,
    label_kk: e.label_kk,
    label_ru: e.label_ru,
    type: e.type,
    country: e.country,
    wikidata: e.wikidata,
    aliases: e.aliases.join('|'),
    x: position.x,
    y: position.y,
  };
}

/** The inverse of nodeAttributesOf: the entity record a node stands for. */
export function entityRecordOf(id: string, a: NodeAttributes): EntityRecord {
  return {
    id,
    type: a.type,
    label_en: a.label_en,
    label_kk: a.label_kk,
    label_ru: a.label_ru,
    aliases: a.aliases.split('|').filter(Boolean),
    country: a.country,
    wikidata: a.wikidata,
  };
}

export function edgeAttributesOf(t: TripleRecord): EdgeAttributes {
  return {
    predicate: t.predicate,
    provenance: t.provenance,
    source: t.source,
    evidence: t.evidence,
    date: t.date,
    place: t.place,
    counterpart: t.counterpart,
    confidence: t.confidence,
    subject_mention: t.subjectMention,
    object_mention: t.objectMention,
  };
}

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
const num = (v: unknown, fallback: number): number => {
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? n : fallback;
};

/**
 * Attributes read from a file, coerced to the schema. Returns an error message instead when a value
 * cannot be accepted (an unknown type or predicate), so importers report rather than guess.
 */
export function coerceNodeAttributes(id: string, raw: Record<string, unknown>): NodeAttributes | string {
  const type = str(raw.type);
  if (!isEntityType(type)) return `node "${id}": unknown entity type "${type}"`;
  const pos = seededPosition(id);
  const node: NodeAttributes = {
    label: '',
    label_en: str(raw.label_en),
    label_kk: str(raw.label_kk),
    label_ru: str(raw.label_ru),
    type,
    country: str(raw.country),
    wikidata: str(raw.wikidata),
    aliases: str(raw.aliases),
    x: num(raw.x, pos.x),
    y: num(raw.y, pos.y),
  };
  node.label = str(raw.label) || displayLabel({ id, ...node });
  return node;
}

export function coerceEdgeAttributes(key: string, raw: Record<string, unknown>): EdgeAttributes | string {
  const predicate = str(raw.predicate);
  if (!isPredicate(predicate)) return `edge "${key}": unknown predicate "${predicate}"`;
  return {
    predicate,
    provenance: str(raw.provenance) || 'curated',
    source: str(raw.source),
    evidence: str(raw.evidence),
    date: str(raw.date),
    place: str(raw.place),
    counterpart: str(raw.counterpart),
    confidence: num(raw.confidence, 1),
    subject_mention: str(raw.subject_mention),
    object_mention: str(raw.object_mention),
  };
}

/** Union of two '|'-separated lists, sorted, without repeats. */
export function mergeList(a: string, b: string): string {
  return [...new Set([...a.split('|'), ...b.split('|')].filter(Boolean))].sort().join('|');
}
