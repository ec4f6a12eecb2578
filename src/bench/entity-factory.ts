// Entities of each type with Kazakh, Russian and English labels, aliases (inflected forms as in the seed)
// and a country, drawn deterministically from the lexicon.
import type { EntityRecord, EntityType } from '../core/types';
import { inflect, latinSpelling, russianSpelling } from './kazakh-case';
import {
  COMMODITIES, COUNTRIES, DOCUMENT_KINDS, DOMAINS, EVENT_KINDS, FOREIGN_GIVEN, FOREIGN_SURNAMES, GIVEN_FEMALE,
  GIVEN_MALE, MONEY_KINDS, ORG_KINDS, PLACE_KINDS, PLACE_ROOTS, ROLE_KINDS, SURNAME_ROOTS, TOPIC_ASPECTS,
  type CountryWords,
} from './lexicon';
import type { Rng } from './prng';

/** An entity plus what sentence templates need to inflect its Kazakh label. */
export interface GeneratedEntity {
  record: EntityRecord;
  /** The Kazakh label ends in a 3rd-person possessive (министрлігі), which changes its case endings. */
  possessive: boolean;
  /** Kazakh short form news uses after the first mention (a surname), or ''. */
  shortKk: string;
}

interface Labels {
  en: string;
  kk: string;
  ru: string;
  possessive: boolean;
  shortKk?: string;
  extraAliases?: string[];
  country: string;
  slugHint: string;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export function slugOf(text: string): string {
  return latinSpelling(text)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '') || 'entity';
}

function surname(root: string, female: boolean): string {
  const male = root.endsWith('й') ? `${root.slice(0, -1)}ев` : /[аеиоуыіәөүұ]$/.test(root) ? `${root}ев` : `${root}ов`;
  return female ? `${male}а` : male;
}

/** Conjunction "and" between two Kazakh nouns: Қазақстан мен АҚШ, Қытай мен Жапония. */
function andKk(a: string, b: string): string {
  const ending = inflect(a, 'ins').slice(a.length).replace(/^-/, '');
  return `${a} ${ending} ${b}`;
}

export class EntityFactory {
  private readonly usedIds = new Map<string, number>();
  private readonly usedLabels = new Map<string, number>();
  /** Countries in generated order; index 0 is Kazakhstan, as in the seed. */
  readonly countries: CountryWords[];

  constructor(
    private readonly rng: Rng,
    countryCount: number,
  ) {
    this.countries = COUNTRIES.slice(0, Math.max(1, Math.min(countryCount, COUNTRIES.length)));
  }

  /** A country for an entity: Kazakhstan and the US most often, as in Kazakh foreign-policy news. */
  private country(): CountryWords {
    return this.countries[this.rng.skewed(this.countries.length, 2)] as CountryWords;
  }

  private otherCountry(not: CountryWords): CountryWords {
    if (this.countries.length < 2) return not;
    for (;;) {
      const c = this.country();
      if (c !== not) return c;
    }
  }

