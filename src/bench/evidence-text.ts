// Evidence sentences in the style of Kazakh, Russian and English news, one template family per predicate.
// Kazakh names take case endings (Көшербаевтың, Вашингтонда) so extraction meets inflected forms.
import type { Predicate } from '../core/types';
import type { GeneratedEntity } from './entity-factory';
import { inflect, type KazakhCase } from './kazakh-case';
import type { Rng } from './prng';

export type TextLang = 'kk' | 'ru' | 'en';

export interface Statement {
  predicate: Predicate;
  subject: GeneratedEntity;
  object: GeneratedEntity;
  place: GeneratedEntity | null;
  counterpart: GeneratedEntity | null;
  /** YYYY-MM-DD of the article. */
  date: string;
}

/** A Kazakh mention: the full label, or the short form (a surname) a second mention uses. */
function kk(e: GeneratedEntity, c: KazakhCase, short = false): string {
  const label = short && e.shortKk ? e.shortKk : e.record.label_kk;
  return inflect(label, c, short ? false : e.possessive);
}

const KK_OPENERS: readonly string[] = [
  '', '', '', 'Kazinform агенттігінің хабарлауынша, ', 'Брифинг барысында ', 'Сондай-ақ ', 'Ведомство мәліметінше, ',
  'Бұған дейін ', 'Келіссөздер барысында ',
];
const KK_CLOSERS: readonly string[] = [
  '', '', ' Бұл туралы ведомствоның баспасөз қызметі хабарлады.', ' Тараптар ынтымақтастықтың перспективаларын талқылады.',
  ' Іс-шараға бірнеше елдің делегациялары қатысты.',
];

function kkCore(s: Statement, r: Rng): string {
  const S = kk(s.subject, 'nom', r.chance(0.3));
  const O = (c: KazakhCase): string => kk(s.object, c);
  const at = s.place ? `${kk(s.place, 'loc')} ` : '';
  switch (s.predicate) {
    case 'attended': return s.place ? `${S} ${kk(s.place, 'loc')} өткен ${O('dat')} қатысты.` : `${S} ${O('dat')} қатысты.`;
    case 'invited': return `${S} ${O('acc')} ресми сапармен келуге шақырды.`;
    case 'met_with': return `${at}${S} ${O('ins')} кездесті.`;
    case 'signed': return s.counterpart ? `${S} ${kk(s.counterpart, 'ins')} бірге ${O('dat')} қол қойды.` : `${at}${S} ${O('dat')} қол қойды.`;
    case 'signed_with': return `${at}${S} ${O('ins')} бірқатар құжатқа қол қойды.`;
    case 'held_in': return `${S} ${O('loc')} өтті.`;
    case 'holds_position': return `${kk(s.object, 'nom')} ${kk(s.subject, 'nom')} ${at}брифингте мәлімдеме жасады.`;
    case 'member_of': return `${S} ${O('gen')} мүшесі болып табылады.`;
    case 'represents': return `${at}${S} ${O('gen')} атынан сөз сөйледі.`;
    case 'visited': return `${S} ${O('dat')} ресми сапармен барды.`;
    case 'said': return r.chance(0.5) ? `${at}${S} ${O('nom')} туралы мәлімдеді.` : `- ${kk(s.object, 'nom')} біз үшін басты басымдық, - деді ${S}.`;
    case 'proposed': return `${at}${S} ${O('acc')} ұсынды.`;
    case 'announced': return `${S} ${O('nom')} туралы хабарлады.`;
    case 'cooperates_with': return `${S} ${O('ins')} ынтымақтастықты кеңейтуге дайын екенін айтты.`;
    case 'supplies': return `${S} ${O('acc')} экспортқа жеткізеді.`;
    case 'located_in': return `${S} ${O('loc')} орналасқан.`;
    case 'part_of': return `${S} ${O('gen')} құрамына кіреді.`;
    case 'established': return `${S} ${O('acc')} құру туралы шешім қабылдады.`;
    case 'discussed': return s.counterpart ? `${at}${S} ${kk(s.counterpart, 'ins')} ${O('acc')} талқылады.` : `${at}${S} ${O('acc')} талқылады.`;
    case 'leads': return `${O('acc')} ${kk(s.subject, 'nom')} басқарады.`;
    case 'agreed_with': return `${at}${S} ${O('ins')} келісімге келді.`;
  }
}

