// Kazakh rules for standing facts rather than acts: who supplies what («X көмір жеткізеді»), who is a member
// of what («Қазақстан ШЫҰ-ға мүше»), where a plant or company is («облысында салынатын зауыт»).
import type { Arg } from './article-state';
import { clauseStart, subjectsOf } from './kk-clause';
import { caseOfWord, lastWithCase, phraseArg } from './kk-phrases';
import type { CuedRule, Rule } from './kk-rules';
import { isFuture, verbReading, type VerbReading } from './kk-verbs';
import { argOf, mentionsIn, nextWord, prevWord, type Parsed } from './parsed-sentence';
import type { ArticleState } from './article-state';

const AND = /^(?:мен|бен|пен|және|,)$/;
/** What is conveyed, not supplied: greetings, a letter, a position. */
export const MESSAGE = /^(?:сәлем|хат|ұстаным|пікір|мәлімет|ақпарат|үндеу|тілег|құттықта|ризашылы|алғыс|көзқарас|позиция)/;
/** Heads of things that are built somewhere: a plant, a mine, a station. */
const SITE_HEAD = /^(?:зауыт|кәсіпор|комбинат|фабрика|станция|кешен|терминал|хаб|кен(?:іш|орн)|орталығ|орталық|парк|шахта|құбыр)/;

/** The goods of a supply verb at `v`: the accusative phrase before it, or a bare noun right before it, and those coordinated. */
function goods(p: Parsed, start: number, v: number, state: ArticleState): Arg[] {
  const notActor = (i: number): boolean => !p.at[i] || !['person', 'organization', 'country', 'role', 'place'].includes(p.at[i]!.entity.type);
  let head = lastWithCase(p, start, v, ['acc'], notActor);
  if (head < 0) {
    const k = prevWord(p, v);
    if (k >= start && notActor(k) && (p.at[k] ? p.at[k]!.case : caseOfWord(p.words[k]!)) === 'nom') head = k;
  }
  const out: Arg[] = [];
  // the goods phrase starts after the subject: «Қазақстан ферросилицийді» is not one phrase
  let min = start;
  for (const m of mentionsIn(p, start, Math.max(start, head))) if (m.case === 'nom' && m.entity.type !== 'commodity') min = m.last + 1;
  while (head >= min) {
    const arg = p.at[head]?.entity.type === 'commodity' ? argOf(p, p.at[head]!) : phraseArg(p, head, state, 'commodity', min);
    if (!arg) break;
    out.push(arg);
    const first = p.words.findIndex((w) => w.start === arg.span[0]);
    const conj = first - 1;
    if (conj < start || !AND.test(p.words[conj]!.norm)) break;
    const next = prevWord(p, conj, /^$/);
    if (next < min || !notActor(next)) break;
    const c = p.at[next] ? p.at[next]!.case : caseOfWord(p.words[next]!);
    if (c !== 'nom' && c !== 'acc') break;
    head = next;
  }
  return out;
}

/** supplies: «X Қазақстанға көмір жеткізеді», «X … экспорттайды», «экспортқа шығарады». */
const supplies: Rule = (p, v, state) => {
  const w = p.words[v]!;
  const prev = p.words[prevWord(p, v)]?.norm ?? '';
  // «қол жеткізді»: reached; «сәлемін жеткізді»: conveyed
  if (prev === 'қол' || MESSAGE.test(prev)) return;
  let r: VerbReading | null = verbReading(w, 'жеткіз') ?? verbReading(w, 'экспортта');
  let verb = v;
  if (!r && w.norm === 'экспортқа') {
    verb = nextWord(p, v);
    r = verbReading(p.words[verb], 'шығар');
  }
  if (!r || r.negative || r.passive || (r.form !== 'past' && r.form !== 'present' && r.form !== 'intent')) return;
  const start = clauseStart(p, v);
  const objects = goods(p, start, v, state);
  if (!objects.length) return;
  const subjects = subjectsOf(p, v, state);
  const pred = r.form === 'intent' ? 'announced' : 'supplies';
  for (const s of subjects) for (const o of objects) state.emit(s, pred, o, p.sent, 0.6);
  void verb;
};

