// The explorer in headless Chromium (the npm one, @sparticuz/chromium, WebGL on SwiftShader) against the
// Vite dev server with KG_DATA_DIR set to a generated folder. Drives the page as a user would (filter
// checkboxes, mouse over sigma's canvas, a drag) and reads the data attributes the app sets:
// #app[data-state=ready] once the graph is shown, html[data-layout=running|done] around ForceAtlas2.
import sparticuz from '@sparticuz/chromium';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { encodeSnapshot } from '../io/snapshot';
import { median } from './measure';
import { bulkBuildDir } from './stream-graph-data';

export interface BrowserBenchOptions {
  /** `runs` overrides the loads for one graph (each load waits for its layout, minutes at 50k nodes). */
  graphs: { name: string; dir: string; runs?: number }[];
  runs: number;
  /** A graph-data folder to encode as a snapshot and load in the page (the 1M folder), or null. */
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
  /** Navigation start → the first frame after the graph is shown (median of runs). */
  firstFrameMs: number;
  firstFrameRuns: number[];
  layoutIterations: number;
  layoutMs: number;
  layoutIterationsPerS: number;
  /** A type checkbox clicked → its change handler returns (view update, reducers, sigma refresh + render). */
  filterMs: number;
  filterRuns: number[];
  /** A mouse move that enters a node → handled (sigma picking, the app's highlight, partial refresh). */
  hoverMs: number;
  hoverRuns: number[];
  panFrameMedianMs: number;
  panFrameMaxMs: number;
}

export interface SnapshotLoad {
  nodes: number;
  edges: number;
  bytes: number;
  fetchMs: number;
  decodeMs: number;
  decodeRuns: number[];
}

export interface BrowserBenchResult {
  chromium: string;
  runs: number;
  graphs: BrowserGraphResult[];
  snapshot: SnapshotLoad | null;
  notes: string[];
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: await sparticuz.executablePath(),
    args: [...sparticuz.args, '--disable-background-networking', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
    headless: true,
  });
}

/** Serves what the bench needs next to the app: a blank page and the snapshot bytes. */
function benchRoutes(snapshot: () => Uint8Array | null): Plugin {
  return {
    name: 'kg-bench-routes',
    configureServer(server) {
      server.middlewares.use('/__bench/blank', (_req, res) => {
        res.setHeader('content-type', 'text/html');
        res.end('<!doctype html><meta charset="utf-8"><title>bench</title><body></body>');
      });
      server.middlewares.use('/__bench/snapshot.bin', (_req, res) => {
        const bytes = snapshot();
        if (!bytes) return void (res.statusCode = 404, res.end());
        res.setHeader('content-type', 'application/octet-stream');
        res.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      });
    },
  };
}

