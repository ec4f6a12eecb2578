import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { formatProblem } from '../core/problems';
import type { EntityRecord, TripleRecord } from '../core/types';
import { BUNDLED_ENTITIES } from '../extract/bundled-catalogue';
import { buildCatalogue, extractArticle, type Catalogue } from '../extract/index';
import { parseArticle } from '../ingest/article-text';
import { parseEntitiesCsv } from '../ingest/entities-csv';
import { flag, hasFlag, parseArgs } from './args';
import { EXIT, UsageError, type CliIO } from './cli-io';

export const EXTRACT_HELP = `Usage: kg extract FILE... [--format jsonl|csv] [--data DIR]

Reads article texts (Kazakh, Russian or English; a first line ' date YYYY-MM-DD <title>', or url:/lang:/date:
header lines and a blank line) and prints the triples found in them on stdout. Names are resolved against
DIR/entities.csv (default ./graph-data) and the catalogue bundled with the extractor.

Options:
  --format jsonl   one JSON object a line: {"source","subject","predicate","object","evidence","confidence"},
                   subject/object = {"id","label","labels":{"en","kk","ru"},"type","mention"} (default)
  --format csv     the columns of triples.csv: subject,predicate,object,date,source,evidence,
                   place,counterpart,provenance,confidence
  --data DIR       read the catalogue from DIR/entities.csv instead of ./graph-data/entities.csv
  --help           this text

Exit codes: 0 success, 1 an unreadable or empty article (named on stderr), 2 bad usage.
`;

const CSV_COLUMNS = ['subject', 'predicate', 'object', 'date', 'source', 'evidence', 'place', 'counterpart', 'provenance', 'confidence'] as const;

const csvCell = (v: string | number): string => {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

function entityJson(e: EntityRecord | undefined, id: string, mention: string): Record<string, unknown> {
  const labels = { en: e?.label_en ?? '', kk: e?.label_kk ?? '', ru: e?.label_ru ?? '' };
  return { id, label: labels.en || labels.kk || labels.ru || id, labels, type: e?.type ?? '', mention };
}

function jsonLine(source: string, t: TripleRecord, byId: ReadonlyMap<string, EntityRecord>): string {
  return JSON.stringify({
    source,
    subject: entityJson(byId.get(t.subject), t.subject, t.subjectMention),
    predicate: t.predicate,
    object: entityJson(byId.get(t.object), t.object, t.objectMention),
    evidence: t.evidence,
    confidence: t.confidence,
  });
}

/** The catalogue: bundled entities, then DIR/entities.csv over them (same id: the user's record wins). */
function loadCatalogue(dir: string, explicit: boolean, io: CliIO): Catalogue | null {
  const file = join(dir, 'entities.csv');
  if (!existsSync(file)) {
    if (explicit) {
      io.stderr(`kg extract: ${file}: not found (--data DIR must hold entities.csv)\n`);
      return null;
    }
    return buildCatalogue(BUNDLED_ENTITIES);
  }
  const { entities, problems } = parseEntitiesCsv(readFileSync(file, 'utf8'), file);
  for (const p of problems) io.stderr(`${formatProblem(p)}\n`);
  return buildCatalogue([...BUNDLED_ENTITIES, ...entities]);
}

export async function runExtract(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, ['format', 'data'], ['help']);
  if (hasFlag(args, 'help')) return io.stdout(EXTRACT_HELP), EXIT.ok;
  const format = flag(args, 'format') ?? 'jsonl';
  if (format !== 'jsonl' && format !== 'csv') throw new UsageError(`--format must be jsonl or csv, not "${format}"`);
  if (args.positional.length === 0) throw new UsageError('no FILE given: name one or more article texts');

  const dataFlag = flag(args, 'data');
  const catalogue = loadCatalogue(resolve(io.cwd, dataFlag ?? 'graph-data'), dataFlag !== undefined, io);
  if (!catalogue) return EXIT.badInput;

  let failed = false;
  if (format === 'csv') io.stdout(`${CSV_COLUMNS.join(',')}\n`);
  for (const name of args.positional) {
    let text: string;
    try {
      text = readFileSync(resolve(io.cwd, name), 'utf8');
    } catch (err) {
      io.stderr(`kg extract: ${name}: cannot read (${err instanceof Error ? err.message : String(err)})\n`);
      failed = true;
      continue;
    }
    const parsed = parseArticle(text, name);
    for (const p of parsed.problems) io.stderr(`${formatProblem(p)}\n`);
    if (!parsed.article) {
      failed = true;
      continue;
    }
    const source = basename(name, extname(name));
    const article = { ...parsed.article, id: source };
    const data = extractArticle(article, catalogue);
    for (const p of data.problems) io.stderr(`${formatProblem({ ...p, file: name })}\n`);
    if (data.problems.some((p) => p.severity === 'error')) failed = true;
    const byId = new Map(data.entities.map((e) => [e.id, e]));
    for (const t of data.triples) {
      if (format === 'jsonl') io.stdout(`${jsonLine(source, t, byId)}\n`);
      else io.stdout(`${CSV_COLUMNS.map((c) => csvCell(t[c])).join(',')}\n`);
    }
  }
  return failed ? EXIT.badInput : EXIT.ok;
}
