// The entities extraction resolves names against: every label and alias, tokenised like the text and
// indexed by the keys of its first word, so a lookup per token is one Map access.
import type { EntityRecord } from '../core/types';
import { analyzeKazakh } from './kazakh-morphology';
import { englishStems, russianStems } from './russian-morphology';
import { looseKey, tokenize } from './tokens';
import type { Word } from './words';

export interface CatalogueName {
  entity: EntityRecord;
  /** The name as written in the catalogue. */
  name: string;
  /** Per word, the keys a text word may have to match it. */
  words: readonly (readonly string[])[];
  /** Short all-capitals names (US, ҚР, РК) match only words written in capitals. */
  acronym: boolean;
  /** A one-word proper name (Катар, Иран) matches only a capitalised word: «қатар» is not Qatar. */
  proper: boolean;
  /** Lower sorts first among names of equal length: labels before aliases, later sources first. */
  rank: number;
  /** Keys of every word of every name of the entity: which reading of an inflected word is its stem. */
  entityKeys: ReadonlySet<string>;
  /** Scratch for the matcher (src/extract/mentions.ts): the lookup that last tried this name. */
  tried: number;
}

export interface Catalogue {
  byId: ReadonlyMap<string, EntityRecord>;
  /** Key of a one-word name → names. */
  index: ReadonlyMap<string, readonly CatalogueName[]>;
  /** Keys of the first and second word of a longer name → names, longest first. */
  pairs: ReadonlyMap<string, ReadonlyMap<string, readonly CatalogueName[]>>;
}

const CYRILLIC = /[\u0400-\u04ff]/;
const PROPER_TYPES: ReadonlySet<string> = new Set(['person', 'country', 'organization', 'place']);

const wordKeysCache = new Map<string, readonly string[]>();

/** Keys of one catalogue word: the word, and its stems without possessive/plural, Russian or English endings. */
export function nameWordKeys(norm: string): readonly string[] {
  // articles add new names as they read: their words recur, so each word's keys are worked out once
  let keys = wordKeysCache.get(norm);
  if (!keys) {
    if (wordKeysCache.size > 50_000) wordKeysCache.clear();
    wordKeysCache.set(norm, (keys = computeWordKeys(norm)));
  }
  return keys;
}

function computeWordKeys(norm: string): string[] {
  const keys = new Set<string>([looseKey(norm)]);
  if (CYRILLIC.test(norm)) {
    for (const r of analyzeKazakh(norm)) if (r.case === 'nom') keys.add(looseKey(r.stem));
    for (const s of russianStems(norm)) keys.add(looseKey(s));
  } else {
    for (const s of englishStems(norm)) keys.add(looseKey(s));
  }
  keys.delete('');
  return [...keys];
}

function namesOf(e: EntityRecord): { name: string; label: boolean }[] {
  const labels = [e.label_kk, e.label_ru, e.label_en].filter(Boolean).map((name) => ({ name, label: true }));
  return [...labels, ...e.aliases.filter(Boolean).map((name) => ({ name, label: false }))];
}

function compileName(entity: EntityRecord, name: string, rank: number, entityKeys: Set<string>): CatalogueName | null {
  const tokens = tokenize(name.normalize('NFC')).filter((t) => t.word);
  if (tokens.length === 0) return null;
  const letters = tokens.map((t) => t.text).join('');
  if (tokens.length === 1 && letters.length < 2) return null;
  const acronym = tokens.length <= 2 && tokens.every((t) => t.acronym || /^\d+$/.test(t.text)) && letters.length <= 6;
  const words = tokens.map((t) => nameWordKeys(t.norm));
  for (const w of words) for (const k of w) entityKeys.add(k);
  const proper = tokens.length === 1 && tokens[0]!.cap && PROPER_TYPES.has(entity.type);
  return { entity, name, words, acronym, proper, rank, entityKeys, tried: 0 };
}

type Index = Map<string, CatalogueName[]>;
type PairIndex = Map<string, Index>;

/**
 * A one-word name under its word's keys; a longer one under its first two words' keys, so a common first
 * word (Қазақстан, Министерство) does not bring every name that starts with it to every lookup.
 */
