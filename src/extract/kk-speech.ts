// Kazakh rules for what actors say, propose, discuss and agree: деді/айтты/мәлімдеді, ұсынды,
// талқылады, келісті. «деп хабарлайды X», «X-тың мәліметінше» name the report's source: no triple.
import { MESSAGE } from './kk-facts';
import type { Arg, ArticleState } from './article-state';
import { clauseEnd, clauseStart, coordinated, lastArg, modalIn, pairBetween, subjectsOf } from './kk-clause';
import { isFuture, verbReading, withAuxiliary, type VerbReading } from './kk-verbs';
import { phraseArg, phraseType, topicArg } from './kk-phrases';
import type { CuedRule, Rule } from './kk-rules';
import { ACTOR_TYPES, argFor, argOf, isActor, mentionsIn, nextWord, prevWord, type Parsed } from './parsed-sentence';
import { newEntity } from './new-entity';
import { titleRole } from './kk-titles';

type Speech = 'said' | 'announced';

/** Which speech verb word `v` is, with its form; multiword verbs are read at their last word. */
function speechVerb(p: Parsed, v: number): { pred: Speech; r: VerbReading; topicCases: ('acc' | 'dat' | 'nom')[] } | null {
  const w = p.words[v]!;
  const prev = p.words[prevWord(p, v)]?.norm ?? '';
  let r: VerbReading | null;
  if (w.norm === 'деді' || w.norm === 'деген') return { pred: 'said', r: { form: 'past', passive: false, negative: false, tail: '' }, topicCases: ['acc', 'nom'] };
  if ((r = verbReading(w, 'айт')) && !/^айта$/.test(w.norm)) return { pred: 'said', r, topicCases: ['acc', 'nom'] };
  if ((r = verbReading(w, 'өт')) && prev === 'атап') return { pred: 'said', r, topicCases: ['acc', 'nom'] };
  if ((r = verbReading(w, 'ет')) && prev === 'хабардар') return { pred: 'said', r, topicCases: ['acc', 'nom'] };
  if ((r = verbReading(w, 'білдір'))) return { pred: 'said', r, topicCases: ['dat', 'acc'] };
  if ((r = verbReading(w, 'түсіндір'))) return { pred: 'said', r, topicCases: ['acc'] };
  if ((r = verbReading(w, 'жеткіз')) && MESSAGE.test(prev)) return { pred: 'said', r, topicCases: ['acc', 'nom'] };
  if ((r = verbReading(w, 'мәлімде'))) return { pred: 'announced', r, topicCases: ['acc', 'nom'] };
  if ((r = verbReading(w, 'ет')) && prev === 'мәлім') return { pred: 'announced', r, topicCases: ['acc', 'nom'] };
  if ((r = verbReading(w, 'хабарла'))) return { pred: 'announced', r, topicCases: ['acc', 'nom'] };
  if ((r = verbReading(w, 'жариял'))) return { pred: 'announced', r, topicCases: ['acc', 'nom'] };
  return null;
}

/** «- Біз … белгілейміз,- деді X»: the quoted clause's own verb is future or first-person present. */
function quoteIsPlan(p: Parsed, v: number): boolean {
  for (let i = v - 1; i >= 0 && i > v - 4; i--) {
    const w = p.words[i]!;
    if (!w.word) continue;
    if (/^(?:отыр|жатыр|тұр)$/.test(w.norm)) return modalIn(p, Math.max(0, i - 3), i);
    return /(?:амыз|еміз|аймыз|ейміз|ймыз|йміз|мақпыз|мекпіз|ады|еді|йды|йді)$/.test(w.norm);
  }
  return false;
}

