// Runs the layout worker on the store's graph and writes the positions into the graph's x/y attributes,
// where sigma (and every exported file) reads them.
import type { KnowledgeGraph } from '../graph/kg-graph';
import { layoutIterations, type LayoutProgress, type LayoutRequest } from './layout-protocol';

export interface LayoutRunner {
  /** Lays the graph out from its current positions; a run in progress for another graph is abandoned. */
  run(graph: KnowledgeGraph): Promise<void>;
  stop(): void;
}

export function createLayoutRunner(onProgress: (done: number, total: number) => void): LayoutRunner {
  let worker: Worker | null = null;
  let runId = 0;

  function stop(): void {
    worker?.terminate();
    worker = null;
  }

  function run(graph: KnowledgeGraph): Promise<void> {
    stop();
    const id = ++runId;
    const nodes = graph.nodes();
    const index = new Map(nodes.map((n, i) => [n, i]));
    const xy = new Float64Array(nodes.length * 2);
    nodes.forEach((n, i) => {
      xy[2 * i] = graph.getNodeAttribute(n, 'x');
      xy[2 * i + 1] = graph.getNodeAttribute(n, 'y');
    });
    const edges = new Uint32Array(graph.size * 2);
    let j = 0;
    graph.forEachEdge((_e, _a, s, t) => {
      edges[j++] = index.get(s)!;
      edges[j++] = index.get(t)!;
    });
    const iterations = layoutIterations(nodes.length);
    const w = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
    worker = w;
    return new Promise((resolve, reject) => {
      w.onmessage = (event: MessageEvent<LayoutProgress>) => {
        const msg = event.data;
        if (msg.runId !== id || worker !== w) return;
        graph.updateEachNodeAttributes(
          (node, attrs) => {
            const i = index.get(node);
            if (i !== undefined && i < msg.xy.length / 2) {
              attrs.x = msg.xy[2 * i]!;
              attrs.y = msg.xy[2 * i + 1]!;
            }
            return attrs;
          },
          { attributes: ['x', 'y'] },
        );
        onProgress(msg.done, msg.total);
        if (msg.done >= msg.total) {
          stop();
          resolve();
        }
      };
      w.onerror = (event) => {
        stop();
        reject(new Error(`layout worker failed: ${event.message}`));
      };
      const req: LayoutRequest = { runId: id, xy, edges, iterations, batch: Math.max(10, Math.round(iterations / 20)) };
      w.postMessage(req, [xy.buffer, edges.buffer]);
    });
  }

  return { run, stop };
}