function insert(index: Index, pairs: PairIndex, n: CatalogueName, touched?: Set<CatalogueName[]>): void {
  const push = (m: Index, key: string) => {
    let list = m.get(key);
    if (list) list.push(n);
    else m.set(key, (list = [n]));
    touched?.add(list);
  };
  if (n.words.length === 1) {
    for (const a of n.words[0]!) push(index, a);
    return;
  }
  for (const a of n.words[0]!) {
    let second = pairs.get(a);
    if (!second) pairs.set(a, (second = new Map()));
    for (const b of n.words[1]!) push(second, b);
  }
}

function sortAll(index: Index, pairs: PairIndex): void {
  for (const list of index.values()) list.sort(byLength);
  for (const m of pairs.values()) {
    for (const list of m.values()) {
      list.sort(byLength);
      if (list.length >= LONG_LIST) LAST_WORDS.set(list, indexLastWords(list));
    }
  }
}

/**
 * A longer list of names sharing their first two words («2025 жылғы … саммиті», «Қырғызстанның Экология және
 * …») by length and the keys of their last word: a name can only match where its last word does, so the
 * matcher reads just those names. `lengths` longest first; `byLast[n]` for names of `lengths[n]` words holds
 * their positions in the list, in list order.
 */
export interface LastWordIndex {
  lengths: readonly number[];
  byLast: readonly ReadonlyMap<string, readonly number[]>[];
}

const LONG_LIST = 4;
// Only the shared catalogue's lists, which do not change once built (an article's own lists do).
const LAST_WORDS = new WeakMap<readonly CatalogueName[], LastWordIndex>();

function indexLastWords(list: readonly CatalogueName[]): LastWordIndex {
  const lengths: number[] = [];
  const byLast: Map<string, number[]>[] = [];
  list.forEach((n, pos) => {
    const length = n.words.length;
    // the list is sorted longest first
    if (lengths[lengths.length - 1] !== length) {
      lengths.push(length);
      byLast.push(new Map());
    }
    const m = byLast[byLast.length - 1]!;
    for (const k of n.words[length - 1]!) {
      const at = m.get(k);
      if (at) at.push(pos);
      else m.set(k, [pos]);
    }
  });
  return { lengths, byLast };
}

/** The last-word index of a longer list of the shared catalogue, if it has one. */
export const lastWordIndex = (list: readonly CatalogueName[]): LastWordIndex | undefined =>
  list.length >= LONG_LIST ? LAST_WORDS.get(list) : undefined;

const byLength = (a: CatalogueName, b: CatalogueName): number => b.words.length - a.words.length || a.rank - b.rank;

/**
 * Index entities; a later record with the same id replaces an earlier one, so pass the bundled
 * catalogue first and graph-data after it. Later records also win ties between equal names.
 */
export function buildCatalogue(entities: readonly EntityRecord[]): Catalogue {
  const byId = new Map<string, EntityRecord>();
  const order = new Map<string, number>();
  entities.forEach((e, i) => {
    byId.set(e.id, e);
    order.set(e.id, i);
  });
  const index: Index = new Map();
  const pairs: PairIndex = new Map();
  const total = entities.length + 1;
  for (const e of byId.values()) {
    const sourceRank = total - (order.get(e.id) ?? 0);
    const keys = new Set<string>();
    for (const { name, label } of namesOf(e)) {
      const n = compileName(e, name, sourceRank * 2 + (label ? 0 : 1), keys);
      if (n) insert(index, pairs, n);
    }
  }
  sortAll(index, pairs);
  return { byId, index, pairs };
}

/**
 * What the shared catalogue holds for a word, by the word's keys: worked out once per catalogue and word
 * (the keys array of a word form is shared by all its tokens), not once per token.
 */
export interface WordEntry {
  /**
   * The one-word names under any of the keys, each once, that a word may match by how it is written:
   * index (cap ? 1 : 0) + (acronym or number ? 2 : 0).
   */
  one: readonly (readonly CatalogueName[])[];
  /** Names of two words or more under the keys, by the keys of their second word. */
  pairs: readonly ReadonlyMap<string, readonly CatalogueName[]>[];
  /** What `pairs` holds for a second word with these keys (a word form's `keys`): worked out once per pair of forms. */
  after: WeakMap<readonly string[], PairNames> | null;
}

