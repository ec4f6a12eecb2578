// Generates graph-data folders of any size (entities.csv, triples.csv, articles/*.txt) with the seed's mix
// of entity types and predicates, types that fit the vocabulary, and Kazakh, Russian and English text.
// Deterministic: the same options give the same bytes. Folders are cached under os.tmpdir()/kg-bench.
//
//   npx tsx src/bench/generate-graph-data.ts 100k            # a named size (10k, 100k, 1m, explorer-…)
//   npx tsx src/bench/generate-graph-data.ts --entities 5000 --triples 20000 --out DIR
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ENTITY_TYPES, PREDICATES, type EntityRecord, type EntityType, type Predicate } from '../core/types';
import { VOCABULARY } from '../core/vocabulary';
import { EntityFactory, type GeneratedEntity } from './entity-factory';
import { EN_FILLER, evidenceSentence, KK_FILLER, RU_FILLER, type Statement, type TextLang } from './evidence-text';
import { COUNTRIES } from './lexicon';
import { createRng, cumulative, type Rng } from './prng';
import {
  ABSENT_PREDICATE_WEIGHT, SEED_DATED_SHARE, SEED_PLACE_SHARE, SEED_PREDICATE_COUNTS, SEED_SIGNED_COUNTERPART_SHARE,
  SEED_TYPE_COUNTS, TRIPLES_PER_ARTICLE,
} from './seed-mix';
import { benchDataDir, isSizeName, SIZES } from './sizes';

/** Bump when the output for the same options changes, so cached folders are made again. */
export const GENERATOR_VERSION = 2;

export interface GenerateOptions {
  entities: number;
  triples: number;
  seed: number;
  /** Articles cited by triples that are also written to articles/ (the rest are cited only). */
  maxArticleFiles: number;
  /** Share of articles in Kazakh, Russian, English. */
  languages: Readonly<Record<TextLang, number>>;
}

export const DEFAULT_OPTIONS: GenerateOptions = {
  entities: 2_000,
  triples: 10_000,
  seed: 20260205,
  maxArticleFiles: 200,
  languages: { kk: 0.7, ru: 0.2, en: 0.1 },
};

export interface Manifest {
  generator: number;
  options: GenerateOptions;
  entities: number;
  triples: number;
  articles: number;
  articleFiles: number;
  bytes: { entities: number; triples: number };
  typeCounts: Record<EntityType, number>;
  predicateCounts: Record<Predicate, number>;
}

// --- entities ----------------------------------------------------------------------------------------------

/**
 * Entities per type: the seed's proportions by largest remainder, at least one of each type, and no more
 * countries than the world has (the lexicon's list); what countries cannot take goes to the other types.
 */
export function typeCounts(total: number): Record<EntityType, number> {
  const counts = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<EntityType, number>;
  const seedTotal = ENTITY_TYPES.reduce((n, t) => n + SEED_TYPE_COUNTS[t], 0);
  const minEach = total >= ENTITY_TYPES.length ? 1 : 0;
  const countryCap = COUNTRIES.length;
  let countryShare = (SEED_TYPE_COUNTS.country / seedTotal) * total;
  const capped = countryShare > countryCap;
  if (capped) countryShare = countryCap;
  const others = ENTITY_TYPES.filter((t) => t !== 'country');
  const otherSeed = others.reduce((n, t) => n + SEED_TYPE_COUNTS[t], 0);
  const exact = new Map<EntityType, number>();
  exact.set('country', countryShare);
  for (const t of others) exact.set(t, ((total - countryShare) * SEED_TYPE_COUNTS[t]) / otherSeed);
  let assigned = 0;
  for (const t of ENTITY_TYPES) {
    counts[t] = Math.max(minEach, Math.floor(exact.get(t) ?? 0));
    assigned += counts[t];
  }
  const byRemainder = [...ENTITY_TYPES]
    .filter((t) => !(t === 'country' && capped))
    .sort((a, b) => ((exact.get(b) ?? 0) % 1) - ((exact.get(a) ?? 0) % 1));
  for (let i = 0; assigned < total; i++, assigned++) counts[byRemainder[i % byRemainder.length] as EntityType]++;
  for (let i = 0; assigned > total; i++) {
    const t = byRemainder[byRemainder.length - 1 - (i % byRemainder.length)] as EntityType;
    if (counts[t] > minEach) counts[t]--, assigned--;
  }
  return counts;
}

