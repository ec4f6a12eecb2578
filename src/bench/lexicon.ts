// Word lists for generated entities, each entry in Kazakh, Russian and English. Real names where the
// world has a fixed set (countries, cities, commodities); Kazakh name parts combined for people.

export interface Trilingual {
  kk: string;
  ru: string;
  en: string;
}

export interface CountryWords extends Trilingual {
  /** Russian genitive, for «Министерство … Казахстана». */
  ruGen: string;
  slug: string;
}

const c = (slug: string, en: string, kk: string, ru: string, ruGen: string): CountryWords => ({ slug, en, kk, ru, ruGen });

/** The seed's two countries first: they become the hubs, as in the seed. */
export const COUNTRIES: readonly CountryWords[] = [
  c('kazakhstan', 'Kazakhstan', 'Қазақстан', 'Казахстан', 'Казахстана'),
  c('united-states', 'United States', 'АҚШ', 'США', 'США'),
  c('russia', 'Russia', 'Ресей', 'Россия', 'России'),
  c('china', 'China', 'Қытай', 'Китай', 'Китая'),
  c('uzbekistan', 'Uzbekistan', 'Өзбекстан', 'Узбекистан', 'Узбекистана'),
  c('kyrgyzstan', 'Kyrgyzstan', 'Қырғызстан', 'Кыргызстан', 'Кыргызстана'),
  c('tajikistan', 'Tajikistan', 'Тәжікстан', 'Таджикистан', 'Таджикистана'),
  c('turkmenistan', 'Turkmenistan', 'Түрікменстан', 'Туркменистан', 'Туркменистана'),
  c('turkey', 'Turkey', 'Түркия', 'Турция', 'Турции'),
  c('germany', 'Germany', 'Германия', 'Германия', 'Германии'),
  c('france', 'France', 'Франция', 'Франция', 'Франции'),
  c('united-kingdom', 'United Kingdom', 'Ұлыбритания', 'Великобритания', 'Великобритании'),
  c('italy', 'Italy', 'Италия', 'Италия', 'Италии'),
  c('japan', 'Japan', 'Жапония', 'Япония', 'Японии'),
  c('south-korea', 'South Korea', 'Оңтүстік Корея', 'Южная Корея', 'Южной Кореи'),
  c('india', 'India', 'Үндістан', 'Индия', 'Индии'),
  c('azerbaijan', 'Azerbaijan', 'Әзербайжан', 'Азербайджан', 'Азербайджана'),
  c('georgia', 'Georgia', 'Грузия', 'Грузия', 'Грузии'),
  c('armenia', 'Armenia', 'Армения', 'Армения', 'Армении'),
  c('belarus', 'Belarus', 'Беларусь', 'Беларусь', 'Беларуси'),
  c('ukraine', 'Ukraine', 'Украина', 'Украина', 'Украины'),
  c('poland', 'Poland', 'Польша', 'Польша', 'Польши'),
  c('hungary', 'Hungary', 'Венгрия', 'Венгрия', 'Венгрии'),
  c('iran', 'Iran', 'Иран', 'Иран', 'Ирана'),
  c('saudi-arabia', 'Saudi Arabia', 'Сауд Арабиясы', 'Саудовская Аравия', 'Саудовской Аравии'),
  c('united-arab-emirates', 'United Arab Emirates', 'Біріккен Араб Әмірліктері', 'Объединённые Арабские Эмираты', 'Объединённых Арабских Эмиратов'),
  c('qatar', 'Qatar', 'Катар', 'Катар', 'Катара'),
  c('egypt', 'Egypt', 'Мысыр', 'Египет', 'Египта'),
  c('pakistan', 'Pakistan', 'Пәкістан', 'Пакистан', 'Пакистана'),
  c('afghanistan', 'Afghanistan', 'Ауғанстан', 'Афганистан', 'Афганистана'),
  c('mongolia', 'Mongolia', 'Моңғолия', 'Монголия', 'Монголии'),
  c('canada', 'Canada', 'Канада', 'Канада', 'Канады'),
  c('australia', 'Australia', 'Аустралия', 'Австралия', 'Австралии'),
  c('brazil', 'Brazil', 'Бразилия', 'Бразилия', 'Бразилии'),
  c('chile', 'Chile', 'Чили', 'Чили', 'Чили'),
  c('argentina', 'Argentina', 'Аргентина', 'Аргентина', 'Аргентины'),
  c('south-africa', 'South Africa', 'Оңтүстік Африка', 'Южная Африка', 'Южной Африки'),
  c('indonesia', 'Indonesia', 'Индонезия', 'Индонезия', 'Индонезии'),
  c('malaysia', 'Malaysia', 'Малайзия', 'Малайзия', 'Малайзии'),
  c('vietnam', 'Vietnam', 'Вьетнам', 'Вьетнам', 'Вьетнама'),
  c('singapore', 'Singapore', 'Сингапур', 'Сингапур', 'Сингапура'),
  c('spain', 'Spain', 'Испания', 'Испания', 'Испании'),
  c('netherlands', 'Netherlands', 'Нидерланд', 'Нидерланды', 'Нидерландов'),
  c('switzerland', 'Switzerland', 'Швейцария', 'Швейцария', 'Швейцарии'),
  c('austria', 'Austria', 'Аустрия', 'Австрия', 'Австрии'),
  c('czechia', 'Czechia', 'Чехия', 'Чехия', 'Чехии'),
  c('finland', 'Finland', 'Финляндия', 'Финляндия', 'Финляндии'),
  c('sweden', 'Sweden', 'Швеция', 'Швеция', 'Швеции'),
  c('norway', 'Norway', 'Норвегия', 'Норвегия', 'Норвегии'),
  c('israel', 'Israel', 'Израиль', 'Израиль', 'Израиля'),
];

