// Kazakhstan's state bodies, national companies and news agencies (type organization, country kazakhstan).
// Bare Kazakh and Russian ministry names («Энергетика министрлігі», «Министерство энергетики») and «СІМ» mean
// Kazakhstan's ministry: foreign ones carry their country («АҚШ Энергетика министрлігі»), so the longer name
// wins where the text names another state. Bare English names are left out: English news names any country's.

import type { EntityRecord } from '../../core/types';
import { e } from './entry';

const O = 'organization';
const KZ = 'kazakhstan';

/**
 * A ministry of Kazakhstan: `en` like 'Ministry of Energy', `kk` like 'Энергетика министрлігі', `ru` like
 * 'Министерство энергетики'. Builds the full official names and the usual short forms.
 */
function ministry(id: string, en: string, kk: string, ru: string, extra = ''): EntityRecord {
  const aliases = [
    `${en} of the Republic of Kazakhstan`,
    `Kazakhstan's ${en}`,
    `Қазақстан Республикасы ${kk}`,
    `ҚР ${kk}`,
    kk,
    `${ru} РК`,
    `${ru} Казахстана`,
    ru,
  ].join('|');
  return e(id, O, `${en} of Kazakhstan`, `Қазақстан Республикасының ${kk}`, `${ru} Республики Казахстан`,
    extra === '' ? aliases : `${aliases}|${extra}`, KZ);
}

