// Kazakh word lists the rules read: head nouns that make a phrase an organisation, event, document or
// place; office titles with their English names; anaphors. Stems are loose keys (see tokens.looseKey),
// so «министрі», «министрінің» and «министр» all reach «министр».
import type { EntityType } from '../core/types';
import type { Case } from './kazakh-morphology';
import { looseKey } from './tokens';

const keys = (...words: string[]): ReadonlySet<string> => new Set(words.map(looseKey));

/** Office titles (stem → English), possibly hyphenated: вице-президент, премьер-министр. */
export const KK_ROLE_HEADS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    министр: 'Minister', президент: 'President', 'вице-президент': 'Vice President', 'премьер-министр': 'Prime Minister',
    хатшы: 'Secretary', төраға: 'Chairman', басшы: 'Head', король: 'King', корол: 'King', ханзада: 'Prince', әмір: 'Emir',
    сұлтан: 'Sultan', канцлер: 'Chancellor', елші: 'Ambassador', директор: 'Director', әкім: 'Akim', орынбасар: 'Deputy',
    спикер: 'Speaker', депутат: 'Member of Parliament', сенатор: 'Senator', кеңесші: 'Adviser', мэр: 'Mayor',
    губернатор: 'Governor', премьер: 'Premier', 'вице-министр': 'Vice Minister', төрайым: 'Chairwoman', патша: 'King',
    'бас хатшы': 'Secretary-General', 'бас директор': 'Chief Executive Officer', 'басқарма төрағасы': 'Chairman of the Management Board',
    'мемлекеттік хатшы': 'Secretary of State', 'мемлекет басшы': 'President', 'үкімет басшы': 'Head of Government',
    'бас прокурор': 'Prosecutor General', 'атқарушы директор': 'Executive Director', 'тұрақты өкіл': 'Permanent Representative',
    'арнайы өкіл': 'Special Envoy', 'баспасөз хатшы': 'Press Secretary', 'сыртқы істер министр': 'Minister of Foreign Affairs',
  }).map(([k, v]) => [looseKey(k.replace(/-/g, '')), v]),
);

/** Ministry domains for the English name of a ministry's minister: «Сауда министрі» → Minister of Trade. */
export const KK_DOMAINS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'сыртқы істер': 'Foreign Affairs', 'ішкі істер': 'Internal Affairs', қаржы: 'Finance', энергетика: 'Energy',
    'сауда және интеграция': 'Trade and Integration', сауда: 'Trade', 'өнеркәсіп және құрылыс': 'Industry and Construction',
    'ұлттық экономика': 'National Economy', қорғаныс: 'Defence', әділет: 'Justice', 'денсаулық сақтау': 'Healthcare',
    'оқу-ағарту': 'Education', 'ғылым және жоғары білім': 'Science and Higher Education', 'ауыл шаруашылығы': 'Agriculture',
    көлік: 'Transport', 'цифрлық даму, инновациялар және аэроғарыш өнеркәсібі': 'Digital Development', мәдениет: 'Culture',
    'мәдениет және ақпарат': 'Culture and Information', экология: 'Ecology', 'еңбек және халықты әлеуметтік қорғау': 'Labour and Social Protection',
    'төтенше жағдайлар': 'Emergency Situations', 'су ресурстары және ирригация': 'Water Resources and Irrigation', 'туризм және спорт': 'Tourism and Sports',
  }).map(([k, v]) => [k.split(/\s+/).map(looseKey).join(' '), v]),
);

export const KK_ORG_HEADS = keys(
  'министрлік', 'компания', 'корпорация', 'қор', 'агенттік', 'банк', 'университет', 'әкімшілік', 'армия', 'ұйым',
  'қауымдастық', 'комитет', 'департамент', 'кеңсе', 'палата', 'серіктестік', 'холдинг', 'концерн', 'партия',
  'парламент', 'үкімет', 'институт', 'академия', 'одақ', 'альянс', 'кәсіпорын', 'ведомство', 'қызмет', 'алқа',
  'биржа', 'бірлестік', 'федерация', 'консорциум', 'басқарма', 'инспекция', 'прокуратура', 'сот', 'мәжіліс', 'сенат', 'штаб',
);