/** Speech: said/announced with a topic. The speaker follows «деді», else is the clause subject. */
const speech: Rule = (p, v, state) => {
  const sv = speechVerb(p, v);
  if (!sv || sv.r.negative || sv.r.passive || sv.r.form === 'noun' || sv.r.form === 'conditional') return;
  // «деп хабарлайды Kazinform»: the report's source, present tense
  if (sv.r.form === 'present' && p.words[prevWord(p, v)]?.norm === 'деп') return;
  if (sv.r.form === 'futPtcp' || sv.r.form === 'pastPtcp') {
    if (!/(?:ны|ні|ын|ін|н)$/.test(p.words[v]!.norm)) return; // «…айтқанын» only as a complement
  }
  const start = clauseStart(p, v);
  let subjects: Arg[];
  let pred: Speech = sv.pred;
  const after = p.at[nextWord(p, v)];
  const quoted = (p.words[v]!.norm === 'деді' || p.words[v]!.norm === 'деген') && after && isActor(after);
  if (quoted) {
    subjects = [argOf(p, after)];
    if (quoteIsPlan(p, v)) pred = 'announced';
  } else {
    subjects = subjectsOf(p, v, state, { carry: sv.pred === 'said' });
  }
  if (!subjects.length) return;
  // «Бұл туралы министрліктің баспасөз қызметі хабарлады»: who reported the last sentence, not a statement of its own
  const first = p.words.find((w) => w.word);
  if (first && /^(?:бұл|осы)$/.test(first.norm) && /^(?:туралы|жөнінде)$/.test(p.words[nextWord(p, first.i)]?.norm ?? '')) return;
  if (pred === 'said' && (isFuture(sv.r) || modalIn(p, start, v))) pred = 'announced';
  // «… емес екенін мәлімдеді»: stating what is so is saying; announcing is of what happens or will
  if (pred === 'announced' && !quoted && p.words.slice(start, v).some((x) => /^(?:екенін|екендігін)$/.test(x.norm)) && !modalIn(p, start, v)) pred = 'said';
  const topic = topicArg(p, quoted ? 0 : start, v, state, sv.topicCases) ?? topicArg(p, 0, v, state, ['acc', 'dat', 'nom']);
  for (const s of subjects) if (topic && topic.entity.id !== s.entity.id) state.emit(s, pred, topic, p.sent, quoted ? 0.7 : 0.6);
};

/** «Оның айтуынша, … қол қойылады»: a person's own words, reported (a source that is an agency is not). */
const attribution: Rule = (p, v, state) => {
  if (!/^(?:айтуынша|сөзінше|пікірінше)$/.test(p.words[v]!.norm)) return;
  const who = p.at[prevWord(p, v)];
  if (!who || who.entity.type !== 'person') return;
  const end = clauseEnd(p, v + 1);
  const planned = p.words.slice(v + 1, end + 1).some((w) => /(?:ады|еді|йды|йді|мақ|мек|лады|леді|ылады|іледі)$/.test(w.norm));
  let object: Arg | null = null;
  for (let i = end; i > v && !object; i--) {
    const m = p.at[i];
    if (m?.entity.type === 'document') object = argOf(p, m);
    else if (!m && p.words[i]!.word && phraseType(p, i) === 'document') object = phraseArg(p, i, state, 'document', v + 1);
  }
  object ??= topicArg(p, v + 1, end + 1, state);
  if (object) state.emit(argOf(p, who), planned ? 'announced' : 'said', object, p.sent, 0.6);
};

/** proposed: ұсынды / ұсынуға дайын / ұсыныс жасады. */
const proposed: Rule = (p, v, state) => {
  const w = p.words[v]!;
  const prev = p.words[prevWord(p, v)]?.norm ?? '';
  let r = verbReading(w, 'ұсын');
  if (w.norm.startsWith('ұсыныс')) return;
  if (!r && /^ұсыныс/.test(prev)) r = verbReading(w, 'жаса') ?? verbReading(w, 'айт') ?? verbReading(w, 'енгіз');
  if (!r || r.negative || r.passive || r.form === 'conditional') return;
  if (r.form === 'noun' && !/^ұсынуға$/.test(w.norm)) return;
  const start = clauseStart(p, v);
  const topic = topicArg(p, start, v, state, ['acc', 'nom']);
  const subjects = subjectsOf(p, v, state, { carry: true });
  for (const s of subjects) if (topic && topic.entity.id !== s.entity.id) state.emit(s, 'proposed', topic, p.sent, 0.6);
};

