// Kazakh relation rules, one per cue verb: the verb's form and the cases of its arguments decide the
// triple (docs/kazakh-extraction-notes.md). Planned acts become `announced`; a report's source is not a fact.
import type { Predicate } from '../core/types';
import type { Arg, ArticleState } from './article-state';
import { clauseEnd, clauseStart, coordinated, headAfterParticiple, lastArg, modalIn, pairBetween, subjectsOf } from './kk-clause';
import { isFinite, isFuture, verbReading, withAuxiliary, type VerbReading } from './kk-verbs';
import { newEntity } from './new-entity';
import { caseOfWord, phraseArg, phraseType } from './kk-phrases';
import { ACTOR_TYPES, argFor, argOf, isActor, mentionsIn, nextWord, prevWord, type Parsed } from './parsed-sentence';

export type Rule = (p: Parsed, v: number, state: ArticleState) => void;

/** A rule and the words it can start at: the rule runs only at words its cue matches. */
export interface CuedRule {
  cue: RegExp;
  rule: Rule;
}

const emitAll = (state: ArticleState, p: Parsed, subjects: readonly Arg[], pred: Predicate, object: Arg | null, conf: number): void => {
  if (!object) return;
  for (const s of subjects) state.emit(s, pred, object, p.sent, conf);
};

/** Clause-final: nothing but punctuation, «деп», «және» after the verb. */
const clauseFinal = (p: Parsed, v: number): boolean => {
  const next = p.words[v + 1];
  return !next || !next.word || /^(?:деп|және|әрі|ал)$/.test(next.norm);
};

const WHERE = ['place', 'country', 'organization'] as const;

/** An event in the dative before `v`: a catalogue event, or a phrase with an event head. */
function dativeEvent(p: Parsed, from: number, v: number, state: ArticleState): Arg | null {
  const m = lastArg(p, from, v, ['dat'], ['event']);
  if (m) return argOf(p, m);
  for (let i = v - 1; i >= from; i--) {
    const w = p.words[i]!;
    if (!w.word || p.at[i]) continue;
    if (caseOfWord(w) === 'dat' && phraseType(p, i) === 'event') return phraseArg(p, i, state, 'event', from);
  }
  return null;
}

/** attended: «…конференциясына қатысты»; «қатысу үшін … барды»; future → announced. */
const attended: Rule = (p, v, state) => {
  const r = withAuxiliary(verbReading(p.words[v], 'қатыс'), p.words[v + 1]);
  if (!r || r.negative || r.passive) return;
  const start = clauseStart(p, v);
  const event = dativeEvent(p, start, v, state);
  if (!event) return;
  if (r.form === 'noun') {
    // «қатысу үшін … барды/келді»: went there to attend
    if (p.words[nextWord(p, v)]?.norm !== 'үшін') return;
    const end = clauseEnd(p, v);
    const motion = [...p.words.slice(v + 1, end + 1)].some((w) => /^(?:барды|келді|аттанды|ұшып)$/.test(w.norm));
    if (motion) emitAll(state, p, subjectsOf(p, v, state), 'attended', event, 0.6);
    return;
  }
  if (r.form === 'pastPtcp') {
    const head = headAfterParticiple(p, v);
    if (head) state.emit(argOf(p, head), 'attended', event, p.sent, 0.7);
    return;
  }
  if (isFuture(r) || modalIn(p, start, v)) return emitAll(state, p, subjectsOf(p, v, state), 'announced', event, 0.55);
  if ((r.form === 'past' && (clauseFinal(p, v) || /^(?:болатын|еді|екен|болды)$/.test(p.words[v + 1]?.norm ?? ''))) || r.form === 'converb') emitAll(state, p, subjectsOf(p, v, state, { carry: true }), 'attended', event, 0.8);
};