/** member_of: «Қазақстан ШЫҰ-ға мүше», «X НАТО-ның мүшесі болып табылады»; not «мүше елдер», «мүше емес». */
const memberOf: Rule = (p, v, state) => {
  const w = p.words[v]!;
  if (!/^мүше(?:сі)?$/.test(w.norm)) return;
  const next = p.words[v + 1];
  if (next && next.word && !/^(?:болып|болды|болады|болатын|еді|болған|ретінде)$/.test(next.norm)) return;
  if (next && next.word && next.norm === 'болып' && p.words[v + 2]?.norm === 'табылмайды') return;
  const start = clauseStart(p, v);
  const orgs = mentionsIn(p, start, v, w.norm === 'мүше' ? ['dat'] : ['gen', 'nom'], ['organization']);
  if (!orgs.length) return;
  const subjects = subjectsOf(p, orgs[0]!.first, state, { from: start }).filter((s) => !orgs.some((o) => o.entity.id === s.entity.id));
  for (const s of subjects) for (const o of orgs) state.emit(s, 'member_of', argOf(p, o), p.sent, 0.65);
};

/** located_in: «Павлодар облысында салынатын зауыт», «облыста … зауыт салу», «X … қаласында орналасқан». */
const locatedBy: Rule = (p, v, state) => {
  const w = p.words[v]!;
  const r = verbReading(w, 'сал') ?? verbReading(w, 'орналас');
  if (!r || r.negative) return;
  const built = w.norm.startsWith('сал');
  if (built && !r.passive && r.form !== 'noun') return;
  const placeAt = (from: number, to: number) => mentionsIn(p, from, to, ['loc'], ['place', 'country']).pop() ?? null;
  // «облысында салынатын зауыт»: the participle's head is the site
  if (r.form === 'pastPtcp' || r.form === 'futPtcp') {
    const place = placeAt(Math.max(0, v - 4), v);
    if (!place) return;
    for (let k = nextWord(p, v), n = 0; k >= 0 && n < 4; k = nextWord(p, k), n++) {
      const m = p.at[k];
      if (m && (m.entity.type === 'organization' || m.entity.type === 'place')) return void state.emit(argOf(p, m), 'located_in', argOf(p, place), p.sent, 0.6);
      if (m) return;
      if (SITE_HEAD.test(p.words[k]!.norm)) {
        const site = phraseArg(p, k, state, 'organization', nextWord(p, v));
        if (site) state.emit(site, 'located_in', argOf(p, place), p.sent, 0.6);
        return;
      }
    }
    return;
  }
  // «облысында ферроқорытпа зауытын салу»: building a site somewhere
  if (built && r.form === 'noun') {
    const k = prevWord(p, v);
    if (k < 0 || p.at[k] || !SITE_HEAD.test(p.words[k]!.norm) || caseOfWord(p.words[k]!) !== 'acc') return;
    const place = placeAt(Math.max(0, k - 5), k);
    if (!place) return;
    const site = phraseArg(p, k, state, 'organization', place.last + 1);
    if (site) state.emit(site, 'located_in', argOf(p, place), p.sent, 0.55);
    return;
  }
  // «Компания Алматы қаласында орналасқан»: a finite «is located»
  if (built || (r.form !== 'present' && r.form !== 'past' && !isFuture(r))) return;
  const start = clauseStart(p, v);
  const place = placeAt(start, v);
  if (!place) return;
  const subject = mentionsIn(p, start, place.first, ['nom'], ['organization', 'place']).find((m) => !p.modifiers.has(m));
  if (subject) state.emit(argOf(p, subject), 'located_in', argOf(p, place), p.sent, 0.6);
};

export const KAZAKH_FACT_RULES: readonly CuedRule[] = [
  { cue: /^(?:жеткіз|экспортта|экспортқа$)/, rule: supplies },
  { cue: /^мүше(?:сі)?$/, rule: memberOf },
  { cue: /^(?:салын|салу|орналас)/, rule: locatedBy },
];