  private labels(type: EntityType, ordinal: number): Labels {
    const r = this.rng;
    switch (type) {
      case 'country': {
        const c = this.countries[ordinal % this.countries.length] as CountryWords;
        const possessive = /(сы|сі|ері|ары)$/.test(c.kk);
        return {
          en: c.en, kk: c.kk, ru: c.ru, possessive, country: '', slugHint: c.slug,
          extraAliases: [inflect(c.kk, 'gen', possessive), inflect(c.kk, 'loc', possessive), inflect(c.kk, 'dat', possessive), c.ruGen],
        };
      }
      case 'person': {
        if (r.chance(0.7)) {
          const female = r.chance(0.3);
          const given = r.pick(female ? GIVEN_FEMALE : GIVEN_MALE);
          const family = surname(r.pick(SURNAME_ROOTS), female);
          let kk = `${given} ${family}`;
          // Namesakes get a patronymic (Ермек Бауыржанұлы Көшербаев), as official Kazakh usage does.
          for (let tries = 0; tries < 8 && this.usedLabels.has(`person\u0000${latinSpelling(kk)}`); tries++) {
            kk = `${given} ${r.pick(GIVEN_MALE)}${female ? 'қызы' : 'ұлы'} ${family}`;
          }
          const kz = this.countries[0] as CountryWords;
          return {
            kk, ru: russianSpelling(kk), en: latinSpelling(kk), possessive: false, shortKk: family, country: kz.slug, slugHint: '',
            extraAliases: [family, russianSpelling(family), latinSpelling(family), inflect(kk, 'gen'), inflect(family, 'gen'), inflect(family, 'dat')],
          };
        }
        const given = r.pick(FOREIGN_GIVEN);
        const family = r.pick(FOREIGN_SURNAMES);
        const kk = `${given.kk} ${family.kk}`;
        return {
          kk, ru: `${given.ru} ${family.ru}`, en: `${given.en} ${family.en}`, possessive: false, shortKk: family.kk,
          country: this.otherCountry(this.countries[0] as CountryWords).slug, slugHint: '',
          extraAliases: [family.en, family.kk, inflect(kk, 'gen'), inflect(family.kk, 'gen')],
        };
      }
      case 'organization': {
        const country = this.country();
        if (r.chance(0.5)) {
          const d = r.pick(DOMAINS);
          const kk = `${inflect(country.kk, 'gen')} ${d.kk} министрлігі`;
          return {
            kk, ru: `Министерство ${d.ruGen} ${country.ruGen}`, en: `Ministry of ${d.en} of ${country.en}`, possessive: true,
            country: country.slug, slugHint: '', extraAliases: [inflect(kk, 'gen', true), inflect(kk, 'loc', true)],
          };
        }
        const root = r.pick(PLACE_ROOTS);
        const commodity = r.pick(COMMODITIES);
        const kind = r.pick(ORG_KINDS);
        const kk = `${root} ${commodity.kk} ${kind.kk}`;
        return {
          kk, ru: `${capitalise(kind.ru)} «${russianSpelling(root)}»`, en: `${latinSpelling(root)} ${capitalise(commodity.en)} ${kind.en}`,
          possessive: kind.possessive, country: r.chance(0.7) ? (this.countries[0] as CountryWords).slug : country.slug, slugHint: '',
          extraAliases: [inflect(kk, 'gen', kind.possessive)],
        };
      }
      case 'event': {
        const a = this.country();
        const b = this.otherCountry(a);
        const kind = r.pick(EVENT_KINDS);
        const year = 2015 + r.int(12);
        const kk = `${year} жылғы ${a.kk} – ${b.kk} ${kind.kk}`;
        return {
          kk, ru: `${capitalise(kind.ru)} ${a.ru} – ${b.ru} ${year}`, en: `${year} ${a.en}–${b.en} ${kind.en}`, possessive: kind.possessive,
          country: a.slug, slugHint: '', extraAliases: [inflect(kk, 'dat', kind.possessive), inflect(kk, 'loc', kind.possessive)],
        };
      }
      case 'document': {
        const a = this.country();
        const b = this.otherCountry(a);
        const kind = r.pick(DOCUMENT_KINDS);
        const commodity = r.pick(COMMODITIES);
        const kk = `${andKk(a.kk, b.kk)} арасындағы ${commodity.kk} бойынша ${kind.kk}`;
        return {
          kk, ru: `${capitalise(kind.ru)} в сфере ${commodity.ruGen} (${a.ru} – ${b.ru})`, en: `${a.en}–${b.en} ${kind.en} on ${commodity.en}`,
          possessive: kind.possessive, country: r.chance(0.5) ? a.slug : '', slugHint: '', extraAliases: [inflect(kk, 'acc', kind.possessive)],
        };
      }
      case 'place': {
        const root = r.pick(PLACE_ROOTS);
        const kind = r.pick(PLACE_KINDS);
        const kk = `${root} ${kind.kk}`;
        return {
          kk, ru: `${capitalise(kind.ru)} ${russianSpelling(root)}`, en: `${latinSpelling(root)} ${kind.en}`, possessive: kind.possessive,
          country: r.chance(0.8) ? (this.countries[0] as CountryWords).slug : this.country().slug, slugHint: '',
          extraAliases: [inflect(kk, 'loc', kind.possessive), inflect(kk, 'gen', kind.possessive)],
        };
      }
      case 'commodity': {
        const commodity = COMMODITIES[ordinal % COMMODITIES.length] as (typeof COMMODITIES)[number];
        if (ordinal < COMMODITIES.length) {
          return {
            kk: commodity.kk, ru: commodity.ru, en: commodity.en, possessive: false, country: '', slugHint: commodity.slug,
            extraAliases: [inflect(commodity.kk, 'gen'), inflect(commodity.kk, 'acc'), commodity.ruGen],
          };
        }
        const root = r.pick(PLACE_ROOTS);
        const kk = `${root} ${commodity.kk} кені`;
        return {
          kk, ru: `Руда ${commodity.ruGen} месторождения ${russianSpelling(root)}`, en: `${capitalise(commodity.en)} ore from ${latinSpelling(root)}`,
          possessive: true, country: '', slugHint: '', extraAliases: [inflect(kk, 'acc', true)],
        };
      }
      case 'money': {
        const kind = r.pick(MONEY_KINDS);
        const billion = r.chance(0.5);
        const n = 1 + r.int(billion ? 50 : 900);
        const country = this.country();
        const kk = `${n} ${billion ? 'миллиард' : 'миллион'} долларлық ${kind.kk}`;
        return {
          kk, ru: `${capitalise(kind.ru)} на ${n} ${billion ? 'млрд' : 'млн'} долларов`, en: `$${n} ${billion ? 'billion' : 'million'} ${kind.en}`,
          possessive: false, country: country.slug, slugHint: '', extraAliases: [inflect(kk, 'acc')],
        };
      }
      case 'role': {
        const kind = r.pick(ROLE_KINDS);
        const a = this.country();
        if (kind.en === 'Ambassador' || kind.en === 'Special Envoy') {
          const b = this.otherCountry(a);
          const kk = `${inflect(a.kk, 'gen')} ${inflect(b.kk, 'loc')}ғы ${kind.kk}`.replace(/(е)ғы /, '$1гі ');
          return {
            kk, ru: `${kind.ru} ${a.ruGen} (${b.ru})`, en: `${kind.en} of ${a.en} to ${b.en}`, possessive: true, country: a.slug, slugHint: '',
            extraAliases: [inflect(kk, 'gen', true)],
          };
        }
        const d = r.pick(DOMAINS);
        const kk = `${inflect(a.kk, 'gen')} ${d.kk} ${kind.kk}`;
        return {
          kk, ru: `${kind.ru} ${d.ruGen} ${a.ruGen}`, en: `${kind.en} of ${d.en} of ${a.en}`, possessive: true, country: a.slug, slugHint: '',
          extraAliases: [inflect(kk, 'gen', true)],
        };
      }
      case 'topic': {
        const aspect = r.pick(TOPIC_ASPECTS);
        const commodity = r.pick(COMMODITIES);
        const withCountry = r.chance(0.5);
        const country = this.country();
        const kkCore = `${commodity.kk} ${aspect.kk}`;
        const kk = withCountry ? `${inflect(country.kk, 'gen')} ${kkCore}` : kkCore;
        return {
          kk, ru: `${capitalise(aspect.ru)} ${commodity.ruGen}${withCountry ? ` в ${country.ru}` : ''}`,
          en: `${capitalise(aspect.en)} ${commodity.en}${withCountry ? ` in ${country.en}` : ''}`, possessive: aspect.possessive,
          country: withCountry ? country.slug : '', slugHint: '', extraAliases: [inflect(kk, 'acc', aspect.possessive)],
        };
      }
    }
  }

