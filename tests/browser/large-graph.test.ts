// A graph over the explorer's threshold (lowered here to 1,000 relations through VITE_KG_LARGE_ABOVE, which
// the page and the Vite plugin both read): served as a snapshot, drawn in part, searched whole.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateGraphData } from '../../src/bench/generate-graph-data';
import { bulkBuildDir } from '../../src/cli/stream-graph-data';
import { TYPE_COLORS } from '../../src/app/node-style';
import { allStrings, nodeAttributesAt, type GraphColumns } from '../../src/graph/graph-columns';
import { GraphPart, partOptions } from '../../src/graph/graph-part';
import { encodeSnapshot, encodeSnapshotTables, readSnapshotColumns } from '../../src/io/snapshot';
import { newContext, openExplorer, shownCount, startHarness, type Harness } from './harness';
import { decodePng, hasColour, inkRatio } from './png';

const SLOW = 60_000;
const LARGE_ABOVE = 1000;
let h: Harness;
let context: BrowserContext;
let columns: GraphColumns;
let ids: string[];
let backbone: GraphPart;
let snapshot: Uint8Array;

beforeAll(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kg-large-graph-'));
  generateGraphData(dataDir, { entities: 600, triples: 3000, maxArticleFiles: 0 });
  process.env.VITE_KG_LARGE_ABOVE = String(LARGE_ABOVE);
  // What the page should draw, worked out here from the same folder.
  const built = await bulkBuildDir(dataDir, { keepEvidence: false });
  snapshot = encodeSnapshotTables(built.entities, built.edges);
  const read = readSnapshotColumns(snapshot);
  if (typeof read === 'string') throw new Error(read);
  columns = read;
  ids = allStrings(columns.ids);
  backbone = new GraphPart(columns);
  const options = partOptions(LARGE_ABOVE);
  backbone.backbone(options.backboneNodes, options.backboneEdges);
  h = await startHarness({ dataDir });
  context = await newContext(h);
}, 120_000);

afterAll(async () => {
  delete process.env.VITE_KG_LARGE_ABOVE;
  await context?.close();
  await h?.close();
});

const notice = async (page: Page): Promise<{ shown: number; of: number }> => {
  const text = (await page.getByTestId('part-notice').textContent()) ?? '';
  const m = /Showing ([\d,]+) of ([\d,]+) relations/.exec(text);
  if (!m) throw new Error(`unexpected notice: ${text}`);
  return { shown: Number(m[1]!.replace(/,/g, '')), of: Number(m[2]!.replace(/,/g, '')) };
};

/** A well-connected entity left out of the backbone, and its display label. */
function outsideBackbone(): { id: string; label: string } {
  let best = -1;
  for (let i = 0; i < columns.nodeCount; i++) {
    if (backbone.has(i) || backbone.degree(i) < 3) continue;
    const label = nodeAttributesAt(columns, i).label;
    // a label no other entity shares, so the first hit is this one
    if (ids.filter((_, j) => nodeAttributesAt(columns, j).label === label).length > 1) continue;
    if (best < 0 || backbone.degree(i) > backbone.degree(best)) best = i;
  }
  if (best < 0) throw new Error('every entity is in the backbone: lower the budget or grow the data');
  return { id: ids[best] as string, label: nodeAttributesAt(columns, best).label };
}

