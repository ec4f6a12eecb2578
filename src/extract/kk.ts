// Kazakh: a sentence → mentions (catalogue, new names, titles) → triples by the rules of kk-rules.ts and
// kk-speech.ts. Two readings per article: the first finds names and titles, the second relations, so
// a title used before its holder is named («ҚР Сыртқы істер министрі … қатысты») still resolves.
import type { EntityRecord } from '../core/types';
import type { ArticleState } from './article-state';
import { resolveKazakhAnaphora } from './kk-anaphora';
import { findKazakhNames } from './kk-names';
import { KAZAKH_ACTION_RULES, type Rule } from './kk-rules';
import { KAZAKH_SPEECH_RULES } from './kk-speech';
import { KAZAKH_FACT_RULES } from './kk-facts';
import { demonymCountry } from './demonyms';
import { caseOfWord } from './kk-phrases';
import { findKazakhTitles } from './kk-titles';
import { matchCatalogue, type Mention } from './mentions';
import { addMention, argFor, argOf, isActor, parsed, prevWord, removeMention, type Parsed } from './parsed-sentence';
import type { Sentence } from './sentences';
import { analyzeSentence, type Word } from './words';

const KK_STOP_WORDS: ReadonlySet<string> = new Set(['болатын', 'болған', 'болады', 'болды', 'болып', 'бар', 'жоқ', 'ол', 'бұл', 'осы', 'және', 'мен']);
const CUE_WORD =
  /^(?:қатыс|шақыр|кездес|сөйлес|әңгімелес|жүргіз|өткіз|өрбіт|қабылда|ал(?:ды|ған|ып)$|қой|өт(?:ті|кен|еді|пек|іп|етін|уде)|мүше|салын|салу|орналас|экспорт|сапар|барысында|кезінде|аясында|де(?:ді|ген)$|айт|ет(?:ті|кен|іп|еді)$|білдір|түсіндір|мәлімде|хабарла|жариял|сөзінше|пікірінше|ұсын|жаса|енгіз|талқыла|алмас|келіс|жеткіз|ынтымақтас|әріптест|серіктест|құр|тағайында|басқар|бастаған|уағдалас)/;
const RULES = [...KAZAKH_ACTION_RULES, ...KAZAKH_SPEECH_RULES, ...KAZAKH_FACT_RULES];
const NO_RULES: readonly Rule[] = [];
/** The rules that start at a word: news repeats its words, so each word form's list is worked out once. */
function rulesFor(w: Word): readonly Rule[] {
  const form = w.form;
  if (form?.rules) return form.rules as readonly Rule[];
  // every rule starts at a cue word: the rest of the words are ruled out with one test
  const norm = w.norm;
  let list: readonly Rule[] = CUE_WORD.test(norm) ? RULES.filter((r) => r.cue.test(norm)).map((r) => r.rule) : NO_RULES;
  if (list.length === 0) list = NO_RULES;
  if (form && form.readings === w.readings) form.rules = list;
  return list;
}
const COMPANY = /^(?:компания|корпорация|кәсіпорн|кәсіпорын|холдинг|банк|концерн|серіктестіг|зауыт|комбинат)/;
const DEMONYM = /^(.{3,}?)(?:лық|лік|дық|дік|тық|тік)$/;

/** First reading: words, catalogue mentions, new names and title constructions. */
export function parseKazakhSentence(sent: Sentence, state: ArticleState): Parsed {
  const s = analyzeSentence(sent.text, 'kk');
  const p = parsed(sent, s, matchCatalogue(s, state.catalogue, (w) => KK_STOP_WORDS.has(w.norm)));
  findKazakhNames(p, state.catalogue);
  sideMentions(p, state);
  findKazakhTitles(p, state);
  for (const m of p.mentions) state.remember(m.entity);
  return p;
}

/**
 * «Моңғолия тарапы», «Түрік тарапы», «қазақстандық тарап»: the side of a country is the country, in the case
 * of «тарап» («Венгр тарапымен» is an instrumental partner).
 */