function ruCore(s: Statement): string {
  const S = s.subject.record.label_ru;
  const O = s.object.record.label_ru;
  const at = s.place ? ` (${s.place.record.label_ru})` : '';
  switch (s.predicate) {
    case 'attended': return `${S} принял участие в мероприятии «${O}»${at}.`;
    case 'invited': return `${S} направил приглашение: ${O}.`;
    case 'met_with': return `Состоялась встреча: ${S} и ${O}${at}.`;
    case 'signed': return `${S} подписал документ «${O}»${s.counterpart ? ` вместе со стороной «${s.counterpart.record.label_ru}»` : ''}.`;
    case 'signed_with': return `${S} и ${O} подписали пакет документов${at}.`;
    case 'held_in': return `Мероприятие «${S}» прошло в месте: ${O}.`;
    case 'holds_position': return `${O} ${S} выступил на брифинге${at}.`;
    case 'member_of': return `${S} входит в состав: ${O}.`;
    case 'represents': return `${S} выступил от имени стороны «${O}»${at}.`;
    case 'visited': return `${S} посетил с официальным визитом: ${O}.`;
    case 'said': return `${S} сделал заявление на тему «${O}»${at}.`;
    case 'proposed': return `${S} выдвинул предложение: «${O}».`;
    case 'announced': return `${S} объявил: «${O}».`;
    case 'cooperates_with': return `${S} и ${O} расширяют сотрудничество, говорится в сообщении.`;
    case 'supplies': return `${S} поставляет на экспорт: ${O}.`;
    case 'located_in': return `${S} находится в месте: ${O}.`;
    case 'part_of': return `${S} входит в состав: «${O}».`;
    case 'established': return `${S} учредил: «${O}».`;
    case 'discussed': return `${S} обсудил тему «${O}»${s.counterpart ? ` со стороной «${s.counterpart.record.label_ru}»` : ''}${at}.`;
    case 'leads': return `${S} возглавляет: «${O}».`;
    case 'agreed_with': return `${S} и ${O} достигли договорённости${at}.`;
  }
}

function enCore(s: Statement, r: Rng): string {
  const S = s.subject.record.label_en;
  const O = s.object.record.label_en;
  const at = s.place ? ` in ${s.place.record.label_en}` : '';
  switch (s.predicate) {
    case 'attended': return `${S} attended the ${O}${at}.`;
    case 'invited': return `${S} invited ${O} to pay an official visit.`;
    case 'met_with': return `${S} met with ${O}${at}.`;
    case 'signed': return `${S} signed the ${O}${s.counterpart ? ` together with ${s.counterpart.record.label_en}` : ''}.`;
    case 'signed_with': return `${S} and ${O} signed a package of documents${at}.`;
    case 'held_in': return `The ${S} was held in ${O}.`;
    case 'holds_position': return `${O} ${S} spoke at a briefing${at}.`;
    case 'member_of': return `${S} is a member of ${O}.`;
    case 'represents': return `${S} spoke on behalf of ${O}${at}.`;
    case 'visited': return `${S} paid an official visit to ${O}.`;
    case 'said': return r.chance(0.5) ? `"${O} is a priority for us," ${S} said${at}.` : `${S} made a statement on ${O}${at}.`;
    case 'proposed': return `${S} proposed ${O}.`;
    case 'announced': return `${S} announced ${O}.`;
    case 'cooperates_with': return `${S} and ${O} are expanding their cooperation, the statement said.`;
    case 'supplies': return `${S} exports ${O}.`;
    case 'located_in': return `${S} is located in ${O}.`;
    case 'part_of': return `${S} is part of ${O}.`;
    case 'established': return `${S} established ${O}.`;
    case 'discussed': return `${S} discussed ${O}${s.counterpart ? ` with ${s.counterpart.record.label_en}` : ''}${at}.`;
    case 'leads': return `${S} leads ${O}.`;
    case 'agreed_with': return `${S} reached an agreement with ${O}${at}.`;
  }
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** One sentence stating `s` in `lang`, with the openers and closers news wraps facts in. */
export function evidenceSentence(s: Statement, lang: TextLang, r: Rng): string {
  if (lang === 'ru') return ruCore(s);
  if (lang === 'en') return enCore(s, r);
  const opener = r.pick(KK_OPENERS);
  const core = kkCore(s, r);
  return `${opener}${opener ? core : capitalise(core)}${r.pick(KK_CLOSERS)}`;
}

/** Sentences between facts: news has them, and extraction must read past them. */
export const KK_FILLER: readonly string[] = [
  'Бұл туралы Kazinform агенттігінің тілшісі хабарлайды.',
  'Тараптар экономикалық ынтымақтастықтың қазіргі жай-күйі мен болашағын талқылады.',
  'Кездесу технологиялық инновациялар мен экономикалық даму үшін маңызды деп бағаланды.',
  'Сарапшылардың пікірінше, өңірдегі жеткізу тізбектері әлі де әлсіз болып қала береді.',
  'Іс-шара барысында бірнеше екіжақты кездесу өтті.',
];
export const RU_FILLER: readonly string[] = [
  'Об этом сообщает корреспондент агентства.',
  'Стороны обсудили текущее состояние и перспективы экономического сотрудничества.',
];
export const EN_FILLER: readonly string[] = [
  'The agency\'s correspondent reports.',
  'The parties discussed the current state and prospects of economic cooperation.',
];
