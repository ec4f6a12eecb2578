// graph-data/entities.csv → EntityRecord[]: the catalogue every triple and extraction resolves against.
import { problem } from '../core/problems';
import type { EntityRecord, Problem } from '../core/types';
import { isEntityType } from '../core/vocabulary';
import { countryProblem, duplicateIdProblem, idProblem, NO_LABEL, typeProblem, wikidataProblem } from './entity-checks';
import { cell, columnOf, readCsvTable, type Header, type HeaderSpec } from './csv-header';
import type { CsvRow } from './csv-rows';

export const ENTITY_COLUMNS = ['id', 'type', 'label_en', 'label_kk', 'label_ru', 'aliases', 'country', 'wikidata'] as const;
const SPEC: HeaderSpec = { required: ENTITY_COLUMNS, optional: [] };


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
  const badId = idProblem(id);
  if (badId) {
    at('id', badId);
    usable = false;
  }

  const type = cell(row, header, 'type');
  if (!isEntityType(type)) {
    at('type', typeProblem(type));
    usable = false;
  }

  const label_en = cell(row, header, 'label_en');
  const label_kk = cell(row, header, 'label_kk');
  const label_ru = cell(row, header, 'label_ru');
  if (!label_en && !label_kk && !label_ru) {
    at('label_en', NO_LABEL);
    usable = false;
  }

  let wikidata = cell(row, header, 'wikidata');
  const badWikidata = wikidataProblem(wikidata);
  if (badWikidata) {
    at('wikidata', badWikidata);
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
    if (target?.type === 'country') continue;
    problems.push(problem(file, line, columnOf(header, 'country'), countryProblem(ref, target?.type ?? null, countryIds), 'country'));
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
      problems.push(problem(file, row.line, columnOf(header, 'id'), duplicateIdProblem(entity.id, earlier), 'id'));
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
