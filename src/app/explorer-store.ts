// The explorer's state: the graph, the view (what the URL holds) and what is derived from them. Every panel
// reads from here and changes the view through `update`; nothing else keeps a copy.
import type { Problem } from '../core/types';
import { selectVisible, type Selection } from '../graph/graph-filter';
import type { KnowledgeGraph } from '../graph/kg-graph';
import { shortestPath, type GraphPath } from '../graph/shortest-path';
import { sameViewState, type ViewState } from '../graph/view-state';
import { buildSearchIndex, searchEntities, type SearchHit, type SearchIndex } from '../graph/search-index';

/** `search`: more names can be found than before (the whole graph's index, built in steps, is complete). */
export type ChangeKind = 'graph' | 'filter' | 'selection' | 'path' | 'lang' | 'problems' | 'search';

/** Who changed the view: a user action adds a history entry, a restore from history does not. */
export type ChangeSource = 'user' | 'history' | 'load';

export interface Change {
  kinds: ReadonlySet<ChangeKind>;
  source: ChangeSource;
}

export type Listener = (change: Change) => void;

export interface ProblemGroup {
  /** Where the problems come from: 'build' (graph-data) or the name of an opened file. */
  origin: string;
  problems: Problem[];
}

/**
 * A graph too large to draw whole (large-graph.ts): the store's graph is then the part of it on screen,
 * which grows to take in the entities a view names, and names are searched in the whole graph.
 */
export interface GraphScope {
  /** Entities and relations of the whole graph. */
  readonly nodes: number;
  readonly edges: number;
  /** Adds to `graph` what `view` names and `graph` lacks (with its neighbourhood); true when it did. */
  include(view: ViewState, graph: KnowledgeGraph): boolean;
  /**
   * Starts indexing the names of the whole graph, in the background; `find` answers from the part indexed
   * so far, and `onIndexed` is called once every name is in.
   */
  index(onIndexed: () => void): void;
  find(query: string, limit: number): Promise<SearchHit[]>;
  /** Lets go of what the scope holds (its search worker) once another graph replaces it. */
  close(): void;
}

export class ExplorerStore {
  graph: KnowledgeGraph;
  scope: GraphScope | null;
  view: ViewState;
  visible: Selection;
  path: GraphPath | null = null;
  problems: ProblemGroup[] = [];
  private listeners: Listener[] = [];
  /** The name index of the current graph, once built (see `search`). */
  private searchIndex: SearchIndex | null = null;

  constructor(graph: KnowledgeGraph, view: ViewState, scope: GraphScope | null = null) {
    this.graph = graph;
    this.view = view;
    this.scope = scope;
    scope?.include(view, graph);
    this.visible = selectVisible(graph, view.filter);
    this.path = this.computePath();
  }

  /**
   * The name index of the current graph. It is normally built in a worker after the first picture
   * (`setSearchIndex`); a search typed before that builds it here, once.
   */
  get search(): SearchIndex {
    this.searchIndex ??= buildSearchIndex(this.graph);
    return this.searchIndex;
  }

  /** Entities whose names match, best first: from the graph's index, or the whole graph's when drawn in part. */
  findEntities(query: string, limit: number): SearchHit[] | Promise<SearchHit[]> {
    return this.scope ? this.scope.find(query, limit) : searchEntities(this.search, query, { limit });
  }

  /** An index built elsewhere for `graph`; ignored when the graph has changed since. */
  setSearchIndex(graph: KnowledgeGraph, index: SearchIndex): void {
    if (graph === this.graph && !this.searchIndex) this.searchIndex = index;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  /** Applies a change of view; listeners hear only about what actually changed. */
  update(patch: Partial<ViewState>, source: ChangeSource = 'user'): void {
    const next: ViewState = { ...this.view, ...patch };
    if (sameViewState(next, this.view)) return;
    const kinds = new Set<ChangeKind>();
    const prev = this.view;
    this.view = next;
    const grew = this.scope?.include(next, this.graph) ?? false;
    if (grew) kinds.add('graph');
    if (grew || JSON.stringify(prev.filter) !== JSON.stringify(next.filter)) {
      kinds.add('filter');
      this.visible = selectVisible(this.graph, next.filter);
    }
    if (prev.selected !== next.selected) kinds.add('selection');
    if (grew || JSON.stringify(prev.path) !== JSON.stringify(next.path)) {
      kinds.add('path');
      this.path = this.computePath();
    }
    if (prev.lang !== next.lang) kinds.add('lang');
    this.emit({ kinds, source });
  }

  /** A new graph (rebuilt data, an opened file): the view stays, its derived sets are recomputed. */
  setGraph(graph: KnowledgeGraph, scope: GraphScope | null = null): void {
    this.graph = graph;
    if (this.scope !== scope) this.scope?.close();
    this.scope = scope;
    scope?.include(this.view, graph);
    this.visible = selectVisible(graph, this.view.filter);
    this.path = this.computePath();
    this.searchIndex = null;
    this.emit({ kinds: new Set<ChangeKind>(['graph', 'filter', 'selection', 'path']), source: 'load' });
  }

  /** The name index grew: a search typed meanwhile may find more when asked again. */
  namesIndexed(): void {
    this.emit({ kinds: new Set<ChangeKind>(['search']), source: 'load' });
  }

  setProblems(origin: string, problems: Problem[]): void {
    this.problems = [...this.problems.filter((g) => g.origin !== origin), ...(problems.length ? [{ origin, problems }] : [])];
    this.emit({ kinds: new Set<ChangeKind>(['problems']), source: 'load' });
  }

  private computePath(): GraphPath | null {
    const p = this.view.path;
    return p ? shortestPath(this.graph, p[0], p[1]) : null;
  }

  private emit(change: Change): void {
    for (const l of this.listeners) l(change);
  }
}
