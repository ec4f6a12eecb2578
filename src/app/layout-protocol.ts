// Messages between the page and the ForceAtlas2 worker. Positions travel as flat typed arrays (x0, y0, x1, …).

export interface LayoutRequest {
  runId: number;
  xy: Float64Array;
  /** Pairs of node indices (source, target). */
  edges: Uint32Array;
  iterations: number;
  /** Iterations between two position updates sent back to the page. */
  batch: number;
}

export interface LayoutProgress {
  runId: number;
  xy: Float64Array;
  done: number;
  total: number;
  /** Milliseconds the worker has spent iterating in this run (setup and messaging excluded). */
  computeMs: number;
}

/**
 * Iterations for a graph of this order. A fixed number (not "until it converges"), so the same data always
 * lands on the same picture; fewer on big graphs, where each iteration costs more.
 */
export function layoutIterations(order: number): number {
  if (order <= 500) return 600;
  if (order <= 2000) return 300;
  if (order <= 10000) return 150;
  return 60;
}
