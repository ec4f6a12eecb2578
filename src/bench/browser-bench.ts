// The explorer in headless Chromium (chromium-session.ts) against the Vite dev server with KG_DATA_DIR set to
// a generated folder (and its static build). Drives the page as a user would (filter
// checkboxes, mouse over sigma's canvas, a drag) and reads the data attributes the app sets:
// #app[data-state=ready] once the graph is shown, html[data-layout=running|done] around ForceAtlas2.
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { MARKS_SCRIPT, maxOf, openToFirstFrame, startServer, withChromium, type Marks } from './chromium-session';
import { median } from './measure';
import { measureSnapshot, type SnapshotLoad } from './snapshot-bench';

export interface BrowserBenchOptions {
  /** `runs` overrides the loads for one graph (each load waits for its layout, minutes at 50k nodes). */
  graphs: { name: string; dir: string; runs?: number }[];
  runs: number;
  /** A graph-data folder the dev server serves as a snapshot, to load in the explorer (the 1M folder), or null. */
  snapshotDir: string | null;
  projectRoot: string;
  log: (s: string) => void;
  /**
   * Wait for ForceAtlas2 to finish before the interactions (full runs). Quick runs measure its rate from
   * the first seconds of progress and interact while it still runs (so with the two cores shared).
   */
  waitForLayout: boolean;
}

export interface BrowserGraphResult {
  name: string;
  nodes: number;
  edges: number;
  /** First graph.json from the dev server: the Vite plugin builds it from the folder. */
  serverBuildMs: number;
  /**
   * Navigation start → the first frame after the graph is shown (median of runs), graph.json already built
   * by the dev server (the bench fetched it once before: `serverBuildMs`).
   */
  firstFrameMs: number;
  firstFrameRuns: number[];
  /** The same on a freshly started dev server, whose first graph.json request builds the graph (one load). */
  coldFirstFrameMs: number;
  /** The same against the static build (`vite build`, graph.json a plain file), median of runs. */
  staticFirstFrameMs: number;
  staticFirstFrameRuns: number[];
  layoutIterations: number;
  layoutMs: number;
  layoutIterationsPerS: number;
  /** A type checkbox clicked → its change handler returns (view update, reducers, sigma refresh + render). */
  filterMs: number;
  filterRuns: number[];
  /**
   * The same click → the next animation frame (its callbacks, after which the browser paints): what the user
   * waits for, including work put off to that frame and the wait for it (≤ 17 ms at 60 Hz).
   */
  filterFrameMs: number;
  filterFrameRuns: number[];
  /**
   * After the six filter clicks, until the GPU had drawn all the frames they asked for (the app holds mouse
   * picking back meanwhile; on SwiftShader this is where the time of drawing a large graph shows).
   */
  drawBacklogMs: number;
  /** A mouse move that enters a node → handled (sigma picking, the app's highlight, partial refresh). */
  hoverMs: number;
  hoverRuns: number[];
  panFrameMedianMs: number;
  panFrameMaxMs: number;
  /**
   * Long tasks (PerformanceObserver 'longtask': main-thread tasks over 50 ms, when the page cannot answer
   * input): the longest from the first frame on (layout updates, interactions, pan; worst load), the longest
   * while the bench interacted (filter clicks, hovers, the drag), and the longest before the first frame.
   */
  longTaskMaxAfterFirstFrameMs: number;
  longTaskMaxInteractionMs: number;
  longTaskMaxLoadMs: number;
  /** Long tasks after the first frame, over all loads. */
  longTasksAfterFirstFrame: number;
  /** ForceAtlas2's own rate in the worker: iterations / time spent iterating (median of loads). */
  layoutWorkerIterationsPerS: number;
}

/** The explorer on a graph too large to draw whole: the dev server serves graph.kgs, the page draws a part. */
export interface BrowserBenchResult {
  chromium: string;
  runs: number;
  graphs: BrowserGraphResult[];
  snapshot: SnapshotLoad | null;
  notes: string[];
}

