// What extraction remembers while reading one article: the triples so far (checked against the
// vocabulary, without duplicates), and the entities last named, for «Ол», «Министр», «Компания».
import type { EntityRecord, EntityType, Predicate, Span, TripleRecord } from '../core/types';
import { isSymmetric, typeMismatch } from '../core/vocabulary';
import { SHAPE_KEEPER, type ArticleCatalogue } from './catalogue';
import type { Sentence } from './sentences';

/** One argument of a triple as found in a sentence. */
export interface Arg {
  entity: EntityRecord;
  /** The words of the sentence that name it. */
  mention: string;
  span: Span;
  /** Resolved through the catalogue (not a new name, not a pronoun). */
  known: boolean;
  /** Found through coreference: a pronoun, a title without a name, the last speaker. */
  coref?: boolean;
}

interface Recent {
  entity: EntityRecord;
  /** Sentence number where it was last named. */
  at: number;
}

const RECENT_LIMIT = 200;

/** What a person said, announced, proposed or discussed: kept once per speaker and kind (summariseStatements). */
const STATEMENTS: ReadonlySet<Predicate> = new Set<Predicate>(['said', 'announced', 'proposed', 'discussed']);

export interface Memory {
  recent: ReadonlyMap<string, { entity: EntityRecord; at: number }>;
  lastPair: [Arg, Arg] | null;
  lastSubject: Arg | null;
  sentenceNo: number;
}

export interface ArticleInfo {
  id: string;
  date: string;
}

export class ArticleState {
  readonly triples: TripleRecord[] = [];
  private readonly byKey = new Map<string, number>();
  /** Insertion-ordered: re-naming an entity moves it to the end. */
  private readonly recent = new Map<string, Recent>();
  /** person id → role entity, from titles the text gives. */
  readonly roles = new Map<string, EntityRecord>();
  /** person id → the country the text says they represent. */
  readonly affiliations = new Map<string, EntityRecord>();
  /** The two sides of the last conversation, for «министрлер», «екі ел басшылары». */
  lastPair: [Arg, Arg] | null = null;
  /** Subject of the last sentence with one, for sentences that leave it out. */
  lastSubject: Arg | null = null;
  sentenceNo = 0;

  constructor(
    readonly article: ArticleInfo,
    readonly catalogue: ArticleCatalogue,
  ) {}

  /** Forget who was named: the second reading of an article starts afresh. */
  resetRecent(): void {
    this.restore({ recent: new Map(), lastPair: null, lastSubject: null, sentenceNo: 0 });
  }

  /** What coreference knows now, to read a passage twice from the same starting point. */
  snapshot(): Memory {
    return { recent: new Map(this.recent), lastPair: this.lastPair, lastSubject: this.lastSubject, sentenceNo: this.sentenceNo };
  }

  restore(m: Memory): void {
    this.recent.clear();
    for (const [k, v] of m.recent) this.recent.set(k, v);
    this.lastPair = m.lastPair;
    this.lastSubject = m.lastSubject;
    this.sentenceNo = m.sentenceNo;
  }

  remember(entity: EntityRecord): void {
    this.recent.delete(entity.id);
    this.recent.set(entity.id, { entity, at: this.sentenceNo });
    // coreference looks back a few paragraphs, not through a whole book
    if (this.recent.size > RECENT_LIMIT) this.recent.delete(this.recent.keys().next().value!);
  }

  /** The last entity named that passes `test`, not counting `except`. */
  last(test: (e: EntityRecord) => boolean, except: readonly string[] = []): EntityRecord | null {
    // the Map keeps naming order; the last match wins (no copy of the list per question)
    let found: EntityRecord | null = null;
    // forEach: no iterator result per entry
    this.recent.forEach((r) => {
      if (test(r.entity) && !except.includes(r.entity.id)) found = r.entity;
    });
    return found;
  }

  lastOfType(type: EntityType, except: readonly string[] = []): EntityRecord | null {
    return this.last((e) => e.type === type, except);
  }

  /** Everyone of a type named in the article so far, in order. */
  allOfType(type: EntityType): EntityRecord[] {
    return [...this.recent.values()].filter((r) => r.entity.type === type).map((r) => r.entity);
  }

  /** The person the text gave this role, the most recent first. */
  holderOf(role: EntityRecord, except: readonly string[] = []): EntityRecord | null {
    return this.last((e) => e.type === 'person' && this.roles.get(e.id)?.id === role.id, except);
  }

  /** Add a triple unless the vocabulary forbids its types, it loops, or it is already there. */
  emit(subject: Arg, predicate: Predicate, object: Arg, sentence: Sentence, confidence: number): boolean {
    if (subject.entity.id === object.entity.id) return false;
    if (typeMismatch(predicate, subject.entity.type, object.entity.type)) return false;
    const key = `${subject.entity.id}|${predicate}|${object.entity.id}`;
    const existing = this.byKey.get(key) ?? (isSymmetric(predicate) ? this.byKey.get(`${object.entity.id}|${predicate}|${subject.entity.id}`) : undefined);
    let c = confidence + (subject.known ? 0.05 : 0) + (object.known ? 0.05 : 0) - (subject.coref || object.coref ? 0.1 : 0);
    c = Math.round(Math.min(0.95, Math.max(0.1, c)) * 100) / 100;
    if (existing !== undefined) {
      const t = this.triples[existing]!;
      if (t.confidence < c) t.confidence = c;
      return false;
    }
    const triple: TripleRecord = {
      subject: subject.entity.id,
      predicate,
      object: object.entity.id,
      date: this.article.date,
      place: '',
      counterpart: '',
      provenance: 'extracted',
      source: this.article.id,
      evidence: sentence.text,
      confidence: c,
      subjectMention: subject.mention,
      objectMention: object.mention,
      subjectSpan: subject.span,
      objectSpan: object.span,
    };
    this.byKey.set(key, this.triples.length);
    this.triples.push(triple);
    this.remember(subject.entity);
    this.remember(object.entity);
    return true;
  }

  /**
   * One statement per speaker and kind: what a person said, announced, proposed or discussed in an article
   * is kept once, with the topic found with the most confidence (the first on a tie). Named objects (a
   * document, an event from the catalogue) are kept as they are.
   */
  summariseStatements(): void {
    const best = new Map<string, TripleRecord>();
    const topics: TripleRecord[] = [];
    for (const t of this.triples) {
      if (!STATEMENTS.has(t.predicate) || this.catalogue.get(t.object)?.type !== 'topic') continue;
      topics.push(t);
      const key = `${t.subject}|${t.predicate}`;
      const b = best.get(key);
      if (!b || t.confidence > b.confidence) best.set(key, t);
    }
    // nothing to drop unless a speaker has two topics of one kind
    if (best.size === topics.length) return;
    const winners = new Set(best.values());
    const drop = new Set(topics.filter((t) => !winners.has(t)));
    const keep = this.triples.filter((t) => !drop.has(t));
    this.triples.length = 0;
    for (const t of keep) this.triples.push(t);
  }

  /** Entities the triples name, looked up in the article's catalogue. */
  usedEntities(): EntityRecord[] {
    const ids = new Set<string>();
    for (const t of this.triples) ids.add(t.subject).add(t.object);
    return [...ids].map((id) => this.catalogue.get(id)).filter((e): e is EntityRecord => !!e);
  }
}

// An idle instance keeps V8's hidden class of ArticleState alive between articles (see SHAPE_KEEPER in
// catalogue.ts): the optimised code that reads states is not thrown away at each full collection.
export const STATE_SHAPE_KEEPER = new ArticleState({ id: '', date: '' }, SHAPE_KEEPER);