export interface World {
  entities: GeneratedEntity[];
  /** Indices into `entities` by type, most-mentioned first. */
  byType: Record<EntityType, number[]>;
  counts: Record<EntityType, number>;
}

export function createWorld(total: number, seed: number): World {
  const rng = createRng(seed);
  const counts = typeCounts(total);
  const factory = new EntityFactory(rng, counts.country);
  const entities: GeneratedEntity[] = [];
  const byType = Object.fromEntries(ENTITY_TYPES.map((t) => [t, [] as number[]])) as Record<EntityType, number[]>;
  // Countries first: every other entity may point at one.
  const order: EntityType[] = ['country', ...ENTITY_TYPES.filter((t) => t !== 'country')];
  for (const type of order) {
    for (let i = 0; i < counts[type]; i++) {
      byType[type].push(entities.length);
      entities.push(factory.make(type, i));
    }
  }
  return { entities, byType, counts };
}

// --- statements --------------------------------------------------------------------------------------------

interface TypeChoice {
  types: EntityType[];
  weights: Float64Array;
}

function typeChoice(allowed: readonly EntityType[], world: World): TypeChoice {
  const types = allowed.filter((t) => world.byType[t].length > 0);
  return { types, weights: cumulative(types.map((t) => world.byType[t].length)) };
}

/** Draws subject–predicate–object statements that fit the vocabulary, each relation once. */
export class StatementSampler {
  private readonly predicates: Predicate[];
  private readonly predicateWeights: Float64Array;
  private readonly subjects = new Map<Predicate, TypeChoice>();
  private readonly objects = new Map<Predicate, TypeChoice>();
  private readonly seen = new Set<number>();

  constructor(
    private readonly world: World,
    private readonly rng: Rng,
  ) {
    for (const p of PREDICATES) {
      this.subjects.set(p, typeChoice(VOCABULARY[p].subject, world));
      this.objects.set(p, typeChoice(VOCABULARY[p].object, world));
    }
    this.predicates = PREDICATES.filter((p) => (this.subjects.get(p)?.types.length ?? 0) > 0 && (this.objects.get(p)?.types.length ?? 0) > 0);
    this.predicateWeights = cumulative(this.predicates.map((p) => SEED_PREDICATE_COUNTS[p] || ABSENT_PREDICATE_WEIGHT));
  }

  private entityOf(choice: TypeChoice, uniform: boolean): number {
    const type = choice.types[this.rng.weighted(choice.weights)] as EntityType;
    const pool = this.world.byType[type];
    return pool[uniform ? this.rng.int(pool.length) : this.rng.skewed(pool.length)] as number;
  }

  private key(s: number, p: Predicate, o: number): number {
    const [a, b] = VOCABULARY[p].symmetric && o < s ? [o, s] : [s, o];
    return (a * this.world.entities.length + b) * 32 + PREDICATES.indexOf(p);
  }

  /** A new relation, or null when 200 draws found none (a world too small for the triples asked). */
  next(date: string): Statement | null {
    const r = this.rng;
    for (let attempt = 0; attempt < 200; attempt++) {
      const predicate = this.predicates[r.weighted(this.predicateWeights)] as Predicate;
      const uniform = attempt > 20;
      const s = this.entityOf(this.subjects.get(predicate) as TypeChoice, uniform);
      const o = this.entityOf(this.objects.get(predicate) as TypeChoice, uniform);
      if (s === o) continue;
      const key = this.key(s, predicate, o);
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      const places = this.world.byType.place;
      const actors = this.world.byType.country;
      const place = predicate !== 'held_in' && predicate !== 'located_in' && places.length > 0 && r.chance(SEED_PLACE_SHARE)
        ? places[r.skewed(places.length)] ?? null
        : null;
      const counterpart = predicate === 'signed' && actors.length > 0 && r.chance(SEED_SIGNED_COUNTERPART_SHARE)
        ? actors[r.skewed(actors.length, 2)] ?? null
        : null;
      return {
        predicate,
        subject: this.world.entities[s] as GeneratedEntity,
        object: this.world.entities[o] as GeneratedEntity,
        place: place === null ? null : (this.world.entities[place] ?? null),
        counterpart: counterpart === null || counterpart === s || counterpart === o ? null : (this.world.entities[counterpart] ?? null),
        date,
      };
    }
    return null;
  }
}

// --- articles ----------------------------------------------------------------------------------------------

const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2015, 0, 1);
const LAST_DAY = Date.UTC(2026, 1, 5);

