// graph-data/triples.csv → TripleRecord[]: hand-curated statements, checked against the entity catalogue.
import { problem } from '../core/problems';
import { PREDICATES, PROVENANCES, type EntityRecord, type Problem, type Provenance, type TripleRecord } from '../core/types';
import { isPredicate, typeMismatch, VOCABULARY } from '../core/vocabulary';
import { didYouMean } from './closest-match';
import { cell, columnOf, readCsvTable, type Header, type HeaderSpec } from './csv-header';
import type { CsvRow } from './csv-rows';
import { DATE_EXPECTED, isPartialDate } from './date-value';

export const TRIPLE_COLUMNS = ['subject', 'predicate', 'object', 'date', 'source', 'evidence'] as const;
export const TRIPLE_OPTIONAL_COLUMNS = ['place', 'counterpart', 'provenance', 'confidence'] as const;
const SPEC: HeaderSpec = { required: TRIPLE_COLUMNS, optional: TRIPLE_OPTIONAL_COLUMNS };

type Report = (column: string, message: string) => void;

function readEntityRef(
  value: string,
  column: string,
  entities: ReadonlyMap<string, EntityRecord>,
  report: Report,
): EntityRecord | null {
  const entity = entities.get(value);
  if (!entity) report(column, `unknown entity "${value}": expected an entity id defined in entities.csv${didYouMean(value, entities.keys())}`);
  return entity ?? null;
}

function readProvenance(value: string, report: Report): Provenance | null {
  if (value === '') return 'curated';
  const found = PROVENANCES.find((p) => p === value.toLowerCase());
  if (!found) report('provenance', `provenance "${value}": expected ${PROVENANCES.join(' or ')} (an empty cell means curated)`);
  return found ?? null;
}

function readConfidence(value: string, report: Report): number | null {
  if (value === '') return 1;
  const n = Number(value);
  if (!/^[\d.eE+-]+$/.test(value) || !Number.isFinite(n) || n < 0 || n > 1) {
    report('confidence', `confidence "${value}": expected a number from 0 to 1 (an empty cell means 1)`);
    return null;
  }
  return n;
}

/** Checks one row; returns null when it cannot become a triple (every reason is reported). */
function readTriple(
  row: CsvRow,
  header: Header,
  entities: ReadonlyMap<string, EntityRecord>,
  file: string,
  problems: Problem[],
): TripleRecord | null {
  let ok = true;
  const report: Report = (column, message) => {
    problems.push(problem(file, row.line, columnOf(header, column), `${message}; the row is skipped`, column));
    ok = false;
  };
  const get = (column: string): string => cell(row, header, column);

  const subject = get('subject');
  const predicate = get('predicate');
  const object = get('object');
  let subjectEntity: EntityRecord | null = null;
  let objectEntity: EntityRecord | null = null;
  if (subject === '') report('subject', 'empty subject: expected an entity id defined in entities.csv');
  else subjectEntity = readEntityRef(subject, 'subject', entities, report);

  if (predicate === '') report('predicate', `empty predicate: expected one of ${PREDICATES.join(', ')}`);
  else if (!isPredicate(predicate)) report('predicate', `unknown predicate "${predicate}"${didYouMean(predicate, PREDICATES)}: expected one of ${PREDICATES.join(', ')}`);

  if (object === '') report('object', 'empty object: expected an entity id defined in entities.csv');
  else objectEntity = readEntityRef(object, 'object', entities, report);

  if (isPredicate(predicate) && subjectEntity && objectEntity) {
    const mismatch = typeMismatch(predicate, subjectEntity.type, objectEntity.type);
    if (mismatch !== null) {
      const column = VOCABULARY[predicate].subject.includes(subjectEntity.type) ? 'object' : 'subject';
      const entity = column === 'subject' ? subjectEntity : objectEntity;
      report(column, `wrong entity type: ${mismatch} ("${entity.id}" has type ${entity.type})`);
    }
  }

  const date = get('date');
  if (date !== '' && !isPartialDate(date)) report('date', `bad date "${date}": ${DATE_EXPECTED}`);

  const place = get('place');
  if (place !== '') readEntityRef(place, 'place', entities, report);
  const counterpart = get('counterpart');
  if (counterpart !== '') readEntityRef(counterpart, 'counterpart', entities, report);

  const provenance = readProvenance(get('provenance'), report);
  const confidence = readConfidence(get('confidence'), report);
  const evidence = get('evidence');
  if (evidence === '' && provenance === 'curated') {
    report('evidence', 'empty evidence: expected the sentence of the source article the statement is read from (required for curated rows)');
  }

  if (!ok || !isPredicate(predicate) || provenance === null || confidence === null) return null;
  return {
    subject,
    predicate,
    object,
    date,
    place,
    counterpart,
    provenance,
    source: get('source'),
    evidence,
    confidence,
    subjectMention: '',
    objectMention: '',
  };
}

export function parseTriplesCsv(
  text: string,
  entities: ReadonlyMap<string, EntityRecord>,
  file = 'triples.csv',
): { triples: TripleRecord[]; problems: Problem[] } {
  const { header, rows, problems } = readCsvTable(text, SPEC, file);
  if (!header) return { triples: [], problems };

  const triples: TripleRecord[] = [];
  const firstLine = new Map<string, number>();
  for (const row of rows) {
    // Checked before the cells so that a repeated bad row points back to its first copy too.
    const key = ['subject', 'predicate', 'object', 'date', 'source'].map((c) => cell(row, header, c)).join('\u0000');
    const earlier = firstLine.get(key);
    if (earlier !== undefined) {
      problems.push(
        problem(
          file,
          row.line,
          columnOf(header, 'subject'),
          `duplicate row: same subject, predicate, object, date and source as line ${earlier}; expected each statement once; the row is skipped`,
          'subject',
        ),
      );
      continue;
    }
    firstLine.set(key, row.line);
    const triple = readTriple(row, header, entities, file, problems);
    if (triple) triples.push(triple);
  }
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { triples, problems };
}
