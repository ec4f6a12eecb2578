// Reads and parses an opened file off the main thread, so a large file never freezes the page. News
// articles (.txt) are read here too: the extractor and its catalogue load with this worker, not the page.
import { problem } from '../core/problems';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../core/types';
import { createKnowledgeGraph } from '../graph/kg-graph';
import { readCsvFiles } from '../io/csv';
import { readGraphFile } from '../io/formats';
import { readSnapshotColumns, SNAPSHOT_EXTENSION } from '../io/snapshot';
import type { SerializedGraph } from 'graphology-types';
import { readArticles } from './article-import';
import { isArticleFile, type ImportReply, type ImportRequest } from './import-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

async function read({ id, files, known, entities }: ImportRequest): Promise<ImportReply> {
  const [only] = files;
  if (files.length === 1 && only && only.name.toLowerCase().endsWith(SNAPSHOT_EXTENSION)) {
    const columns = readSnapshotColumns(new Uint8Array(await only.arrayBuffer()));
    if (typeof columns === 'string') return { id, graph: null, problems: [problem(only.name, 0, 0, columns)] };
    return { id, graph: null, problems: [], columns };
  }
  if (files.length && files.every((f) => isArticleFile(f.name))) {
    const texts = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
    const result = readArticles(texts, entities ?? []);
    return { id, graph: result.graph ? result.graph.export() : null, problems: result.problems, articles: result.articles };
  }
  const texts = await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })));
  const knownGraph = known ? createKnowledgeGraph() : undefined;
  knownGraph?.import(known as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>);
  const result = texts.length === 1 ? readGraphFile(texts[0]!.text, texts[0]!.name, knownGraph) : readCsvFiles(texts, knownGraph);
  return { id, graph: result.graph ? result.graph.export() : null, problems: result.problems };
}

scope.onmessage = async (event: MessageEvent<ImportRequest>) => {
  let reply: ImportReply;
  try {
    reply = await read(event.data);
    if (reply.columns) {
      // Every column is a view on the file's one buffer: handing it over costs nothing.
      scope.postMessage(reply, [reply.columns.ids.bytes.buffer]);
      return;
    }
  } catch (e) {
    const names = event.data.files.map((f) => f.name).join(', ');
    reply = { id: event.data.id, graph: null, problems: [problem(names, 0, 0, `could not read the file: ${e instanceof Error ? e.message : String(e)}`)] };
  }
  scope.postMessage(reply);
};
