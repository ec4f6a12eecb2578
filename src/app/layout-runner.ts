// Runs the layout worker on the store's graph and writes the positions into the graph's x/y attributes,
// where sigma (and every exported file) reads them.
//
// Writing positions makes sigma reprocess every node and edge (a long task: ~100 ms at 10k nodes / 50k
// edges on a software renderer, seconds at 50k / 100k). So intermediate positions are only shown on graphs
// small enough for that to be cheap (`live`), and never while the user is interacting with the network
// (`isBusy`): they are kept and the latest is written once the user lets go. The final positions are
// always written.
import type { KnowledgeGraph } from '../graph/kg-graph';
import { layoutIterations, type LayoutProgress, type LayoutRequest } from './layout-protocol';

export interface LayoutStats {
  /** Iterations done so far in the current (or last) run, of `total`. */
  iterations: number;
  total: number;
  /** Time the worker spent iterating: `iterations / computeMs` is ForceAtlas2's own rate. */
  computeMs: number;
}

export interface LayoutPolicy {
  /** Whether to show intermediate positions for a graph of this size. */
  live(order: number, size: number): boolean;
  /** True while the user interacts with the network (drag, hover, camera animation). */
  isBusy(): boolean;
}

export interface LayoutRunner {
  /** Lays the graph out from its current positions; a run in progress for another graph is abandoned. */
  run(graph: KnowledgeGraph): Promise<void>;
  stop(): void;
  stats(): LayoutStats | null;
}

/** How often to look again whether the user has let go, before writing postponed positions. */
const BUSY_RETRY_MS = 120;

export function createLayoutRunner(onProgress: (done: number, total: number) => void, policy: LayoutPolicy): LayoutRunner {
  let worker: Worker | null = null;
  let runId = 0;
  let stats: LayoutStats | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;

  function stop(): void {
    worker?.terminate();
    worker = null;
    if (retry) clearTimeout(retry);
    retry = null;
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
    const live = policy.live(graph.order, graph.size);
    stats = { iterations: 0, total: iterations, computeMs: 0 };
    const w = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
    worker = w;

    /** Writes positions into the graph (one event, to which sigma answers with one reprocess). */
    function write(positions: Float64Array): void {
      graph.updateEachNodeAttributes(
        (node, attrs) => {
          const i = index.get(node);
          if (i !== undefined && i < positions.length / 2) {
            attrs.x = positions[2 * i]!;
            attrs.y = positions[2 * i + 1]!;
          }
          return attrs;
        },
        { attributes: ['x', 'y'] },
      );
    }

    return new Promise((resolve, reject) => {
      /** Writes the final positions once the user is not interacting, then reports the run done. */
      const finish = (positions: Float64Array, total: number): void => {
        retry = null;
        if (id !== runId) return;
        if (policy.isBusy()) {
          retry = setTimeout(() => finish(positions, total), BUSY_RETRY_MS);
          return;
        }
        write(positions);
        onProgress(total, total);
        resolve();
      };
      w.onmessage = (event: MessageEvent<LayoutProgress>) => {
        const msg = event.data;
        if (msg.runId !== id || worker !== w) return;
        stats = { iterations: msg.done, total: msg.total, computeMs: msg.computeMs };
        if (msg.done >= msg.total) {
          worker.terminate();
          worker = null;
          finish(msg.xy, msg.total);
          return;
        }
        if (live && !policy.isBusy()) write(msg.xy);
        onProgress(msg.done, msg.total);
      };
      w.onerror = (event) => {
        stop();
        reject(new Error(`layout worker failed: ${event.message}`));
      };
      const req: LayoutRequest = { runId: id, xy, edges, iterations, batch: Math.max(10, Math.round(iterations / 20)) };
      w.postMessage(req, [xy.buffer, edges.buffer]);
    });
  }

  return { run, stop, stats: () => stats };
}
