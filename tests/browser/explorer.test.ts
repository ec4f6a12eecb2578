// The explorer in a real headless Chromium, checked the way a user would: what the page shows, what it
// downloads, what it refuses.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import Papa from 'papaparse';
import { parse as parseGexf } from 'graphology-gexf';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countryNodes } from '../../src/graph/country-affiliation';
import { egoNodes } from '../../src/graph/ego-network';
import { makeFilter, selectVisible } from '../../src/graph/graph-filter';
import type { KnowledgeGraph } from '../../src/graph/kg-graph';
import { shortestPath } from '../../src/graph/shortest-path';
import { readGraphFile, type FormatId } from '../../src/io/formats';
import { EDGE_COLORS, TYPE_COLORS } from '../../src/app/node-style';
import {
  XSS_EVIDENCE,
  XSS_LABEL,
  fetchServedGraph,
  newContext,
  openExplorer,
  shownCount,
  startHarness,
  waitReady,
  type Harness,
} from './harness';
import { colourCount, decodePng, hasColour, inkRatio, isPng, pngSize } from './png';

const SLOW = 60_000;
let h: Harness;
let graph: KnowledgeGraph;
let context: BrowserContext;

const US = 'united-states';
const KOSHERBAYEV = 'yermek-kosherbayev';
const RUBIO = 'marco-rubio';

beforeAll(async () => {
  h = await startHarness();
  graph = await fetchServedGraph(h.url);
  context = await newContext(h);
}, 120_000);

afterAll(async () => {
  await context?.close();
  await h?.close();
});

