// News articles dropped on the page → the graph of what they say, ready to merge into the graph shown.
// Runs in the import worker (it pulls in the extractor and its bundled catalogue, which the page itself
// never loads). Names resolve against the bundled catalogue and the entities shown, so the article's
// «Көшербаевпен» is the Kosherbayev already on screen, not a new node.
import { hasErrors, problem } from '../core/problems';
import type { EntityRecord, Problem, TripleRecord } from '../core/types';
import { BUNDLED_ENTITIES } from '../extract/bundled-catalogue';
import { buildCatalogue, extractArticle } from '../extract/index';
import { buildGraph, relationKey } from '../graph/build-graph';
import type { KnowledgeGraph } from '../graph/kg-graph';
import { parseArticle } from '../ingest/article-text';
import type { ArticleSummary } from './import-protocol';

export interface ArticleFile {
  name: string;
  bytes: Uint8Array;
}

export interface ArticlesRead {
  /** The entities and relations of every article that gave triples; null when none did. */
  graph: KnowledgeGraph | null;
  problems: Problem[];
  articles: ArticleSummary[];
}

/** The text of a file: UTF-8 (the norm), or UTF-16 when it starts with a byte-order mark; null otherwise. */
function decode(bytes: Uint8Array): string | null {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes);
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // Valid UTF-8 can still be a binary file (a .docx or a PDF renamed): text has no NUL characters.
    return text.includes('\u0000') ? null : text;
  } catch {
    return null;
  }
}

/** One article's records, or its problems when it gives nothing to add. */
function readOne(file: ArticleFile, catalogue: ReturnType<typeof buildCatalogue>): { triples: TripleRecord[]; entities: EntityRecord[]; problems: Problem[] } {
  const none = (problems: Problem[]) => ({ triples: [], entities: [], problems });
  const text = decode(file.bytes);
  if (text === null) {
    return none([problem(file.name, 0, 0, 'unreadable text: expected a plain-text article saved as UTF-8 (a Word or PDF file must be saved as text first)')]);
  }
  const parsed = parseArticle(text, file.name);
  if (!parsed.article || hasErrors(parsed.problems)) return none(parsed.problems);
  const found = extractArticle(parsed.article, catalogue);
  // The extractor names the file after the article id; the user knows it by the name it was dropped with.
  const problems = [...parsed.problems, ...found.problems.map((p) => ({ ...p, file: file.name }))];
  if (hasErrors(problems)) return none(problems);
  if (found.triples.length === 0) {
    problems.push(problem(file.name, 0, 0, 'no triples found: no relation between people, countries, organisations, events or documents was recognised in this text'));
    return none(problems);
  }
  return { triples: found.triples, entities: found.entities, problems };
}

/**
 * Reads articles against the bundled catalogue plus `shown` (the entities on screen, which win on id).
 * An article with errors adds nothing; the others are built into one graph.
 */
export function readArticles(files: readonly ArticleFile[], shown: readonly EntityRecord[]): ArticlesRead {
  const catalogue = buildCatalogue([...BUNDLED_ENTITIES, ...shown]);
  const known = new Set(shown.map((e) => e.id));
  const entities = new Map<string, EntityRecord>();
  const triples: TripleRecord[] = [];
  const problems: Problem[] = [];
  const articles: ArticleSummary[] = [];
  for (const file of files) {
    const one = readOne(file, catalogue);
    problems.push(...one.problems);
    if (!one.triples.length) continue;
    let newEntities = 0;
    for (const e of one.entities) {
      if (!known.has(e.id)) {
        known.add(e.id);
        newEntities++;
      }
      if (!entities.has(e.id)) entities.set(e.id, e);
    }
    triples.push(...one.triples);
    const relations = new Set(one.triples.map((t) => relationKey(t.subject, t.predicate, t.object))).size;
    articles.push({ file: file.name, relations, newEntities });
  }
  if (!triples.length) return { graph: null, problems, articles };
  const built = buildGraph({ entities: [...entities.values()], triples, problems: [] }, files.map((f) => f.name).join(', '));
  return { graph: built.graph, problems: [...problems, ...built.problems], articles };
}
