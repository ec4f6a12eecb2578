// A news article dropped on the page: its triples are extracted in the import worker and join the graph
// shown, reusing the entities already there, each relation carrying the sentence it came from.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContext, openExplorer, shownCount, startHarness, type Harness } from './harness';

const SLOW = 60_000;
const KOSHERBAYEV = 'yermek-kosherbayev';

// Written for this test: Kosherbayev meets Uzbekistan's foreign minister in Astana. Names are inflected
// («Саидовпен», «Көшербаев пен»), and the minister is in no catalogue.
const ARTICLE = [
  ' date 2026-03-12 Ермек Көшербаев Өзбекстан Сыртқы істер министрі Бақтияр Саидовпен кездесті',
  'АСТАНА.KAZINFORM - ҚР Сыртқы істер министрі Ермек Көшербаев Астанада Өзбекстан Республикасының Сыртқы істер министрі Бақтияр Саидовпен кездесті.',
  'Кездесу барысында Ермек Көшербаев пен Бақтияр Саидов екі ел арасындағы сауда-экономикалық ынтымақтастықты талқылады.',
  'Тараптар Қазақстан мен Өзбекстан арасындағы көлік-логистика саласындағы ынтымақтастық туралы меморандумға қол қойды.',
  'Бақтияр Саидов Қазақстанның Орталық Азиядағы өңірлік байланыстарды нығайтудағы рөлін жоғары бағалады.',
  'Көшербаев өзбек әріптесін Астана халықаралық форумына шақырды.',
  '',
].join('\n');

let h: Harness;
let context: BrowserContext;

beforeAll(async () => {
  h = await startHarness();
  context = await newContext(h);
}, 120_000);

afterAll(async () => {
  await context?.close();
  await h?.close();
});

/** Drops text files onto the network the way a browser delivers a drag from the desktop. */
async function dropFiles(page: Page, files: { name: string; text: string }[]): Promise<void> {
  await page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'text/plain' }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.querySelector('.graph')!.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    }
  }, files);
}

interface ExportedGraph {
  nodes: { key: string; attributes: { label: string; label_kk: string } }[];
  edges: { key: string; source: string; target: string; attributes: { provenance: string; evidence: string; subject_mention: string; object_mention: string; source: string } }[];
}

async function exportJson(page: Page): Promise<ExportedGraph> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-format="json"]').click()]);
  const data = JSON.parse(readFileSync(await download.path(), 'utf8')) as ExportedGraph;
  await page.keyboard.press('Escape');
  return data;
}