/** invited: «Рубионың шақыруымен» (GEN = inviter, subject = invitee); «оны … шақырды» (ACC = invitee). */
const invited: Rule = (p, v, state) => {
  const w = p.words[v]!;
  const r = verbReading(w, 'шақыр');
  if (!r || r.negative || r.passive) return;
  if (r.form === 'noun' && /мен$/.test(w.norm)) {
    const inviter = p.at[prevWord(p, v)];
    if (!inviter || inviter.case !== 'gen' || !isActor(inviter)) return;
    const invitees = subjectsOf(p, v, state, { from: 0 }).filter((s) => s.entity.id !== inviter.entity.id);
    const after = mentionsIn(p, v + 1, p.words.length, ['nom'], ACTOR_TYPES)[0];
    const list = invitees.length ? invitees : after ? [argOf(p, after)] : [];
    for (const s of list) state.emit(argOf(p, inviter), 'invited', s, p.sent, 0.8);
    return;
  }
  if (r.form === 'noun') return;
  const start = clauseStart(p, v);
  const invitee = lastArg(p, start, v, ['acc'], ACTOR_TYPES);
  if (!invitee) return;
  const subjects = subjectsOf(p, v, state).filter((s) => s.entity.id !== invitee.entity.id);
  emitAll(state, p, subjects, 'invited', argOf(p, invitee), 0.75);
};

/** met_with: INS partner + кездесті/сөйлесті/келіссөз жүргізді; ACC + қабылдады/қарсы алды. */
const metWith: Rule = (p, v, state) => {
  const w = p.words[v]!;
  const prev = p.words[prevWord(p, v)]?.norm ?? '';
  let r: VerbReading | null = null;
  let partnerCase: 'ins' | 'acc' = 'ins';
  if ((r = verbReading(w, 'кездес') ?? verbReading(w, 'сөйлес') ?? verbReading(w, 'әңгімелес')) && r.form !== 'noun') {
    partnerCase = 'ins';
  } else if ((r = verbReading(w, 'жүргіз') ?? verbReading(w, 'өткіз') ?? verbReading(w, 'өрбіт')) && /^(?:келіссөз|келіссөздер|әңгіме|кездесу|сұхбат)/.test(prev)) {
    partnerCase = 'ins';
  } else if ((r = verbReading(w, 'қабылда'))) {
    partnerCase = 'acc';
  } else if ((r = verbReading(w, 'ал')) && prev === 'қарсы') {
    partnerCase = 'acc';
  } else return;
  r = withAuxiliary(r, p.words[v + 1]);
  if (!r || r.negative || r.passive || r.form === 'noun' || r.form === 'conditional') return;
  if (isFuture(r)) return;
  const start = clauseStart(p, v);
  const partner = lastArg(p, start, v, [partnerCase], partnerCase === 'acc' ? ['person'] : ACTOR_TYPES);
  let subjects = r.form === 'pastPtcp' && headAfterParticiple(p, v) ? [argOf(p, headAfterParticiple(p, v)!)] : subjectsOf(p, v, state, { carry: true });
  if (!partner) {
    // «X мен Y кездесті»: the coordinated subjects met each other
    if (partnerCase === 'ins' && subjects.length >= 2) {
      for (let i = 1; i < subjects.length; i++) state.emit(subjects[0]!, 'met_with', subjects[i]!, p.sent, 0.7);
      state.lastPair = [subjects[0]!, subjects[1]!];
    }
    return;
  }
  subjects = subjects.filter((s) => s.entity.id !== partner.entity.id);
  const object = argOf(p, partner);
  emitAll(state, p, subjects, 'met_with', object, 0.8);
  if (subjects[0]) state.lastPair = [subjects[0], object];
};