/** Kazakh given names (male, female); Russian and English spellings are derived. */
export const GIVEN_MALE: readonly string[] = [
  'Ермек', 'Асқар', 'Нұрлан', 'Қайрат', 'Ерлан', 'Серік', 'Бауыржан', 'Дәурен', 'Мұрат', 'Ғалым', 'Талғат', 'Әлібек',
  'Жандос', 'Бақытжан', 'Арман', 'Тимур', 'Нұрсұлтан', 'Берік', 'Олжас', 'Рустем', 'Данияр', 'Әділ', 'Марат', 'Саят',
  'Ербол', 'Қанат', 'Жомарт', 'Мұхтар', 'Ержан', 'Нұржан', 'Айдос', 'Бекзат', 'Дархан', 'Азамат', 'Ілияс', 'Руслан',
];
export const GIVEN_FEMALE: readonly string[] = [
  'Айгүл', 'Динара', 'Гүлнар', 'Әсел', 'Жанар', 'Мәдина', 'Ақмарал', 'Сәуле', 'Айжан', 'Назгүл', 'Ләззат', 'Томирис',
  'Балжан', 'Гүлмира', 'Айман', 'Жұлдыз', 'Салтанат', 'Меруерт', 'Дана', 'Камила', 'Әйгерім', 'Аружан',
];
/** Surname stems: a stem ending in -й takes -ев in its place (Көшербай → Көшербаев), others -ов/-ев. */
export const SURNAME_ROOTS: readonly string[] = [
  'Көшербай', 'Тоқай', 'Нұрлыбай', 'Смағұл', 'Жақсыбек', 'Әбдір', 'Ермекбай', 'Сәрсенбай', 'Құдайберген', 'Оспан',
  'Тасмағамбет', 'Мұхамеджан', 'Бекет', 'Жұмағали', 'Қасым', 'Ахмет', 'Байбек', 'Омар', 'Сұлтан', 'Исабек', 'Дүйсенбай',
  'Қожахмет', 'Серікбай', 'Төлеген', 'Әлімжан', 'Мамыт', 'Бекмұхамбет', 'Шөкей', 'Нұрпейіс', 'Ыбырай', 'Жанұзақ',
  'Байжан', 'Әуез', 'Мырзахмет', 'Тұрсын', 'Ибрагим', 'Сейіт', 'Қанат', 'Үсен', 'Рахым', 'Есім', 'Тілеубай', 'Ілияс',
  'Сапар', 'Бектұрған',
];