async function startServer(projectRoot: string, dataDir: string, snapshot: () => Uint8Array | null): Promise<{ server: ViteDevServer; url: string }> {
  process.env.KG_DATA_DIR = dataDir;
  const server = await createServer({
    configFile: join(projectRoot, 'vite.config.ts'),
    mode: 'development',
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
    plugins: [benchRoutes(snapshot)],
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the dev server has no URL');
  return { server, url };
}

/** Marks set from the first script on: ready, the first frame after it, and the layout's start and end. */
const MARKS_SCRIPT = `
  window.__benchMarks = {};
  const m = window.__benchMarks;
  new MutationObserver(() => {
    const app = document.getElementById('app');
    if (!m.ready && app && app.dataset.state === 'ready') {
      m.ready = performance.now();
      requestAnimationFrame(() => requestAnimationFrame(() => { m.firstFrame = performance.now(); }));
    }
    const status = document.querySelector('.graph-status');
    const pct = status && /(\\d+)%/.exec(status.textContent || '');
    if (pct) (m.progress = m.progress || []).push([performance.now(), Number(pct[1])]);
    const layout = document.documentElement.dataset.layout;
    if (layout === 'running' && m.layoutStart === undefined) m.layoutStart = performance.now();
    if (layout === 'done' && m.layoutStart !== undefined && m.layoutDone === undefined) m.layoutDone = performance.now();
  }).observe(document, { attributes: true, childList: true, characterData: true, subtree: true });
`;

interface Marks {
  /** (time, percent) as the status line reports the layout's progress. */
  progress?: [number, number][];
  ready?: number;
  firstFrame?: number;
  layoutStart?: number;
  layoutDone?: number;
}

interface Interactions {
  nodes: number;
  edges: number;
  filter: number[];
  hover: number[];
  pan: number[];
}

/**
 * Runs in the page, through the UI as a user would, timed with performance.now(): a type checkbox of the
 * filters panel clicked (its change handler updates the view synchronously: reducers, sigma refresh and
 * render), and synthetic mouse moves over sigma's mouse layer until one enters a node (sigma's picking,
 * the app's hover highlight). The app exposes no test hook (window.__kg was removed), hence the UI.
 */
async function interactInPage(page: Page, hoverSamples: number): Promise<Omit<Interactions, 'pan'>> {
  // A string, not a function: tsx would compile a function with helpers (__name) the page does not have.
  return page.evaluate<Omit<Interactions, 'pan'>>(`(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame((t) => r(t)));
    const countText = document.querySelector('[data-testid="count"]')?.textContent ?? '';
    const m = /([\\d,]+) nodes? · ([\\d,]+) edges?/.exec(countText);
    const nodes = m ? Number(m[1].replace(/,/g, '')) : NaN;
    const edges = m ? Number(m[2].replace(/,/g, '')) : NaN;
    const filter = [];
    for (const type of ['person', 'organization', 'topic']) {
      const box = document.querySelector('input[type="checkbox"][value="' + type + '"]');
      if (!box) throw new Error('no type checkbox for ' + type + ' in the filters panel');
      for (let k = 0; k < 2; k++) {
        await frame();
        const t0 = performance.now();
        box.click();
        filter.push(performance.now() - t0);
      }
    }
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
        const was = container.classList.contains('is-hovering');
        const dt = move(rect.left + (rect.width * gx) / 32, rect.top + (rect.height * gy) / 24);
        if (!was && container.classList.contains('is-hovering')) {
          hover.push(dt);
          await frame();
          move(rect.left + 2, rect.top + 2);
          await frame();
        }
      }
    }
    return { nodes, edges, filter, hover };
  })()`);
}

/** Drags the view with the real mouse while the page records the time between frames. */
async function panFrames(page: Page): Promise<number[]> {
  const box = await page.locator('.graph').boundingBox();
  if (!box) return [];
  await page.evaluate(`(() => {
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
  return page.evaluate<number[]>(`(() => {
    window.__recording = false;
    return window.__frames.slice(1);
  })()`);
}

async function interact(page: Page, hoverSamples: number): Promise<Interactions> {
  const inPage = await interactInPage(page, hoverSamples);
  return { ...inPage, pan: await panFrames(page) };
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
  const layoutDurations: number[] = [];
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
    firstFrames.push(marks.firstFrame ?? NaN);
    if (marks.layoutStart !== undefined && marks.layoutDone !== undefined) {
      const duration = marks.layoutDone - marks.layoutStart;
      layoutDurations.push(duration);
      layoutRates.push(layoutIterationsFor(run.nodes) / (duration / 1000));
    } else if (marks.progress && marks.progress.length >= 2) {
      const [t0, p0] = marks.progress[0] as [number, number];
      const [t1, p1] = marks.progress[marks.progress.length - 1] as [number, number];
      if (t1 > t0) layoutRates.push((((p1 - p0) / 100) * layoutIterationsFor(run.nodes)) / ((t1 - t0) / 1000));
    }
    if (!interactions) interactions = run;
    else {
      interactions.filter.push(...run.filter);
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
    layoutIterations: layoutIterationsFor(i.nodes),
    layoutMs: median(layoutDurations),
    layoutIterationsPerS: median(layoutRates),
    filterMs: median(i.filter),
    filterRuns: i.filter,
    hoverMs: median(i.hover),
    hoverRuns: i.hover,
    panFrameMedianMs: median(i.pan),
    panFrameMaxMs: Math.max(...i.pan),
  };
}

async function measureSnapshot(browser: Browser, url: string, projectRoot: string, bytes: Uint8Array, runs: number): Promise<SnapshotLoad> {
  const page = await browser.newPage();
  await page.goto(new URL('__bench/blank', url).href);
  const moduleUrl = `/@fs${join(projectRoot, 'src/io/snapshot.ts')}`;
  const results: { fetchMs: number; decodeMs: number; nodes: number; edges: number }[] = [];
  for (let r = 0; r < runs; r++) {
    results.push(
      await page.evaluate<{ fetchMs: number; decodeMs: number; nodes: number; edges: number }>(`(async () => {
        const mod = await import(${JSON.stringify(moduleUrl)});
        const t0 = performance.now();
        const res = await fetch('/__bench/snapshot.bin', { cache: 'no-store' });
        const buffer = new Uint8Array(await res.arrayBuffer());
        const t1 = performance.now();
        const graph = mod.decodeSnapshot(buffer);
        const t2 = performance.now();
        if (typeof graph === 'string') throw new Error(graph);
        return { fetchMs: t1 - t0, decodeMs: t2 - t1, nodes: graph.order, edges: graph.size };
      })()`),
    );
  }
  await page.close();
  return {
    nodes: results[0]?.nodes ?? 0,
    edges: results[0]?.edges ?? 0,
    bytes: bytes.length,
    fetchMs: median(results.map((r) => r.fetchMs)),
    decodeMs: median(results.map((r) => r.decodeMs)),
    decodeRuns: results.map((r) => r.decodeMs),
  };
}

/** One result from several single-load results: medians over every load's samples. */
function combineLoads(loads: BrowserGraphResult[]): BrowserGraphResult {
  const first = loads[0] as BrowserGraphResult;
  const all = (pick: (l: BrowserGraphResult) => number[]): number[] => loads.flatMap(pick);
  const filterRuns = all((l) => l.filterRuns);
  const hoverRuns = all((l) => l.hoverRuns);
  const firstFrameRuns = all((l) => l.firstFrameRuns);
  return {
    ...first,
    firstFrameMs: median(firstFrameRuns),
    firstFrameRuns,
    layoutMs: median(loads.map((l) => l.layoutMs).filter(Number.isFinite)),
    layoutIterationsPerS: median(loads.map((l) => l.layoutIterationsPerS).filter(Number.isFinite)),
    filterMs: median(filterRuns),
    filterRuns,
    hoverMs: median(hoverRuns),
    hoverRuns,
    panFrameMedianMs: median(loads.map((l) => l.panFrameMedianMs)),
    panFrameMaxMs: Math.max(...loads.map((l) => l.panFrameMaxMs)),
  };
}

/** A launched browser and a promise that rejects when it goes away (crashed or killed from outside). */
async function launchWatched(): Promise<{ browser: Browser; gone: Promise<never> }> {
  const browser = await launchChromium();
  const gone = new Promise<never>((_, reject) => browser.on('disconnected', () => reject(new Error('Chromium went away (crashed or was killed from outside)'))));
  gone.catch(() => undefined);
  return { browser, gone };
}

/** Runs `measure` with a fresh Chromium; if Chromium goes away meanwhile, tries once more with another. */
async function withChromium<T>(label: string, notes: string[], measure: (browser: Browser) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const { browser, gone } = await launchWatched();
    try {
      const run = measure(browser);
      run.catch(() => undefined);
      return await Promise.race([run, gone]);
    } catch (e) {
      const message = e instanceof Error ? e.message.split('\n')[0] ?? '' : String(e);
      if (attempt >= 2 || !/went away|closed|crash/i.test(message)) throw e;
      notes.push(`browser ${label}: ${message}; measured again with a new Chromium`);
    } finally {
      if (browser.isConnected()) await browser.close().catch(() => undefined);
    }
  }
}

export async function runBrowserBench(options: BrowserBenchOptions): Promise<BrowserBenchResult> {
  const notes: string[] = [];
  const graphs: BrowserGraphResult[] = [];
  let snapshot: SnapshotLoad | null = null;
  let snapshotBytes: Uint8Array | null = null;
  let version = '';
  for (const g of options.graphs) {
    const { server, url } = await startServer(options.projectRoot, g.dir, () => snapshotBytes);
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
  }
  if (options.snapshotDir) {
    options.log('  snapshot: fast-path build and encode of the 1M folder …');
    const built = await bulkBuildDir(options.snapshotDir, { keepEvidence: false });
    snapshotBytes = encodeSnapshot(built.graph);
    const { server, url } = await startServer(options.projectRoot, options.graphs[0]?.dir ?? options.snapshotDir, () => snapshotBytes);
    try {
      const bytes = snapshotBytes;
      snapshot = await withChromium('snapshot', notes, (browser) => measureSnapshot(browser, url, options.projectRoot, bytes, options.runs));
    } catch (e) {
      notes.push(`browser snapshot: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    } finally {
      await server.close();
    }
    notes.push('snapshot: decoded into a graphology graph in the page (src/io/snapshot.ts loaded through Vite); the explorer itself still loads graph.json — above ~100k edges it should fetch a snapshot and call decodeSnapshot, and sigma then indexes and draws it (not measured here)');
  }
  return { chromium: version, runs: options.runs, graphs, snapshot, notes };
}