/** What the app's automation handle (src/app/automation-handle.ts) says about its layout run. */
interface LayoutStats {
  iterations: number;
  total: number;
  computeMs: number;
}

interface Interactions {
  nodes: number;
  edges: number;
  filter: number[];
  filterFrame: number[];
  /** After the filter clicks: until the GPU had drawn every frame they asked for. */
  drawBacklog: number;
  hover: number[];
  pan: number[];
  /** (start, end) of the stretches in which the bench was interacting, in the page's clock. */
  windows: [number, number][];
}

/**
 * Runs in the page, through the UI as a user would, timed with performance.now(): a type checkbox of the
 * filters panel clicked (its change handler updates the view synchronously: reducers, sigma refresh and
 * render), and synthetic mouse moves over sigma's mouse layer until one enters a node (sigma's picking,
 * the app's hover highlight). The app exposes no test hook (window.__kg was removed), hence the UI.
 */
async function interactInPage(page: Page, hoverSamples: number): Promise<Omit<Interactions, 'pan' | 'windows'> & { window: [number, number] }> {
  // A string, not a function: tsx would compile a function with helpers (__name) the page does not have.
  return page.evaluate<Omit<Interactions, 'pan' | 'windows'> & { window: [number, number] }>(`(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame((t) => r(t)));
    const countText = document.querySelector('[data-testid="count"]')?.textContent ?? '';
    const m = /([\\d,]+) nodes? · ([\\d,]+) edges?/.exec(countText);
    const nodes = m ? Number(m[1].replace(/,/g, '')) : NaN;
    const edges = m ? Number(m[2].replace(/,/g, '')) : NaN;
    const filter = [];
    const filterFrame = [];
    const start = performance.now();
    for (const type of ['person', 'organization', 'topic']) {
      const box = document.querySelector('input[type="checkbox"][value="' + type + '"]');
      if (!box) throw new Error('no type checkbox for ' + type + ' in the filters panel');
      for (let k = 0; k < 2; k++) {
        await frame();
        const t0 = performance.now();
        box.click();
        filter.push(performance.now() - t0);
        // The next animation frame's callbacks run after any render the click scheduled (sigma queues its
        // own first); the browser paints right after them. Includes the wait for that frame (≤ 17 ms).
        await frame();
        filterFrame.push(performance.now() - t0);
      }
    }
    // The app holds mouse moves back while the GPU still draws earlier frames (src/app/picking-gate.ts):
    // wait for that before each move, so every move is picked at once, and time the wait after the filters.
    const drawing = () => Boolean(window.kgExplorer?.view?.isDrawing?.());
    const settled = async () => {
      const t0 = performance.now();
      while (drawing()) await frame();
      return performance.now() - t0;
    };
    const drawBacklog = await settled();
    const container = document.querySelector('.graph');
    const layer = container && (container.querySelector('canvas.sigma-mouse') || container.querySelector('canvas:last-of-type'));
    if (!container || !layer) throw new Error('no sigma mouse layer (.graph canvas.sigma-mouse)');
    const rect = layer.getBoundingClientRect();
    const hover = [];
    const move = (x, y) => {
      const t0 = performance.now();
      layer.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true, cancelable: true }));
      return performance.now() - t0;
    };
    for (let gy = 1; gy < 24 && hover.length < ${hoverSamples}; gy++) {
      for (let gx = 1; gx < 32 && hover.length < ${hoverSamples}; gx++) {
        if (drawing()) await settled();
        const was = container.classList.contains('is-hovering');
        const dt = move(rect.left + (rect.width * gx) / 32, rect.top + (rect.height * gy) / 24);
        if (!was && container.classList.contains('is-hovering')) {
          hover.push(dt);
          await frame();
          await settled();
          move(rect.left + 2, rect.top + 2);
          await frame();
        }
      }
    }
    return { nodes, edges, filter, filterFrame, drawBacklog, hover, window: [start, performance.now()] };
  })()`);
}

