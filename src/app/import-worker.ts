// Reads and parses an opened file off the main thread, so a large file never freezes the page.
import { problem } from '../core/problems';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../core/types';
import { createKnowledgeGraph } from '../graph/kg-graph';
import { readCsvFiles } from '../io/csv';
import { readGraphFile } from '../io/formats';
import type { SerializedGraph } from 'graphology-types';
import type { ImportReply, ImportRequest } from './import-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { id, files, known } = event.data;
  const names = files.map((f) => f.name).join(', ');
  let reply: ImportReply;
  try {
    const texts = await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })));
    const knownGraph = known ? createKnowledgeGraph() : undefined;
    knownGraph?.import(known as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>);
    const result = texts.length === 1 ? readGraphFile(texts[0]!.text, texts[0]!.name, knownGraph) : readCsvFiles(texts, knownGraph);
    reply = { id, graph: result.graph ? result.graph.export() : null, problems: result.problems };
  } catch (e) {
    reply = { id, graph: null, problems: [problem(names, 0, 0, `could not read the file: ${e instanceof Error ? e.message : String(e)}`)] };
  }
  scope.postMessage(reply);
};