/** Foreign people appear in every story; spelled as Kazakh and Russian news spell them. */
export const FOREIGN_GIVEN: readonly Trilingual[] = [
  { en: 'John', kk: 'Джон', ru: 'Джон' }, { en: 'Michael', kk: 'Майкл', ru: 'Майкл' }, { en: 'Anna', kk: 'Анна', ru: 'Анна' },
  { en: 'Thomas', kk: 'Томас', ru: 'Томас' }, { en: 'Maria', kk: 'Мария', ru: 'Мария' }, { en: 'David', kk: 'Дэвид', ru: 'Дэвид' },
  { en: 'Olaf', kk: 'Олаф', ru: 'Олаф' }, { en: 'Li', kk: 'Ли', ru: 'Ли' }, { en: 'Kenji', kk: 'Кэндзи', ru: 'Кэндзи' },
  { en: 'Ahmed', kk: 'Ахмед', ru: 'Ахмед' }, { en: 'Elena', kk: 'Елена', ru: 'Елена' }, { en: 'Pierre', kk: 'Пьер', ru: 'Пьер' },
];
export const FOREIGN_SURNAMES: readonly Trilingual[] = [
  { en: 'Smith', kk: 'Смит', ru: 'Смит' }, { en: 'Miller', kk: 'Миллер', ru: 'Миллер' }, { en: 'Schneider', kk: 'Шнайдер', ru: 'Шнайдер' },
  { en: 'Rossi', kk: 'Росси', ru: 'Росси' }, { en: 'Wang', kk: 'Ван', ru: 'Ван' }, { en: 'Tanaka', kk: 'Танака', ru: 'Танака' },
  { en: 'Yilmaz', kk: 'Йылмаз', ru: 'Йылмаз' }, { en: 'Kowalski', kk: 'Ковальский', ru: 'Ковальский' }, { en: 'Dubois', kk: 'Дюбуа', ru: 'Дюбуа' },
  { en: 'Kim', kk: 'Ким', ru: 'Ким' }, { en: 'Haddad', kk: 'Хаддад', ru: 'Хаддад' }, { en: 'Johnson', kk: 'Джонсон', ru: 'Джонсон' },
  { en: 'Novak', kk: 'Новак', ru: 'Новак' }, { en: 'Petrov', kk: 'Петров', ru: 'Петров' }, { en: 'Garcia', kk: 'Гарсиа', ru: 'Гарсиа' },
];

/** Policy areas: ministries, roles, topics and documents are built from them. */
export interface Domain extends Trilingual {
  /** Russian genitive: «Министерство энергетики». */
  ruGen: string;
}
export const DOMAINS: readonly Domain[] = [
  { en: 'Foreign Affairs', kk: 'Сыртқы істер', ru: 'иностранные дела', ruGen: 'иностранных дел' },
  { en: 'Energy', kk: 'Энергетика', ru: 'энергетика', ruGen: 'энергетики' },
  { en: 'Industry and Construction', kk: 'Өнеркәсіп және құрылыс', ru: 'промышленность и строительство', ruGen: 'промышленности и строительства' },
  { en: 'Trade and Integration', kk: 'Сауда және интеграция', ru: 'торговля и интеграция', ruGen: 'торговли и интеграции' },
  { en: 'Finance', kk: 'Қаржы', ru: 'финансы', ruGen: 'финансов' },
  { en: 'National Economy', kk: 'Ұлттық экономика', ru: 'национальная экономика', ruGen: 'национальной экономики' },
  { en: 'Ecology and Natural Resources', kk: 'Экология және табиғи ресурстар', ru: 'экология и природные ресурсы', ruGen: 'экологии и природных ресурсов' },
  { en: 'Digital Development', kk: 'Цифрлық даму', ru: 'цифровое развитие', ruGen: 'цифрового развития' },
  { en: 'Transport', kk: 'Көлік', ru: 'транспорт', ruGen: 'транспорта' },
  { en: 'Agriculture', kk: 'Ауыл шаруашылығы', ru: 'сельское хозяйство', ruGen: 'сельского хозяйства' },
  { en: 'Science and Higher Education', kk: 'Ғылым және жоғары білім', ru: 'наука и высшее образование', ruGen: 'науки и высшего образования' },
  { en: 'Defence', kk: 'Қорғаныс', ru: 'оборона', ruGen: 'обороны' },
];

