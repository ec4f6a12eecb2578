// The bulk builder's tables → the graphology JSON `kg build --out` writes, byte for byte what
// JSON.stringify(graph.export()) gives for the regular graph of the same data (node and edge attributes
// as nodeAttributesOf / edgeAttributesOf make them, edges keyed by relationKey). Written in pieces, so a
// million edges never become one string.
import type { EdgeAttributes } from '../core/types';
import { nodeAttributesOf } from './attributes';
import { relationKey } from './build-graph';
import { dateText, entityRecordAt, PROVENANCE_CODES, tripleRecordAt } from './bulk-tables';
import type { BulkTables } from './compact-graph';

/** Calls `write` with consecutive pieces of the JSON text. */
export function writeCompactGraphJson(tables: BulkTables, write: (piece: string) => void): void {
  const { attributes, entities, edges } = tables;
  const header = { options: { type: 'directed', multi: true, allowSelfLoops: true }, attributes };
  let piece = JSON.stringify(header).slice(0, -1) + ',"nodes":[';
  const flush = (force: boolean): void => {
    if (force || piece.length > 1 << 20) {
      write(piece);
      piece = '';
    }
  };
  for (let i = 0; i < entities.ids.length; i++) {
    const record = entityRecordAt(entities, i);
    piece += `${i ? ',' : ''}${JSON.stringify({ key: record.id, attributes: nodeAttributesOf(record) })}`;
    flush(false);
  }
  piece += '],"edges":[';
  for (let i = 0; i < edges.count; i++) {
    const t = tripleRecordAt(edges, entities, i);
    const mentions = edges.mentions.get(i);
    const attributes: EdgeAttributes = {
      predicate: t.predicate,
      provenance: PROVENANCE_CODES[edges.provenance[i] ?? 0] ?? 'curated',
      source: t.source,
      evidence: t.evidence,
      date: dateText(edges.date[i] ?? 0),
      place: t.place,
      counterpart: t.counterpart,
      confidence: t.confidence,
      subject_mention: mentions?.[0] ?? '',
      object_mention: mentions?.[1] ?? '',
    };
    piece += `${i ? ',' : ''}${JSON.stringify({ key: relationKey(t.subject, t.predicate, t.object), source: t.subject, target: t.object, attributes })}`;
    flush(false);
  }
  piece += ']}';
  flush(true);
}
