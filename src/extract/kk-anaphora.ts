// Words that point back to someone or something the text has named: «Ол», «оны», «Министр» with no
// name after it, «Компания», «Іс-шара», «Бұл құжат». Resolved only to what the article itself named.
import type { EntityRecord } from '../core/types';
import type { ArticleState } from './article-state';
import { KK_DOCUMENT_ANAPHORS, KK_EVENT_ANAPHORS, KK_HE, KK_HIM, KK_ORG_ANAPHORS } from './kk-lexicon';
import type { Mention } from './mentions';
import { addMention, nextWord, type Parsed } from './parsed-sentence';
import { caseOfWord } from './kk-phrases';
import type { Word } from './words';

// Every anaphor starts so: one test rules out most words.
const ANAPHOR_WORD = /^(?:ол|он|әріптес|компан|корпорац|қор|министрлі|ведомств|агентті|банк|холдинг|кәсіпор|ұйым|шара|кездесу|конференц|форум|саммит|отырыс|жиын|сессия|сұхбат|келіссөз|құжат|меморандум|келісім|шарт)/;
/** ANAPHOR_WORD of a word, once per word form (its `norm`). */
function anaphorWord(w: Word): boolean {
  const form = w.form;
  if (!form) return ANAPHOR_WORD.test(w.norm);
  return (form.anaphor ??= ANAPHOR_WORD.test(w.norm));
}
const EVENT_FRAMES = new Set(['барысында', 'аясында', 'кезінде', 'қорытындысы', 'қорытындысында', 'соңында', 'басында']);
const ROLE_HEAD_OF_STATE = new Set(['president', 'president-of-kazakhstan', 'king', 'emir', 'sultan', 'head-of-state']);

function anaphor(p: Parsed, i: number, entity: EntityRecord): Mention {
  const w = p.words[i]!;
  const r = w.readings.find((x) => x.case !== 'nom');
  const pronoun = KK_HIM.get(w.norm);
  return { entity, alternatives: [], first: i, last: i, case: pronoun ?? r?.case ?? 'nom', poss: r?.poss ?? false, source: 'anaphor' };
}

interface LowerNames {
  label: string;
  aliases: readonly string[];
  lower: readonly string[];
}

// An entity's Kazakh label and aliases in lower case, kept while they stay the same (an article's new entity
// may be completed later, and then they change).
const lowerNamesOf = new WeakMap<EntityRecord, LowerNames>();

function lowerNames(e: EntityRecord): readonly string[] {
  const kept = lowerNamesOf.get(e);
  if (kept && kept.label === e.label_kk && kept.aliases === e.aliases) return kept.lower;
  const lower = [e.label_kk, ...e.aliases].map((n) => n.toLowerCase());
  lowerNamesOf.set(e, { label: e.label_kk, aliases: e.aliases, lower });
  return lower;
}

/** The organisation «Компания», «Қор», «Министрлік» stands for: the last one with that head, else the last. */
export function lastOrgLike(norm: string, state: ArticleState): EntityRecord | null {
  const head = norm.slice(0, Math.min(4, norm.length));
  const named = (e: EntityRecord) => lowerNames(e).some((n) => n.includes(head));
  return state.last((e) => e.type === 'organization' && named(e)) ?? state.lastOfType('organization');
}

/** The person a title without a name stands for: whoever the text gave it, else the last untitled person. */
export function titleHolder(role: EntityRecord, state: ArticleState, holders: ReadonlyMap<string, EntityRecord>): EntityRecord | null {
  const named = state.holderOf(role) ?? holders.get(role.id) ?? null;
  if (named) return named;
  if (!ROLE_HEAD_OF_STATE.has(role.id)) return null;
  // «Мемлекет басшысы», «Президент» alone: the last person named with no other kind of title
  return state.last((e) => {
    const own = state.roles.get(e.id);
    return e.type === 'person' && (!own || ROLE_HEAD_OF_STATE.has(own.id));
  });
}