export interface Commodity extends Trilingual {
  slug: string;
  ruGen: string;
}
export const COMMODITIES: readonly Commodity[] = [
  { slug: 'uranium', en: 'uranium', kk: 'уран', ru: 'уран', ruGen: 'урана' },
  { slug: 'copper', en: 'copper', kk: 'мыс', ru: 'медь', ruGen: 'меди' },
  { slug: 'lithium', en: 'lithium', kk: 'литий', ru: 'литий', ruGen: 'лития' },
  { slug: 'tungsten', en: 'tungsten', kk: 'вольфрам', ru: 'вольфрам', ruGen: 'вольфрама' },
  { slug: 'rare-earths', en: 'rare-earth metals', kk: 'сирек жер металдары', ru: 'редкоземельные металлы', ruGen: 'редкоземельных металлов' },
  { slug: 'zinc', en: 'zinc', kk: 'мырыш', ru: 'цинк', ruGen: 'цинка' },
  { slug: 'chromium', en: 'chromium', kk: 'хром', ru: 'хром', ruGen: 'хрома' },
  { slug: 'titanium', en: 'titanium', kk: 'титан', ru: 'титан', ruGen: 'титана' },
  { slug: 'gallium', en: 'gallium', kk: 'галлий', ru: 'галлий', ruGen: 'галлия' },
  { slug: 'beryllium', en: 'beryllium', kk: 'бериллий', ru: 'бериллий', ruGen: 'бериллия' },
  { slug: 'tantalum', en: 'tantalum', kk: 'тантал', ru: 'тантал', ruGen: 'тантала' },
  { slug: 'manganese', en: 'manganese', kk: 'марганец', ru: 'марганец', ruGen: 'марганца' },
  { slug: 'cobalt', en: 'cobalt', kk: 'кобальт', ru: 'кобальт', ruGen: 'кобальта' },
  { slug: 'nickel', en: 'nickel', kk: 'никель', ru: 'никель', ruGen: 'никеля' },
  { slug: 'oil', en: 'crude oil', kk: 'шикі мұнай', ru: 'сырая нефть', ruGen: 'сырой нефти' },
  { slug: 'gas', en: 'natural gas', kk: 'табиғи газ', ru: 'природный газ', ruGen: 'природного газа' },
  { slug: 'wheat', en: 'wheat', kk: 'бидай', ru: 'пшеница', ruGen: 'пшеницы' },
  { slug: 'gold', en: 'gold', kk: 'алтын', ru: 'золото', ruGen: 'золота' },
];

/** Kazakh place-name roots for deposits, districts and towns (Ақтоғай, Жезқазған). */
export const PLACE_ROOTS: readonly string[] = [
  'Ақтоғай', 'Жезқазған', 'Қашаған', 'Теңіз', 'Бозшакөл', 'Көктас', 'Қарағанды', 'Ақсу', 'Балқаш', 'Сарыарқа', 'Жетісу',
  'Ұлытау', 'Көкшетау', 'Қызылжар', 'Шалқар', 'Ертіс', 'Алтай', 'Тараз', 'Түркістан', 'Атырау', 'Маңғыстау', 'Ақтөбе',
  'Қостанай', 'Павлодар', 'Семей', 'Өскемен', 'Талдықорған', 'Байқоңыр', 'Екібастұз', 'Сәтбаев', 'Қаражал', 'Жаңаөзен',
];
export const PLACE_KINDS: readonly (Trilingual & { possessive: boolean })[] = [
  { en: 'deposit', kk: 'кен орны', ru: 'месторождение', possessive: true },
  { en: 'district', kk: 'ауданы', ru: 'район', possessive: true },
  { en: 'industrial zone', kk: 'индустриялық аймағы', ru: 'индустриальная зона', possessive: true },
  { en: 'port', kk: 'порты', ru: 'порт', possessive: true },
];