/** discussed: талқылады / пікір алмасты; the plural «министрлер» is the last conversation's two sides. */
const discussed: Rule = (p, v, state) => {
  const w = p.words[v]!;
  const prev = p.words[prevWord(p, v)]?.norm ?? '';
  const r = withAuxiliary(verbReading(w, 'талқыла') ?? (prev === 'пікір' ? verbReading(w, 'алмас') : null), p.words[v + 1]);
  if (!r || r.negative || r.passive || r.form === 'noun' || r.form === 'conditional') return;
  if (isFuture(r)) return;
  const start = clauseStart(p, v);
  const topic = topicArg(p, start, v, state, ['acc', 'nom']);
  const subjects = subjectsOf(p, v, state, { carry: true });
  for (const s of subjects) if (topic && topic.entity.id !== s.entity.id) state.emit(s, 'discussed', topic, p.sent, 0.6);
};

/** agreed_with: INS + келісті; «уағдаластыққа қол жеткізілді» between the two sides of the last talk. */
const agreed: Rule = (p, v, state) => {
  const w = p.words[v]!;
  const prev = p.words[prevWord(p, v)]?.norm ?? '';
  let r = /^келіс(?!сөз|ім)/.test(w.norm) ? verbReading(w, 'келіс') : /^уағдалас(?!тық)/.test(w.norm) ? verbReading(w, 'уағдалас') : null;
  const reached = prev === 'қол' && !!(r = verbReading(w, 'жеткіз')) && /^(?:уағдаластыққа|келісімге|мәмілеге)$/.test(p.words[prevWord(p, prevWord(p, v))]?.norm ?? '');
  if (!r || r.negative || r.form === 'noun' || r.form === 'conditional' || isFuture(r)) return;
  if (prev === 'қол' && !reached) return;
  const start = clauseStart(p, v);
  const partner = lastArg(p, start, v, ['ins'], ACTOR_TYPES);
  const subjects = r.passive ? [] : subjectsOf(p, v, state);
  if (partner) {
    for (const s of subjects) state.emit(s, 'agreed_with', argOf(p, partner), p.sent, 0.7);
    return;
  }
  if (subjects.length >= 2) return void state.emit(subjects[0]!, 'agreed_with', subjects[1]!, p.sent, 0.65);
  const pair = pairBetween(p, state.catalogue);
  if (pair) return void state.emit(argOf(p, pair[0]), 'agreed_with', argOf(p, pair[1]), p.sent, 0.65);
  if (!state.lastPair || !reached) return;
  // «екі елдің/мемлекеттің …»: the countries of the two sides
  const countries = p.words.some((x) => /^(?:ел|мемлекет)/.test(x.norm) && p.words[x.i - 1]?.norm === 'екі');
  const [a, b] = state.lastPair.map((x) => (countries ? state.affiliations.get(x.entity.id) ?? null : x.entity));
  if (!a || !b) return;
  const at = (e: typeof a): Arg => ({ entity: e, mention: '', span: [0, 0], known: true, coref: true });
  state.emit(at(a), 'agreed_with', at(b), p.sent, 0.55);
};

/** cooperates_with: «X мен Y … ынтымақтастық/әріптестік», or with the partner in INS. */
const cooperates: Rule = (p, v, state) => {
  const w = p.words[v]!;
  if (!/^(?:ынтымақтас|әріптест|серіктест)/.test(w.norm)) return;
  const start = clauseStart(p, v);
  const pair = pairBetween(p, state.catalogue);
  if (pair && pair[1].last < v + 8) return void state.emit(argOf(p, pair[0]), 'cooperates_with', argOf(p, pair[1]), p.sent, 0.6);
  const subjects = mentionsIn(p, start, v, ['nom'], ACTOR_TYPES).filter((m) => !p.modifiers.has(m));
  const group = subjects[0] ? coordinated(p, subjects[0]) : [];
  if (group.length >= 2) return void state.emit(argOf(p, group[0]!), 'cooperates_with', argOf(p, group[1]!), p.sent, 0.55);
  const partner = lastArg(p, start, v, ['ins'], ACTOR_TYPES);
  if (partner && subjects[0]) state.emit(argOf(p, subjects[0]), 'cooperates_with', argOf(p, partner), p.sent, 0.55);
};

