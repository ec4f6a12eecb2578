// The seed's mix (graph-data/ as first curated: 36 entities, 40 triples), which generated folders follow.
import type { EntityType, Predicate } from '../core/types';

/** Entities per type in the seed. */
export const SEED_TYPE_COUNTS: Readonly<Record<EntityType, number>> = {
  person: 4,
  country: 2,
  organization: 5,
  event: 1,
  document: 2,
  place: 3,
  commodity: 3,
  money: 1,
  role: 4,
  topic: 11,
};

/** Triples per predicate in the seed. */
export const SEED_PREDICATE_COUNTS: Readonly<Record<Predicate, number>> = {
  attended: 3,
  invited: 1,
  met_with: 0,
  signed: 2,
  signed_with: 1,
  held_in: 3,
  holds_position: 3,
  member_of: 1,
  represents: 3,
  visited: 0,
  said: 8,
  proposed: 1,
  announced: 3,
  cooperates_with: 1,
  supplies: 1,
  located_in: 0,
  part_of: 6,
  established: 1,
  discussed: 1,
  leads: 1,
  agreed_with: 0,
};

/**
 * Weight of a predicate the one seed article happens not to use: years of news use all of them, so each
 * gets half a seed triple's weight rather than none.
 */
export const ABSENT_PREDICATE_WEIGHT = 0.5;

/** Share of seed triples with a date (19/40), a place (15/40) and, for `signed`, a counterpart (2/2). */
export const SEED_DATED_SHARE = 19 / 40;
export const SEED_PLACE_SHARE = 15 / 40;
export const SEED_SIGNED_COUNTERPART_SHARE = 1;

/** Triples that name the same sentence in the seed: ~40 triples over 17 sentences of one article. */
export const TRIPLES_PER_ARTICLE = 20;