describe('dropping a news article', () => {
  it('adds its people and relations, joined to the entities already shown, with their evidence', { timeout: SLOW }, async () => {
    const page = await openExplorer(context, h.url);
    const before = await shownCount(page);
    await dropFiles(page, [{ name: 'astana-meeting.txt', text: ARTICLE }]);

    const status = page.getByTestId('import-status');
    await expect.poll(() => status.textContent(), { timeout: 45_000 }).toMatch(/astana-meeting\.txt: \d+ relations?, \d+ new entit(y|ies)/);
    const [, relations, added] = /(\d+) relations?, (\d+) new/.exec((await status.textContent()) ?? '')!;
    expect(Number(relations)).toBeGreaterThan(0);
    expect(Number(added)).toBeGreaterThan(0);
    await expect.poll(() => shownCount(page)).toMatchObject({ nodes: before.nodes + Number(added) });
    expect((await shownCount(page)).edges).toBeGreaterThan(before.edges);
    await page.waitForSelector('html[data-layout="done"]');
    if (process.env.KG_SCREENSHOT_DIR) await page.screenshot({ path: join(process.env.KG_SCREENSHOT_DIR, 'article-drop-overview.png') });

    // The minister is new, and search finds him by an inflected form of his name.
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('Саидовпен');
    await expect.poll(() => page.getByRole('option').first().textContent()).toMatch(/Saidov|Саидов/);
    await search.press('Enter');
    await expect.poll(() => page.locator('#details-heading').textContent()).toMatch(/Saidov|Саидов/);
    const minister = new URL(page.url()).searchParams.get('node')!;
    expect(minister).toBeTruthy();
    expect(minister).not.toBe(KOSHERBAYEV);

    // Kosherbayev is the node that was there, not a second one made from the article.
    const graph = await exportJson(page);
    expect(graph.nodes.filter((n) => /Kosherbayev|Көшербаев/.test(`${n.attributes.label} ${n.attributes.label_kk}`)).map((n) => n.key)).toEqual([KOSHERBAYEV]);
    const edge = graph.edges.find((e) => e.source === KOSHERBAYEV && e.target === minister && e.attributes.subject_mention && e.attributes.object_mention);
    expect(edge, 'an edge from Kosherbayev to the minister').toBeDefined();
    expect(edge!.attributes.provenance).toBe('extracted');
    expect(edge!.attributes.source).toBe('astana-meeting');
    expect(ARTICLE).toContain(edge!.attributes.evidence);

    // Its details show the sentence with both mentions marked.
    const relation = page.locator(`.details li.relation[data-edge="${edge!.key}"]`);
    await expect.poll(() => relation.locator('blockquote.evidence').textContent()).toBe(edge!.attributes.evidence);
    expect(await relation.locator('mark.mention-subject').textContent()).toContain('Көшербаев');
    expect(await relation.locator('mark.mention-object').textContent()).toMatch(/^Бақтияр Саидов|^Саидов/);
    expect(await relation.locator('.badge-extracted').count()).toBe(1);
    expect(await relation.locator('cite').textContent()).toBe('astana-meeting');

    if (process.env.KG_SCREENSHOT_DIR) {
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.mouse.move(5, 890);
      await page.waitForTimeout(800);
      await page.screenshot({ path: join(process.env.KG_SCREENSHOT_DIR, 'article-drop.png') });
    }

    // The provenance filter tells them apart: with curated relations only, the minister (extracted only) is hidden.
    const curated = page.getByRole('group', { name: 'Source' }).getByLabel('Curated');
    await curated.check();
    await expect.poll(() => page.locator('.details .notice').textContent()).toContain('Hidden by the current filters');
    await curated.uncheck();
    await expect.poll(() => page.locator('.details .notice').count()).toBe(0);
    await page.close();
  });

  it('an empty article shows a problem with its name and leaves the graph as it was', { timeout: SLOW }, async () => {
    const page = await openExplorer(context, h.url);
    const before = await shownCount(page);
    await dropFiles(page, [{ name: 'empty.txt', text: '' }]);
    const problems = page.getByTestId('problems');
    await expect.poll(() => problems.textContent(), { timeout: 45_000 }).toMatch(/empty\.txt: empty article/);
    expect(await problems.locator('#problems-body').isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('import-status').textContent()).toContain('empty.txt: nothing added');
    expect(await shownCount(page)).toEqual(before);
    await page.close();
  });

  it('several articles at once: each is read on its own, a bad one does not hold back the others', { timeout: SLOW }, async () => {
    const page = await openExplorer(context, h.url);
    const before = await shownCount(page);
    await dropFiles(page, [{ name: 'meeting.txt', text: ARTICLE }, { name: 'blank.txt', text: '  \n\n' }]);
    const status = page.getByTestId('import-status');
    await expect.poll(() => status.textContent(), { timeout: 45_000 }).toMatch(/meeting\.txt: \d+ relations?.*blank\.txt: nothing added/);
    expect(await page.getByTestId('problems').textContent()).toMatch(/blank\.txt: empty article/);
    await expect.poll(async () => (await shownCount(page)).nodes).toBeGreaterThan(before.nodes);
    await page.close();
  });

  it('a text in which nothing is recognised is reported, not added', { timeout: SLOW }, async () => {
    const page = await openExplorer(context, h.url);
    const before = await shownCount(page);
    await dropFiles(page, [{ name: 'weather.txt', text: 'Бүгін ауа райы жақсы болды. Күн ашық.\n' }]);
    await expect.poll(() => page.getByTestId('problems').textContent(), { timeout: 45_000 }).toMatch(/weather\.txt: no triples found/);
    expect(await shownCount(page)).toEqual(before);
    await page.close();
  });

  it('the file picker offers .txt and the drop hint names articles', { timeout: SLOW }, async () => {
    const page = await openExplorer(context, h.url);
    expect((await page.getByTestId('file-input').getAttribute('accept'))?.split(',')).toContain('.txt');
    expect(await page.locator('.drop-zone').textContent()).toContain('.txt');
    await page.close();
  });
});