export const ORG_KINDS: readonly (Trilingual & { possessive: boolean })[] = [
  { en: 'Mining Company', kk: 'тау-кен компаниясы', ru: 'горнодобывающая компания', possessive: true },
  { en: 'Holding', kk: 'холдингі', ru: 'холдинг', possessive: true },
  { en: 'Development Bank', kk: 'даму банкі', ru: 'банк развития', possessive: true },
  { en: 'Research Institute', kk: 'ғылыми-зерттеу институты', ru: 'научно-исследовательский институт', possessive: true },
  { en: 'Chamber of Commerce', kk: 'сауда палатасы', ru: 'торговая палата', possessive: true },
  { en: 'Investment Fund', kk: 'инвестициялық қоры', ru: 'инвестиционный фонд', possessive: true },
];

export const EVENT_KINDS: readonly (Trilingual & { possessive: boolean })[] = [
  { en: 'Business Forum', kk: 'бизнес-форумы', ru: 'бизнес-форум', possessive: true },
  { en: 'Ministerial Conference', kk: 'министрлік конференциясы', ru: 'министерская конференция', possessive: true },
  { en: 'Intergovernmental Commission meeting', kk: 'үкіметаралық комиссия отырысы', ru: 'заседание межправительственной комиссии', possessive: true },
  { en: 'Summit', kk: 'саммиті', ru: 'саммит', possessive: true },
  { en: 'Investment Roundtable', kk: 'инвестициялық дөңгелек үстелі', ru: 'инвестиционный круглый стол', possessive: true },
];

export const DOCUMENT_KINDS: readonly (Trilingual & { possessive: boolean })[] = [
  { en: 'memorandum on cooperation', kk: 'ынтымақтастық туралы меморандум', ru: 'меморандум о сотрудничестве', possessive: false },
  { en: 'roadmap', kk: 'жол картасы', ru: 'дорожная карта', possessive: true },
  { en: 'intergovernmental agreement', kk: 'үкіметаралық келісім', ru: 'межправительственное соглашение', possessive: false },
  { en: 'joint statement', kk: 'бірлескен мәлімдеме', ru: 'совместное заявление', possessive: false },
];

export const ROLE_KINDS: readonly (Trilingual & { possessive: boolean })[] = [
  { en: 'Minister', kk: 'министрі', ru: 'Министр', possessive: true },
  { en: 'Deputy Minister', kk: 'вице-министрі', ru: 'Вице-министр', possessive: true },
  { en: 'Ambassador', kk: 'елшісі', ru: 'Посол', possessive: true },
  { en: 'Special Envoy', kk: 'арнайы өкілі', ru: 'Специальный представитель', possessive: true },
];

export const TOPIC_ASPECTS: readonly (Trilingual & { possessive: boolean })[] = [
  { en: 'supply chains of', kk: 'жеткізу тізбектері', ru: 'цепочки поставок', possessive: true },
  { en: 'production of', kk: 'өндірісі', ru: 'производство', possessive: true },
  { en: 'processing of', kk: 'өңдеу', ru: 'переработка', possessive: false },
  { en: 'export of', kk: 'экспорты', ru: 'экспорт', possessive: true },
  { en: 'prices of', kk: 'бағасы', ru: 'цены', possessive: true },
  { en: 'exploration of', kk: 'барлау', ru: 'разведка', possessive: false },
  { en: 'investment in', kk: 'саласына инвестиция тарту', ru: 'инвестиции в добычу', possessive: false },
];

export const MONEY_KINDS: readonly (Trilingual & { possessive: boolean })[] = [
  { en: 'investment fund', kk: 'инвестициялық қор', ru: 'инвестиционный фонд', possessive: false },
  { en: 'loan', kk: 'несие', ru: 'кредит', possessive: false },
  { en: 'grant', kk: 'грант', ru: 'грант', possessive: false },
  { en: 'strategic reserve', kk: 'стратегиялық қор', ru: 'стратегический резерв', possessive: false },
];