/** The shared catalogue's names of two words or more that start with a given pair of word forms. */
export interface PairNames {
  /** The lists of the pairs (in the order of the first word's keys, then the second's), as the index keeps them. */
  lists: readonly (readonly CatalogueName[])[];
  /** The names of just two words, each once. */
  two: readonly CatalogueName[];
  /**
   * Longer names, each once per key of its third word, by that key: longest first, a long list indexed by
   * its last words (lastWordIndex). A name can only match where its third word does. Null when `lists`
   * hold few names (`two` is then empty): they are read as they are.
   */
  byThird: ReadonlyMap<string, readonly CatalogueName[]> | null;
}

const NO_NAMES: readonly CatalogueName[] = [];
export const EMPTY_ENTRY: WordEntry = { one: [NO_NAMES, NO_NAMES, NO_NAMES, NO_NAMES], pairs: [], after: null };
const WORD_ENTRIES = new WeakMap<Catalogue, WeakMap<readonly string[], WordEntry>>();

function wordEntry(base: Catalogue, keys: readonly string[]): WordEntry {
  const pairs: ReadonlyMap<string, readonly CatalogueName[]>[] = [];
  const lists: (readonly CatalogueName[])[] = [];
  for (const k of keys) {
    const p = base.pairs.get(k);
    if (p) pairs.push(p);
    const one = base.index.get(k);
    if (one) lists.push(one);
  }
  // a name under several of the keys once (a surname many people share makes long lists: no quadratic test)
  const all: CatalogueName[] = lists.length === 1 ? [...lists[0]!] : [...new Set(lists.flat())];
  if (pairs.length === 0 && all.length === 0) return EMPTY_ENTRY;
  const one = [0, 1, 2, 3].map((v) => {
    const list = all.filter((n) => (!n.proper || (v & 1) !== 0) && (!n.acronym || (v & 2) !== 0));
    return list.length ? list : NO_NAMES;
  });
  return { one, pairs, after: null };
}

export const NO_PAIR_NAMES: PairNames = { lists: [], two: NO_NAMES, byThird: null };
// Fewer names than this for a pair of word forms are read as they are, not indexed by their third word.
const PAIR_INDEX_MIN = 8;

/** The shared catalogue's longer names whose first word has `entry` and second word `second` keys. */
export function pairNames(entry: WordEntry, second: readonly string[]): PairNames {
  if (entry.pairs.length === 0 || second.length === 0) return NO_PAIR_NAMES;
  let after = entry.after;
  if (!after) entry.after = after = new WeakMap();
  let found = after.get(second);
  if (!found) after.set(second, (found = collectPairNames(entry, second)));
  return found;
}

function collectPairNames(entry: WordEntry, second: readonly string[]): PairNames {
  const lists: (readonly CatalogueName[])[] = [];
  let total = 0;
  for (const pairs of entry.pairs) {
    for (const k of second) {
      const list = pairs.get(k);
      if (list) (lists.push(list), (total += list.length));
    }
  }
  if (lists.length === 0) return NO_PAIR_NAMES;
  if (total < PAIR_INDEX_MIN) return { lists, two: NO_NAMES, byThird: null };
  const seen = new Set<CatalogueName>();
  const two: CatalogueName[] = [];
  const byThird = new Map<string, CatalogueName[]>();
  for (const list of lists) {
    for (const n of list) {
      if (seen.has(n)) continue;
      seen.add(n);
      if (n.words.length === 2) {
        two.push(n);
        continue;
      }
      for (const k of n.words[2]!) {
        const at = byThird.get(k);
        if (at) at.push(n);
        else byThird.set(k, [n]);
      }
    }
  }
  for (const list of byThird.values()) {
    list.sort(byLength);
    if (list.length >= LONG_LIST) LAST_WORDS.set(list, indexLastWords(list));
  }
  return { lists, two: two.length ? two : NO_NAMES, byThird };
}

/** A catalogue an article adds its newly found entities to, over a shared base that stays unchanged. */
export class ArticleCatalogue {
  private readonly local: Index = new Map();
  private readonly localPairs: PairIndex = new Map();
  private readonly ids = new Map<string, EntityRecord>();
  private readonly entries: WeakMap<readonly string[], WordEntry>;

