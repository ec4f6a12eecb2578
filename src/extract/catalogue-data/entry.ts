// The one-line record helper the bundled catalogue is written with.

import type { EntityRecord, EntityType } from '../../core/types';

/**
 * One catalogue record. `aliases` is '|'-separated (as in entities.csv); `country` is the entity id of the
 * country the record belongs to ('' for countries and international bodies); `wikidata` a Q-id or ''.
 */
export function e(
  id: string,
  type: EntityType,
  en: string,
  kk: string,
  ru: string,
  aliases = '',
  country = '',
  wikidata = '',
): EntityRecord {
  return {
    id,
    type,
    label_en: en,
    label_kk: kk,
    label_ru: ru,
    aliases: aliases === '' ? [] : aliases.split('|').map((a) => a.trim()).filter((a) => a !== ''),
    country,
    wikidata,
  };
}
