// Office titles (type role, country ''). Labels are generic English titles, as the gold files use them
// ("President", "Minister of Foreign Affairs"): the state or body goes into a separate represents / member_of
// / leads triple. Aliases give the Kazakh and Russian title forms, including the possessive compounds that
// news writes after an organisation name («басқармасының төрағасы», «Премьер-министрінің орынбасары»).

import type { EntityRecord } from '../../core/types';
import { e } from './entry';

const R = 'role';

/** A minister of a named portfolio: kk 'Энергетика министрі', ru 'Министр энергетики'. */
function minister(id: string, en: string, kk: string, ru: string, aliases = ''): EntityRecord {
  return e(id, R, en, kk, ru, aliases);
}

export const ROLES: readonly EntityRecord[] = [
  // Heads of state and government.
  e('president', R, 'President', 'Президент', 'Президент', 'Head of State|Мемлекет басшысы|Глава государства|President of the Republic'),
  e('vice-president', R, 'Vice President', 'Вице-президент', 'Вице-президент', 'Vice-President|VP'),
  e('prime-minister', R, 'Prime Minister', 'Премьер-министр', 'Премьер-министр', 'Premier|Head of Government|Үкімет басшысы|Глава правительства|премьер'),
  e('first-deputy-prime-minister', R, 'First Deputy Prime Minister', 'Премьер-министрдің бірінші орынбасары', 'Первый заместитель премьер-министра', 'First Vice Premier|Премьер-министрінің бірінші орынбасары|Первый вице-премьер'),
  e('deputy-prime-minister', R, 'Deputy Prime Minister', 'Премьер-министрдің орынбасары', 'Заместитель премьер-министра', 'Vice Premier|Vice-Premier|Deputy Premier|Премьер-министрінің орынбасары|Вице-премьер|вице-премьер-министр'),
  e('chancellor', R, 'Chancellor', 'Канцлер', 'Канцлер', 'Federal Chancellor|Федералдық канцлер|Федеральный канцлер'),
  e('king', R, 'King', 'Король', 'Король', 'Monarch|Патша'),
  e('emir', R, 'Emir', 'Әмір', 'Эмир', 'Amir'),
  e('crown-prince', R, 'Crown Prince', 'Мұрагер ханзада', 'Наследный принц', 'Тақ мұрагері|Наследник престола'),
  e('supreme-leader', R, 'Supreme Leader', 'Жоғарғы көшбасшы', 'Верховный лидер', 'Supreme Leader of Iran|Жоғарғы көсем|Верховный руководитель|Рахбар'),
  e('pope', R, 'Pope', 'Рим Папасы', 'Папа Римский', 'Pontiff|Понтифик'),
  e('secretary-of-state', R, 'Secretary of State', 'Мемлекеттік хатшы', 'Государственный секретарь', 'State Secretary|Госсекретарь|Госсекретарь США'),
  e('state-counsellor', R, 'State Counsellor', 'Мемлекеттік кеңесші', 'Государственный советник', 'State Counselor'),
  e('head-of-presidential-administration', R, 'Head of the Presidential Administration', 'Президент Әкімшілігінің басшысы', 'Руководитель Администрации Президента', 'Chief of Staff to the President|Президент Әкімшілігі басшысы'),
  e('press-secretary', R, 'Press Secretary', 'Баспасөз хатшысы', 'Пресс-секретарь', 'Spokesperson of the President|Баспасөз хатшы'),
  e('adviser', R, 'Adviser', 'Кеңесші', 'Советник', 'Advisor|Counsellor'),
  // Parliaments.
  e('speaker', R, 'Speaker', 'Спикер', 'Спикер', 'Speaker of Parliament|Парламент спикері'),
  e('chairman-of-the-senate', R, 'Chairman of the Senate', 'Сенат Төрағасы', 'Председатель Сената', 'Senate Speaker|Speaker of the Senate|President of the Senate|Сенат спикері|Спикер Сената'),
  e('chairman-of-the-mazhilis', R, 'Chairman of the Mazhilis', 'Мәжіліс Төрағасы', 'Председатель Мажилиса', 'Speaker of the Mazhilis|Mazhilis Speaker|Мәжіліс спикері|Спикер Мажилиса'),
  e('member-of-parliament', R, 'Member of Parliament', 'Депутат', 'Депутат', 'MP|Deputy of Parliament|Парламент депутаты|Мәжіліс депутаты|депутат Мажилиса'),
  e('senator', R, 'Senator', 'Сенатор', 'Сенатор'),
  // Ministers.
  e('minister', R, 'Minister', 'Министр', 'Министр', 'Cabinet Minister'),
  e('deputy-minister', R, 'Deputy Minister', 'Вице-министр', 'Вице-министр', 'Vice Minister|Vice-Minister|министрдің орынбасары|министрінің орынбасары|Заместитель министра'),
  e('minister-of-foreign-affairs', R, 'Minister of Foreign Affairs', 'Сыртқы істер министрі', 'Министр иностранных дел', 'Foreign Minister|Foreign Affairs Minister|Minister for Foreign Affairs|СІМ басшысы|Глава МИД|Глава внешнеполитического ведомства'),
  e('deputy-minister-of-foreign-affairs', R, 'Deputy Minister of Foreign Affairs', 'Сыртқы істер министрінің орынбасары', 'Заместитель министра иностранных дел', 'Deputy Foreign Minister|Vice Foreign Minister|Сыртқы істер вице-министрі|Замминистра иностранных дел|Вице-министр иностранных дел'),
  minister('minister-of-energy', 'Minister of Energy', 'Энергетика министрі', 'Министр энергетики', 'Energy Minister|Secretary of Energy|Energy Secretary'),
  minister('minister-of-trade', 'Minister of Trade', 'Сауда министрі', 'Министр торговли', 'Trade Minister|Minister of Commerce|Commerce Minister|Secretary of Commerce|Commerce Secretary'),
  minister('minister-of-trade-and-integration', 'Minister of Trade and Integration', 'Сауда және интеграция министрі', 'Министр торговли и интеграции', 'Trade and Integration Minister'),
  minister('minister-of-industry-and-construction', 'Minister of Industry and Construction', 'Өнеркәсіп және құрылыс министрі', 'Министр промышленности и строительства', 'Industry and Construction Minister'),
  minister('minister-of-industry', 'Minister of Industry', 'Өнеркәсіп министрі', 'Министр промышленности', 'Industry Minister'),
  minister('minister-of-national-economy', 'Minister of National Economy', 'Ұлттық экономика министрі', 'Министр национальной экономики', 'Minister of Economy|Economy Minister|Экономика министрі|Министр экономики'),
  minister('minister-of-finance', 'Minister of Finance', 'Қаржы министрі', 'Министр финансов', 'Finance Minister|Secretary of the Treasury|Treasury Secretary'),
  minister('minister-of-defence', 'Minister of Defence', 'Қорғаныс министрі', 'Министр обороны', 'Defence Minister|Defense Minister|Minister of Defense|Secretary of Defense'),
  minister('minister-of-internal-affairs', 'Minister of Internal Affairs', 'Ішкі істер министрі', 'Министр внутренних дел', 'Interior Minister|Minister of the Interior'),
  minister('minister-of-justice', 'Minister of Justice', 'Әділет министрі', 'Министр юстиции', 'Justice Minister'),
  minister('minister-of-health', 'Minister of Health', 'Денсаулық сақтау министрі', 'Министр здравоохранения', 'Health Minister'),
  minister('minister-of-education', 'Minister of Education', 'Оқу-ағарту министрі', 'Министр просвещения', 'Education Minister|Білім министрі|Министр образования'),
  minister('minister-of-science-and-higher-education', 'Minister of Science and Higher Education', 'Ғылым және жоғары білім министрі', 'Министр науки и высшего образования', 'Science Minister'),
  minister('minister-of-agriculture', 'Minister of Agriculture', 'Ауыл шаруашылығы министрі', 'Министр сельского хозяйства', 'Agriculture Minister|Secretary of Agriculture'),
  minister('minister-of-transport', 'Minister of Transport', 'Көлік министрі', 'Министр транспорта', 'Transport Minister|Secretary of Transportation'),
  minister('minister-of-ecology', 'Minister of Ecology and Natural Resources', 'Экология және табиғи ресурстар министрі', 'Министр экологии и природных ресурсов', 'Minister of Ecology|Ecology Minister|Экология министрі|Министр экологии'),
  minister('minister-of-water-resources', 'Minister of Water Resources and Irrigation', 'Су ресурстары және ирригация министрі', 'Министр водных ресурсов и ирригации', 'Water Resources Minister'),
  minister('minister-of-digital-development', 'Minister of Digital Development', 'Цифрлық даму министрі', 'Министр цифрового развития', 'Minister of Digital Development, Innovation and Aerospace Industry|Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрі|Министр цифрового развития, инноваций и аэрокосмической промышленности|Minister of Artificial Intelligence and Digital Development|Жасанды интеллект және цифрлық даму министрі|Министр искусственного интеллекта и цифрового развития'),
  minister('minister-of-culture-and-information', 'Minister of Culture and Information', 'Мәдениет және ақпарат министрі', 'Министр культуры и информации', 'Culture Minister|Мәдениет министрі|Министр культуры'),
  minister('minister-of-labour', 'Minister of Labour and Social Protection', 'Еңбек және халықты әлеуметтік қорғау министрі', 'Министр труда и социальной защиты населения', 'Labour Minister|Labor Minister|Еңбек министрі|Министр труда'),
  minister('minister-of-emergency-situations', 'Minister of Emergency Situations', 'Төтенше жағдайлар министрі', 'Министр по чрезвычайным ситуациям', 'Emergencies Minister|Глава МЧС'),
  minister('minister-of-tourism-and-sports', 'Minister of Tourism and Sports', 'Туризм және спорт министрі', 'Министр туризма и спорта', 'Sports Minister'),
  // Diplomacy and international bodies.
  e('ambassador', R, 'Ambassador', 'Елші', 'Посол', 'Ambassador Extraordinary and Plenipotentiary|Төтенше және өкілетті елші|Чрезвычайный и полномочный посол'),
  e('special-representative', R, 'Special Representative', 'Арнайы өкіл', 'Специальный представитель', 'Special Envoy|Арнайы елші|Спецпредставитель|Специальный посланник'),
  e('permanent-representative', R, 'Permanent Representative', 'Тұрақты өкіл', 'Постоянный представитель', 'Permanent Representative to the UN|Постпред|Постоянный представитель при ООН'),
  e('consul-general', R, 'Consul General', 'Бас консул', 'Генеральный консул', 'Consul-General|Генконсул'),
  e('charge-d-affaires', R, "Chargé d'affaires", 'Уақытша сенім білдірілген өкіл', 'Временный поверенный в делах', "Charge d'affaires"),
  e('official-representative', R, 'Official Representative', 'Ресми өкіл', 'Официальный представитель', 'Spokesperson|Spokesman|Spokeswoman|Ресми өкілі'),
  e('secretary-general', R, 'Secretary-General', 'Бас хатшы', 'Генеральный секретарь', 'Secretary General|Генсек|Генеральный секретарь ООН'),
  // Regions, courts, central bank.
  e('governor', R, 'Governor', 'Әкім', 'Аким', 'Akim|Облыс әкімі|Аким области|Губернатор'),
  e('mayor', R, 'Mayor', 'Мэр', 'Мэр', 'Қала әкімі|Аким города|City Mayor'),
  e('prosecutor-general', R, 'Prosecutor General', 'Бас прокурор', 'Генеральный прокурор', 'Attorney General|Генпрокурор'),
  e('chairman-of-the-national-bank', R, 'Chairman of the National Bank', 'Ұлттық банк төрағасы', 'Председатель Национального банка', 'Governor of the National Bank|Central Bank Governor|Председатель Нацбанка'),
  // Organisations and companies.
  e('chairman', R, 'Chairman', 'Төраға', 'Председатель', 'Chair|Chairperson|Chairwoman'),
  e('deputy-chairman', R, 'Deputy Chairman', 'Төрағаның орынбасары', 'Заместитель председателя', 'Vice Chairman|Vice-Chairman|Deputy Chair|Төраға орынбасары|Вице-председатель'),
  e('chairman-of-the-management-board', R, 'Chairman of the Management Board', 'Басқарма төрағасы', 'Председатель правления', 'Chairman of the Board|Chair of the Management Board|Management Board Chairman|басқармасының төрағасы'),
  e('chairman-of-the-board-of-directors', R, 'Chairman of the Board of Directors', 'Директорлар кеңесінің төрағасы', 'Председатель совета директоров', 'Board Chairman|Директорлар кеңесі төрағасы'),
  e('ceo', R, 'CEO', 'Бас директор', 'Генеральный директор', 'Chief Executive Officer|Chief Executive|Director General|Director-General|General Director|Гендиректор'),
  e('head', R, 'Head', 'Басшы', 'Руководитель', 'Leader|Глава'),
];