async function downloadFromExport(page: Page, format: string): Promise<Buffer> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-format="${format}"]`).click()]);
  const path = await download.path();
  return readFileSync(path);
}

describe('the explorer', () => {
  it('draws the network: the canvas is not blank and shows the type colours', { timeout: SLOW }, async () => {
    expect(graph.order).toBeGreaterThan(10);
    const page = await openExplorer(context, h.url);
    expect(await shownCount(page)).toEqual({ nodes: graph.order, edges: graph.size });
    const shot = decodePng(await page.locator('.graph').screenshot());
    expect(inkRatio(shot, [0xfb, 0xfc, 0xfd])).toBeGreaterThan(0.005);
    const types = new Set<string>();
    graph.forEachNode((_n, a) => types.add(a.type));
    const seen = [...types].filter((t) => hasColour(shot, TYPE_COLORS[t as keyof typeof TYPE_COLORS]));
    expect(seen.length).toBeGreaterThanOrEqual(Math.min(3, types.size));
    await page.close();
  });

  it('finds «Рубио» (and «Рубионың»), selects Marco Rubio and shows his evidence', { timeout: SLOW }, async () => {
    const page = await openExplorer(context, h.url);
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('Рубионың');
    await expect.poll(() => page.getByRole('option').first().textContent()).toContain('Marco Rubio');
    await search.fill('Рубио');
    await expect.poll(() => page.getByRole('option').first().textContent()).toContain('Marco Rubio');
    await search.press('Enter');
    await expect.poll(() => page.locator('#details-heading').textContent()).toBe('Marco Rubio');
    const details = page.locator('.details');
    const evidence = new Set<string>();
    graph.forEachEdge(RUBIO, (_e, a) => {
      if (a.evidence && a.evidence !== XSS_EVIDENCE) evidence.add(a.evidence);
    });
    expect(evidence.size).toBeGreaterThan(0);
    const quotes = await details.locator('blockquote.evidence').allTextContents();
    for (const sentence of evidence) expect(quotes).toContain(sentence);
    // both mentions of a relation are highlighted in its sentence
    let withMentions = '';
    graph.forEachEdge(RUBIO, (e, a) => {
      if (!withMentions && a.subject_mention && a.object_mention && a.evidence.includes(a.subject_mention) && a.evidence.includes(a.object_mention)) withMentions = e;
    });
    expect(withMentions).not.toBe('');
    const attrs = graph.getEdgeAttributes(withMentions);
    const relation = details.locator(`li.relation[data-edge="${withMentions}"]`);
    expect(await relation.locator('mark.mention-subject').textContent()).toBe(attrs.subject_mention);
    expect(await relation.locator('mark.mention-object').textContent()).toBe(attrs.object_mention);
    expect(page.url()).toContain(`node=${RUBIO}`);
    await page.close();
  });

  it('the country filter "United States" keeps only US-affiliated entities and lowers the count', { timeout: SLOW }, async () => {
    const page = await openExplorer(context, h.url);
    const before = await shownCount(page);
    await page.getByRole('combobox', { name: 'Country', exact: true }).selectOption({ label: 'United States' });
    const expected = selectVisible(graph, makeFilter({ countries: [US] }));
    await expect.poll(() => shownCount(page)).toEqual({ nodes: expected.nodes.size, edges: expected.edges.size });
    expect(expected.nodes.size).toBeLessThan(before.nodes);
    expect([...expected.nodes].sort()).toEqual([...countryNodes(graph, [US])].sort());
    // What is shown is what the "shown" export holds: the affiliated entities and nothing else.
    const gexf = parseGexf(MultiDirectedGraph, (await downloadFromExport(page, 'gexf')).toString('utf8'));
    expect(gexf.nodes().sort()).toEqual([...countryNodes(graph, [US])].sort());
    // one action clears every filter
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await expect.poll(() => shownCount(page)).toEqual(before);
    await page.close();
  });

  it('a type filter takes the other types off the picture, and clearing it gives back the same picture', { timeout: SLOW }, async () => {
    let page = await openExplorer(context, h.url);
    // The camera glides after a filter change: a picture is taken once two in a row agree.
    const steadyShot = async (): Promise<Buffer> => {
      let last = await page.locator('.graph').screenshot();
      for (;;) {
        await page.waitForTimeout(250);
        const next = await page.locator('.graph').screenshot();
        if (next.equals(last)) return next;
        last = next;
      }
    };
    const before = await steadyShot();
    expect(hasColour(decodePng(before), TYPE_COLORS.country)).toBe(true);
    await page.locator('input[type="checkbox"][value="person"]').check();
    const people = selectVisible(graph, makeFilter({ types: ['person'] }));
    await expect.poll(() => shownCount(page)).toEqual({ nodes: people.nodes.size, edges: people.edges.size });
    const filtered = decodePng(await steadyShot());
    expect(hasColour(filtered, TYPE_COLORS.person)).toBe(true);
    for (const t of ['country', 'organization', 'topic'] as const) expect(colourCount(filtered, TYPE_COLORS[t]), t).toBe(0);
    // Shown again edge by edge and label by label (the filter path rewrites only what flipped).
    await page.locator('input[type="checkbox"][value="person"]').uncheck();
    await expect.poll(() => shownCount(page)).toEqual({ nodes: graph.order, edges: graph.size });
    expect((await steadyShot()).equals(before)).toBe(true);
    // Loaded with the filter on, sigma's first pass never saw the other nodes: clearing must still label them.
    const url = page.url();
    await page.locator('input[type="checkbox"][value="person"]').check();
    await expect.poll(() => page.url()).not.toBe(url);
    const filteredUrl = page.url();
    await page.close();
    page = await openExplorer(context, filteredUrl);
    await expect.poll(() => shownCount(page)).toEqual({ nodes: people.nodes.size, edges: people.edges.size });
    await page.locator('input[type="checkbox"][value="person"]').uncheck();
    await expect.poll(() => shownCount(page)).toEqual({ nodes: graph.order, edges: graph.size });
    expect((await steadyShot()).equals(before)).toBe(true);
    await page.close();
  });

  it('the actor filter on Kosherbayev at depth 1 leaves him and his neighbours', { timeout: SLOW }, async () => {
    const page = await openExplorer(context, h.url);
    const actor = page.getByRole('combobox', { name: 'Actor' });
    await actor.fill('Kosherbayev');
    await expect.poll(() => page.getByRole('option').first().textContent()).toContain('Yermek Kosherbayev');
    await actor.press('Enter');
    const ego = egoNodes(graph, [KOSHERBAYEV], 1);
    expect(ego.size).toBe(new Set([KOSHERBAYEV, ...graph.neighbors(KOSHERBAYEV)]).size);
    const expected = selectVisible(graph, makeFilter({ actors: [KOSHERBAYEV], depth: 1 }));
    await expect.poll(() => shownCount(page)).toEqual({ nodes: ego.size, edges: expected.edges.size });
    await expect.poll(() => page.getByRole('button', { name: 'Remove Yermek Kosherbayev' }).count()).toBe(1);
    await page.close();
  });

  it('the relation, source and date filters combine with AND, and the count follows', { timeout: SLOW }, async () => {
    const page = await openExplorer(context, h.url);
    await page.getByRole('group', { name: 'Date' }).getByLabel('Date from').fill('2026-02');
    await page.getByRole('group', { name: 'Date' }).getByLabel('Date to').fill('2026-02-04');
    await page.getByRole('group', { name: 'Date' }).getByLabel('Date to').press('Enter');
    const dated = selectVisible(graph, makeFilter({ dateFrom: '2026-02', dateTo: '2026-02-04' }));
    await expect.poll(() => shownCount(page)).toEqual({ nodes: dated.nodes.size, edges: dated.edges.size });
    await page.getByRole('group', { name: 'Relation' }).getByLabel('attended').check();
    await page.getByRole('group', { name: 'Relation' }).getByLabel('held in').check();
    await page.getByRole('group', { name: 'Source' }).getByLabel('Curated').check();
    const all = selectVisible(graph, makeFilter({ dateFrom: '2026-02', dateTo: '2026-02-04', predicates: ['attended', 'held_in'], provenance: ['curated'] }));
    expect(all.edges.size).toBeGreaterThan(0);
    await expect.poll(() => shownCount(page)).toEqual({ nodes: all.nodes.size, edges: all.edges.size });
    await page.close();
  });

  it('the URL holds the view: a reload reproduces it, Back and Forward move through it', { timeout: SLOW }, async () => {
    const page = await openExplorer(context, h.url);
    await page.getByRole('combobox', { name: 'Country', exact: true }).selectOption({ label: 'United States' });
    await page.getByRole('group', { name: 'Type' }).getByLabel('Person').check();
    await page.locator('label[for="lang-kk"]').click();
    expect(await page.getByRole('radio', { name: 'Kazakh' }).isChecked()).toBe(true);
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('Vance');
    await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(0);
    await search.press('Enter');
    const expected = selectVisible(graph, makeFilter({ countries: [US], types: ['person'] }));
    const kkVance = graph.getNodeAttribute('jd-vance', 'label_kk');
    await expect.poll(() => page.locator('#details-heading').textContent()).toBe(kkVance);
    const view = { count: await shownCount(page), url: page.url() };
    expect(view.count).toEqual({ nodes: expected.nodes.size, edges: expected.edges.size });

    await page.reload();
    await waitReady(page);
    expect(page.url()).toBe(view.url);
    expect(await shownCount(page)).toEqual(view.count);
    expect(await page.locator('#details-heading').textContent()).toBe(kkVance);
    // labels are in Kazakh now: «Адам» is Person
    expect(await page.getByRole('group', { name: 'Type' }).getByLabel('Адам').isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Kazakh' }).isChecked()).toBe(true);
    expect(await page.getByRole('button', { name: /^Remove / }).count()).toBe(1);

    // Back undoes the selection, then the language; Forward redoes it.
    await page.goBack();
    await expect.poll(() => page.locator('#details-heading').textContent()).toBe('Details');
    await page.goBack();
    await expect.poll(() => page.getByRole('radio', { name: 'Kazakh' }).isChecked()).toBe(false);
    expect(await shownCount(page)).toEqual(view.count);
    await page.goForward();
    await page.goForward();
    await expect.poll(() => page.locator('#details-heading').textContent()).toBe(kkVance);
    await page.close();
  });

  it('hover highlights the neighbourhood and dims the rest; leaving restores the picture', { timeout: SLOW }, async () => {
    const page = await openExplorer(context, h.url, `?node=${RUBIO}`);
    await page.waitForTimeout(700); // the camera centres on the selected node
    const box = (await page.locator('.graph').boundingBox())!;
    // a click on empty ground clears the selection; the camera stays on Rubio
    await page.mouse.click(box.x + 4, box.y + box.height - 4);
    await expect.poll(() => page.locator('#details-heading').textContent()).toBe('Details');
    const idle = decodePng(await page.locator('.graph').screenshot());
    const idleInk = colourCount(idle, EDGE_COLORS.focus, 8);
    // aim at where Rubio is drawn now (the camera may still be settling), until the hover takes
    await expect
      .poll(
        async () => {
          const at = await page.evaluate((id) => window.kgExplorer?.nodePosition(id) ?? null, RUBIO);
          if (at) await page.mouse.move(box.x + at.x, box.y + at.y);
          return page.locator('.graph.is-hovering').count();
        },
        { timeout: 15_000 },
      )
      .toBe(1);
    const hovered = decodePng(await page.locator('.graph').screenshot());
    // Rubio's relations are drawn in the highlight colour over the dimmed rest
    expect(colourCount(hovered, EDGE_COLORS.focus, 8)).toBeGreaterThan(idleInk + 300);
    expect(await page.locator('.sigma-nodes').evaluate((c) => getComputedStyle(c).opacity)).not.toBe('1');
    await page.mouse.move(box.x + 4, box.y + box.height - 4);
    await expect.poll(() => page.locator('.graph.is-hovering').count()).toBe(0);
    await page.close();
  });

  it('every control is reachable with Tab and shows where the focus is', { timeout: SLOW }, async () => {
    const page = await openExplorer(context, h.url);
    const reached: { name: string; focusVisible: boolean }[] = [];
    for (let i = 0; i < 150; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const a = document.activeElement as HTMLElement | null;
        if (!a || a === document.body) return null;
        const input = a as HTMLInputElement;
        const name = (a.getAttribute('aria-label') || input.labels?.[0]?.textContent || a.textContent || '').trim();
        // sr-only radios show their focus on the visible label next to them
        const shown = input.type === 'radio' && a.classList.contains('sr-only') ? (a.nextElementSibling as HTMLElement) : a;
        const style = getComputedStyle(shown);
        return { name, focusVisible: style.boxShadow !== 'none' || style.outlineStyle !== 'none' };
      });
      if (!info) continue;
      if (reached.length && info.name === reached[0]!.name) break;
      reached.push(info);
    }
    const names = reached.map((r) => r.name);
    for (const name of ['Search', 'Actor', 'Depth', 'Country', 'Person', 'attended', 'Curated', 'Date from', 'Date to', 'Path from', 'Path to', 'English', 'Open', 'Export', 'Zoom in']) {
      expect(names).toContain(name);
    }
    expect(reached.filter((r) => !r.focusVisible).map((r) => r.name)).toEqual([]);
    await page.close();
  });

  it('the GEXF exported from a filtered view parses to the count shown', { timeout: SLOW }, async () => {
    const page = await openExplorer(context, h.url, `?actor=${KOSHERBAYEV}&depth=2&type=person&type=country&type=event`);
    const shown = await shownCount(page);
    expect(shown.nodes).toBeLessThan(graph.order);
    const gexf = parseGexf(MultiDirectedGraph, (await downloadFromExport(page, 'gexf')).toString('utf8'));
    expect({ nodes: gexf.order, edges: gexf.size }).toEqual(shown);
    await page.close();
  });

  it('every graph format downloads what is shown, and reads back to the same count', { timeout: SLOW }, async () => {
    const page = await openExplorer(context, h.url, `?actor=${KOSHERBAYEV}`);
    const shown = await shownCount(page);
    const formats: FormatId[] = ['gexf', 'graphml', 'json', 'csv', 'ttl', 'nt'];
    for (const format of formats) {
      const text = (await downloadFromExport(page, format)).toString('utf8');
      const read = readGraphFile(text, `view.${format}`, graph);
      expect(read.problems.filter((p) => p.severity === 'error'), format).toEqual([]);
      expect(read.graph!.size, format).toBe(shown.edges);
      // a triples CSV carries relations only, so it names the entities that have one
      if (format !== 'csv') expect(read.graph!.order, format).toBe(shown.nodes);
      await page.keyboard.press('Escape');
    }
    await page.close();
  });

  it('the Neo4j pair downloads as nodes.csv and relationships.csv with neo4j-admin headers, for what is shown', { timeout: SLOW }, async () => {
    const page = await openExplorer(context, h.url, `?actor=${KOSHERBAYEV}`);
    const shown = await shownCount(page);
    await page.getByRole('button', { name: 'Export' }).click();
    const files = new Map<string, string>();
    const twoDownloads = new Promise<void>((done) => {
      page.on('download', (d) => {
        void d.path().then((path) => {
          files.set(d.suggestedFilename(), readFileSync(path, 'utf8'));
          if (files.size === 2) done();
        });
      });
    });
    await page.locator('[data-format="neo4j"]').click();
    await twoDownloads;
    const rows = (suffix: string) => {
      const name = [...files.keys()].find((n) => n.endsWith(suffix));
      expect(name, suffix).toBeDefined();
      const parsed = Papa.parse<string[]>(files.get(name as string) as string, { skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      return parsed.data;
    };
    const nodes = rows('-nodes.csv');
    const relationships = rows('-relationships.csv');
    expect(nodes[0]).toEqual(expect.arrayContaining(['id:ID', ':LABEL']));
    expect(relationships[0]).toEqual(expect.arrayContaining([':START_ID', ':END_ID', ':TYPE']));
    expect({ nodes: nodes.length - 1, edges: relationships.length - 1 }).toEqual(shown);
    await page.close();
  });

  it('the same data gives the same picture on every load', { timeout: SLOW }, async () => {
    const positions = async () => {
      const page = await openExplorer(context, h.url);
      const json = JSON.parse((await downloadFromExport(page, 'json')).toString('utf8')) as { nodes: { key: string; attributes: { x: number; y: number } }[] };
      await page.close();
      return Object.fromEntries(json.nodes.map((n) => [n.key, [n.attributes.x, n.attributes.y]]));
    };
    const first = await positions();
    const second = await positions();
    expect(Object.keys(first).length).toBe(graph.order);
    expect(second).toEqual(first);
    // and the layout moved the nodes away from their seeded start
    const moved = graph.filterNodes((n, a) => Math.abs(a.x - first[n]![0]!) > 1e-6).length;
    expect(moved).toBeGreaterThan(graph.order / 2);
  });

  it('the path between two entities is found, listed and kept in the URL', { timeout: SLOW }, async () => {
    const page = await openExplorer(context, h.url);
    for (const [label, query] of [['Path from', 'Vance'], ['Path to', 'Central Asia']] as const) {
      const box = page.getByRole('combobox', { name: label });
      await box.fill(query);
      await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(0);
      await box.press('Enter');
    }
    const expected = shortestPath(graph, 'jd-vance', 'central-asia');
    expect(expected).not.toBeNull();
    await expect.poll(() => page.locator('.path-summary').textContent()).toBe(`${expected!.edges.length} step${expected!.edges.length === 1 ? '' : 's'}`);
    const steps = await page.locator('.path-steps button').allTextContents();
    expect(steps).toEqual(expected!.nodes.map((n) => graph.getNodeAttribute(n, 'label')));
    expect(page.url()).toContain('path=jd-vance&path=central-asia');
    await page.close();
  });

  it('the PNG download is a valid image of the view', { timeout: SLOW }, async () => {
    const page = await openExplorer(context, h.url);
    const png = await downloadFromExport(page, 'png');
    expect(isPng(png)).toBe(true);
    const size = pngSize(png);
    expect(size.width).toBeGreaterThan(400);
    expect(size.height).toBeGreaterThan(300);
    expect(inkRatio(decodePng(png), [255, 255, 255])).toBeGreaterThan(0.005);
    await page.close();
  });

  it('a dropped malformed CSV shows its errors with line and column, and the graph stays', { timeout: SLOW }, async () => {
    const page = await openExplorer(context, h.url);
    const before = await shownCount(page);
    const csv = 'subject,predicate,object,date,source,evidence\nyermek-kosherbayev,flew_to,marco-rubio,2026-02-04,seed,"x"\n';
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'bad-triples.csv', { type: 'text/csv' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        document.querySelector('.graph')!.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
      }
    }, csv);
    const problems = page.getByTestId('problems');
    await expect.poll(() => problems.textContent(), { timeout: 15_000 }).toMatch(/bad-triples\.csv:2:\d+/);
    expect(await problems.textContent()).toContain('flew_to');
    expect(await problems.locator('#problems-body').isVisible()).toBe(true);
    expect(await shownCount(page)).toEqual(before);
    await page.close();
  });

  it('opens files: a GEXF replaces the graph, a triples CSV merges into it', { timeout: SLOW }, async () => {
    const page = await openExplorer(context, h.url, `?actor=${KOSHERBAYEV}`);
    const shown = await shownCount(page);
    const gexf = await downloadFromExport(page, 'gexf');
    await page.goto(h.url);
    await waitReady(page);
    await page.getByTestId('file-input').setInputFiles({ name: 'view.gexf', mimeType: 'application/gexf+xml', buffer: gexf });
    await expect.poll(() => shownCount(page), { timeout: 15_000 }).toEqual(shown);

    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await page.getByLabel('Merge into the graph').check();
    // a triples CSV names entities of the graph it is opened into: both are in the view just opened
    const csv = 'subject,predicate,object,date,source,evidence\nmarco-rubio,met_with,kazakhstan,2026-02-04,test,"Rubio met the Kazakh delegation."\n';
    await page.getByTestId('file-input').setInputFiles({ name: 'more.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => shownCount(page), { timeout: 15_000 }).toEqual({ nodes: shown.nodes, edges: shown.edges + 1 });
    await page.close();
  });

  it('a file over the size limit is refused with a message', { timeout: SLOW }, async () => {
    const page = await openExplorer(context, h.url);
    const before = await shownCount(page);
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(51 * 1024 * 1024)], 'huge.gexf', { type: 'application/gexf+xml' }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => page.getByTestId('problems').textContent()).toMatch(/huge\.gexf.*too large.*limit is 50 MB/);
    expect(await shownCount(page)).toEqual(before);
    await page.close();
  });

  it('renders a markup label and evidence as text', { timeout: SLOW }, async () => {
    const page = await openExplorer(context, h.url);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('onerror');
    await expect.poll(() => page.getByRole('option').first().textContent()).toContain(XSS_LABEL);
    await search.press('Enter');
    await expect.poll(() => page.locator('#details-heading').textContent()).toBe(XSS_LABEL);
    expect(await page.locator('.details blockquote.evidence').allTextContents()).toContain(XSS_EVIDENCE);
    expect(await page.locator('#app img, #app script, #app b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('editing graph-data/ updates the open page', { timeout: SLOW }, async () => {
    const page = await openExplorer(context, h.url, '?node=xss-probe');
    const before = await shownCount(page);
    const file = join(h.dataDir, 'entities.csv');
    writeFileSync(file, `${readFileSync(file, 'utf8')}hmr-probe,person,Hot Reload Probe,,,,,\n`);
    await expect.poll(() => shownCount(page), { timeout: 20_000 }).toEqual({ nodes: before.nodes + 1, edges: before.edges });
    // the view (here: the selection) survives the reload of the data
    expect(await page.locator('#details-heading').textContent()).toBe(XSS_LABEL);
    // a bad row shows up in the page's problems panel, with where it is
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n').length;
    writeFileSync(file, `${readFileSync(file, 'utf8')}alien-probe,alien,Alien,,,,,\n`);
    await expect.poll(() => page.getByTestId('problems').textContent(), { timeout: 20_000 }).toMatch(new RegExp(`entities\\.csv:${lines + 1}:2`));
    await page.close();
  });
});
