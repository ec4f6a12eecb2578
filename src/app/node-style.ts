// How entities and relations look: colour by type, size by degree, label by language. Shared by the network,
// the legend and the panels so they always agree.
import type { EntityType, Lang, NodeAttributes } from '../core/types';

export const TYPE_COLORS: Readonly<Record<EntityType, string>> = {
  person: '#2f6fb2',
  country: '#d1495b',
  organization: '#e8892b',
  event: '#3a9a5b',
  document: '#8e5ba8',
  place: '#2a9d9f',
  commodity: '#c9a227',
  money: '#8a6a4f',
  role: '#7d8597',
  topic: '#d16ba5',
};

export const EDGE_COLORS = {
  curated: '#a9b3c1',
  /** Extracted relations are lighter and warmer, so curated ones read as the backbone. */
  extracted: '#f0c79a',
  focus: '#334155',
  focusExtracted: '#c07a2c',
  dimmed: '#eef1f5',
} as const;

export const DIMMED_NODE = '#d9dee5';

/** Up to this many nodes, sizes are the full ones; above, they shrink so the nodes do not cover each other. */
const FULL_SIZE_ORDER = 500;

/**
 * Radius grows with the square root of degree, so hubs stand out without swallowing their neighbours. On
 * graphs of more than FULL_SIZE_ORDER nodes every radius shrinks with the square root of the node count
 * (the room each node has), down to a tenth, never below 1.5 px: at 10k nodes full-size discs of hubs
 * hundreds of relations strong covered the whole picture. Zooming in enlarges them again.
 */
export const nodeSize = (degree: number, order = 0): number => {
  const scale = order > FULL_SIZE_ORDER ? Math.max(0.1, Math.sqrt(FULL_SIZE_ORDER / order)) : 1;
  return Math.max(1.5, (4 + 2 * Math.sqrt(degree)) * scale);
};

/** The label in the chosen language, falling back to the others and to the id. */
export function labelIn(a: Pick<NodeAttributes, 'label' | 'label_en' | 'label_kk' | 'label_ru'>, lang: Lang, id = ''): string {
  const order: readonly string[] =
    lang === 'kk' ? [a.label_kk, a.label_en, a.label_ru] : lang === 'ru' ? [a.label_ru, a.label_en, a.label_kk] : [a.label_en, a.label, a.label_kk, a.label_ru];
  return order.find((s) => s && s.trim()) ?? (a.label || id);
}

export const isExtractedOnly = (provenance: string): boolean => !provenance.split('|').includes('curated');