function sideMentions(p: Parsed, state: ArticleState): void {
  for (let j = 1; j < p.words.length; j++) {
    const side = p.words[j]!;
    if (!side.word || p.at[j] || !/^тарап(?!тар)/.test(side.norm)) continue;
    const i = prevWord(p, j);
    if (i < 0) continue;
    const m = p.at[i];
    const entity = m ? (m.last === i && m.entity.type === 'country' ? m.entity : null) : demonymCountry(p.words[i]!.norm, state.catalogue);
    if (!entity) continue;
    if (m) removeMention(p, m);
    addMention(p, { entity, alternatives: [], first: m ? m.first : i, last: j, case: caseOfWord(side), poss: false, source: m ? 'catalogue' : 'pattern' });
  }
}

function titleTriples(p: Parsed, state: ArticleState): void {
  for (const g of p.titles) {
    const person = argOf(p, g.person);
    const role = argFor(p, g.role, g.roleFirst, g.roleLast, true);
    state.emit(person, 'holds_position', role, p.sent, 0.8);
    if (!g.affiliation) continue;
    const aff = argOf(p, g.affiliation);
    state.emit(person, g.leader ? 'leads' : 'represents', aff, p.sent, 0.75);
  }
}

/** The country a word like «қазақстандық» or «ирандық» is the adjective of. */
function demonym(p: Parsed, i: number, state: ArticleState): EntityRecord | null {
  const w = p.words[i];
  const m = w && !p.at[i] ? DEMONYM.exec(w.norm) : null;
  if (!m?.[1]) return null;
  for (const r of [m[1]]) {
    for (const name of state.catalogue.lookup(r.replace(/[әөүұқғңһі]/g, (c) => ({ ә: 'а', ө: 'о', ү: 'у', ұ: 'у', қ: 'к', ғ: 'г', ң: 'н', һ: 'х', і: 'и' })[c] ?? c))) {
      if (name.entity.type === 'country' && name.words.length === 1) return name.entity;
    }
  }
  return null;
}

/** located_in: «Чили астанасы Сантьяго», «Намибияның … компаниясы NAMCO», «қазақстандық “…” компаниясы». */
function locatedTriples(p: Parsed, state: ArticleState): void {
  for (const m of p.mentions) {
    if (m.entity.type === 'place' && p.words[prevWord(p, m.first)]?.norm === 'астанасы') {
      const country = p.at[prevWord(p, prevWord(p, m.first))];
      if (country?.entity.type === 'country') state.emit(argOf(p, m), 'located_in', argOf(p, country), p.sent, 0.7);
    }
    if (m.entity.type !== 'organization') continue;
    let k = prevWord(p, m.first, /^[«»“”"„]$/);
    // «Намибияның ұлттық мыс компаниясы NAMCO»: the company head before a name
    const headBefore = k >= 0 && !p.at[k] && COMPANY.test(p.words[k]!.norm);
    const companyLike = headBefore || COMPANY.test(p.words[m.last]!.norm);
    if (!companyLike) continue;
    for (let n = 0; k >= 0 && n < 5; n++, k = prevWord(p, k, /^[«»“”"„]$/)) {
      const c = p.at[k];
      if (c && c.entity.type === 'country' && c.case === 'gen') {
        state.emit(argOf(p, m), 'located_in', argOf(p, c), p.sent, 0.6);
        break;
      }
      const d = demonym(p, k, state);
      if (d) {
        state.emit(argOf(p, m), 'located_in', argFor(p, d, k, k), p.sent, 0.6);
        break;
      }
      if (c && c.entity.type !== 'commodity' && c.entity.type !== 'topic') break;
    }
  }
}

function rememberSentence(p: Parsed, state: ArticleState): void {
  for (const m of p.mentions) state.remember(m.entity);
  const subject = p.mentions.find((m: Mention) => isActor(m) && m.case === 'nom' && !p.modifiers.has(m) && m.entity.type === 'person');
  if (subject) state.lastSubject = argOf(p, subject);
  state.sentenceNo++;
}

/** Second reading: anaphora, then every rule at every word. */
export function readKazakhSentence(p: Parsed, state: ArticleState, holders: ReadonlyMap<string, EntityRecord>): void {
  resolveKazakhAnaphora(p, state, holders);
  titleTriples(p, state);
  locatedTriples(p, state);
  for (let v = 0; v < p.words.length; v++) {
    const w = p.words[v]!;
    if (!w.word) continue;
    for (const rule of rulesFor(w)) rule(p, v, state);
  }
  rememberSentence(p, state);
}
