// `npm run build` output works from any static host, under any path: built into a temporary folder, served
// by a plain file server under a sub-path, opened in Chromium.
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, launchBrowser, makeDataDir, openExplorer, shownCount } from './harness';
import { decodePng, inkRatio } from './png';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
};
const PREFIX = '/some/deep/path/';

let outDir: string;
let dataDir: string;
let server: Server;
let browser: Browser;
let baseUrl: string;

beforeAll(async () => {
  dataDir = makeDataDir();
  outDir = mkdtempSync(join(tmpdir(), 'kg-explorer-dist-'));
  process.env.KG_DATA_DIR = dataDir;
  await build({ configFile: join(PROJECT_ROOT, 'vite.config.ts'), mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    if (!path.startsWith(PREFIX)) {
      res.writeHead(404).end();
      return;
    }
    const rel = normalize(path.slice(PREFIX.length) || 'index.html');
    const file = join(outDir, rel);
    if (rel.startsWith('..') || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}${PREFIX}`;
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  rmSync(outDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the static build', () => {
  it('holds the graph and a small initial script', () => {
    const graph = JSON.parse(readFileSync(join(outDir, 'graph.json'), 'utf8')) as { nodes: unknown[] };
    expect(graph.nodes.length).toBeGreaterThan(10);
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const entry = /<script type="module" crossorigin src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(entry).toBeTruthy();
    // issue target: at most 150 KB gzip of JavaScript before the graph loads
    expect(gzipSync(readFileSync(join(outDir, entry!))).length).toBeLessThan(150 * 1024);
  });

  it('runs from a sub-path of a plain file server', { timeout: 60_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await openExplorer(context, baseUrl, '?country=united-states');
    const count = await shownCount(page);
    expect(count.nodes).toBeGreaterThan(1);
    const shot = decodePng(await page.locator('.graph').screenshot());
    expect(inkRatio(shot, [0xfb, 0xfc, 0xfd])).toBeGreaterThan(0.003);
    await context.close();
  });
});
