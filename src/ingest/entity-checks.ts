// The checks of one entities.csv row and their words, shared by the regular loader (entities-csv.ts) and the
// streaming builder (src/graph/bulk-build.ts), so a bad row reads the same whichever path `kg build` took.
import { slugify } from '../core/text-fold';
import { ENTITY_TYPES } from '../core/types';
import { didYouMean } from './closest-match';

const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const WIKIDATA = /^Q\d+$/;

/** What is wrong with an id (the row is skipped), or null. */
export function idProblem(id: string): string | null {
  if (id === '') return 'empty id: expected a readable slug such as "yermek-kosherbayev"; the row is skipped';
  if (!SLUG.test(id)) return `id "${id}" is not a readable slug: expected lower-case Latin letters, digits and '-' (e.g. "${slugify(id)}"); the row is skipped`;
  return null;
}

/** The message for a type that is not one of ENTITY_TYPES (the row is skipped). */
export function typeProblem(type: string): string {
  const what = type === '' ? 'empty type' : `unknown type "${type}"`;
  return `${what}: expected one of ${ENTITY_TYPES.join(', ')}${didYouMean(type, ENTITY_TYPES)}; the row is skipped`;
}

export const NO_LABEL = 'no label: expected at least one of label_en, label_kk, label_ru; the row is skipped';

/** What is wrong with a non-empty wikidata cell (the value is ignored), or null. */
export function wikidataProblem(wikidata: string): string | null {
  return wikidata === '' || WIKIDATA.test(wikidata) ? null : `wikidata "${wikidata}" is not a Wikidata id: expected Q and digits (e.g. Q232) or an empty cell; the value is ignored`;
}

export const duplicateIdProblem = (id: string, earlier: number): string => `duplicate id "${id}": already defined on line ${earlier}; expected each id once; the row is skipped`;

/** The message for a country cell that names no country (the value is ignored). */
export function countryProblem(ref: string, targetType: string | null, countryIds: readonly string[]): string {
  const message =
    targetType === null
      ? `unknown country "${ref}": expected the id of a country defined in this file${didYouMean(ref, countryIds)}`
      : `country "${ref}" has type ${targetType}, not country: expected the id of an entity of type country`;
  return `${message}; the value is ignored`;
}