/** signed / signed_with: «DAT қол қойды», partner in INS or «X мен Y арасында». */
const signed: Rule = (p, v, state) => {
  if (p.words[prevWord(p, v)]?.norm !== 'қол') return;
  const r = verbReading(p.words[v], 'қой');
  if (!r || r.negative || r.form === 'conditional') return;
  const start = clauseStart(p, v);
  const conf = isFuture(r) ? 0.5 : 0.75;
  let doc: Arg | null = null;
  const docMention = lastArg(p, start, v, ['dat', 'nom'], ['document']);
  if (docMention) doc = argOf(p, docMention);
  else {
    for (let i = v - 2; i >= start && !doc; i--) {
      const word = p.words[i]!;
      if (word.word && !p.at[i] && caseOfWord(word) === 'dat' && phraseType(p, i) === 'document') doc = phraseArg(p, i, state, 'document', start);
    }
  }
  if (!doc) {
    // «Қазақстан мен АҚШ арасындағы … меморандумды» after «қол қойылған»: the document follows the participle
    for (let i = v + 1; i < p.words.length && i < v + 14 && !doc; i++) {
      const m = p.at[i];
      if (m?.entity.type === 'document') doc = argOf(p, m);
      else if (!m && p.words[i]!.word && phraseType(p, i) === 'document') doc = phraseArg(p, i, state, 'document', v + 1);
    }
  }
  const pair = pairBetween(p, state.catalogue);
  if (pair) {
    state.emit(argOf(p, pair[0]), 'signed_with', argOf(p, pair[1]), p.sent, conf);
    if (doc && /ынтымақтас|әріптес|серіктес/.test(doc.mention)) state.emit(argOf(p, pair[0]), 'cooperates_with', argOf(p, pair[1]), p.sent, conf);
  }
  if (r.passive || r.form === 'pastPtcp') return;
  const subjects = subjectsOf(p, v, state);
  const partner = lastArg(p, start, v, ['ins'], ACTOR_TYPES);
  emitAll(state, p, subjects, 'signed', doc, conf);
  // «X пен Y … қол қойды»: the two signed with each other
  for (let i = 1; i < subjects.length; i++) state.emit(subjects[0]!, 'signed_with', subjects[i]!, p.sent, conf - 0.05);
  if (partner) {
    emitAll(state, p, subjects, 'signed_with', argOf(p, partner), conf);
    if (doc) state.emit(argOf(p, partner), 'signed', doc, p.sent, conf - 0.1);
    if (doc && /ынтымақтас|әріптес|серіктес/.test(doc.mention)) emitAll(state, p, subjects, 'cooperates_with', argOf(p, partner), conf - 0.1);
  }
};

/** held_in: «Іс-шара … департаментінде өтті»; «Вашингтонда өткен … конференция». */
const heldIn: Rule = (p, v, state) => {
  const w = p.words[v]!;
  if (p.words[prevWord(p, v)]?.norm === 'атап') return;
  const r = verbReading(w, 'өт') ?? (verbReading(w, 'өткіз')?.passive ? verbReading(w, 'өткіз') : null);
  if (!r || r.negative || r.form === 'noun' || r.form === 'converb') return;
  const start = clauseStart(p, v);
  const conf = isFuture(r) ? 0.5 : 0.75;
  if (r.form === 'pastPtcp' || r.form === 'futPtcp') {
    const place = lastArg(p, Math.max(start, v - 4), v, ['loc'], [...WHERE]);
    if (!place) return;
    for (let i = v + 1; i < p.words.length && i < v + 12; i++) {
      const m = p.at[i];
      if (m && m.entity.type === 'event') return void state.emit(argOf(p, m), 'held_in', argOf(p, place), p.sent, conf);
      if (m && m.entity.type !== 'event' && !['topic', 'commodity', 'place', 'country'].includes(m.entity.type)) return;
      if (!m && p.words[i]!.word && phraseType(p, i) === 'event') {
        const event = phraseArg(p, i, state, 'event', v + 1);
        if (event) state.emit(event, 'held_in', argOf(p, place), p.sent, conf);
        return;
      }
    }
    return;
  }
  if (!isFinite(r)) return;
  const place = lastArg(p, start, v, ['loc'], [...WHERE]);
  const event = mentionsIn(p, start, v, ['nom'], ['event'])[0];
  if (place && event) state.emit(argOf(p, event), 'held_in', argOf(p, place), p.sent, conf);
};

