// XML in and out for the GEXF and GraphML modules, without the page's DOM: @xmldom/xmldom (which
// graphology-gexf and graphology-graphml use themselves in Node) parses in Node, in the browser and in workers
// alike, so a file gives the same graph and the same problems everywhere.
import { DOMParser } from '@xmldom/xmldom';
import { problem } from '../core/problems';
import type { Problem } from '../core/types';
import type { Where } from './graph-assembly';

export interface ParsedXml {
  /** Null when the text is not well-formed enough to read. */
  doc: Document | null;
  problems: Problem[];
}

interface XmldomOptions {
  locator: object;
  errorHandler: { warning: (m: string) => void; error: (m: string) => void; fatalError: (m: string) => void };
  /** xmldom's default follows XML 1.1 and also turns U+0085 and U+2028 into line feeds; these files are XML 1.0. */
  normalizeLineEndings: (text: string) => string;
}
type XmldomParserConstructor = new (options: XmldomOptions) => { parseFromString(text: string, mime: string): Document };

const LOCATION = /@#\[line:(\d+),col:(\d+)\]/;

function xmldomProblem(file: string, raw: string, severity: Problem['severity']): Problem {
  const at = LOCATION.exec(raw);
  const message = raw
    .replace(LOCATION, '')
    .replace(/^\[xmldom \w+\]\s*/, '')
    .trim();
  return problem(file, at ? Number(at[1]) : 0, at ? Number(at[2]) : 0, `XML is not well-formed: ${message}`, undefined, severity);
}

export function parseXml(text: string, file: string): ParsedXml {
  const problems: Problem[] = [];
  const Parser = DOMParser as unknown as XmldomParserConstructor;
  const parser = new Parser({
    locator: {},
    errorHandler: {
      warning: (m) => problems.push(xmldomProblem(file, m, 'warning')),
      error: (m) => problems.push(xmldomProblem(file, m, 'error')),
      fatalError: (m) => problems.push(xmldomProblem(file, m, 'error')),
    },
    normalizeLineEndings: (s) => s.replace(/\r\n?/g, '\n'),
  });
  let doc: Document | null = null;
  try {
    doc = parser.parseFromString(text, 'application/xml');
  } catch (e) {
    if (!problems.some((p) => p.severity === 'error')) {
      problems.push(problem(file, 0, 0, `XML is not well-formed: ${e instanceof Error ? e.message : String(e)}`));
    }
  }
  if (problems.some((p) => p.severity === 'error')) return { doc: null, problems };
  if (!doc?.documentElement) {
    problems.push(problem(file, 0, 0, 'no XML element found: the file is empty or not XML'));
    return { doc: null, problems };
  }
  return { doc, problems };
}

/** Where xmldom's locator found an element (0 when unknown). */
export function whereOf(element: Element): Where {
  const located = element as Element & { lineNumber?: number; columnNumber?: number };
  return { line: located.lineNumber ?? 0, column: located.columnNumber ?? 0 };
}

/** Elements of a tag name in document order, as an array. */
export function elementsByTag(root: Document | Element, tag: string): Element[] {
  return Array.from(root.getElementsByTagName(tag));
}

// Characters XML 1.0 cannot carry at all, even as references: dropped on write rather than making a file that
// no parser accepts.
const NOT_XML_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export const xmlSafe = (s: string): string => s.replace(NOT_XML_CHAR, '');

/** Escaped for element content; CR as a reference because parsers turn a raw CR into LF. */
export const escapeXmlText = (s: string): string =>
  xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');

/** Escaped for a double-quoted attribute; whitespace as references because parsers normalise it to spaces. */
export const escapeXmlAttribute = (s: string): string =>
  escapeXmlText(s).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
