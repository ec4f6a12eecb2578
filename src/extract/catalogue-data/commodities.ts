// Commodities (type commodity, country ''): critical and rare minerals, energy, metals and farm goods.

import type { EntityRecord } from '../../core/types';
import { e } from './entry';

const M = 'commodity';

export const COMMODITIES: readonly EntityRecord[] = [
  // Mineral groups.
  e('critical-minerals', M, 'critical minerals', 'маңызды минералдар', 'критически важные минералы', 'critical mineral|critical raw materials|critical materials|маңызды минерал|сыни маңызды минералдар|критические минералы|критически важное сырьё|критическое сырьё'),
  e('rare-earths', M, 'rare earth metals', 'сирек жер металдары', 'редкоземельные металлы', 'rare-earth metals|rare earths|rare-earth minerals|rare earth minerals|rare earth elements|rare-earth elements|REE|REM|сирек кездесетін жер металдары|сирек кездесетін жер минералдары|сирек жер элементтері|сирек кездесетін жер элементтері|редкоземельные элементы|редкоземельные минералы|редкие земли|РЗМ|РЗЭ'),
  e('rare-metals', M, 'rare metals', 'сирек металдар', 'редкие металлы', 'rare metal|сирек металл|сирек кездесетін металдар'),
  e('strategic-minerals', M, 'strategic minerals', 'стратегиялық минералдар', 'стратегические минералы', 'strategic raw materials|стратегиялық шикізат|стратегическое сырьё'),
  e('non-ferrous-metals', M, 'non-ferrous metals', 'түсті металдар', 'цветные металлы', 'base metals|түсті металл'),
  e('precious-metals', M, 'precious metals', 'бағалы металдар', 'драгоценные металлы', 'асыл металдар'),
  // Energy.
  e('uranium', M, 'uranium', 'уран', 'уран', 'natural uranium|уран концентраты|урановый концентрат|U3O8'),
  e('nuclear-fuel', M, 'nuclear fuel', 'ядролық отын', 'ядерное топливо'),
  e('oil', M, 'oil', 'мұнай', 'нефть', 'crude oil|crude|petroleum|шикі мұнай|сырая нефть'),
  e('natural-gas', M, 'natural gas', 'табиғи газ', 'природный газ', 'gas|газ'),
  e('lng', M, 'liquefied natural gas', 'сұйытылған табиғи газ', 'сжиженный природный газ', 'LNG|СТГ|СПГ'),
  e('petroleum-products', M, 'petroleum products', 'мұнай өнімдері', 'нефтепродукты', 'oil products|жанар-жағармай|ГСМ'),
  e('coal', M, 'coal', 'көмір', 'уголь', 'thermal coal|coking coal|тас көмір'),
  e('electricity', M, 'electricity', 'электр энергиясы', 'электроэнергия', 'electric power|электр қуаты|электрическая энергия'),
  e('hydrogen', M, 'hydrogen', 'сутегі', 'водород', 'green hydrogen|жасыл сутегі|зелёный водород'),
  // Metals and minerals.
  e('copper', M, 'copper', 'мыс', 'медь', 'copper cathode|мыс катоды|катодная медь'),
  e('lithium', M, 'lithium', 'литий', 'литий'),
  e('tungsten', M, 'tungsten', 'вольфрам', 'вольфрам', 'wolfram'),
  e('cobalt', M, 'cobalt', 'кобальт', 'кобальт'),
  e('nickel', M, 'nickel', 'никель', 'никель'),
  e('zinc', M, 'zinc', 'мырыш', 'цинк'),
  e('lead', M, 'lead', 'қорғасын', 'свинец'),
  e('gold', M, 'gold', 'алтын', 'золото'),
  e('silver', M, 'silver', 'күміс', 'серебро'),
  e('iron-ore', M, 'iron ore', 'темір кені', 'железная руда', 'темір рудасы'),
  e('steel', M, 'steel', 'болат', 'сталь'),
  e('aluminium', M, 'aluminium', 'алюминий', 'алюминий', 'aluminum'),
  e('chromium', M, 'chromium', 'хром', 'хром', 'chrome|chromite|хромит|chrome ore|хром кені|хромовая руда'),
  e('manganese', M, 'manganese', 'марганец', 'марганец'),
  e('titanium', M, 'titanium', 'титан', 'титан', 'titanium sponge|губчатый титан'),
  e('vanadium', M, 'vanadium', 'ванадий', 'ванадий'),
  e('molybdenum', M, 'molybdenum', 'молибден', 'молибден'),
  e('tantalum', M, 'tantalum', 'тантал', 'тантал'),
  e('niobium', M, 'niobium', 'ниобий', 'ниобий'),
  e('beryllium', M, 'beryllium', 'бериллий', 'бериллий'),
  e('gallium', M, 'gallium', 'галлий', 'галлий'),
  e('germanium', M, 'germanium', 'германий', 'германий'),
  e('graphite', M, 'graphite', 'графит', 'графит'),
  e('antimony', M, 'antimony', 'сурьма', 'сурьма', 'сүрме'),
  e('bismuth', M, 'bismuth', 'висмут', 'висмут'),
  e('rhenium', M, 'rhenium', 'рений', 'рений'),
  e('scandium', M, 'scandium', 'скандий', 'скандий'),
  e('magnesium', M, 'magnesium', 'магний', 'магний'),
  e('silicon', M, 'silicon', 'кремний', 'кремний', 'metallurgical silicon'),
  e('phosphorite', M, 'phosphorite', 'фосфорит', 'фосфорит', 'phosphate rock'),
  // Farm goods and fertilisers.
  e('wheat', M, 'wheat', 'бидай', 'пшеница'),
  e('grain', M, 'grain', 'астық', 'зерно'),
  e('fertilizers', M, 'fertilizers', 'тыңайтқыштар', 'удобрения', 'fertilisers|fertilizer|тыңайтқыш'),
];
