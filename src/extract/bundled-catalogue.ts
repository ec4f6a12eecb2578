// The catalogue the extractor ships: countries and their capitals, international organisations, Kazakhstan's
// state bodies, national companies, regions and cities, geographic regions, office titles and commodities,
// each with English, Kazakh and Russian labels and the aliases news uses. Entities a user's own catalogue
// (graph-data/entities.csv) also has are expected to be merged by id, the user's record winning.
//
// Regular Kazakh and Russian case endings are not listed as aliases: the extractor strips them itself.
// Wikidata ids are given only where they are known for certain; '' otherwise.

import type { EntityRecord } from '../core/types';
import { CAPITALS } from './catalogue-data/capitals';
import { COMMODITIES } from './catalogue-data/commodities';
import { COUNTRIES } from './catalogue-data/countries';
import { KAZAKHSTAN_BODIES } from './catalogue-data/kazakhstan-bodies';
import { FOREIGN_BODIES, INTERNATIONAL_ORGANIZATIONS } from './catalogue-data/organizations';
import { KAZAKHSTAN_PLACES } from './catalogue-data/places';
import { ROLES } from './catalogue-data/roles';

export { CAPITALS, COMMODITIES, COUNTRIES, FOREIGN_BODIES, INTERNATIONAL_ORGANIZATIONS, KAZAKHSTAN_BODIES,
  KAZAKHSTAN_PLACES, ROLES };

export const BUNDLED_ENTITIES: readonly EntityRecord[] = [
  ...COUNTRIES,
  ...CAPITALS,
  ...INTERNATIONAL_ORGANIZATIONS,
  ...FOREIGN_BODIES,
  ...KAZAKHSTAN_BODIES,
  ...KAZAKHSTAN_PLACES,
  ...ROLES,
  ...COMMODITIES,
];

let byId: ReadonlyMap<string, EntityRecord> | undefined;

/** The bundled record with this id, if any. */
export function bundledEntity(id: string): EntityRecord | undefined {
  byId ??= new Map(BUNDLED_ENTITIES.map((r) => [r.id, r]));
  return byId.get(id);
}
