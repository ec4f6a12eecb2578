// Messages between the page and the file-reading worker.
import type { SerializedGraph } from 'graphology-types';
import type { EntityRecord, Problem } from '../core/types';
import type { GraphColumns } from '../graph/graph-columns';

export interface ImportRequest {
  id: number;
  /**
   * One graph file, CSV files read together (entities.csv with triples.csv, nodes.csv with
   * relationships.csv), or news articles (.txt) whose extracted triples join the graph shown.
   */
  files: File[];
  /** The current graph, for a triples CSV whose subjects and objects are ids of entities already shown. */
  known: SerializedGraph | null;
  /** The entities shown, for articles: names in the text resolve to them, so nothing is duplicated. */
  entities?: EntityRecord[];
}

/** What one article gave, for the status line; files with errors give nothing and are not listed. */
export interface ArticleSummary {
  file: string;
  /** Distinct relations extracted from it. */
  relations: number;
  /** Entities it names that were neither shown nor named by an earlier file of the same drop. */
  newEntities: number;
}

export interface ImportReply {
  id: number;
  graph: SerializedGraph | null;
  problems: Problem[];
  /** Set when articles were read: one entry per article that gave triples. */
  articles?: ArticleSummary[];
  /** A snapshot (.kgs) read as columns, views on one buffer that is transferred, not copied. */
  columns?: GraphColumns;
}

export const ARTICLE_EXTENSION = '.txt';

/** A news article to extract triples from, rather than a graph file. */
export const isArticleFile = (name: string): boolean => name.toLowerCase().endsWith(ARTICLE_EXTENSION);
