// «[АҚШ] [Мемлекеттік хатшысы] [Марко Рубио]»: title constructions in Kazakh. The person holds the
// title; the country or organisation before it is whom they represent (or lead, for a chairman).
import type { EntityRecord } from '../core/types';
import type { ArticleCatalogue } from './catalogue';
import { KK_DOMAINS, KK_ORG_ANAPHORS, KK_STOP } from './kk-lexicon';
import { nominativeLabel, roleHeadAt } from './kk-names';
import { matchInside, type Mention } from './mentions';
import { newEntity } from './new-entity';
import type { ArticleState } from './article-state';
import { lastOrgLike } from './kk-anaphora';
import { asCatalogueMention, prevWord, type Parsed, type TitleGroup } from './parsed-sentence';
import { transliterate } from '../core/text-fold';

const AFFILIATION_TYPES = new Set(['country', 'organization']);
const LEADER_TITLES: ReadonlySet<string> = new Set(['President', 'Chairman', 'Head', 'Director', 'Chairwoman', 'Chief Executive Officer', 'Chairman of the Management Board', 'Executive Director']);


/** Pick, among a name's entities, the title that fits the country before it. */
function fitRole(m: Mention, affiliation: EntityRecord | null): EntityRecord | null {
  const all = [m.entity, ...m.alternatives].filter((e) => e.type === 'role');
  if (!affiliation || affiliation.type !== 'country') return all[0] ?? null;
  return all.find((e) => e.country === affiliation.id) ?? all.find((e) => !e.country) ?? null;
}

/** A title the catalogue does not hold: its English name from the head word and the ministry's domain. */
function genericRole(p: Parsed, cat: ArticleCatalogue, first: number, last: number): EntityRecord | null {
  const head = roleHeadAt(p, last);
  if (!head) return null;
  let en = head.en;
  if (head.first > first) {
    const domainWords = p.words.slice(first, head.first).filter((w) => w.word);
    // the longest known ministry domain at the end: «[Франция] Сыртқы істер министрі»
    let known: string | undefined;
    for (let k = 0; k < domainWords.length && !known; k++) known = KK_DOMAINS.get(domainWords.slice(k).map((w) => w.readings[0]?.key ?? '').join(' '));
    const text = p.s.text.slice(p.words[first]!.start, p.words[head.first - 1]!.end);
    en = known ? `${head.en} of ${known}` : `${head.en} of ${transliterate(text)}`;
  }
  return cat.add(newEntity('role', nominativeLabel(p, first, last), p.s.lang, { en }), [nominativeLabel(p, first, last)]);
}

/** Where a title phrase ending at `last` starts: lower-case or genitive words before the head word. */
function titleStart(p: Parsed, last: number): number {
  const head = roleHeadAt(p, last);
  if (!head) return -1;
  let first = head.first;
  for (let k = prevWord(p, first); k >= 0 && first - k <= 4; k = prevWord(p, k)) {
    const w = p.words[k]!;
    if (p.at[k] || w.readings.some((r) => KK_STOP.has(r.key) || KK_ORG_ANAPHORS.has(r.key))) break;
    const c = w.readings.find((r) => r.case !== 'nom')?.case ?? 'nom';
    if (c !== 'nom' && c !== 'gen') break;
    if (/(?:ған|ген|қан|кен|атын|етін)$/.test(w.norm)) break;
    first = k;
  }
  return first;
}

/** The title ending at word `last` («Энергетика министрі»), from the catalogue or built from its words. */
export function titleRole(p: Parsed, cat: ArticleCatalogue, last: number): { role: EntityRecord; first: number } | null {
  const first = titleStart(p, last);
  if (first < 0) return null;
  const role = genericRole(p, cat, first, last);
  return role ? { role, first } : null;
}

/** The organisation a bare head noun before a title stands for: «банк басқармасының төрағасы». */
function orgAnaphor(p: Parsed, i: number, state: ArticleState): Mention | null {
  const w = p.words[i];
  const r = w?.readings.find((x) => KK_ORG_ANAPHORS.has(x.key));
  if (!w || !r || p.at[i]) return null;
  const org = lastOrgLike(w.norm, state);
  if (!org) return null;
  return { entity: org, alternatives: [], first: i, last: i, case: r.case, poss: r.poss, source: 'anaphor' };
}

/** Find every title construction of a Kazakh sentence; mark its parts so they are not read as arguments. */
export function findKazakhTitles(p: Parsed, state: ArticleState): void {
  const cat = state.catalogue;
  for (const person of p.mentions.filter((m) => m.entity.type === 'person')) {
    const j = prevWord(p, person.first);
    if (j < 0) continue;
    const before = p.at[j];
    let roleFirst: number;
    let role: EntityRecord | null = null;
    let roleMention: Mention | null = null;
    if (before?.entity.type === 'role' || before?.alternatives.some((e) => e.type === 'role')) {
      roleMention = before;
      roleFirst = before.first;
    } else if (!before && roleHeadAt(p, j)) {
      roleFirst = titleStart(p, j);
    } else continue;
    if (roleFirst < 0) continue;
    const a = prevWord(p, roleFirst);
    let affiliation: Mention | null = null;
    if (a >= 0) {
      const m = p.at[a];
      if (m && AFFILIATION_TYPES.has(m.entity.type) && (m.case === 'nom' || m.case === 'gen')) affiliation = m;
      else if (!m) affiliation = orgAnaphor(p, a, state);
    }
    if (roleMention) {
      role = fitRole(roleMention, affiliation?.entity ?? null);
      if (!affiliation) {
        const inner = matchInside(p.s, cat, roleMention.first, roleMention.last - 1, roleMention.entity);
        if (inner && AFFILIATION_TYPES.has(inner.entity.type)) affiliation = asCatalogueMention(inner);
      }
      if (!role) role = genericRole(p, cat, roleMention.first, roleMention.last);
    } else {
      role = genericRole(p, cat, roleFirst, j);
    }
    if (!role) continue;
    const head = roleHeadAt(p, roleMention ? roleMention.last : j);
    const leader = !!affiliation && affiliation.entity.type === 'organization' && !!head && LEADER_TITLES.has(head.en);
    const group: TitleGroup = { person, role, roleFirst, roleLast: j, affiliation, leader, first: affiliation ? Math.min(affiliation.first, roleFirst) : roleFirst };
    p.titles.push(group);
    if (roleMention) p.modifiers.add(roleMention);
    if (affiliation && p.at[affiliation.first] === affiliation) p.modifiers.add(affiliation);
    state.roles.set(person.entity.id, role);
    const country = affiliation?.entity.type === 'country' ? affiliation.entity : role.country ? cat.get(role.country) : undefined;
    if (country) state.affiliations.set(person.entity.id, country);
  }
}

