// The explorer on a graph too large to draw: the dev server serves the 1M folder as a snapshot (graph.kgs)
// and the real page opens it, drawing a part; timed from navigation to the first frame with the part drawn.
// For comparison, the same bytes decoded into one graphology graph of every edge.
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { maxOf, openToFirstFrame, startServer, withChromium } from './chromium-session';
import { median } from './measure';

export interface SnapshotLoad {
  nodes: number;
  edges: number;
  bytes: number;
  /** The dev server's first graph.json + graph.kgs: streaming build of the folder and the snapshot's encoding. */
  serverBuildMs: number;
  /** Navigation start → the first frame with the part drawn (median of loads; a fresh Chromium each). */
  firstFrameMs: number;
  firstFrameRuns: number[];
  /** Navigation start → the snapshot's bytes in the page (page scripts, graph.json, then graph.kgs). */
  fetchedMs: number;
  /** readSnapshotColumns in the page (checks and typed views). */
  readMs: number;
  /** From the columns to the part as graphology: ids, adjacency, backbone, materialising (split in tasks). */
  partMs: number;
  partNodes: number;
  partEdges: number;
  /** Longest main-thread task before the first frame, and after it until the part's layout is done (worst load). */
  longTaskMaxLoadMs: number;
  longTaskMaxAfterFirstFrameMs: number;
  /** For comparison: decodeSnapshot, the same bytes into one graphology graph of every edge (median). */
  graphologyDecodeMs: number;
  graphologyDecodeRuns: number[];
}

/** What one load of the explorer on a snapshot gives; see SnapshotLoad. */
interface SnapshotPageLoad {
  firstFrame: number;
  fetched: number;
  read: number;
  partBuilt: number;
  partNodes: number;
  partEdges: number;
  longTaskMaxLoad: number;
  longTaskMaxAfterFirstFrame: number;
}

/** The real explorer on the dev server's graph.kgs: navigation → first frame with the part drawn. */
async function loadSnapshotExplorer(browser: Browser, url: string): Promise<SnapshotPageLoad> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await openToFirstFrame(context, url);
    // The layout of the part runs after the first frame; its position updates are main-thread work too.
    await page.waitForSelector('html[data-layout="done"]', { timeout: 300_000 });
    const run = await page.evaluate<Omit<SnapshotPageLoad, 'longTaskMaxLoad' | 'longTaskMaxAfterFirstFrame'> & { longTasks: [number, number][] }>(`(() => {
      const mark = (name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? NaN;
      const m = /([\\d,]+) nodes? · ([\\d,]+) edges?/.exec(document.querySelector('[data-testid="count"]')?.textContent ?? '');
      return {
        firstFrame: window.__benchMarks.firstFrame,
        fetched: mark('kg:snapshot-fetched'),
        read: mark('kg:snapshot-read'),
        partBuilt: mark('kg:part-built'),
        partNodes: m ? Number(m[1].replace(/,/g, '')) : NaN,
        partEdges: m ? Number(m[2].replace(/,/g, '')) : NaN,
        longTasks: window.__benchMarks.longTasks,
      };
    })()`);
    const { longTasks, ...marks } = run;
    const before = longTasks.filter(([start]) => start < marks.firstFrame).map(([, d]) => d);
    const after = longTasks.filter(([start]) => start >= marks.firstFrame).map(([, d]) => d);
    return { ...marks, longTaskMaxLoad: maxOf(before), longTaskMaxAfterFirstFrame: maxOf(after) };
  } finally {
    await context.close();
  }
}

/** The old figure, for comparison: the same bytes decoded into one graphology graph (src/io/snapshot.ts). */
async function decodeIntoGraphology(browser: Browser, url: string, projectRoot: string, runs: number): Promise<{ decodeMs: number; nodes: number; edges: number }[]> {
  const page = await browser.newPage();
  await page.goto(new URL('__bench/blank', url).href);
  const moduleUrl = `/@fs${join(projectRoot, 'src/io/snapshot.ts')}`;
  const results: { decodeMs: number; nodes: number; edges: number }[] = [];
  for (let r = 0; r < runs; r++) {
    results.push(
      await page.evaluate<{ decodeMs: number; nodes: number; edges: number }>(`(async () => {
        const mod = await import(${JSON.stringify(moduleUrl)});
        const res = await fetch('graph.kgs', { cache: 'no-store' });
        const buffer = new Uint8Array(await res.arrayBuffer());
        const t0 = performance.now();
        const graph = mod.decodeSnapshot(buffer);
        const t1 = performance.now();
        if (typeof graph === 'string') throw new Error(graph);
        return { decodeMs: t1 - t0, nodes: graph.order, edges: graph.size };
      })()`),
    );
  }
  await page.close();
  return results;
}

export async function measureSnapshot(projectRoot: string, dir: string, runs: number, notes: string[], log: (s: string) => void): Promise<SnapshotLoad> {
  const { server, url } = await startServer(projectRoot, dir);
  try {
    const t0 = performance.now();
    const pointer = (await (await fetch(new URL('graph.json', url))).json()) as { snapshot?: string; nodes?: number; edges?: number };
    if (!pointer.snapshot) throw new Error(`the dev server served ${dir} as graph.json, not as a snapshot (is it over the threshold?)`);
    const bytes = (await (await fetch(new URL(pointer.snapshot, url))).arrayBuffer()).byteLength;
    const serverBuildMs = performance.now() - t0;
    log(`  snapshot: ${pointer.edges} edges served as ${(bytes / 2 ** 20).toFixed(1)} MiB by the dev server in ${(serverBuildMs / 1000).toFixed(1)} s; ${runs} load(s) of the explorer …`);
    // One load first, not counted: Vite optimises the page's dependencies on a first visit (in a cache other
    // dev servers on the machine share) and may reload the page for it; that is not the explorer's time.
    await withChromium('snapshot warm-up', notes, (browser) => loadSnapshotExplorer(browser, url));
    const loads: SnapshotPageLoad[] = [];
    for (let r = 0; r < runs; r++) loads.push(await withChromium('snapshot', notes, (browser) => loadSnapshotExplorer(browser, url)));
    const decoded = await withChromium('snapshot into graphology', notes, (browser) => decodeIntoGraphology(browser, url, projectRoot, runs));
    const med = (pick: (l: SnapshotPageLoad) => number): number => median(loads.map(pick));
    return {
      nodes: pointer.nodes ?? NaN,
      edges: pointer.edges ?? NaN,
      bytes,
      serverBuildMs,
      firstFrameMs: med((l) => l.firstFrame),
      firstFrameRuns: loads.map((l) => l.firstFrame),
      fetchedMs: med((l) => l.fetched),
      readMs: med((l) => l.read - l.fetched),
      partMs: med((l) => l.partBuilt - l.read),
      partNodes: loads[0]?.partNodes ?? NaN,
      partEdges: loads[0]?.partEdges ?? NaN,
      longTaskMaxLoadMs: maxOf(loads.map((l) => l.longTaskMaxLoad)),
      longTaskMaxAfterFirstFrameMs: maxOf(loads.map((l) => l.longTaskMaxAfterFirstFrame)),
      graphologyDecodeMs: median(decoded.map((d) => d.decodeMs)),
      graphologyDecodeRuns: decoded.map((d) => d.decodeMs),
    };
  } finally {
    await server.close();
  }
}
