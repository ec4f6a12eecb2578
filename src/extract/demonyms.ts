// The country a demonym stands for: «Түрік тарапы», «қазақстандық тарап», «российская сторона», "the Chinese
// side". Regular adjectives are the country's name plus a suffix (-лық/-тық, -ский/-ская, -ian/-ese); the few
// that are not are listed. Only words before a «side» noun are read this way, so «қытай шайы» stays tea.
import type { EntityRecord } from '../core/types';
import type { ArticleCatalogue, Catalogue } from './catalogue';
import { looseKey } from './tokens';

/** Demonyms that are not the country's name plus a suffix (loose keys / lower-case English). */
const IRREGULAR: Readonly<Record<string, string>> = {
  турик: 'turkey', турк: 'turkey', орыс: 'russia', агылшын: 'united-kingdom', британ: 'united-kingdom', немис: 'germany',
  француз: 'france', жапон: 'japan', корей: 'south-korea', венгр: 'hungary', мажар: 'hungary', поляк: 'poland', грузин: 'georgia',
  азербайжан: 'azerbaijan', кыргыз: 'kyrgyzstan', тажик: 'tajikistan', турикмен: 'turkmenistan', озбек: 'uzbekistan',
  казак: 'kazakhstan', американ: 'united-states', итальян: 'italy', испан: 'spain', араб: '',
  турецк: 'turkey', российск: 'russia', немецк: 'germany', французск: 'france', японск: 'japan', корейск: 'south-korea',
  американск: 'united-states', британск: 'united-kingdom', английск: 'united-kingdom', венгерск: 'hungary', польск: 'poland',
  азербайджанск: 'azerbaijan', узбекск: 'uzbekistan', кыргызск: 'kyrgyzstan', киргизск: 'kyrgyzstan', таджикск: 'tajikistan',
  туркменск: 'turkmenistan', грузинск: 'georgia', китайск: 'china', казахстанск: 'kazakhstan', казахск: 'kazakhstan',
  chinese: 'china', turkish: 'turkey', british: 'united-kingdom', french: 'france', german: 'germany', japanese: 'japan',
  korean: 'south-korea', american: 'united-states', russian: 'russia', kazakh: 'kazakhstan', kazakhstani: 'kazakhstan',
  uzbek: 'uzbekistan', kyrgyz: 'kyrgyzstan', tajik: 'tajikistan', turkmen: 'turkmenistan', azerbaijani: 'azerbaijan',
  dutch: 'netherlands', swiss: 'switzerland', hungarian: 'hungary', polish: 'poland', spanish: 'spain', italian: 'italy',
  emirati: 'united-arab-emirates', saudi: 'saudi-arabia', indian: 'india', iranian: 'iran', vietnamese: 'vietnam',
};

// suffixes that make an adjective of a country's name
const SUFFIX = /(?:лык|дык|тык|лик|дик|тик|ийск|ск|цк)(?:ая|ой|ую|ий|ого|ому|им|ом|ие|их|ое|ых|ым|ими)?$|(?:ian|an|ese|ish|i)$/;

type CountryIndex = readonly { key: string; entity: EntityRecord }[];
const COUNTRY_KEYS = new WeakMap<Catalogue, CountryIndex>();

/** Every country's one-word names as loose keys, for prefix search. */
function countryKeys(base: Catalogue): CountryIndex {
  let list = COUNTRY_KEYS.get(base);
  if (!list) {
    const out: { key: string; entity: EntityRecord }[] = [];
    for (const e of base.byId.values()) {
      if (e.type !== 'country') continue;
      for (const n of [e.label_kk, e.label_ru, e.label_en, ...e.aliases]) {
        if (n && !/\s/.test(n.trim())) out.push({ key: looseKey(n.trim().toLowerCase()), entity: e });
      }
    }
    COUNTRY_KEYS.set(base, (list = out));
  }
  return list;
}

/** The country the adjective `norm` (a lower-case word) names, or null. */
export function demonymCountry(norm: string, cat: ArticleCatalogue): EntityRecord | null {
  const key = looseKey(norm);
  const stemOf = (k: string): string => k.replace(SUFFIX, '');
  for (const k of [key, stemOf(key)]) {
    const id = IRREGULAR[k];
    if (id !== undefined) return id ? cat.get(id) ?? null : null;
  }
  const stem = stemOf(key);
  if (stem.length < 4) return null;
  // «қазақстандық» → Қазақстан exactly; «индонезийская» → Индонези… as the start of one country's name
  const found = new Set<EntityRecord>();
  for (const { key: k, entity } of countryKeys(cat.base)) {
    if (k === stem) return entity;
    if (k.startsWith(stem) && k.length - stem.length <= 3) found.add(entity);
  }
  return found.size === 1 ? [...found][0]! : null;
}