  constructor(readonly base: Catalogue) {
    let entries = WORD_ENTRIES.get(base);
    if (!entries) WORD_ENTRIES.set(base, (entries = new WeakMap()));
    this.entries = entries;
  }

  /** The shared catalogue's names for a word with these keys (a word's `keys`, shared by its tokens). */
  entry(keys: readonly string[]): WordEntry {
    let e = this.entries.get(keys);
    if (!e) this.entries.set(keys, (e = wordEntry(this.base, keys)));
    return e;
  }

  /** What the shared catalogue holds for a word: kept on its form (one property read, not a WeakMap lookup). */
  wordEntry(w: Word): WordEntry {
    const form = w.form;
    if (!form || form.keys !== w.keys) return this.entry(w.keys);
    if (form.entryBase === this.base) return form.entry!;
    const e = this.entry(form.keys);
    form.entry = e;
    form.entryBase = this.base;
    return e;
  }

  /** Whether the article has added names of its own yet. */
  get hasOwn(): boolean {
    return this.local.size > 0 || this.localPairs.size > 0;
  }

  /**
   * The article's own names that may start with a word of keys `first` followed by one with a key in
   * `second`: one-word lists into `one`, longer ones into `longer`.
   */
  ownCandidates(first: readonly string[], second: readonly string[], one: (readonly CatalogueName[])[], longer: (readonly CatalogueName[])[]): void {
    for (const k of first) {
      const own = this.local.get(k);
      if (own) one.push(own);
      const ownPairs = second.length ? this.localPairs.get(k) : undefined;
      if (ownPairs) {
        for (const s of second) {
          const a = ownPairs.get(s);
          if (a) longer.push(a);
        }
      }
    }
  }

  /** One-word names with this key. */
  lookup(key: string): readonly CatalogueName[] {
    const own = this.local.get(key);
    const shared = this.base.index.get(key);
    if (!own) return shared ?? [];
    return shared ? [...own, ...shared].sort(byLength) : own;
  }

  /**
   * Names that may start with a word of key `first` followed by one with a key in `second`: the one-word
   * names and the longer ones, as the article's and the shared lists (each longest first), unmerged.
   */
  candidates(first: string, second: readonly string[], into: (readonly CatalogueName[])[]): void {
    const own = this.local.get(first);
    const shared = this.base.index.get(first);
    if (own) into.push(own);
    if (shared) into.push(shared);
    if (second.length === 0) return;
    const ownPairs = this.localPairs.get(first);
    const sharedPairs = this.base.pairs.get(first);
    for (const k of second) {
      const a = ownPairs?.get(k);
      const b = sharedPairs?.get(k);
      if (a) into.push(a);
      if (b) into.push(b);
    }
  }

  get(id: string): EntityRecord | undefined {
    return this.ids.get(id) ?? this.base.byId.get(id);
  }

  /** Remember a new entity under the given names (its label, a surname alone, …). */
  add(entity: EntityRecord, names: readonly string[]): EntityRecord {
    const known = this.get(entity.id);
    if (known) return known;
    this.ids.set(entity.id, entity);
    const keys = new Set<string>();
    const touched = new Set<CatalogueName[]>();
    for (const name of names) {
      const n = compileName(entity, name, -1, keys);
      if (n) insert(this.local, this.localPairs, n, touched);
    }
    for (const list of touched) list.sort(byLength);
    return entity;
  }

  /**
   * The catalogue event or document a phrase describes in other words («Меморандум о сотрудничестве в
   * сфере …» for «Меморандум о сотрудничестве в области …»): most of the phrase's words, two at least,
   * are words of one of its names.
   */
  describedBy(type: EntityRecord['type'], phrase: string): EntityRecord | null {
    // news names an event again and again: each phrase is looked up once per shared catalogue
    let memo = DESCRIBED.get(this.base);
    if (!memo) DESCRIBED.set(this.base, (memo = new Map()));
    const key = `${type}\u0000${phrase}`;
    let found = memo.get(key);
    if (found === undefined) {
      if (memo.size >= 20_000) memo.clear();
      memo.set(key, (found = this.findDescribed(type, phrase)));
    }
    return found;
  }