/** Organisation heads that are common nouns standing for the last organisation named: «Компания …». */
export const KK_ORG_ANAPHORS = keys('компания', 'зауыт', 'комбинат', 'корпорация', 'қор', 'министрлік', 'ведомство', 'агенттік', 'банк', 'холдинг', 'кәсіпорын', 'ұйым');

export const KK_EVENT_HEADS = keys(
  'конференция', 'кездесу', 'саммит', 'форум', 'отырыс', 'сессия', 'шара', 'іс-шара', 'съезд', 'көрме', 'жиналыс',
  'симпозиум', 'фестиваль', 'рәсім', 'брифинг', 'конгресс', 'сапар', 'келіссөз', 'дөңгелек үстел', 'пленум', 'жиын',
  'мерекесі', 'консультация', 'министрлік конференция', 'бизнес-форум', 'апталығы', 'визит', 'жарыс', 'чемпионат',
);

export const KK_DOCUMENT_HEADS = keys(
  'меморандум', 'келісім', 'келісімшарт', 'шарт', 'мәлімдеме', 'декларация', 'құжат', 'хаттама', 'бағдарлама',
  'жол картасы', 'заң', 'жарлық', 'қаулы', 'тізім', 'конвенция', 'хартия', 'коммюнике', 'келісімдер', 'жоспар',
);

export const KK_PLACE_HEADS = keys('облыс', 'қала', 'аудан', 'ауыл', 'өңір', 'аймақ', 'орталық', 'кент', 'порт', 'кен орны');

/** Generic event nouns that refer back to the last event: «Іс-шара … өтті», «Кездесу барысында». */
export const KK_EVENT_ANAPHORS = keys('шара', 'кездесу', 'конференция', 'форум', 'саммит', 'отырыс', 'жиын', 'сессия', 'сұхбат', 'келіссөз');
export const KK_DOCUMENT_ANAPHORS = keys('құжат', 'меморандум', 'келісім', 'шарт');

/** Personal pronouns for a person already named. */
export const KK_HE = keys('ол');
export const KK_HIM: ReadonlyMap<string, Case> = new Map<string, Case>([['оны', 'acc'], ['оған', 'dat'], ['онымен', 'ins'], ['оның', 'gen'], ['одан', 'abl'], ['онда', 'loc']]);

/** Plural nouns for the two sides of the last conversation: «министрлер … талқылады». */
export const KK_BOTH_SIDES = keys('министр', 'басшы', 'тарап', 'лидер', 'көшбасшы', 'президент', 'делегация');

/** Words that never start or continue a noun phrase an argument is read from. */
export const KK_STOP = keys(
  'және', 'мен', 'бен', 'пен', 'әрі', 'бірақ', 'алайда', 'сондай-ақ', 'сондай', 'ақ', 'бұл', 'осы', 'сол', 'ол', 'олар',
  'бүгін', 'кеше', 'биыл', 'былтыр', 'қазір', 'енді', 'да', 'де', 'та', 'те', 'деп', 'деген', 'дейін', 'кейін',
  'барысында', 'кезінде', 'аясында', 'арқылы', 'үшін', 'ретінде', 'сайын', 'туралы', 'жөнінде', 'бойынша', 'жөніндегі',
  'сәйкес', 'қатысты', 'байланысты', 'қарай', 'бері', 'соң', 'шейін', 'екен', 'еді', 'емес', 'болып', 'болды', 'болатын',
  'жыл', 'жылы', 'айы', 'айында', 'күні', 'оның', 'біз', 'сіз', 'біздің', 'сіздің', 'олардың', 'өз', 'өзара',
  'болатын', 'болған', 'болады', 'бар', 'жоқ', 'керек', 'тиіс', 'мүмкін',
);

/** Postpositions that keep a noun phrase going: «ынтымақтастық туралы меморандум». */
export const KK_NP_LINKS = keys('туралы', 'бойынша', 'жөніндегі', 'жөнінде', 'арасындағы', 'саласындағы', 'арналған', 'және');

export function headType(stem: string): EntityType | null {
  if (KK_ORG_HEADS.has(stem)) return 'organization';
  if (KK_EVENT_HEADS.has(stem)) return 'event';
  if (KK_DOCUMENT_HEADS.has(stem)) return 'document';
  if (KK_PLACE_HEADS.has(stem)) return 'place';
  return null;
}
