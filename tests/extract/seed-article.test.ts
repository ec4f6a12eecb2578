// The project's own seed article (graph-data/articles/seed.txt) against its catalogue: the key facts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_ENTITIES } from '../../src/extract/bundled-catalogue';
import { buildCatalogue, extractArticle } from '../../src/extract/index';
import { parseArticle } from '../../src/ingest/article-text';
import { parseEntitiesCsv } from '../../src/ingest/entities-csv';

const root = join(__dirname, '../..');
const { entities } = parseEntitiesCsv(readFileSync(join(root, 'graph-data/entities.csv'), 'utf8'));
const catalogue = buildCatalogue([...BUNDLED_ENTITIES, ...entities]);
const { article } = parseArticle(readFileSync(join(root, 'graph-data/articles/seed.txt'), 'utf8'), 'seed.txt');
const data = extractArticle(article!, catalogue);
const triples = data.triples.map((t) => `${t.subject} ${t.predicate} ${t.object}`);

describe('the seed article', () => {
  it.each([
    'yermek-kosherbayev attended critical-minerals-ministerial',
    'marco-rubio invited yermek-kosherbayev',
    'critical-minerals-ministerial held_in washington',
    'critical-minerals-ministerial held_in us-department-of-state',
    'yermek-kosherbayev represents kazakhstan',
    'marco-rubio represents united-states',
    'jd-vance represents united-states',
    'jd-vance attended critical-minerals-ministerial',
    'kazakhstan signed_with united-states',
    'kazakhstan cooperates_with united-states',
  ])('%s', (t) => expect(triples).toContain(t));

  it('gives each person their title', () => {
    const held = data.triples.filter((t) => t.predicate === 'holds_position').map((t) => t.subject);
    expect(held).toEqual(expect.arrayContaining(['yermek-kosherbayev', 'marco-rubio', 'jd-vance']));
  });

  it('keeps the evidence sentence, the mentions and their offsets in it', () => {
    const invited = data.triples.find((t) => t.predicate === 'invited')!;
    expect(invited.evidence).toContain('шақыруымен');
    expect(invited.subjectMention).toBe('Марко Рубионың');
    expect(invited.evidence.slice(...invited.subjectSpan!)).toBe(invited.subjectMention);
    expect(invited.evidence.slice(...invited.objectSpan!)).toBe(invited.objectMention);
    expect(invited).toMatchObject({ provenance: 'extracted', source: 'seed', date: '2026-02-05' });
    expect(invited.confidence).toBeGreaterThan(0.5);
    expect(invited.confidence).toBeLessThanOrEqual(1);
  });

  it('does not turn the report’s source into a speaker', () => {
    expect(triples.some((t) => t.startsWith('kazinform '))).toBe(false);
  });

  it('returns the entities its triples name, and only those', () => {
    const ids = new Set(data.entities.map((e) => e.id));
    for (const t of data.triples) {
      expect(ids.has(t.subject)).toBe(true);
      expect(ids.has(t.object)).toBe(true);
    }
  });
});