  private findDescribed(type: EntityRecord['type'], phrase: string): EntityRecord | null {
    const words = contentKeys(phrase);
    if (words.length < 2) return null;
    let phrases = PHRASE_INDEX.get(this.base);
    if (!phrases) PHRASE_INDEX.set(this.base, (phrases = indexPhrases(this.base.byId)));
    // hits per name counted as the lists are read; each name carries the count for this call only
    const call = ++phraseCall;
    const found: PhraseName[] = [];
    let common: string[] | null = null;
    for (const w of words) {
      const list = phrases.get(w);
      if (!list) continue;
      // a word in very many names («келісім», «forum») tells them apart from nothing: look names up by the rest
      if (list.length > 500) {
        (common ??= []).push(w);
        continue;
      }
      for (const n of list) {
        if (n.entity.type !== type) continue;
        if (n.call !== call) {
          n.call = call;
          n.hits = 0;
          found.push(n);
        }
        n.hits++;
      }
    }
    let best: EntityRecord | null = null;
    let bestScore = 0;
    const most = common ? common.length : 0;
    for (const n of found) {
      let hits = n.hits;
      // a name that cannot win even with every common word is not looked at further
      const bound = hits + most;
      if (bound < 2 || bound / words.length < 0.6 || bound / words.length <= bestScore) continue;
      if (common) for (const w of common) if (n.keys.has(w)) hits++;
      const score = hits / words.length;
      if (hits >= 2 && score >= 0.6 && score > bestScore) (best = n.entity), (bestScore = score);
    }
    return best;
  }

  /** A new entity first met by part of its name («Тоқаев») and now by all of it: make it the full one. */
  upgrade(entity: EntityRecord, full: EntityRecord, names: readonly string[]): EntityRecord {
    if (!this.ids.has(entity.id) || this.base.byId.has(entity.id)) return entity;
    const existing = this.get(full.id);
    this.ids.delete(entity.id);
    Object.assign(entity, existing ?? full);
    if (!existing) this.add(entity, names);
    return entity;
  }

  /** Found in this article (not in the base catalogue). */
  isNew(entity: EntityRecord): boolean {
    return this.ids.get(entity.id) === entity && !this.base.byId.has(entity.id);
  }

  /** Entities found in this article, not in the base catalogue. */
  newEntities(): EntityRecord[] {
    return [...this.ids.values()];
  }
}

// V8 keeps the hidden class of objects with class fields alive only while such an object lives. Between
// articles (a full collection there) none may, and then every optimised function that knew the class is
// thrown away and compiled anew from slow code: one idle instance keeps the class, and the code, warm.
export const SHAPE_KEEPER = new ArticleCatalogue({ byId: new Map(), index: new Map(), pairs: new Map() });

// What describedBy found for a phrase, per shared catalogue (it does not change).
const DESCRIBED = new WeakMap<Catalogue, Map<string, EntityRecord | null>>();

// Built once per shared catalogue, on first use, not once per article.
const PHRASE_INDEX = new WeakMap<Catalogue, Map<string, PhraseName[]>>();

interface PhraseName {
  entity: EntityRecord;
  keys: ReadonlySet<string>;
  /** Scratch of describedBy: the call that last counted this name, and its hits then. */
  call: number;
  hits: number;
}

let phraseCall = 0;

/** Content word → the names of events and documents that have it: built once, on first use. */
function indexPhrases(byId: ReadonlyMap<string, EntityRecord>): Map<string, PhraseName[]> {
  const out = new Map<string, PhraseName[]>();
  for (const e of byId.values()) {
    if (e.type !== 'event' && e.type !== 'document') continue;
    for (const name of [e.label_kk, e.label_ru, e.label_en, ...e.aliases]) {
      const n: PhraseName = { entity: e, keys: new Set(contentKeys(name)), call: 0, hits: 0 };
      for (const k of n.keys) {
        const list = out.get(k);
        if (list) list.push(n);
        else out.set(k, [n]);
      }
    }
  }
  return out;
}

/** Stems of the words of a phrase that carry meaning (four letters or more), cut to five letters. */
function contentKeys(phrase: string): string[] {
  return tokenize(phrase.normalize('NFC'))
    .filter((t) => t.word && t.norm.length >= 4)
    .map((t) => looseKey(t.norm).slice(0, 5));
}