/** visited: «DAT сапармен келді/барды»; «DAT жасаған сапары»; planned visits are not visits. */
const visited: Rule = (p, v, state) => {
  const w = p.words[v]!;
  if (!/^сапар/.test(w.norm)) return;
  const start = clauseStart(p, v);
  const nextIdx = nextWord(p, v);
  const next = p.words[nextIdx];
  let r: VerbReading | null = null;
  if (/^сапар(?:ы)?мен$/.test(w.norm) && next && (r = verbReading(next, 'кел') ?? verbReading(next, 'бар'))) {
    if (r.negative || r.form === 'noun') return;
    const dest = lastArg(p, start, v, ['dat'], ['country', 'place']);
    if (!dest) return;
    if (isFuture(r) || modalIn(p, start, nextIdx)) {
      // the plan is the visit: «Қазақстанға мемлекеттік сапар»
      const label = `${p.s.text.slice(p.words[dest.first]!.start, w.start)}сапар`;
      const visit = state.catalogue.add(newEntity('event', label, 'kk'), [label]);
      emitAll(state, p, subjectsOf(p, v, state), 'announced', argFor(p, visit, dest.first, v), 0.5);
      return;
    }
    const head = r.form === 'pastPtcp' ? headAfterParticiple(p, nextIdx) : null;
    const owner = p.at[prevWord(p, dest.first)];
    const subjects = head ? [argOf(p, head)] : owner && owner.case === 'gen' && isActor(owner) ? [argOf(p, owner)] : subjectsOf(p, v, state, { carry: true });
    emitAll(state, p, subjects, 'visited', argOf(p, dest), 0.75);
    return;
  }
  // «Вашингтонға жасаған сапары», «Моңғолияға жасаған мемлекеттік сапармен»
  let k = prevWord(p, v);
  while (k >= 0 && /^(?:мемлекеттік|ресми|жұмыс|іссапар|алғашқы|достық)$/.test(p.words[k]!.norm)) k = prevWord(p, k);
  if (k < 0 || !/^жасаған$/.test(p.words[k]!.norm)) return;
  const dest = lastArg(p, Math.max(0, k - 3), k, ['dat'], ['country', 'place']);
  if (!dest) return;
  const owner = p.at[prevWord(p, dest.first)];
  const subjects = owner && owner.case === 'gen' && isActor(owner) ? [argOf(p, owner)] : subjectsOf(p, dest.first, state, { carry: true });
  emitAll(state, p, subjects, 'visited', argOf(p, dest), 0.7);
};

/** «[event] барысында/кезінде/аясында X … [past verb]»: people acting during an event attended it. */
const during: Rule = (p, v, state) => {
  if (!/^(?:барысында|кезінде|аясында)$/.test(p.words[v]!.norm)) return;
  const event = p.at[prevWord(p, v)];
  if (!event || event.entity.type !== 'event') return;
  const end = clauseEnd(p, v);
  const verb = p.words[end]!;
  if (!/(?:ды|ді|ты|ті)$/.test(verb.norm)) return;
  const first = mentionsIn(p, v + 1, end, ['nom'], ['person']).find((m) => !p.modifiers.has(m));
  if (!first) return;
  for (const m of coordinated(p, first, ['person'])) state.emit(argOf(p, m), 'attended', argOf(p, event), p.sent, 0.6);
};

export const KAZAKH_ACTION_RULES: readonly CuedRule[] = [
  { cue: /^қатыс/, rule: attended },
  { cue: /^шақыр/, rule: invited },
  { cue: /^(?:кездес|сөйлес|әңгімелес|жүргіз|өткіз|өрбіт|қабылда|ал)/, rule: metWith },
  { cue: /^қой/, rule: signed },
  { cue: /^өт/, rule: heldIn },
  { cue: /^сапар/, rule: visited },
  { cue: /^(?:барысында|кезінде|аясында)$/, rule: during },
];
