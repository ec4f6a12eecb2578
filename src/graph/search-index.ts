// Name search over every label and alias of the graph's entities: case-, diacritic- and script-variant
// insensitive, and tolerant of Kazakh and Russian case endings («Рубионың» finds «Рубио»).
import { foldText } from '../core/text-fold';
import type { EntityType } from '../core/types';
import type { KnowledgeGraph } from './kg-graph';

/** How well a query matched a name, best first. */
export type MatchKind = 'exact' | 'prefix' | 'substring';
const KIND_RANK: Readonly<Record<MatchKind, number>> = { exact: 3, prefix: 2, substring: 1 };

export interface SearchHit {
  id: string;
  /** The entity's display label (English first). */
  label: string;
  type: EntityType;
  /** The label or alias the query matched, as written in the data. */
  matched: string;
  kind: MatchKind;
}

export interface SearchOptions {
  /** Most hits returned. */
  limit: number;
  /** Ends a word may carry beyond the name (Kazakh -ның, -ге, -тың; Russian -а, -ым…), in letters. */
  maxSuffix: number;
  /** Shortest stem accepted for an inflected match, so «ми» does not match «министр». */
  minStem: number;
}

const DEFAULTS: SearchOptions = { limit: 10, maxSuffix: 6, minStem: 3 };

interface IndexedName {
  text: string;
  folded: string;
  tokens: string[];
}

interface IndexedEntity {
  id: string;
  label: string;
  type: EntityType;
  /** More connected entities come first among equal matches. */
  weight: number;
  names: IndexedName[];
}

export interface SearchIndex {
  entries: IndexedEntity[];
}

// Kazakh letters that Russian keyboards (and many writers) replace by their nearest Russian letter.
const KAZAKH_TO_RUSSIAN: Readonly<Record<string, string>> = {
  ә: 'а', ө: 'о', ү: 'у', ұ: 'у', қ: 'к', ғ: 'г', ң: 'н', һ: 'х', і: 'и',
};

/** foldText, then Kazakh-only letters to their Russian twins: «Көшербаев» and «Кошербаев» compare equal. */
export function searchFold(text: string): string {
  return foldText(text).replace(/[әөүұқғңһі]/g, (c) => KAZAKH_TO_RUSSIAN[c] ?? c);
}

function indexName(text: string): IndexedName | null {
  const folded = searchFold(text);
  if (!folded) return null;
  return { text, folded, tokens: folded.split(' ') };
}

/** Indexes label_en, label_kk, label_ru, the display label and every alias of every node. */
/** What the index reads of one entity; the degree ranks equally good matches. */
export interface SearchEntity {
  id: string;
  label: string;
  label_en: string;
  label_kk: string;
  label_ru: string;
  aliases: string;
  type: EntityType;
  degree: number;
}

export function buildSearchIndex(graph: KnowledgeGraph): SearchIndex {
  return indexEntities(searchEntitiesOf(graph));
}

/** The part of each node the index reads: small enough to send to a worker. */
export function searchEntitiesOf(graph: KnowledgeGraph): SearchEntity[] {
  const out: SearchEntity[] = [];
  graph.forEachNode((id, a) => {
    out.push({ id, label: a.label, label_en: a.label_en, label_kk: a.label_kk, label_ru: a.label_ru, aliases: a.aliases, type: a.type, degree: graph.degree(id) });
  });
  return out;
}

export function indexEntities(entities: readonly SearchEntity[]): SearchIndex {
  const entries: IndexedEntity[] = [];
  for (const a of entities) {
    const texts = [a.label_en, a.label_kk, a.label_ru, a.label, ...a.aliases.split('|')];
    const seen = new Set<string>();
    const names: IndexedName[] = [];
    for (const t of texts) {
      const name = t ? indexName(t) : null;
      if (name && !seen.has(name.folded)) {
        seen.add(name.folded);
        names.push(name);
      }
    }
    entries.push({ id: a.id, label: a.label || a.id, type: a.type, weight: a.degree, names });
  }
  return { entries };
}

/** How a query token matches a name token, or null. */
function tokenMatch(q: string, n: string, opts: SearchOptions): MatchKind | null {
  if (q === n) return 'exact';
  // Typing ahead: the query is the start of the name.
  if (n.startsWith(q)) return 'prefix';
  // Inflected: the name is the stem of the query word («рубио» in «рубионың»).
  if (q.startsWith(n) && n.length >= opts.minStem && q.length - n.length <= opts.maxSuffix) return 'prefix';
  // A stem that itself changed before the ending is rare in names; a shared long start is enough.
  if (q.length >= 2 && n.includes(q)) return 'substring';
  return null;
}

/** The weakest token match when every query token matches some name token, else null. */
function nameMatch(queryTokens: readonly string[], name: IndexedName, opts: SearchOptions): MatchKind | null {
  let worst: MatchKind = 'exact';
  for (const q of queryTokens) {
    let best: MatchKind | null = null;
    for (const n of name.tokens) {
      const m = tokenMatch(q, n, opts);
      if (m && (!best || KIND_RANK[m] > KIND_RANK[best])) best = m;
      if (best === 'exact') break;
    }
    if (!best) return null;
    if (KIND_RANK[best] < KIND_RANK[worst]) worst = best;
  }
  return worst;
}

/** Entities whose labels or aliases match the query, best matches first. */
export function searchEntities(index: SearchIndex, query: string, options: Partial<SearchOptions> = {}): SearchHit[] {
  const opts = { ...DEFAULTS, ...options };
  const folded = searchFold(query);
  if (!folded) return [];
  const queryTokens = folded.split(' ');
  const scored: { hit: SearchHit; rank: number; whole: boolean; weight: number }[] = [];
  for (const e of index.entries) {
    let best: { kind: MatchKind; name: IndexedName } | null = null;
    for (const name of e.names) {
      const kind = nameMatch(queryTokens, name, opts);
      if (kind && (!best || KIND_RANK[kind] > KIND_RANK[best.kind])) best = { kind, name };
    }
    if (!best) continue;
    scored.push({
      hit: { id: e.id, label: e.label, type: e.type, matched: best.name.text, kind: best.kind },
      rank: KIND_RANK[best.kind],
      whole: best.name.folded === folded,
      weight: e.weight,
    });
  }
  scored.sort(
    (a, b) =>
      b.rank - a.rank ||
      Number(b.whole) - Number(a.whole) ||
      b.weight - a.weight ||
      a.hit.label.localeCompare(b.hit.label),
  );
  return scored.slice(0, opts.limit).map((s) => s.hit);
}
