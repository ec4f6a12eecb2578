// Russian: the shared subject–verb–object rules (svo-rules.ts) with Russian words. Names inflect on
// every word («Нурлана Сейтова»); matching strips endings (russian-morphology.ts).
import type { EntityRecord } from '../core/types';
import type { ArticleState } from './article-state';
import type { Parsed } from './parsed-sentence';
import type { Sentence } from './sentences';
import { emitTitles, parseSvoSentence, type Title } from './svo';
import { applySvoRules, type SvoRules } from './svo-rules';
import { looseKey } from './tokens';

const ROLE_HEADS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    президент: 'President', министр: 'Minister', госсекретар: 'Secretary of State', премьер: 'Prime Minister',
    'премьер-министр': 'Prime Minister', 'вице-президент': 'Vice President', председател: 'Chairman', глав: 'Head',
    посол: 'Ambassador', директор: 'Director', корол: 'King', канцлер: 'Chancellor', аким: 'Akim', спикер: 'Speaker',
    генсек: 'Secretary-General', замминистр: 'Deputy Minister', губернатор: 'Governor', мэр: 'Mayor', эмир: 'Emir',
  }).map(([k, v]) => [looseKey(k), v]),
);

export const RUSSIAN: SvoRules = {
  lang: 'ru',
  roleHeads: ROLE_HEADS,
  roleLinks: /^(?:[а-яё-]{3,}(?:и|ы|а|я|ей|ов|ого|его|ой|ых|их)|и|по|дел)$/,
  functionWords: /^(?:в|во|на|и|с|со|по|о|об|для|от|до|из|за|при|между|это|а|но|что|как)$/,
  orgHeads: /^(?:министерств|компани|корпораци|фонд|банк|агентств|ассоциаци|комитет|департамент|служб|университет)/,
  notNames: /^(?:в|во|на|и|с|со|по|о|об|для|от|до|из|за|при|между|это|этот|эта|документ|меморандум|соглашение|подписание|президент|глава|министр)$/,
  surname: /(?:ов|ев|ёв|ин|ын|ский|цкий|ова|ева|ина|ая|ого|ому|ым|ой)$/,
  and: /^(?:и|а также)$/,
  withPrep: /^(?:с|со)$/,
  inPrep: /^(?:в|во|на)$/,
  between: /^между$/,
  eventHeads: /^(?:подписани|церемони|встреч|саммит|форум|бизнес-форум|выставк|конференци|заседани|переговор|визит|сессии|сессия)/,
  documentHeads: /^(?:меморандум|соглашени|документ|договор|заявлени|декларац|протокол|контракт|дорожн)/,
  phraseStop: /^(?:и|а|но|что|который|которая|которые|передает|передаёт|сообщает|это|он|она|они|мы|,|\.|–|-)$/,
  source: /^(?:передает|передаёт|сообщает|пишет|ссылкой)$/,
  bothSides: /^(?:стороны|лидеры|министры|главы|президенты|делегации)$/,
  facts: {
    supply: /^(?:поставля(?:ет|ют)|поставил[аи]?|экспортиру(?:ет|ют)|экспортировал[аи]?)$/,
    member: /^(?:член(?:ом|ами|ы)?)$/,
    memberOf: /^$/,
    lead: /^(?:возглавля(?:ет|ют)|возглавил[аи]?)$/,
    ledBy: /^главе$/,
    located: /^(?:расположен[аоы]?|находится|находятся|размещ[её]н[аоы]?)$/,
    founded: /^(?:основал[аи]?|учредил[аи]?|создал[аи]?)$/,
    negation: /^(?:не|ни)$/,
    stop: /^(?:и|а|но|что|который|которая|которые|в|во|на|из|с|будет|был|была|было|будут|является|,|\.)$/,
  },
  cues: [
    { word: /^(?:подписал[иа]?|подписан[оаы]?)$/, kind: 'sign', predicate: 'signed' },
    { word: /^(?:встретил(?:ся|ась|ись)|провел[иа]?|провёл|побеседовал[иа]?|переговоры|разговор)$/, kind: 'partner', predicate: 'met_with' },
    { word: /^договорил(?:ся|ась|ись)$/, kind: 'partner', predicate: 'agreed_with' },
    { word: /^(?:заявил[аи]?|сказал[аи]?|отметил[аи]?|подчеркнул[аи]?|рассказал[аи]?)$/, kind: 'speech', predicate: 'said' },
    { word: /^(?:объявил[аи]?|анонсировал[аи]?)$/, kind: 'speech', predicate: 'announced' },
    { word: /^предложил[аи]?$/, kind: 'speech', predicate: 'proposed' },
    { word: /^обсудил[аи]?$/, kind: 'speech', predicate: 'discussed' },
    { word: /^(?:посетил[аи]?|прибыл[аи]?)$/, kind: 'visit', predicate: 'visited' },
    { word: /^(?:участвовал[аи]?|участие)$/, kind: 'attend', predicate: 'attended' },
    { word: /^(?:прош(?:ел|ла|ло|ли)|пройд(?:ет|ут)|состоял(?:ся|ась|ось|ись)|состо(?:ится|ятся))$/, kind: 'held', predicate: 'held_in' },
    { word: /^пригласил[аи]?$/, kind: 'invite', predicate: 'invited' },
    { word: /^(?:сотрудничеств[аоуе]?|сотрудничать|партнерств[аоуе]?|партнёрств[аоуе]?)$/, kind: 'cooperation', predicate: 'cooperates_with' },
  ],
};

export type RuParsed = Parsed & { svoTitles: Title[] };

export const parseRussianSentence = (sent: Sentence, state: ArticleState): RuParsed => parseSvoSentence(sent, state, RUSSIAN);

export function readRussianSentence(p: Parsed, state: ArticleState, _holders: ReadonlyMap<string, EntityRecord>): void {
  const sp = p as RuParsed;
  emitTitles(sp, state);
  applySvoRules(RUSSIAN, sp, state);
  for (const m of p.mentions) state.remember(m.entity);
}