/** Replace title mentions without a name by their holder, and add pronoun, organisation and event anaphors. */
export function resolveKazakhAnaphora(p: Parsed, state: ArticleState, holders: ReadonlyMap<string, EntityRecord>): void {
  // the loop changes mentions, not the list of them
  for (const m of p.mentions) {
    if (m.entity.type !== 'role' || p.modifiers.has(m)) continue;
    if (PLURAL.test(p.words[m.last]!.norm)) {
      resolvePluralTitle(p, m, state);
      continue;
    }
    // «Қазақстан президенті»: only someone the text ties to that country
    const before = p.mentions[p.mentions.indexOf(m) - 1];
    const country = before && before.last === m.first - 1 && before.entity.type === 'country' ? before.entity : null;
    const candidate = titleHolder(m.entity, state, holders);
    const holder = country && candidate && state.affiliations.get(candidate.id)?.id !== country.id ? null : candidate;
    if (holder) {
      m.role = m.entity;
      m.entity = holder;
      m.source = 'anaphor';
    }
  }
  const firstPerson = p.mentions.find((m) => m.entity.type === 'person' && m.case === 'nom');
  // a person named earlier in this sentence comes before anyone in earlier sentences
  const earlierPerson = (i: number, except: readonly string[]): EntityRecord | null => {
    const here = p.mentions.filter((m) => m.last < i && m.entity.type === 'person' && !except.includes(m.entity.id));
    return here[here.length - 1]?.entity ?? state.lastOfType('person', except);
  };
  for (let i = 0; i < p.words.length; i++) {
    const w = p.words[i]!;
    if (!w.word || p.at[i] || !anaphorWord(w)) continue;
    const keys = w.readings.map((r) => r.key);
    let entity: EntityRecord | null = null;
    if (KK_HE.has(w.norm)) {
      const s = state.lastSubject?.entity;
      entity = s?.type === 'person' ? s : state.lastOfType('person');
    } else if (KK_HIM.has(w.norm)) {
      entity = earlierPerson(i, firstPerson && firstPerson.first < i ? [firstPerson.entity.id] : []);
    } else if (/^әріптес(?:і|ін|іне|імен|інің)$/.test(w.norm) && state.lastPair) {
      // «әріптесін»: his counterpart, the other side of the last talk
      const [a, b] = state.lastPair;
      const self = firstPerson?.entity.id ?? state.lastSubject?.entity.id;
      entity = a.entity.id === self ? b.entity : b.entity.id === self ? a.entity : null;
    } else if (keys.some((k) => KK_ORG_ANAPHORS.has(k)) && (w.cap || i === 0 || prevIsThis(p, i))) {
      entity = lastOrgLike(w.norm, state);
    } else if (keys.some((k) => KK_EVENT_ANAPHORS.has(k)) && caseOfWord(w) === 'nom' && (w.cap || (w.hyphenated && p.words[i - 1]?.cap) || prevIsThis(p, i) || EVENT_FRAMES.has(p.words[nextWord(p, i)]?.norm ?? ''))) {
      entity = state.lastOfType('event');
    } else if (keys.some((k) => KK_DOCUMENT_ANAPHORS.has(k)) && (w.cap || prevIsThis(p, i)) && !/туралы|бойынша/.test(p.words[nextWord(p, i)]?.norm ?? '')) {
      entity = state.lastOfType('document');
    }
    if (!entity) continue;
    const m = anaphor(p, i, entity);
    // «Іс-шара»: the compound's first half belongs to the mention
    if (w.hyphenated && i > 0 && p.words[i - 1]!.word && !p.at[i - 1]) m.first = i - 1;
    addMention(p, m);
  }
}

const PLURAL = /(?:лар|лер|дар|дер|тар|тер)(?:ы|і|ының|інің|ын|ін|ына|іне)?$/;

/**
 * A mention that is given a role, a plural or a group here changes hidden class in V8, and V8 keeps such a
 * class only while a mention of it lives: after a full collection between articles the optimised code that
 * reads mentions would be thrown away. Idle mentions given them in the same order keep the classes.
 */
function mentionShapeKeepers(): Mention[] {
  const none: EntityRecord = { id: '', type: 'topic', label_en: '', label_kk: '', label_ru: '', aliases: [], country: '', wikidata: '' };
  const idle = (): Mention => ({ entity: none, alternatives: [], first: 0, last: 0, case: 'nom', poss: false, source: 'anaphor' });
  const titled = idle();
  titled.role = none;
  const plural = idle();
  plural.role = none;
  plural.plural = true;
  const group = idle();
  group.group = [none];
  group.role = none;
  return [titled, plural, group];
}
export const MENTION_SHAPE_KEEPERS: readonly Mention[] = mentionShapeKeepers();

/**
 * A plural title. After coordinated countries («Қазақстан мен Венгрия Сыртқы істер министрлері») it is the
 * people the text gives that title for those countries; alone («министрлер») the two sides of the last talk.
 */
function resolvePluralTitle(p: Parsed, m: Mention, state: ArticleState): void {
  const countries: Mention[] = [];
  for (let k = m.first - 1; k >= 0; k--) {
    const c = p.at[k];
    if (c && c.entity.type === 'country' && c.last === k) {
      countries.unshift(c);
      k = c.first;
      continue;
    }
    if (!c && /^(?:мен|бен|пен|және|,)$/.test(p.words[k]!.norm) && countries.length) continue;
    break;
  }
  if (countries.length >= 2) {
    const people = countries.map((c) => [...state.roles].find(([id, role]) => role.label_en === m.entity.label_en && state.affiliations.get(id)?.id === c.entity.id)?.[0]);
    if (people.every((id) => id !== undefined)) {
      m.group = people.map((id) => state.catalogue.get(id!)!).filter(Boolean);
      m.role = m.entity;
      m.entity = m.group[0]!;
      m.source = 'anaphor';
      for (const c of countries) p.modifiers.add(c);
    }
    return;
  }
  if (countries.length === 0 && state.lastPair) {
    m.role = m.entity;
    m.entity = state.lastPair[0].entity;
    m.plural = true;
    m.source = 'anaphor';
  }
}

/** «Бұл құжат», «Аталмыш келісім», «Осы іс-шара». */
function prevIsThis(p: Parsed, i: number): boolean {
  const prev = p.words[i - 1];
  return !!prev && /^(?:бұл|осы|аталмыш|аталған|мұндай|сол)$/.test(prev.norm);
}
