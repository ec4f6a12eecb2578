// Checks every reader runs before it looks at the content, and the result type they all return.
// Kept apart from formats.ts so that the format modules do not import the registry that imports them.
import { problem } from '../core/problems';
import type { Problem } from '../core/types';
import type { KnowledgeGraph } from '../graph/kg-graph';

/** What every reader returns: the graph (null when the file could not be read at all) and every problem met. */
export interface ImportResult {
  graph: KnowledgeGraph | null;
  problems: Problem[];
}

/** Larger files are refused before parsing: a browser tab or the CLI should not be taken down by one file. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/**
 * A snapshot (.kgs) is not parsed but checked and viewed as typed arrays (a 1M-edge one, ~66 MiB, in
 * ~50 ms), so its limit is what a tab can hold rather than what a parser gets through: ~4M edges.
 */
export const MAX_SNAPSHOT_BYTES = 256 * 1024 * 1024;

/** UTF-8 byte length without allocating an encoded copy of a possibly huge string. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

const megabytes = (bytes: number): string => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

export function checkImportSize(text: string, file: string, limit = MAX_IMPORT_BYTES): Problem | null {
  // A UTF-16 unit is 1 to 3 UTF-8 bytes: most strings are decided without counting.
  if (text.length * 3 <= limit) return null;
  const bytes = text.length > limit ? text.length : utf8Length(text);
  if (bytes <= limit) return null;
  return problem(
    file,
    0,
    0,
    `file is too large to import: ${text.length > limit ? 'over ' : ''}${megabytes(bytes)}, the limit is ${megabytes(limit)} (${limit} bytes)`,
  );
}

/** 1-based line and column of a character offset. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Document type declarations are where entity expansion (billion laughs) and external entities (XXE) live;
 * no graph file needs one, so a file that has one is refused whatever the parser would do with it.
 */
export function refuseXmlDeclarations(text: string, file: string): Problem | null {
  const match = /<!(DOCTYPE|ENTITY)/i.exec(text);
  if (!match) return null;
  const { line, column } = positionAt(text, match.index);
  return problem(
    file,
    line,
    column,
    `XML with a <!${match[1]!.toUpperCase()} declaration is refused: document types and entities can expand without bound or read other files, and graph files do not need them`,
  );
}

/** The first problem of the pre-parse checks, as a failed import; null when the text may be parsed. */
export function guardImport(text: string, file: string, xml: boolean): ImportResult | null {
  const refused = checkImportSize(text, file) ?? (xml ? refuseXmlDeclarations(text, file) : null);
  return refused ? { graph: null, problems: [refused] } : null;
}

export const failedImport = (p: Problem, more: readonly Problem[] = []): ImportResult => ({
  graph: null,
  problems: [...more, p],
});

/** Message of anything thrown by a third-party parser, without assuming it is an Error. */
export const thrownMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));
