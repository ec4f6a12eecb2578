import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/core/text-fold';
import { ENTITY_TYPES, type EntityRecord } from '../../src/core/types';
import { BUNDLED_ENTITIES, bundledEntity } from '../../src/extract/bundled-catalogue';

const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const CYRILLIC = /[\u0400-\u04ff]/;

/** Every name a record can be found by. */
function namesOf(r: EntityRecord): string[] {
  return [r.label_en, r.label_kk, r.label_ru, ...r.aliases];
}

/**
 * Folded names that more than one record answers to on purpose. Anything else shared is a mistake.
 * - 'opec' / 'опек': «OPEC+» / «ОПЕК+» fold to the same words as «OPEC» / «ОПЕК»; the extractor must look
 *   at the '+' itself.
 */
const DELIBERATELY_SHARED: Readonly<Record<string, readonly string[]>> = {
  opec: ['opec', 'opec-plus'],
  опек: ['opec', 'opec-plus'],
};

/** Latin-script Kazakh / Russian labels that are the names' own spelling. */
const LATIN_LABELS_OK = new Set([
  'g20', 'g7', 'qazaqgaz', 'kegoc', 'kazakh-invest', 'kaz-minerals', 'erg', 'qarmet', 'kazinform',
]);

describe('BUNDLED_ENTITIES', () => {
  const all = BUNDLED_ENTITIES;
  const countryIds = new Set(all.filter((r) => r.type === 'country').map((r) => r.id));

  it('has unique slug ids and valid types', () => {
    const ids = all.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !SLUG.test(id))).toEqual([]);
    expect(all.filter((r) => !(ENTITY_TYPES as readonly string[]).includes(r.type)).map((r) => r.id)).toEqual([]);
  });

  it('gives every record English, Kazakh and Russian labels, trimmed, and clean aliases', () => {
    const bad = all.filter((r) => namesOf(r).some((n) => n === '' || n !== n.trim() || /\s{2}|\|/.test(n)));
    expect(bad.map((r) => r.id)).toEqual([]);
    const latin = all.filter((r) => !LATIN_LABELS_OK.has(r.id)
      && (!CYRILLIC.test(r.label_kk) || !CYRILLIC.test(r.label_ru)) && !/^[CС]5\+1$/.test(r.label_kk));
    expect(latin.map((r) => r.id)).toEqual([]);
  });

  it('points every country field at a country of the catalogue', () => {
    const dangling = all.filter((r) => r.country !== '' && !countryIds.has(r.country));
    expect(dangling.map((r) => `${r.id} -> ${r.country}`)).toEqual([]);
    expect(all.filter((r) => r.type === 'country' && r.country !== '').map((r) => r.id)).toEqual([]);
  });

  it('has only well-formed, distinct Wikidata ids', () => {
    expect(all.filter((r) => r.wikidata !== '' && !/^Q\d+$/.test(r.wikidata)).map((r) => r.id)).toEqual([]);
    const qids = all.map((r) => r.wikidata).filter((q) => q !== '');
    expect(new Set(qids).size).toBe(qids.length);
    expect(bundledEntity('kazakhstan')?.wikidata).toBe('Q232');
    expect(bundledEntity('united-states')?.wikidata).toBe('Q30');
    expect(bundledEntity('un')?.wikidata).toBe('Q1065');
  });

  it('covers the UN members plus Palestine, Kosovo, Taiwan and the Vatican, each with a capital', () => {
    expect(countryIds.size).toBeGreaterThanOrEqual(197);
    for (const id of ['palestine', 'kosovo', 'taiwan', 'vatican']) expect(countryIds.has(id)).toBe(true);
    const cityStates = new Set(['singapore', 'monaco', 'vatican']);
    const withPlace = new Set(all.filter((r) => r.type === 'place').map((r) => r.country));
    expect([...countryIds].filter((c) => !cityStates.has(c) && !withPlace.has(c))).toEqual([]);
  });

  it('has the ids the project and its seed data refer to', () => {
    const expected: Array<[string, EntityRecord['type']]> = [
      ['kazakhstan', 'country'], ['united-states', 'country'], ['russia', 'country'], ['china', 'country'],
      ['astana', 'place'], ['almaty', 'place'], ['washington', 'place'], ['central-asia', 'place'],
      ['un', 'organization'], ['sco', 'organization'], ['csto', 'organization'], ['eaeu', 'organization'],
      ['osce', 'organization'], ['eu', 'organization'], ['nato', 'organization'], ['who', 'organization'],
      ['wto', 'organization'], ['imf', 'organization'], ['world-bank', 'organization'], ['cis', 'organization'],
      ['oic', 'organization'], ['turkic-states-organization', 'organization'], ['cica', 'organization'],
      ['kazakhstan-mfa', 'organization'], ['us-department-of-state', 'organization'],
      ['us-geological-survey', 'organization'], ['kazinform', 'organization'],
      ['president', 'role'], ['minister-of-foreign-affairs', 'role'], ['secretary-of-state', 'role'],
      ['critical-minerals', 'commodity'], ['rare-earths', 'commodity'], ['rare-metals', 'commodity'],
    ];
    expect(expected.filter(([id, type]) => bundledEntity(id)?.type !== type)).toEqual([]);
  });

  it('has 17 regions of Kazakhstan with Kazakh «облысы» labels', () => {
    const regions = all.filter((r) => r.type === 'place' && r.country === 'kazakhstan' && r.id.endsWith('-region'));
    expect(regions).toHaveLength(17);
    expect(regions.filter((r) => !r.label_kk.endsWith(' облысы')).map((r) => r.id)).toEqual([]);
  });

  it('uses the official Kazakh and Russian spellings for the main partners', () => {
    const kk = (id: string) => bundledEntity(id)?.label_kk;
    expect(kk('kazakhstan')).toBe('Қазақстан');
    expect(kk('russia')).toBe('Ресей');
    expect(kk('china')).toBe('Қытай');
    expect(kk('united-states')).toBe('Америка Құрама Штаттары');
    expect(kk('turkmenistan')).toBe('Түрікменстан');
    expect(kk('hungary')).toBe('Мажарстан');
    expect(kk('united-arab-emirates')).toBe('Біріккен Араб Әмірліктері');
    expect(kk('moscow')).toBe('Мәскеу');
    expect(kk('beijing')).toBe('Бейжің');
    expect(bundledEntity('beijing')?.label_ru).toBe('Пекин');
    for (const [id, alias] of [
      ['united-states', 'АҚШ'], ['united-states', 'США'], ['united-states', 'U.S.'], ['kazakhstan', 'ҚР'],
      ['china', 'ҚХР'], ['china', 'КНР'], ['russia', 'РФ'], ['united-arab-emirates', 'БАӘ'],
      ['sco', 'ШЫҰ'], ['sco', 'ШОС'], ['csto', 'ҰҚШҰ'], ['csto', 'ОДКБ'], ['eaeu', 'ЕАЭО'], ['cis', 'ТМД'],
      ['turkic-states-organization', 'ТМҰ'], ['cica', 'АӨСШК'], ['cica', 'СВМДА'], ['iaea', 'МАГАТЭ'],
      ['kazakhstan-mfa', 'СІМ'], ['president', 'Мемлекет басшысы'],
    ] as const) {
      expect(bundledEntity(id)?.aliases, `${id} ${alias}`).toContain(alias);
    }
  });

  it('shares no name between two records unless deliberately', () => {
    const owners = new Map<string, Set<string>>();
    for (const r of all) {
      for (const name of namesOf(r)) {
        const key = foldText(name);
        if (key === '') continue;
        const set = owners.get(key) ?? new Set<string>();
        set.add(r.id);
        owners.set(key, set);
      }
    }
    const shared: string[] = [];
    for (const [key, ids] of owners) {
      if (ids.size < 2) continue;
      const allowed = DELIBERATELY_SHARED[key];
      const sorted = [...ids].sort();
      if (allowed === undefined || sorted.join(',') !== [...allowed].sort().join(',')) {
        shared.push(`${key}: ${sorted.join(', ')}`);
      }
    }
    expect(shared).toEqual([]);
  });
});
