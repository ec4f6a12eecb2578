// Headless Chromium for the benchmark: the npm one (@sparticuz/chromium) with WebGL on SwiftShader, the Vite
// dev server it loads the explorer from, the marks the page records (ready, first frame, layout, long
// tasks), and a fresh browser per measurement that is tried again once if it crashes.
import sparticuz from '@sparticuz/chromium';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createServer, type Plugin, type ViteDevServer } from 'vite';

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: await sparticuz.executablePath(),
    args: [...sparticuz.args, '--disable-background-networking', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
    headless: true,
  });
}

/** Serves what the bench needs next to the app: a blank page. */
function benchRoutes(): Plugin {
  return {
    name: 'kg-bench-routes',
    configureServer(server) {
      server.middlewares.use('/__bench/blank', (_req, res) => {
        res.setHeader('content-type', 'text/html');
        res.end('<!doctype html><meta charset="utf-8"><title>bench</title><body></body>');
      });
    },
  };
}

export async function startServer(projectRoot: string, dataDir: string): Promise<{ server: ViteDevServer; url: string }> {
  process.env.KG_DATA_DIR = dataDir;
  const server = await createServer({
    configFile: join(projectRoot, 'vite.config.ts'),
    mode: 'development',
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
    plugins: [benchRoutes()],
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the dev server has no URL');
  return { server, url };
}

/**
 * Marks set from the first script on: ready, the first frame after it, the layout's start and end, and every
 * long task (the observer is buffered, so tasks before it was registered are reported too).
 */
export const MARKS_SCRIPT = `
  window.__benchMarks = { longTasks: [] };
  const m = window.__benchMarks;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) m.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {
    m.noLongTasks = String(e);
  }
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

export interface Marks {
  /** (time, percent) as the status line reports the layout's progress. */
  progress?: [number, number][];
  ready?: number;
  firstFrame?: number;
  layoutStart?: number;
  layoutDone?: number;
  /** (start, duration) of each long task. */
  longTasks: [number, number][];
  noLongTasks?: string;
}

/** Opens the explorer with the bench's marks and waits for the first frame after the graph is shown. */
export async function openToFirstFrame(context: BrowserContext, url: string): Promise<Page> {
  await context.addInitScript(MARKS_SCRIPT);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('#app[data-state="ready"]', { timeout: 180_000 });
  await page.waitForFunction('window.__benchMarks.firstFrame !== undefined');
  return page;
}

export const maxOf = (values: number[]): number => (values.length ? Math.max(...values) : 0);


/** A launched browser and a promise that rejects when it goes away (crashed or killed from outside). */
async function launchWatched(): Promise<{ browser: Browser; gone: Promise<never> }> {
  const browser = await launchChromium();
  const gone = new Promise<never>((_, reject) => browser.on('disconnected', () => reject(new Error('Chromium went away (crashed or was killed from outside)'))));
  gone.catch(() => undefined);
  return { browser, gone };
}

/** Runs `measure` with a fresh Chromium; if Chromium goes away meanwhile, tries once more with another. */
export async function withChromium<T>(label: string, notes: string[], measure: (browser: Browser) => Promise<T>): Promise<T> {
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
