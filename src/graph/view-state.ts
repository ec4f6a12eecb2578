// The explorer's whole view as plain data, and its form in a URL query string. Parsing never throws: a link
// edited by hand or cut short still opens, with whatever part of it makes sense.
import { ENTITY_TYPES, LANGS, PREDICATES, PROVENANCES } from '../core/types';
import type { EntityType, Lang, Predicate, Provenance } from '../core/types';
import type { EgoDepth } from './ego-network';
import { makeFilter, type GraphFilter } from './graph-filter';

export interface ViewState {
  filter: GraphFilter;
  /** Id of the entity whose details are open, or ''. */
  selected: string;
  /** Two entities whose shortest path is highlighted, or null. */
  path: [string, string] | null;
  /** Language of the labels on the network and in the panels. */
  lang: Lang;
}

export function makeViewState(partial: Partial<ViewState> = {}): ViewState {
  return { filter: makeFilter(), selected: '', path: null, lang: 'en', ...partial };
}

/** Query-string keys, short enough for a shared link to stay readable. */
export const PARAM = {
  actor: 'actor',
  depth: 'depth',
  country: 'country',
  type: 'type',
  predicate: 'rel',
  provenance: 'prov',
  dateFrom: 'from',
  dateTo: 'to',
  selected: 'node',
  path: 'path',
  lang: 'lang',
} as const;

// YYYY, YYYY-MM or YYYY-MM-DD, as the filter compares them.
const DATE_RE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
// Ids are slugs in graph-data, but imported files may use anything printable; only length is limited.
const MAX_ID_LENGTH = 512;

const isOneOf = <T extends string>(values: readonly T[]) => {
  const set: ReadonlySet<string> = new Set(values);
  return (v: string): v is T => set.has(v);
};
const isType = isOneOf<EntityType>(ENTITY_TYPES);
const isPredicate = isOneOf<Predicate>(PREDICATES);
const isProvenance = isOneOf<Provenance>(PROVENANCES);
const isLang = isOneOf<Lang>(LANGS);

const cleanId = (v: string): string => (v.length <= MAX_ID_LENGTH ? v.trim() : '');
const unique = <T>(values: T[]): T[] => [...new Set(values)];

function ids(params: URLSearchParams, key: string): string[] {
  return unique(params.getAll(key).map(cleanId).filter(Boolean));
}

function oneOf<T extends string>(params: URLSearchParams, key: string, guard: (v: string) => v is T): T[] {
  return unique(params.getAll(key).filter(guard));
}

function depthOf(raw: string | null): EgoDepth {
  const n = Number(raw);
  return n === 2 || n === 3 ? n : 1;
}

function dateOf(raw: string | null): string {
  const v = (raw ?? '').trim();
  return DATE_RE.test(v) ? v : '';
}

/** The view a query string describes; unknown keys and values that make no sense are ignored. */
export function viewStateFromParams(params: URLSearchParams): ViewState {
  const filter = makeFilter({
    actors: ids(params, PARAM.actor),
    depth: depthOf(params.get(PARAM.depth)),
    countries: ids(params, PARAM.country),
    types: oneOf(params, PARAM.type, isType),
    predicates: oneOf(params, PARAM.predicate, isPredicate),
    provenance: oneOf(params, PARAM.provenance, isProvenance),
    dateFrom: dateOf(params.get(PARAM.dateFrom)),
    dateTo: dateOf(params.get(PARAM.dateTo)),
  });
  const pathIds = params.getAll(PARAM.path).map(cleanId).filter(Boolean);
  const lang = params.get(PARAM.lang) ?? '';
  return {
    filter,
    selected: cleanId(params.get(PARAM.selected) ?? ''),
    path: pathIds.length === 2 ? [pathIds[0]!, pathIds[1]!] : null,
    lang: isLang(lang) ? lang : 'en',
  };
}

/** The query string of a view; default values are left out so a plain link stays plain. */
export function viewStateToParams(state: ViewState): URLSearchParams {
  const p = new URLSearchParams();
  const f = state.filter;
  for (const a of f.actors) p.append(PARAM.actor, a);
  if (f.actors.length && f.depth !== 1) p.set(PARAM.depth, String(f.depth));
  for (const c of f.countries) p.append(PARAM.country, c);
  for (const t of f.types) p.append(PARAM.type, t);
  for (const r of f.predicates) p.append(PARAM.predicate, r);
  for (const s of f.provenance) p.append(PARAM.provenance, s);
  if (f.dateFrom) p.set(PARAM.dateFrom, f.dateFrom);
  if (f.dateTo) p.set(PARAM.dateTo, f.dateTo);
  if (state.selected) p.set(PARAM.selected, state.selected);
  if (state.path) for (const n of state.path) p.append(PARAM.path, n);
  if (state.lang !== 'en') p.set(PARAM.lang, state.lang);
  return p;
}

/** Same view, whatever the order the values were chosen in. */
export function sameViewState(a: ViewState, b: ViewState): boolean {
  const key = (s: ViewState) => [...viewStateToParams(s)].map(([k, v]) => `${k}=${v}`).sort().join('&');
  return key(a) === key(b);
}
