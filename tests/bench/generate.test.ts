import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateGraphData, createWorld, kazakhArticles, typeCounts } from '../../src/bench/generate-graph-data';
import { inflect, latinSpelling, russianSpelling } from '../../src/bench/kazakh-case';
import { SEED_PREDICATE_COUNTS, SEED_TYPE_COUNTS } from '../../src/bench/seed-mix';
import { ENTITY_TYPES, PREDICATES, type EntityRecord } from '../../src/core/types';
import { typeMismatch } from '../../src/core/vocabulary';
import { parseArticle } from '../../src/ingest/article-text';
import { parseEntitiesCsv } from '../../src/ingest/entities-csv';
import { parseTriplesCsv } from '../../src/ingest/triples-csv';

const root = mkdtempSync(join(tmpdir(), 'kg-generate-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const OPTIONS = { entities: 600, triples: 3_000, maxArticleFiles: 6 };
const dirA = join(root, 'a');
const dirB = join(root, 'b');
const manifest = generateGraphData(dirA, OPTIONS);
generateGraphData(dirB, OPTIONS);
const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');

describe('generateGraphData', () => {
  it('writes the same bytes for the same options (seeded)', () => {
    for (const file of ['entities.csv', 'triples.csv', 'manifest.json']) expect(read(dirB, file)).toBe(read(dirA, file));
    const articles = readdirSync(join(dirA, 'articles')).sort();
    expect(readdirSync(join(dirB, 'articles')).sort()).toEqual(articles);
    for (const a of articles) expect(read(dirB, join('articles', a))).toBe(read(dirA, join('articles', a)));
  });

  it('writes different data for another seed', () => {
    const dirC = join(root, 'c');
    generateGraphData(dirC, { ...OPTIONS, seed: 7 });
    expect(read(dirC, 'triples.csv')).not.toBe(read(dirA, 'triples.csv'));
  });

  it('loads with the project loaders without a single problem', () => {
    const { entities, problems } = parseEntitiesCsv(read(dirA, 'entities.csv'), 'entities.csv');
    expect(problems).toEqual([]);
    expect(entities).toHaveLength(OPTIONS.entities);
    const byId = new Map<string, EntityRecord>(entities.map((e) => [e.id, e]));
    const loaded = parseTriplesCsv(read(dirA, 'triples.csv'), byId, 'triples.csv');
    expect(loaded.problems).toEqual([]);
    expect(loaded.triples).toHaveLength(OPTIONS.triples);
    for (const t of loaded.triples) {
      const s = byId.get(t.subject);
      const o = byId.get(t.object);
      expect(s && o && typeMismatch(t.predicate, s.type, o.type)).toBeNull();
    }
  });

  it('writes articles both accepted forms read, cited by the triples', () => {
    const files = readdirSync(join(dirA, 'articles'));
    expect(files).toHaveLength(manifest.articleFiles);
    const sources = new Set(parseTriplesCsv(read(dirA, 'triples.csv'), new Map(parseEntitiesCsv(read(dirA, 'entities.csv')).entities.map((e) => [e.id, e]))).triples.map((t) => t.source));
    for (const f of files) {
      const { article, problems } = parseArticle(read(dirA, join('articles', f)), f);
      expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(article?.body.length).toBeGreaterThan(100);
      expect(sources.has(f.replace(/\.txt$/, ''))).toBe(true);
    }
  });

  it('labels entities in Kazakh, Russian and English', () => {
    const { entities } = parseEntitiesCsv(read(dirA, 'entities.csv'));
    const kazakhLetters = entities.filter((e) => /[әғқңөұүһі]/i.test(e.label_kk)).length;
    expect(kazakhLetters / entities.length).toBeGreaterThan(0.5);
    expect(entities.every((e) => e.label_en && e.label_kk && e.label_ru)).toBe(true);
    expect(entities.every((e) => /^[\x20-\x7e–]+$/.test(e.label_en))).toBe(true);
  });
});

describe('mix of types and predicates', () => {
  it('follows the seed’s type proportions, with at most the world’s countries', () => {
    const seedTotal = Object.values(SEED_TYPE_COUNTS).reduce((a, b) => a + b, 0);
    for (const total of [36, 1_000, 20_000]) {
      const counts = typeCounts(total);
      expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(total);
      for (const t of ENTITY_TYPES) expect(counts[t]).toBeGreaterThanOrEqual(1);
    }
    const counts = typeCounts(20_000);
    expect(counts.country).toBe(50);
    const nonCountrySeed = seedTotal - SEED_TYPE_COUNTS.country;
    for (const t of ENTITY_TYPES.filter((x) => x !== 'country')) {
      expect(counts[t] / (20_000 - 50)).toBeCloseTo(SEED_TYPE_COUNTS[t] / nonCountrySeed, 2);
    }
    expect(typeCounts(36)).toEqual(SEED_TYPE_COUNTS);
  });

  it('draws predicates in the seed’s proportions and uses every predicate', () => {
    const counts = manifest.predicateCounts;
    for (const p of PREDICATES) expect(counts[p]).toBeGreaterThan(0);
    const share = (p: keyof typeof counts): number => counts[p] / manifest.triples;
    // said (8 of the seed's 40) is the most common; part_of (6) next.
    const top = [...PREDICATES].sort((a, b) => counts[b] - counts[a]);
    expect(top[0]).toBe('said');
    expect(top[1]).toBe('part_of');
    expect(share('said')).toBeGreaterThan(0.15);
    expect(share('said')).toBeLessThan(0.23);
    expect(counts.attended / counts.invited).toBeGreaterThan(SEED_PREDICATE_COUNTS.attended / SEED_PREDICATE_COUNTS.invited / 2);
  });
});

describe('Kazakh text', () => {
  it('inflects names as Kazakh news does', () => {
    expect(inflect('Ермек Көшербаев', 'gen')).toBe('Ермек Көшербаевтың');
    expect(inflect('Марко Рубио', 'gen')).toBe('Марко Рубионың');
    expect(inflect('Вашингтон', 'loc')).toBe('Вашингтонда');
    expect(inflect('АҚШ', 'gen')).toBe('АҚШ-тың');
    expect(inflect('Трамп', 'dat')).toBe('Трампқа');
    expect(inflect('Сыртқы істер министрлігі', 'gen', true)).toBe('Сыртқы істер министрлігінің');
    expect(inflect('Кездесу 3', 'loc')).toBe('Кездесу 3-те');
    expect(russianSpelling('Көшербаев')).toBe('Кошербаев');
    expect(latinSpelling('Ермек Көшербаев')).toBe('Yermek Kosherbayev');
  });

  it('makes Kazakh articles of the size asked for the extraction benchmark', () => {
    const world = createWorld(500, 1);
    const articles = kazakhArticles(world, 50_000, 2);
    const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
    expect(bytes).toBeGreaterThanOrEqual(50_000);
    expect(bytes).toBeLessThan(60_000);
    for (const a of articles) {
      const { article } = parseArticle(a.text, a.name);
      expect(article?.lang).toBe('kk');
    }
  });
});
