// graphology's own serialisation (graph.export()), the lossless format: what the explorer can save and reopen.
// Reading parses with JSON.parse only (no reviver, so nothing in the file can become code), checks the shape
// of the serialisation, and passes each element through the schema like every other reader.
import type { KnowledgeGraph } from '../graph/kg-graph';
import { GraphAssembly } from './graph-assembly';
import { failedImport, guardImport, positionAt, thrownMessage, type ImportResult } from './import-guards';
import { problem } from '../core/problems';

export function writeJson(graph: KnowledgeGraph): string {
  return `${JSON.stringify(graph.export(), null, 2)}\n`;
}

type Primitive = string | number | boolean | null;
type JsonObject = Record<string, unknown>;

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPrimitive = (v: unknown): v is Primitive =>
  v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
const own = (o: JsonObject, k: string): unknown => (Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined);

/** The attributes of an element if every value is a primitive, else the name of the first one that is not. */
function primitiveAttributes(value: unknown): { ok: Record<string, Primitive> } | { bad: string } {
  if (value === undefined) return { ok: {} };
  if (!isObject(value)) return { bad: '' };
  const out: Record<string, Primitive> = {};
  for (const [k, v] of Object.entries(value)) {
    if (!isPrimitive(v)) return { bad: k };
    out[k] = v;
  }
  return { ok: out };
}

const idOf = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : null);

/** JSON.parse errors name a position (V8 also gives line and column); turn it into line:column. */
function syntaxProblemWhere(text: string, message: string): { line: number; column: number } {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  return pos ? positionAt(text, Number(pos[1])) : { line: 0, column: 0 };
}

export function readJson(text: string, fileName: string): ImportResult {
  const refused = guardImport(text, fileName, false);
  if (refused) return refused;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const message = thrownMessage(e);
    const { line, column } = syntaxProblemWhere(text, message);
    return failedImport(problem(fileName, line, column, `not valid JSON: ${message}`));
  }
  if (!isObject(data) || !Array.isArray(own(data, 'nodes'))) {
    return failedImport(
      problem(fileName, 0, 0, 'not a graph file: expected graphology\'s serialised graph, an object with a "nodes" array (and "edges", "attributes", "options")'),
    );
  }
  const edgesValue = own(data, 'edges') ?? [];
  if (!Array.isArray(edgesValue)) return failedImport(problem(fileName, 0, 0, '"edges" must be an array'));

  const graphAttributes = own(data, 'attributes');
  const name = isObject(graphAttributes) ? own(graphAttributes, 'name') : undefined;
  const assembly = new GraphAssembly(fileName, typeof name === 'string' ? name : undefined);

  const options = own(data, 'options');
  if (isObject(options) && own(options, 'type') === 'undirected') {
    assembly.report('the graph is undirected; its edges are read from source to target', undefined, 'warning');
  }

  (own(data, 'nodes') as unknown[]).forEach((entry, i) => {
    const where = `nodes[${i}]`;
    const key = isObject(entry) ? idOf(own(entry, 'key')) : null;
    if (!isObject(entry) || key === null) {
      assembly.report(`${where}: expected an object with a string "key"`);
      return;
    }
    const attributes = primitiveAttributes(own(entry, 'attributes'));
    if ('bad' in attributes) {
      assembly.refuseNode(
        key,
        attributes.bad === ''
          ? `${where} (node "${key}"): "attributes" must be an object`
          : `${where} (node "${key}"): attribute "${attributes.bad}" must be a string, number, boolean or null`,
      );
      return;
    }
    assembly.node(key, attributes.ok);
  });

  edgesValue.forEach((entry: unknown, i: number) => {
    const where = `edges[${i}]`;
    if (!isObject(entry)) {
      assembly.report(`${where}: expected an object with "source" and "target"`);
      return;
    }
    const source = idOf(own(entry, 'source'));
    const target = idOf(own(entry, 'target'));
    const rawKey = own(entry, 'key');
    const key = rawKey === undefined || rawKey === null ? null : idOf(rawKey);
    if (source === null || target === null || (rawKey !== undefined && rawKey !== null && key === null)) {
      assembly.report(`${where}: "source" and "target" must be node keys, and "key", when given, a string`);
      return;
    }
    const label = key ?? `${source} → ${target}`;
    const attributes = primitiveAttributes(own(entry, 'attributes'));
    if ('bad' in attributes) {
      assembly.report(
        attributes.bad === ''
          ? `${where} (edge "${label}"): "attributes" must be an object`
          : `${where} (edge "${label}"): attribute "${attributes.bad}" must be a string, number, boolean or null`,
      );
      return;
    }
    if (own(entry, 'undirected') === true) {
      assembly.report(`${where} (edge "${label}"): undirected; it is read from source to target`, undefined, 'warning');
    }
    assembly.edge(key, source, target, attributes.ok);
  });
  return assembly.result();
}