/** Loads the page and waits for the first frame after the graph is shown; no interaction. */
async function firstFrameOnly(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await openToFirstFrame(context, url);
    return await page.evaluate<number>('window.__benchMarks.firstFrame');
  } finally {
    await context.close();
  }
}

const STATIC_TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** `vite build` of the app with KG_DATA_DIR = dir into a temporary folder, served by a plain file server. */
async function startStaticBuild(projectRoot: string, dataDir: string): Promise<{ url: string; close(): Promise<void> }> {
  process.env.KG_DATA_DIR = dataDir;
  const outDir = mkdtempSync(join(tmpdir(), 'kg-bench-dist-'));
  await build({ configFile: join(projectRoot, 'vite.config.ts'), mode: 'production', logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const server = createHttpServer((req, res) => {
    const rel = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/').replace(/^\/+/, '') || 'index.html');
    const file = join(outDir, rel);
    if (rel.startsWith('..') || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': STATIC_TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    async close() {
      await new Promise((done) => server.close(done));
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** Drags the view with the real mouse while the page records the time between frames. */
async function panFrames(page: Page): Promise<{ frames: number[]; window: [number, number] }> {
  const box = await page.locator('.graph').boundingBox();
  if (!box) return { frames: [], window: [0, 0] };
  await page.evaluate(`(() => {
    window.__panStart = performance.now();
    window.__frames = [];
    window.__recording = true;
    let last = performance.now();
    const tick = (t) => {
      window.__frames.push(t - last);
      last = t;
      if (window.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame((t) => {
      last = t;
      requestAnimationFrame(tick);
    });
  })()`);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 1; i <= 30; i++) await page.mouse.move(cx + i * 8, cy + i * 4);
  await page.mouse.up();
  // Sigma's work after the mouse is released (inertia, a refresh) belongs to the pan: a few frames more.
  return page.evaluate<{ frames: number[]; window: [number, number] }>(`(async () => {
    for (let i = 0; i < 20; i++) await new Promise((r) => requestAnimationFrame(r));
    window.__recording = false;
    return { frames: window.__frames.slice(1), window: [window.__panStart, performance.now()] };
  })()`);
}

async function interact(page: Page, hoverSamples: number): Promise<Interactions> {
  const { window: inPageWindow, ...inPage } = await interactInPage(page, hoverSamples);
  const pan = await panFrames(page);
  return { ...inPage, pan: pan.frames, windows: [inPageWindow, pan.window] };
}

function layoutIterationsFor(order: number): number {
  // Mirrors src/app/layout-protocol.ts layoutIterations, read here to turn the layout's duration into a rate.
  if (order <= 500) return 600;
  if (order <= 2000) return 300;
  if (order <= 10000) return 150;
  return 60;
}

async function measureGraph(browser: Browser, url: string, name: string, runs: number, serverBuildMs: number, waitForLayout: boolean): Promise<BrowserGraphResult> {
  const firstFrames: number[] = [];
  const layoutRates: number[] = [];
  const workerRates: number[] = [];
  const backlogs: number[] = [];
  const layoutDurations: number[] = [];
  const afterFirstFrame: number[] = [];
  const duringInteraction: number[] = [];
  const beforeFirstFrame: number[] = [];
  let interactions: Interactions | null = null;
  for (let r = 0; r < runs; r++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(MARKS_SCRIPT);
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('#app[data-state="ready"]', { timeout: 180_000 });
    if (waitForLayout) await page.waitForSelector('html[data-layout="done"]', { timeout: 900_000 });
    await page.waitForFunction('window.__benchMarks.firstFrame !== undefined');
    // Interactions once the layout worker is done, so they do not share the two cores with it (quick
    // runs do not wait: the layout's progress meanwhile gives its rate).
    const run = await interact(page, waitForLayout ? 12 : 4);
    const marks = await page.evaluate<Marks>('window.__benchMarks');
    const stats = await page.evaluate<LayoutStats | null>('window.kgExplorer?.layoutStats?.() ?? null');
    const firstFrame = marks.firstFrame ?? NaN;
    firstFrames.push(firstFrame);
    backlogs.push(run.drawBacklog);
    if (marks.noLongTasks) throw new Error(`no long task observer in this Chromium: ${marks.noLongTasks}`);
    for (const [start, duration] of marks.longTasks) {
      if (start >= firstFrame) afterFirstFrame.push(duration);
      else beforeFirstFrame.push(duration);
      if (run.windows.some(([w0, w1]) => start < w1 && start + duration > w0)) duringInteraction.push(duration);
    }
    if (stats && stats.computeMs > 0 && stats.iterations > 0) workerRates.push(stats.iterations / (stats.computeMs / 1000));
    if (marks.layoutStart !== undefined && marks.layoutDone !== undefined) {
      const duration = marks.layoutDone - marks.layoutStart;
      layoutDurations.push(duration);
      layoutRates.push((stats?.total ?? layoutIterationsFor(run.nodes)) / (duration / 1000));
    } else if (marks.progress && marks.progress.length >= 2) {
      const [t0, p0] = marks.progress[0] as [number, number];
      const [t1, p1] = marks.progress[marks.progress.length - 1] as [number, number];
      if (t1 > t0) layoutRates.push((((p1 - p0) / 100) * (stats?.total ?? layoutIterationsFor(run.nodes))) / ((t1 - t0) / 1000));
    }
    if (!interactions) interactions = run;
    else {
      interactions.filter.push(...run.filter);
      interactions.filterFrame.push(...run.filterFrame);
      interactions.hover.push(...run.hover);
      interactions.pan.push(...run.pan);
    }
    await context.close();
  }
  const i = interactions as Interactions;
  return {
    name,
    nodes: i.nodes,
    edges: i.edges,
    serverBuildMs,
    firstFrameMs: median(firstFrames),
    firstFrameRuns: firstFrames,
    coldFirstFrameMs: NaN,
    staticFirstFrameMs: NaN,
    staticFirstFrameRuns: [],
    layoutIterations: layoutIterationsFor(i.nodes),
    layoutMs: median(layoutDurations),
    layoutIterationsPerS: median(layoutRates),
    layoutWorkerIterationsPerS: median(workerRates),
    filterMs: median(i.filter),
    filterRuns: i.filter,
    filterFrameMs: median(i.filterFrame),
    filterFrameRuns: i.filterFrame,
    drawBacklogMs: median(backlogs),
    hoverMs: median(i.hover),
    hoverRuns: i.hover,
    panFrameMedianMs: median(i.pan),
    panFrameMaxMs: maxOf(i.pan),
    longTaskMaxAfterFirstFrameMs: maxOf(afterFirstFrame),
    longTaskMaxInteractionMs: maxOf(duringInteraction),
    longTaskMaxLoadMs: maxOf(beforeFirstFrame),
    longTasksAfterFirstFrame: afterFirstFrame.length,
  };
}

/** One result from several single-load results: medians over every load's samples. */
function combineLoads(loads: BrowserGraphResult[]): BrowserGraphResult {
  const first = loads[0] as BrowserGraphResult;
  const all = (pick: (l: BrowserGraphResult) => number[]): number[] => loads.flatMap(pick);
  const finite = (pick: (l: BrowserGraphResult) => number): number[] => loads.map(pick).filter(Number.isFinite);
  const filterRuns = all((l) => l.filterRuns);
  const filterFrameRuns = all((l) => l.filterFrameRuns);
  const hoverRuns = all((l) => l.hoverRuns);
  const firstFrameRuns = all((l) => l.firstFrameRuns);
  return {
    ...first,
    firstFrameMs: median(firstFrameRuns),
    firstFrameRuns,
    layoutMs: median(finite((l) => l.layoutMs)),
    layoutIterationsPerS: median(finite((l) => l.layoutIterationsPerS)),
    layoutWorkerIterationsPerS: median(finite((l) => l.layoutWorkerIterationsPerS)),
    filterMs: median(filterRuns),
    filterRuns,
    filterFrameMs: median(filterFrameRuns),
    filterFrameRuns,
    drawBacklogMs: median(finite((l) => l.drawBacklogMs)),
    hoverMs: median(hoverRuns),
    hoverRuns,
    panFrameMedianMs: median(loads.map((l) => l.panFrameMedianMs)),
    panFrameMaxMs: maxOf(loads.map((l) => l.panFrameMaxMs)),
    // The worst load decides whether the page froze.
    longTaskMaxAfterFirstFrameMs: maxOf(loads.map((l) => l.longTaskMaxAfterFirstFrameMs)),
    longTaskMaxInteractionMs: maxOf(loads.map((l) => l.longTaskMaxInteractionMs)),
    longTaskMaxLoadMs: maxOf(loads.map((l) => l.longTaskMaxLoadMs)),
    longTasksAfterFirstFrame: loads.reduce((n, l) => n + l.longTasksAfterFirstFrame, 0),
  };
}

export async function runBrowserBench(options: BrowserBenchOptions): Promise<BrowserBenchResult> {
  const notes: string[] = [];
  const graphs: BrowserGraphResult[] = [];
  let snapshot: SnapshotLoad | null = null;
  let version = '';
  for (const g of options.graphs) {
    const { server, url } = await startServer(options.projectRoot, g.dir);
    try {
      const t0 = performance.now();
      const res = await fetch(new URL('graph.json', url));
      await res.arrayBuffer();
      const serverBuildMs = performance.now() - t0;
      options.log(`  ${g.name}: graph.json built by the dev server in ${(serverBuildMs / 1000).toFixed(1)} s; ${options.runs} load(s) …`);
      // A fresh Chromium per load: @sparticuz/chromium runs --single-process, where a second page after a
      // closed one crashed the renderer (trap in Chrome_InProcRendererThread) on every try here.
      const loads: BrowserGraphResult[] = [];
      for (let r = 0; r < (g.runs ?? options.runs); r++) {
        loads.push(
          await withChromium(g.name, notes, (browser) => {
            version = browser.version();
            return measureGraph(browser, url, g.name, 1, serverBuildMs, options.waitForLayout);
          }),
        );
      }
      graphs.push(combineLoads(loads));
    } catch (e) {
      notes.push(`browser ${g.name}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    } finally {
      await server.close();
    }
    const result = graphs.find((r) => r.name === g.name);
    if (!result) continue;
    // Cold: a new dev server, whose build of graph.json the page waits for, as on `npm start`.
    try {
      const cold = await startServer(options.projectRoot, g.dir);
      try {
        result.coldFirstFrameMs = await withChromium(`${g.name} cold`, notes, (browser) => firstFrameOnly(browser, cold.url));
      } finally {
        await cold.server.close();
      }
    } catch (e) {
      notes.push(`browser ${g.name} cold load: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    }
    // The static build: what a deployed explorer does, graph.json built beforehand.
    try {
      options.log(`  ${g.name}: static build …`);
      const site = await startStaticBuild(options.projectRoot, g.dir);
      try {
        for (let r = 0; r < (g.runs ?? options.runs); r++) {
          result.staticFirstFrameRuns.push(await withChromium(`${g.name} static`, notes, (browser) => firstFrameOnly(browser, site.url)));
        }
        result.staticFirstFrameMs = median(result.staticFirstFrameRuns);
      } finally {
        await site.close();
      }
    } catch (e) {
      notes.push(`browser ${g.name} static build: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    }
  }
  if (options.snapshotDir) {
    try {
      snapshot = await measureSnapshot(options.projectRoot, options.snapshotDir, options.runs, notes, options.log);
      version ||= await withChromium('version', notes, async (browser) => browser.version());
    } catch (e) {
      notes.push(`browser snapshot: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    }
  }
  return { chromium: version, runs: options.runs, graphs, snapshot, notes };
}
