// graph-data/entities.csv → EntityRecord[]: the catalogue every triple and extraction resolves against.
import { problem } from '../core/problems';
import { slugify } from '../core/text-fold';
import { ENTITY_TYPES, type EntityRecord, type Problem } from '../core/types';
import { isEntityType } from '../core/vocabulary';
import { didYouMean } from './closest-match';
import { cell, columnOf, readCsvTable, type Header, type HeaderSpec } from './csv-header';
import type { CsvRow } from './csv-rows';

export const ENTITY_COLUMNS = ['id', 'type', 'label_en', 'label_kk', 'label_ru', 'aliases', 'country', 'wikidata'] as const;
const SPEC: HeaderSpec = { required: ENTITY_COLUMNS, optional: [] };

const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const WIKIDATA = /^Q\d+$/;

interface Located {
  entity: EntityRecord;
  line: number;
}

/** Checks one row; returns null when the row cannot become an entity (its problems say why). */
function readEntity(row: CsvRow, header: Header, file: string, problems: Problem[]): EntityRecord | null {
  const at = (name: string, message: string): void => {
    problems.push(problem(file, row.line, columnOf(header, name), message, name));
  };
  let usable = true;

  const id = cell(row, header, 'id');
  if (id === '') {
    at('id', 'empty id: expected a readable slug such as "yermek-kosherbayev"; the row is skipped');
    usable = false;
  } else if (!SLUG.test(id)) {
    at('id', `id "${id}" is not a readable slug: expected lower-case Latin letters, digits and '-' (e.g. "${slugify(id)}"); the row is skipped`);
    usable = false;
  }

  const type = cell(row, header, 'type');
  if (!isEntityType(type)) {
    const what = type === '' ? 'empty type' : `unknown type "${type}"`;
    at('type', `${what}: expected one of ${ENTITY_TYPES.join(', ')}${didYouMean(type, ENTITY_TYPES)}; the row is skipped`);
    usable = false;
  }

  const label_en = cell(row, header, 'label_en');
  const label_kk = cell(row, header, 'label_kk');
  const label_ru = cell(row, header, 'label_ru');
  if (!label_en && !label_kk && !label_ru) {
    at('label_en', 'no label: expected at least one of label_en, label_kk, label_ru; the row is skipped');
    usable = false;
  }

  let wikidata = cell(row, header, 'wikidata');
  if (wikidata !== '' && !WIKIDATA.test(wikidata)) {
    at('wikidata', `wikidata "${wikidata}" is not a Wikidata id: expected Q and digits (e.g. Q232) or an empty cell; the value is ignored`);
    wikidata = '';
  }

  if (!usable || !isEntityType(type)) return null;
  const aliases = cell(row, header, 'aliases')
    .split('|')
    .map((a) => a.trim())
    .filter(Boolean);
  return { id, type, label_en, label_kk, label_ru, aliases, country: cell(row, header, 'country'), wikidata };
}

/** `country` may name an entity defined further down, so it is checked once every row is read. */
function checkCountries(located: readonly Located[], header: Header, file: string, problems: Problem[]): void {
  const byId = new Map(located.map((l) => [l.entity.id, l.entity]));
  const countryIds = located.filter((l) => l.entity.type === 'country').map((l) => l.entity.id);
  for (const { entity, line } of located) {
    const ref = entity.country;
    if (ref === '') continue;
    const target = byId.get(ref);
    let message: string | null = null;
    if (!target) message = `unknown country "${ref}": expected the id of a country defined in this file${didYouMean(ref, countryIds)}`;
    else if (target.type !== 'country') message = `country "${ref}" has type ${target.type}, not country: expected the id of an entity of type country`;
    if (message === null) continue;
    problems.push(problem(file, line, columnOf(header, 'country'), `${message}; the value is ignored`, 'country'));
    entity.country = '';
  }
}

export function parseEntitiesCsv(text: string, file = 'entities.csv'): { entities: EntityRecord[]; problems: Problem[] } {
  const { header, rows, problems } = readCsvTable(text, SPEC, file);
  if (!header) return { entities: [], problems };

  const located: Located[] = [];
  const firstLine = new Map<string, number>();
  for (const row of rows) {
    const entity = readEntity(row, header, file, problems);
    if (!entity) continue;
    const earlier = firstLine.get(entity.id);
    if (earlier !== undefined) {
      problems.push(problem(file, row.line, columnOf(header, 'id'), `duplicate id "${entity.id}": already defined on line ${earlier}; expected each id once; the row is skipped`, 'id'));
      continue;
    }
    firstLine.set(entity.id, row.line);
    located.push({ entity, line: row.line });
  }
  checkCountries(located, header, file, problems);
  // Problems come from several passes; ordering by position reads like a compiler's output.
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { entities: located.map((l) => l.entity), problems };
}