/** Article k of n is dated so that the news runs from 2015 to the seed's day. */
export function articleDate(k: number, n: number): string {
  const t = FIRST_DAY + Math.floor(((LAST_DAY - FIRST_DAY) / DAY) * (n > 1 ? k / (n - 1) : 1)) * DAY;
  return new Date(t).toISOString().slice(0, 10);
}

export const articleId = (k: number): string => `news-${String(k).padStart(6, '0')}`;

function pickLang(r: Rng, shares: Readonly<Record<TextLang, number>>): TextLang {
  const x = r.next() * (shares.kk + shares.ru + shares.en);
  return x < shares.kk ? 'kk' : x < shares.kk + shares.ru ? 'ru' : 'en';
}

/** An article's text in one of the two accepted forms: the seed's first line, or url/lang/date headers. */
export function articleText(id: string, date: string, lang: TextLang, sentences: readonly string[], r: Rng): string {
  const filler = lang === 'kk' ? KK_FILLER : lang === 'ru' ? RU_FILLER : EN_FILLER;
  const body: string[] = [];
  sentences.forEach((s, i) => {
    body.push(s);
    if (i % 4 === 3) body.push(r.pick(filler));
  });
  const title = (sentences[0] ?? id).replace(/[.!?]+$/, '');
  if (lang === 'kk') return ` date ${date} ${title}\n${body.join('\n')}\n`;
  return `url: https://news.example.org/${lang}/${id}\nlang: ${lang}\ndate: ${date}\n\n${title}\n${body.join('\n')}\n`;
}

/**
 * Kazakh news-like articles over a world's entities, for the extraction benchmark: about `bytes` of UTF-8
 * text in articles of ~TRIPLES_PER_ARTICLE sentences.
 */
export function kazakhArticles(world: World, bytes: number, seed: number): { name: string; text: string }[] {
  const r = createRng(seed);
  const sampler = new StatementSampler(world, r);
  const out: { name: string; text: string }[] = [];
  let total = 0;
  for (let k = 0; total < bytes; k++) {
    const date = articleDate(k % 1000, 1000);
    const sentences: string[] = [];
    for (let i = 0; i < TRIPLES_PER_ARTICLE; i++) {
      const s = sampler.next(date);
      if (s) sentences.push(evidenceSentence(s, 'kk', r));
    }
    const id = `kk-${String(k).padStart(5, '0')}`;
    const text = articleText(id, date, 'kk', sentences, r);
    total += Buffer.byteLength(text);
    out.push({ name: `${id}.txt`, text });
  }
  return out;
}

// --- CSV writing -------------------------------------------------------------------------------------------

