// One Vite dev server and one headless Chromium (from npm: @sparticuz/chromium) shared by the tests of a file.
// The server reads a temporary copy of graph-data/ with a hostile label added, so tests can also edit it.
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sparticuz from '@sparticuz/chromium';
import type { SerializedGraph } from 'graphology-types';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../src/core/types';
import { createKnowledgeGraph, type KnowledgeGraph } from '../../src/graph/kg-graph';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const XSS_LABEL = '<img src=x onerror=alert(1)>';
export const XSS_EVIDENCE = 'Quoted <b>bold</b><script>window.__pwned = 1</script> text.';

export interface Harness {
  url: string;
  dataDir: string;
  browser: Browser;
  server: ViteDevServer;
  close(): Promise<void>;
}

/** A copy of graph-data/ with one entity whose label and evidence are markup. */
export function makeDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-explorer-data-'));
  cpSync(join(PROJECT_ROOT, 'graph-data'), dir, { recursive: true });
  const ensureNewline = (file: string) => (readFileSync(file, 'utf8').endsWith('\n') ? '' : '\n');
  const entities = join(dir, 'entities.csv');
  appendFileSync(entities, `${ensureNewline(entities)}xss-probe,person,${XSS_LABEL},,,,,\n`);
  const triples = join(dir, 'triples.csv');
  const header = readFileSync(triples, 'utf8').split('\n')[0]!.split(',');
  const row: Record<string, string> = { subject: 'xss-probe', predicate: 'said', object: 'marco-rubio', source: 'seed', evidence: XSS_EVIDENCE };
  appendFileSync(triples, `${ensureNewline(triples)}${header.map((h) => row[h.trim()] ?? '').join(',')}\n`);
  return dir;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: await sparticuz.executablePath(),
    args: [...sparticuz.args, '--disable-background-networking', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
    headless: true,
  });
}

/** `dataDir`: a graph-data folder of the test's own (removed on close), instead of a copy of graph-data/. */
export async function startHarness(options: { dataDir?: string } = {}): Promise<Harness> {
  const dataDir = options.dataDir ?? makeDataDir();
  process.env.KG_DATA_DIR = dataDir;
  const server = await createServer({
    configFile: join(PROJECT_ROOT, 'vite.config.ts'),
    mode: 'development',
    logLevel: 'warn',
    server: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the dev server has no URL');
  const browser = await launchBrowser();
  return {
    url,
    dataDir,
    browser,
    server,
    async close() {
      await browser.close();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function newContext(h: { browser: Browser }): Promise<BrowserContext> {
  return h.browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
}

/** Opens the explorer at a query string and waits until the graph is loaded and laid out. */
export async function openExplorer(context: BrowserContext, baseUrl: string, query = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}${query}`);
  await waitReady(page);
  return page;
}

export async function waitReady(page: Page): Promise<void> {
  await page.waitForSelector('#app[data-state="ready"]', { timeout: 30_000 });
  await page.waitForSelector('html[data-layout="done"]', { timeout: 30_000 });
}

/** The numbers of the top bar's "N nodes · M edges shown". */
export async function shownCount(page: Page): Promise<{ nodes: number; edges: number }> {
  const text = (await page.getByTestId('count').textContent()) ?? '';
  const m = /([\d,]+) nodes? · ([\d,]+) edges? shown/.exec(text);
  if (!m) throw new Error(`unexpected count text: ${text}`);
  return { nodes: Number(m[1]!.replace(/,/g, '')), edges: Number(m[2]!.replace(/,/g, '')) };
}

/** The graph the server gives the page, for expectations computed independently of the page. */
export async function fetchServedGraph(baseUrl: string): Promise<KnowledgeGraph> {
  const res = await fetch(new URL('graph.json', baseUrl));
  const data = (await res.json()) as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
  const graph = createKnowledgeGraph();
  graph.import(data);
  return graph;
}
