// Every reader builds its graph through this: attributes pass the schema check in attributes.ts, and every
// element that cannot be taken (unknown type or predicate, missing end, repeated id) becomes a Problem while
// the rest of the file still loads.
import { problem } from '../core/problems';
import type { Problem } from '../core/types';
import { coerceEdgeAttributes, coerceNodeAttributes } from '../graph/attributes';
import { mergeEdge, relationKey } from '../graph/build-graph';
import { createKnowledgeGraph, type KnowledgeGraph } from '../graph/kg-graph';
import type { ImportResult } from './import-guards';

export interface Where {
  line: number;
  column: number;
}

const NOWHERE: Where = { line: 0, column: 0 };

export class GraphAssembly {
  readonly graph: KnowledgeGraph;
  readonly problems: Problem[] = [];
  /** Nodes that were in the file but refused, so edges to them say why they are missing. */
  private readonly refusedNodes = new Set<string>();

  /** File named in problems; readers of several files switch it as they go. */
  file: string;

  constructor(file: string, name?: string) {
    this.file = file;
    this.graph = createKnowledgeGraph(name);
  }

  report(message: string, where: Where = NOWHERE, severity: Problem['severity'] = 'error', field?: string): void {
    this.problems.push(problem(this.file, where.line, where.column, message, field, severity));
  }

  /** A node the reader could not take before its attributes were looked at; edges to it say why it is missing. */
  refuseNode(id: string, message: string, where: Where = NOWHERE): void {
    this.refusedNodes.add(id);
    this.report(message, where);
  }

  /** Adds a node from raw file attributes; false (with a Problem) when it cannot be taken. */
  node(id: string, raw: Record<string, unknown>, where: Where = NOWHERE): boolean {
    if (id === '') {
      this.report('node without an id', where);
      return false;
    }
    if (this.graph.hasNode(id)) {
      this.report(`node "${id}" is declared more than once; the first one is kept`, where);
      return false;
    }
    const attributes = coerceNodeAttributes(id, raw);
    if (typeof attributes === 'string') {
      this.refusedNodes.add(id);
      this.report(attributes, where);
      return false;
    }
    this.graph.addNode(id, attributes);
    return true;
  }

  /**
   * Adds an edge from raw file attributes. Without a key (files from other tools) the relation key is used,
   * and a second statement of the same relation is merged as build-graph merges it.
   */
  edge(key: string | null, source: string, target: string, raw: Record<string, unknown>, where: Where = NOWHERE): boolean {
    const label = key ?? `${source} → ${target}`;
    for (const [end, id] of [
      ['source', source],
      ['target', target],
    ] as const) {
      if (this.graph.hasNode(id)) continue;
      const why = this.refusedNodes.has(id) ? 'was not loaded (see the problem above)' : 'is not a node of the file';
      this.report(`edge "${label}": its ${end} "${id}" ${why}`, where);
      return false;
    }
    const attributes = coerceEdgeAttributes(label, raw);
    if (typeof attributes === 'string') {
      this.report(attributes, where);
      return false;
    }
    if (key === null) {
      const derived = relationKey(source, attributes.predicate, target);
      if (this.graph.hasEdge(derived)) {
        this.graph.replaceEdgeAttributes(derived, mergeEdge(this.graph.getEdgeAttributes(derived), attributes));
        return true;
      }
      key = derived;
    } else if (this.graph.hasEdge(key)) {
      this.report(`edge "${key}" is declared more than once; the first one is kept`, where);
      return false;
    }
    this.graph.addDirectedEdgeWithKey(key, source, target, attributes);
    return true;
  }

  result(): ImportResult {
    return { graph: this.graph, problems: this.problems };
  }
}
