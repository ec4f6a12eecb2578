// Messages between the page and the file-reading worker.
import type { SerializedGraph } from 'graphology-types';
import type { Problem } from '../core/types';

export interface ImportRequest {
  id: number;
  /** One graph file, or CSV files read together (entities.csv with triples.csv, nodes.csv with relationships.csv). */
  files: File[];
  /** The current graph, for a triples CSV whose subjects and objects are ids of entities already shown. */
  known: SerializedGraph | null;
}

export interface ImportReply {
  id: number;
  graph: SerializedGraph | null;
  problems: Problem[];
}