  /** A unique label: repeats of a generated label get a number, so two entities are never one name. */
  private uniqueLabels(l: Labels, type: EntityType): Labels {
    const key = `${type}\u0000${l.en}`;
    const seen = this.usedLabels.get(key) ?? 0;
    this.usedLabels.set(key, seen + 1);
    if (seen === 0) return l;
    const n = seen + 1;
    return { ...l, en: `${l.en} ${n}`, kk: `${l.kk} ${n}`, ru: `${l.ru} ${n}`, extraAliases: [], possessive: false };
  }

  private uniqueId(hint: string): string {
    const base = hint || 'entity';
    const seen = this.usedIds.get(base) ?? 0;
    this.usedIds.set(base, seen + 1);
    return seen === 0 ? base : `${base}-${seen + 1}`;
  }

  make(type: EntityType, ordinal: number): GeneratedEntity {
    const l = this.uniqueLabels(this.labels(type, ordinal), type);
    const id = this.uniqueId(l.slugHint || slugOf(l.en));
    const aliases = [...new Set((l.extraAliases ?? []).filter((a) => a && a !== l.en && a !== l.kk && a !== l.ru && !a.includes('|')))];
    return {
      record: { id, type, label_en: l.en, label_kk: l.kk, label_ru: l.ru, aliases, country: l.country, wikidata: '' },
      possessive: l.possessive,
      shortKk: l.shortKk ?? '',
    };
  }
}