describe('a graph too large to draw whole', () => {
  it('opens on its backbone, says how much is shown, and the picture is not blank', { timeout: SLOW }, async () => {
    expect(columns.edgeCount).toBeGreaterThan(LARGE_ABOVE);
    const page = await openExplorer(context, h.url);
    expect(await shownCount(page)).toEqual({ nodes: backbone.nodes, edges: backbone.edges });
    expect(await notice(page)).toEqual({ shown: backbone.edges, of: columns.edgeCount });
    expect(backbone.edges).toBeLessThan(columns.edgeCount);
    const shot = decodePng(await page.locator('.graph').screenshot());
    expect(inkRatio(shot, [0xfb, 0xfc, 0xfd])).toBeGreaterThan(0.005);
    expect(Object.values(TYPE_COLORS).filter((c) => hasColour(shot, c)).length).toBeGreaterThanOrEqual(2);
    await page.close();
  });

  it('search finds an entity that is not drawn; choosing it brings it and its neighbourhood in, and the URL keeps it', { timeout: SLOW }, async () => {
    const target = outsideBackbone();
    const page = await openExplorer(context, h.url);
    const before = await shownCount(page);
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill(target.label);
    await expect.poll(() => page.getByRole('option').first().textContent(), { timeout: 15_000 }).toContain(target.label);
    await search.press('Enter');
    await expect.poll(() => page.locator('#details-heading').textContent()).toBe(target.label);
    const after = await shownCount(page);
    expect(after.nodes).toBeGreaterThan(before.nodes);
    expect(after.edges).toBeGreaterThan(before.edges);
    expect((await notice(page)).shown).toBe(after.edges);
    const neighbours = await page.evaluate((id) => window.kgExplorer?.store.graph.neighbors(id).length ?? 0, target.id);
    expect(neighbours).toBeGreaterThan(0);
    expect(page.url()).toContain(`node=${target.id}`);
    // a link with that selection opens with it drawn
    await page.reload();
    await page.waitForSelector('#app[data-state="ready"]');
    await expect.poll(() => page.locator('#details-heading').textContent()).toBe(target.label);
    expect((await shownCount(page)).nodes).toBe(after.nodes);
    await page.close();
  });

  it('the actor filter on an entity that is not drawn shows its neighbourhood', { timeout: SLOW }, async () => {
    const target = outsideBackbone();
    const page = await openExplorer(context, h.url);
    const actor = page.getByRole('combobox', { name: 'Actor' });
    await actor.fill(target.label);
    await expect.poll(() => page.getByRole('option').first().textContent(), { timeout: 15_000 }).toContain(target.label);
    await actor.press('Enter');
    await expect.poll(() => page.getByRole('button', { name: `Remove ${target.label}` }).count()).toBe(1);
    const shown = await shownCount(page);
    expect(shown.nodes).toBeGreaterThan(1);
    expect(shown.edges).toBeGreaterThan(0);
    expect(await page.evaluate((id) => window.kgExplorer?.store.visible.nodes.has(id) ?? false, target.id)).toBe(true);
    await page.close();
  });

  it('a truncated or corrupt snapshot opened from a file is refused with a clear message, and the graph stays', { timeout: SLOW }, async () => {
    const page = await openExplorer(context, h.url);
    const before = { count: await shownCount(page), notice: await notice(page) };
    const open = (name: string, bytes: Uint8Array) => page.getByTestId('file-input').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
    const problems = page.getByTestId('problems');
    await open('cut.kgs', snapshot.subarray(0, Math.floor(snapshot.length / 2)));
    await expect.poll(() => problems.textContent(), { timeout: 15_000 }).toMatch(/cut\.kgs.*truncated snapshot: section "\w+" ends at byte \d+, the file has \d+/);
    const badHeader = snapshot.slice();
    badHeader[8] = '['.charCodeAt(0);
    await open('bad-header.kgs', badHeader);
    await expect.poll(() => problems.textContent(), { timeout: 15_000 }).toMatch(/bad-header\.kgs.*broken snapshot header: expected JSON/);
    // an edge that points past the last node
    const length = new DataView(snapshot.buffer, snapshot.byteOffset).getUint32(4, true);
    const header = JSON.parse(new TextDecoder().decode(snapshot.subarray(8, 8 + length))) as { sections: { name: string; offset: number }[] };
    const source = header.sections.find((s) => s.name === 'source')!;
    const badEdge = snapshot.slice();
    new DataView(badEdge.buffer).setUint32(Math.ceil((8 + length) / 4) * 4 + source.offset + 4 * 7, 0xfffffff0, true);
    await open('bad-edge.kgs', badEdge);
    await expect.poll(() => problems.textContent(), { timeout: 15_000 }).toMatch(/bad-edge\.kgs.*broken snapshot: the source of edge 7 is \d+, expected 0 to \d+/);
    await open('not-one.kgs', new TextEncoder().encode('id,type\n'));
    await expect.poll(() => problems.textContent(), { timeout: 15_000 }).toMatch(/not-one\.kgs.*not a graph snapshot/);
    expect(await shownCount(page)).toEqual(before.count);
    expect(await notice(page)).toEqual(before.notice);
    await page.close();
  });

  it('a snapshot file under the threshold opens whole, and the notice goes', { timeout: SLOW }, async () => {
    const page = await openExplorer(context, h.url);
    const small = await page.evaluate(() => window.kgExplorer?.store.graph.export() ?? null);
    expect(small).not.toBeNull();
    const { MultiDirectedGraph } = await import('graphology');
    const graph = MultiDirectedGraph.from(small as Parameters<typeof MultiDirectedGraph.from>[0]);
    const part = new MultiDirectedGraph();
    graph.forEachNode((n, a) => part.addNode(n, a));
    expect(graph.size).toBeGreaterThan(40);
    graph.forEachEdge((e, a, s, t) => {
      if (part.size < 40) part.addDirectedEdgeWithKey(e, s, t, a);
    });
    await page.getByTestId('file-input').setInputFiles({ name: 'part.kgs', mimeType: 'application/octet-stream', buffer: Buffer.from(encodeSnapshot(part as Parameters<typeof encodeSnapshot>[0])) });
    await expect.poll(() => shownCount(page), { timeout: 15_000 }).toEqual({ nodes: part.order, edges: part.size });
    expect(await page.getByTestId('part-notice').isHidden()).toBe(true);
    await page.close();
  });
});