export function csvCell(v: string): string {
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

const csvRow = (cells: readonly string[]): string => cells.map(csvCell).join(',');

export const ENTITY_HEADER = ['id', 'type', 'label_en', 'label_kk', 'label_ru', 'aliases', 'country', 'wikidata'];
export const TRIPLE_HEADER = ['subject', 'predicate', 'object', 'date', 'source', 'evidence', 'place', 'counterpart'];

export function entityRow(e: EntityRecord): string {
  return csvRow([e.id, e.type, e.label_en, e.label_kk, e.label_ru, e.aliases.join('|'), e.country, e.wikidata]);
}

/** Buffers lines and writes them in large blocks: a 1M-row file is written without holding it whole. */
class LineWriter {
  private readonly fd: number;
  private buffer: string[] = [];
  private size = 0;
  bytes = 0;

  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }

  line(s: string): void {
    this.buffer.push(s);
    this.size += s.length;
    if (this.size > 1 << 20) this.flush();
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    const chunk = Buffer.from(`${this.buffer.join('\n')}\n`, 'utf8');
    writeSync(this.fd, chunk);
    this.bytes += chunk.length;
    this.buffer = [];
    this.size = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

/** Writes a graph-data folder into `dir` (created; an existing one is replaced). */
export function generateGraphData(dir: string, partial: Partial<GenerateOptions> = {}): Manifest {
  const options: GenerateOptions = { ...DEFAULT_OPTIONS, ...partial };
  if (!(options.entities >= 2) || !(options.triples >= 0)) throw new Error('generate: need at least 2 entities and 0 or more triples');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'articles'), { recursive: true });

  const world = createWorld(options.entities, options.seed);
  const entitiesOut = new LineWriter(join(dir, 'entities.csv'));
  entitiesOut.line(ENTITY_HEADER.join(','));
  for (const e of world.entities) entitiesOut.line(entityRow(e.record));
  entitiesOut.close();

  const rng = createRng(options.seed ^ 0x5bd1e995);
  const sampler = new StatementSampler(world, rng);
  const articleCount = Math.max(1, Math.ceil(options.triples / TRIPLES_PER_ARTICLE));
  const fileCount = Math.min(articleCount, options.maxArticleFiles);
  const stride = Math.max(1, Math.floor(articleCount / Math.max(1, fileCount)));
  const predicateCounts = Object.fromEntries(PREDICATES.map((p) => [p, 0])) as Record<Predicate, number>;

  const triplesOut = new LineWriter(join(dir, 'triples.csv'));
  triplesOut.line(TRIPLE_HEADER.join(','));
  let written = 0;
  let filesWritten = 0;
  for (let k = 0; k < articleCount && written < options.triples; k++) {
    const id = articleId(k);
    const date = articleDate(k, articleCount);
    const lang = pickLang(rng, options.languages);
    const withFile = k % stride === 0 && filesWritten < fileCount;
    const sentences: string[] = [];
    for (let i = 0; i < TRIPLES_PER_ARTICLE && written < options.triples; i++) {
      const s = sampler.next(date);
      if (!s) break;
      const evidence = evidenceSentence(s, lang, rng);
      if (withFile) sentences.push(evidence);
      const dated = rng.chance(SEED_DATED_SHARE) ? date : '';
      triplesOut.line(csvRow([
        s.subject.record.id, s.predicate, s.object.record.id, dated, id, evidence,
        s.place?.record.id ?? '', s.counterpart?.record.id ?? '',
      ]));
      predicateCounts[s.predicate]++;
      written++;
    }
    if (withFile && sentences.length > 0) {
      writeFileSync(join(dir, 'articles', `${id}.txt`), articleText(id, date, lang, sentences, rng));
      filesWritten++;
    }
  }
  triplesOut.close();

  const manifest: Manifest = {
    generator: GENERATOR_VERSION,
    options,
    entities: world.entities.length,
    triples: written,
    articles: articleCount,
    articleFiles: filesWritten,
    bytes: { entities: entitiesOut.bytes, triples: triplesOut.bytes },
    typeCounts: world.counts,
    predicateCounts,
  };
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

export function readManifest(dir: string): Manifest | null {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  } catch {
    return null;
  }
}

/** The folder for these options under os.tmpdir()/kg-bench/<name>, generated unless already there. */
export function ensureGraphData(name: string, partial: Partial<GenerateOptions>): { dir: string; manifest: Manifest; reused: boolean } {
  const dir = benchDataDir(name);
  const options: GenerateOptions = { ...DEFAULT_OPTIONS, ...partial };
  const existing = readManifest(dir);
  const complete = existing !== null && existsSync(join(dir, 'triples.csv')) && statSync(join(dir, 'triples.csv')).size === existing.bytes.triples;
  if (existing && complete && existing.generator === GENERATOR_VERSION && JSON.stringify(existing.options) === JSON.stringify(options)) {
    return { dir, manifest: existing, reused: true };
  }
  return { dir, manifest: generateGraphData(dir, options), reused: false };
}

// --- command line ------------------------------------------------------------------------------------------

function main(argv: string[]): void {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const named = argv.find((a) => !a.startsWith('--') && isSizeName(a));
  const entities = Number(value('--entities') ?? (named && isSizeName(named) ? SIZES[named].entities : DEFAULT_OPTIONS.entities));
  const triples = Number(value('--triples') ?? (named && isSizeName(named) ? SIZES[named].triples : DEFAULT_OPTIONS.triples));
  const seed = Number(value('--seed') ?? DEFAULT_OPTIONS.seed);
  const out = value('--out');
  const t0 = performance.now();
  const result = out
    ? { dir: out, manifest: generateGraphData(out, { entities, triples, seed }), reused: false }
    : ensureGraphData(named ?? `custom-${entities}-${triples}-${seed}`, { entities, triples, seed });
  const { manifest } = result;
  console.log(
    `${result.reused ? 'Reused' : 'Wrote'} ${result.dir}: ${manifest.entities} entities, ${manifest.triples} triples ` +
      `(${(manifest.bytes.triples / 2 ** 20).toFixed(1)} MiB), ${manifest.articleFiles} of ${manifest.articles} articles as files ` +
      `in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