export const KAZAKHSTAN_BODIES: readonly EntityRecord[] = [
  e('kazakhstan-presidential-administration', O, 'Presidential Administration of Kazakhstan', 'Қазақстан Республикасы Президентінің Әкімшілігі', 'Администрация Президента Республики Казахстан', 'Akorda|Ak Orda|Ақорда|Акорда|Kazakh Presidential Administration|Президент Әкімшілігі|ҚР Президентінің Әкімшілігі|Администрация Президента РК|Администрация Президента Казахстана|АП РК', KZ),
  e('kazakhstan-government', O, 'Government of Kazakhstan', 'Қазақстан Республикасының Үкіметі', 'Правительство Республики Казахстан', "Kazakh Government|Kazakhstan's Government|Government of the Republic of Kazakhstan|ҚР Үкіметі|Қазақстан Үкіметі|Правительство РК|Правительство Казахстана", KZ),
  e('kazakhstan-parliament', O, 'Parliament of Kazakhstan', 'Қазақстан Республикасының Парламенті', 'Парламент Республики Казахстан', "Kazakh Parliament|Kazakhstan's Parliament|ҚР Парламенті|Қазақстан Парламенті|Парламент РК|Парламент Казахстана", KZ),
  e('kazakhstan-senate', O, 'Senate of Kazakhstan', 'Қазақстан Республикасы Парламентінің Сенаты', 'Сенат Парламента Республики Казахстан', 'Senate of the Parliament of Kazakhstan|Kazakh Senate|Парламент Сенаты|ҚР Парламенті Сенаты|ҚР Сенаты|Сенат Парламента|Сенат Парламента РК|Сенат РК|Сенат Казахстана', KZ),
  e('kazakhstan-mazhilis', O, 'Mazhilis', 'Қазақстан Республикасы Парламентінің Мәжілісі', 'Мажилис Парламента Республики Казахстан', 'Mazhilis of Kazakhstan|Majilis|Mazhilis of the Parliament of Kazakhstan|Мәжіліс|Парламент Мәжілісі|ҚР Парламенті Мәжілісі|Мажилис|Мажилис Парламента|Мажилис Парламента РК', KZ),
  e('kazakhstan-security-council', O, 'Security Council of Kazakhstan', 'Қазақстан Республикасының Қауіпсіздік Кеңесі', 'Совет Безопасности Республики Казахстан', 'ҚР Қауіпсіздік Кеңесі|Совет Безопасности РК|Совбез РК', KZ),
  e('kazakhstan-constitutional-court', O, 'Constitutional Court of Kazakhstan', 'Қазақстан Республикасының Конституциялық Соты', 'Конституционный Суд Республики Казахстан', 'Конституциялық Сот|Конституционный суд РК|ҚР Конституциялық Соты', KZ),
  e('kazakhstan-supreme-court', O, 'Supreme Court of Kazakhstan', 'Қазақстан Республикасының Жоғарғы Соты', 'Верховный Суд Республики Казахстан', 'ҚР Жоғарғы Соты|Верховный суд РК', KZ),
  e('kazakhstan-prosecutor-generals-office', O, "Prosecutor General's Office of Kazakhstan", 'Қазақстан Республикасының Бас прокуратурасы', 'Генеральная прокуратура Республики Казахстан', 'Бас прокуратура|ҚР Бас прокуратурасы|Генпрокуратура|Генеральная прокуратура РК', KZ),
  e('kazakhstan-national-security-committee', O, 'National Security Committee of Kazakhstan', 'Қазақстан Республикасының Ұлттық қауіпсіздік комитеті', 'Комитет национальной безопасности Республики Казахстан', 'KNB|ҰҚК|КНБ|ҚР ҰҚК|КНБ РК|Ұлттық қауіпсіздік комитеті|Комитет национальной безопасности', KZ),
  e('kazakhstan-anti-corruption-agency', O, 'Anti-Corruption Agency of Kazakhstan', 'Қазақстан Республикасының Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі', 'Агентство Республики Казахстан по противодействию коррупции', 'Anti-Corruption Service|Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі|Антикор|Агентство по противодействию коррупции', KZ),
  e('kazakhstan-strategic-planning-agency', O, 'Agency for Strategic Planning and Reforms of Kazakhstan', 'Қазақстан Республикасының Стратегиялық жоспарлау және реформалар агенттігі', 'Агентство по стратегическому планированию и реформам Республики Казахстан', 'Стратегиялық жоспарлау және реформалар агенттігі|Агентство по стратегическому планированию и реформам|АСПиР', KZ),
  e('kazakhstan-bureau-of-national-statistics', O, 'Bureau of National Statistics of Kazakhstan', 'Ұлттық статистика бюросы', 'Бюро национальной статистики', 'Bureau of National Statistics|ҰСБ|БНС|Бюро национальной статистики АСПиР РК', KZ),
  e('kazakhstan-financial-regulator', O, 'Agency for Regulation and Development of the Financial Market', 'Қаржы нарығын реттеу және дамыту агенттігі', 'Агентство по регулированию и развитию финансового рынка', 'ARDFM|АРРФР|ҚНРДА', KZ),
  e('kazakhstan-national-kurultai', O, 'National Kurultai', 'Ұлттық құрылтай', 'Национальный курултай', 'National Qurultai', KZ),
  e('assembly-of-people-of-kazakhstan', O, 'Assembly of People of Kazakhstan', 'Қазақстан халқы Ассамблеясы', 'Ассамблея народа Казахстана', 'ҚХА|АНК|People of Kazakhstan Assembly', KZ),
  e('kazakhstan-national-bank', O, 'National Bank of Kazakhstan', 'Қазақстан Республикасының Ұлттық Банкі', 'Национальный Банк Республики Казахстан', 'NBK|National Bank of the Republic of Kazakhstan|ҚР Ұлттық Банкі|Ұлттық банк|Национальный банк|Нацбанк|Нацбанк РК|Национальный банк Казахстана', KZ),
  // Ministries (2023–2025 structure).
  e('kazakhstan-mfa', O, 'Ministry of Foreign Affairs of Kazakhstan', 'Қазақстан Республикасының Сыртқы істер министрлігі', 'Министерство иностранных дел Республики Казахстан', 'MFA of Kazakhstan|Kazakh Foreign Ministry|Kazakh MFA|Foreign Ministry of Kazakhstan|Ministry of Foreign Affairs of the Republic of Kazakhstan|Қазақстан Республикасы Сыртқы істер министрлігі|ҚР Сыртқы істер министрлігі|Сыртқы істер министрлігі|ҚР СІМ|СІМ|МИД РК|МИД Казахстана|Министерство иностранных дел РК|Министерство иностранных дел Казахстана', KZ),
  ministry('kazakhstan-ministry-of-national-economy', 'Ministry of National Economy', 'Ұлттық экономика министрлігі', 'Министерство национальной экономики', 'ҰЭМ|МНЭ РК|Минэкономики РК|Минэкономики'),
  ministry('kazakhstan-ministry-of-finance', 'Ministry of Finance', 'Қаржы министрлігі', 'Министерство финансов', 'Минфин РК|Минфин'),
  ministry('kazakhstan-ministry-of-industry-and-construction', 'Ministry of Industry and Construction', 'Өнеркәсіп және құрылыс министрлігі', 'Министерство промышленности и строительства', 'МПС РК|Минпромстрой'),
  ministry('kazakhstan-ministry-of-energy', 'Ministry of Energy', 'Энергетика министрлігі', 'Министерство энергетики', 'Минэнерго РК|Минэнерго'),
  ministry('kazakhstan-ministry-of-trade-and-integration', 'Ministry of Trade and Integration', 'Сауда және интеграция министрлігі', 'Министерство торговли и интеграции', 'МТИ РК|Минторговли РК|Минторговли'),
  ministry('kazakhstan-ministry-of-digital-development', 'Ministry of Digital Development, Innovation and Aerospace Industry', 'Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі', 'Министерство цифрового развития, инноваций и аэрокосмической промышленности', 'Ministry of Digital Development|Цифрлық даму министрлігі|Министерство цифрового развития|МЦРИАП|Ministry of Artificial Intelligence and Digital Development|Жасанды интеллект және цифрлық даму министрлігі|Министерство искусственного интеллекта и цифрового развития'),
  ministry('kazakhstan-ministry-of-internal-affairs', 'Ministry of Internal Affairs', 'Ішкі істер министрлігі', 'Министерство внутренних дел', 'Ministry of Interior of Kazakhstan|ІІМ|ҚР ІІМ|МВД РК|МВД Казахстана'),
  ministry('kazakhstan-ministry-of-defence', 'Ministry of Defence', 'Қорғаныс министрлігі', 'Министерство обороны', 'Ministry of Defense of Kazakhstan|Минобороны РК|Минобороны Казахстана'),
  ministry('kazakhstan-ministry-of-justice', 'Ministry of Justice', 'Әділет министрлігі', 'Министерство юстиции', 'Минюст РК|Минюст'),
  ministry('kazakhstan-ministry-of-health', 'Ministry of Health', 'Денсаулық сақтау министрлігі', 'Министерство здравоохранения', 'ДСМ|ҚР ДСМ|Минздрав РК|Минздрав'),
  ministry('kazakhstan-ministry-of-education', 'Ministry of Education', 'Оқу-ағарту министрлігі', 'Министерство просвещения', 'Ministry of Enlightenment of Kazakhstan|Минпросвещения РК|Минпросвещения'),
  ministry('kazakhstan-ministry-of-science-and-higher-education', 'Ministry of Science and Higher Education', 'Ғылым және жоғары білім министрлігі', 'Министерство науки и высшего образования', 'МНВО РК|МНВО'),
  ministry('kazakhstan-ministry-of-agriculture', 'Ministry of Agriculture', 'Ауыл шаруашылығы министрлігі', 'Министерство сельского хозяйства', 'АШМ|ҚР АШМ|Минсельхоз РК|Минсельхоз|МСХ РК'),
  ministry('kazakhstan-ministry-of-transport', 'Ministry of Transport', 'Көлік министрлігі', 'Министерство транспорта', 'Минтранс РК|Минтранс'),
  ministry('kazakhstan-ministry-of-ecology', 'Ministry of Ecology and Natural Resources', 'Экология және табиғи ресурстар министрлігі', 'Министерство экологии и природных ресурсов', 'Ministry of Ecology of Kazakhstan|Экология министрлігі|Министерство экологии|МЭПР РК|Минэкологии РК|Минэкологии'),
  ministry('kazakhstan-ministry-of-water-resources', 'Ministry of Water Resources and Irrigation', 'Су ресурстары және ирригация министрлігі', 'Министерство водных ресурсов и ирригации', 'МВРИ РК|МВРИ'),
  ministry('kazakhstan-ministry-of-tourism-and-sports', 'Ministry of Tourism and Sports', 'Туризм және спорт министрлігі', 'Министерство туризма и спорта', 'Минтуризма и спорта'),
  ministry('kazakhstan-ministry-of-culture-and-information', 'Ministry of Culture and Information', 'Мәдениет және ақпарат министрлігі', 'Министерство культуры и информации', 'МКИ РК|Минкультуры РК|Минкультуры'),
  ministry('kazakhstan-ministry-of-labour', 'Ministry of Labour and Social Protection of the Population', 'Еңбек және халықты әлеуметтік қорғау министрлігі', 'Министерство труда и социальной защиты населения', 'Ministry of Labor of Kazakhstan|Ministry of Labour of Kazakhstan|ЕХӘҚМ|Еңбек министрлігі|МТСЗН РК|МТСЗН|Минтруда РК|Минтруда'),
  ministry('kazakhstan-ministry-of-emergency-situations', 'Ministry of Emergency Situations', 'Төтенше жағдайлар министрлігі', 'Министерство по чрезвычайным ситуациям', 'ТЖМ|ҚР ТЖМ|МЧС РК|МЧС Казахстана'),
  // National companies, holdings and development institutions.
  e('samruk-kazyna', O, 'Samruk-Kazyna', 'Самұрық-Қазына', 'Самрук-Казына', 'Samruk-Kazyna Sovereign Wealth Fund|Samruk-Kazyna JSC|Samruk Kazyna|Самұрық-Қазына ұлттық әл-ауқат қоры|Самұрық-Қазына қоры|Самрук-Қазына|Фонд национального благосостояния «Самрук-Қазына»|ФНБ «Самрук-Казына»', KZ),
  e('kazatomprom', O, 'Kazatomprom', 'Қазатомөнеркәсіп', 'Казатомпром', 'NAC Kazatomprom|National Atomic Company Kazatomprom|Kazatomprom JSC|Қазатомөнеркәсіп ұлттық атом компаниясы|Қазатомөнеркәсіп ұлттық компаниясы|Қазатомөнеркәсіп ҰАК|НАК «Казатомпром»|Национальная атомная компания «Казатомпром»', KZ),
  e('kazmunaygas', O, 'KazMunayGas', 'ҚазМұнайГаз', 'КазМунайГаз', 'KMG|National Company KazMunayGas|Kazmunaigas|ҚМГ|ҚазМұнайГаз ұлттық компаниясы|КМГ|НК «КазМунайГаз»|Национальная компания «КазМунайГаз»', KZ),
  e('qazaqgaz', O, 'QazaqGaz', 'QazaqGaz', 'QazaqGaz', 'QazaqGaz National Company|ҚазақГаз|КазахГаз|НК «QazaqGaz»', KZ),
  e('tau-ken-samruk', O, 'Tau-Ken Samruk', 'Тау-Кен Самұрық', 'Тау-Кен Самрук', 'National Mining Company Tau-Ken Samruk|Tau-Ken Samruk JSC|Тау-Кен Самұрық ұлттық тау-кен компаниясы|НГК «Тау-Кен Самрук»', KZ),
  e('kazakhstan-temir-zholy', O, 'Kazakhstan Temir Zholy', 'Қазақстан темір жолы', 'Қазақстан темір жолы', 'KTZ|Kazakhstan Railways|ҚТЖ|КТЖ|Казахстан темир жолы|НК «Қазақстан темір жолы»', KZ),
  e('kegoc', O, 'KEGOC', 'KEGOC', 'KEGOC', 'Kazakhstan Electricity Grid Operating Company|КЕГОК', KZ),
  e('baiterek', O, 'Baiterek Holding', 'Бәйтерек холдингі', 'Холдинг «Байтерек»', 'Baiterek National Managing Holding|Бәйтерек ұлттық басқарушы холдингі|НУХ «Байтерек»', KZ),
  e('kazakh-invest', O, 'Kazakh Invest', 'Kazakh Invest', 'Kazakh Invest', 'Kazakh Invest National Company|Казах Инвест', KZ),
  e('aifc', O, 'Astana International Financial Centre', 'Астана халықаралық қаржы орталығы', 'Международный финансовый центр «Астана»', 'AIFC|Astana International Financial Center|АХҚО|МФЦА', KZ),
  e('kazgeology', O, 'Kazgeology', 'Қазгеология', 'Казгеология', 'Qazgeology|Kazgeology JSC', KZ),
  e('ulba-metallurgical-plant', O, 'Ulba Metallurgical Plant', 'Үлбі металлургия зауыты', 'Ульбинский металлургический завод', 'UMP|Ulba Metallurgical Plant JSC|ҮМЗ|УМЗ', KZ),
  e('kazzinc', O, 'Kazzinc', 'Қазмырыш', 'Казцинк', 'Kazzinc LLP', KZ),
  e('kazakhmys', O, 'Kazakhmys', 'Қазақмыс', 'Казахмыс', 'Kazakhmys Corporation|Kazakhmys Copper', KZ),
  e('kaz-minerals', O, 'KAZ Minerals', 'KAZ Minerals', 'KAZ Minerals', 'Kaz Minerals|КАЗ Минералз', KZ),
  e('erg', O, 'Eurasian Resources Group', 'ERG', 'ERG', 'Еуразиялық топ|Евразийская группа', KZ),
  e('qarmet', O, 'Qarmet', 'Qarmet', 'Qarmet', 'Qarmet JSC|Кармет|ArcelorMittal Temirtau|АрселорМиттал Темиртау', KZ),
  // News agencies.
  e('kazinform', O, 'Kazinform', 'Kazinform', 'Казинформ', 'Kazinform International News Agency|Qazinform|ҚазАқпарат|Kazinform агенттігі|МИА «Казинформ»', KZ),
];