/** established: «X … қорын құру туралы шешім қабылдады», «X … құрды». */
const established: Rule = (p, v, state) => {
  const w = p.words[v]!;
  if (!/^(?:құрды|құрған|құру)$/.test(w.norm)) return;
  if (w.norm === 'құру' && !(p.words[v + 1]?.norm === 'туралы' && /^шешім/.test(p.words[v + 2]?.norm ?? '') && /^қабылда/.test(p.words[v + 3]?.norm ?? ''))) return;
  const start = clauseStart(p, w.norm === 'құру' ? v + 3 : v);
  const object = lastArg(p, start, v, ['acc'], ['organization', 'money', 'commodity', 'document', 'event']);
  const arg = object ? argOf(p, object) : topicArg(p, start, v, state, ['acc']);
  emitAllSubjects(p, v, state, arg);
};

function emitAllSubjects(p: Parsed, v: number, state: ArticleState, object: Arg | null): void {
  if (!object) return;
  for (const s of subjectsOf(p, v, state)) state.emit(s, 'established', object, p.sent, 0.6);
}

/** holds_position: «X … министрі болып тағайындалды». */
const appointed: Rule = (p, v, state) => {
  const r = verbReading(p.words[v], 'тағайында');
  if (!r || !r.passive || r.negative || isFuture(r) || r.form === 'noun') return;
  const bolyp = prevWord(p, v);
  if (p.words[bolyp]?.norm !== 'болып') return;
  const roleAt = prevWord(p, bolyp);
  const m = roleAt >= 0 ? p.at[roleAt] : undefined;
  let role = m && (m.entity.type === 'role' || m.role) ? argOf(p, m, m.role ?? m.entity) : null;
  if (!role && roleAt >= 0) {
    const made = titleRole(p, state.catalogue, roleAt);
    if (made) role = argFor(p, made.role, made.first, roleAt);
  }
  if (!role) return;
  const subjects = subjectsOf(p, v, state).filter((s) => s.entity.type === 'person');
  for (const s of subjects) state.emit(s, 'holds_position', role, p.sent, 0.7);
};

/** leads: «X бастаған делегация», «X … компанияны басқарады». */
const leads: Rule = (p, v, state) => {
  const w = p.words[v]!;
  if (w.norm === 'бастаған' || w.norm === 'басқарған') {
    const leader = p.at[prevWord(p, v)];
    const next = nextWord(p, v);
    if (!leader || leader.entity.type !== 'person' || next < 0 || !/^делегация/.test(p.words[next]!.norm)) return;
    const label = `${leader.entity.label_kk || leader.entity.label_en} бастаған делегация`;
    const delegation = state.catalogue.add(newEntity('organization', label, 'kk'), [label]);
    state.emit(argOf(p, leader), 'leads', argFor(p, delegation, leader.first, next), p.sent, 0.65);
    return;
  }
  const r = verbReading(w, 'басқар');
  if (!r || r.passive || r.negative || r.form === 'noun' || r.form === 'conditional') return;
  const start = clauseStart(p, v);
  const org = lastArg(p, start, v, ['acc'], ['organization', 'event', 'country', 'document']);
  if (!org) return;
  for (const s of subjectsOf(p, v, state)) state.emit(s, 'leads', argOf(p, org), p.sent, 0.65);
};

export const KAZAKH_SPEECH_RULES: readonly CuedRule[] = [
  { cue: /^(?:де|айт|өт|ет|білдір|түсіндір|жеткіз|мәлімде|хабарла|жариял)/, rule: speech },
  { cue: /^(?:айтуынша|сөзінше|пікірінше)$/, rule: attribution },
  { cue: /^(?:ұсын|жаса|айт|енгіз)/, rule: proposed },
  { cue: /^(?:талқыла|алмас)/, rule: discussed },
  { cue: /^(?:келіс|уағдалас|жеткіз)/, rule: agreed },
  { cue: /^(?:ынтымақтас|әріптест|серіктест)/, rule: cooperates },
  { cue: /^құр/, rule: established },
  { cue: /^тағайында/, rule: appointed },
  { cue: /^(?:бастаған|басқар)/, rule: leads },
];
