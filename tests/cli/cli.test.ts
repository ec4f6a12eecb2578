import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { parse as parseGexf } from 'graphology-gexf';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { kg } from './cli-harness';

function csvRows(text: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v.replace(/^'(?=['=+\-@\t\r])/, '')])));
}

async function edgesAround(actor: string): Promise<string[]> {
  const run = await kg(['export', '--format', 'csv', '--actor', actor]);
  expect(run.code).toBe(0);
  return csvRows(run.stdout).map((r) => `${r.subject} ${r.predicate} ${r.object}`);
}

describe('kg stats', () => {
  it('prints the seed graph counts by type and predicate and the top actors', async () => {
    const run = await kg(['stats']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\d+ entities, \d+ relations/);
    expect(run.stdout).toMatch(/Entities by type:\n(\s+\w+\s+\d+\n)+/);
    expect(run.stdout).toMatch(/\s+person\s+\d+/);
    expect(run.stdout).toMatch(/\s+attended\s+\d+/);
    expect(run.stdout).toContain('Top actors by degree:');
    expect(run.stdout).toContain('(kazakhstan)');
  });
});

describe('kg export --format csv --actor: the seed facts are edges', () => {
  it.each([
    ['yermek-kosherbayev', 'yermek-kosherbayev attended critical-minerals-ministerial'],
    ['yermek-kosherbayev', 'marco-rubio invited yermek-kosherbayev'],
    ['critical-minerals-ministerial', 'critical-minerals-ministerial held_in washington'],
    ['critical-minerals-ministerial', 'critical-minerals-ministerial held_in us-department-of-state'],
    ['jd-vance', 'jd-vance attended critical-minerals-ministerial'],
    ['marco-rubio', 'marco-rubio attended critical-minerals-ministerial'],
    ['kazakhstan', 'kazakhstan signed kz-us-critical-minerals-memorandum'],
    ['kazakhstan', 'kazakhstan signed_with united-states'],
    ['donald-trump', 'donald-trump established strategic-reserve-12-billion'],
    ['us-geological-survey', 'us-geological-survey announced usgs-critical-minerals-list'],
    ['kazakhstan', 'kazakhstan supplies critical-minerals'],
  ])('--actor %s has "%s"', async (actor, edge) => {
    expect(await edgesAround(actor)).toContain(edge);
  });

  it('keeps the qualifiers of a multi-part fact (signed with the US in November 2025)', async () => {
    const run = await kg(['export', '--format', 'csv', '--actor', 'kazakhstan']);
    const signed = csvRows(run.stdout).find((r) => r.predicate === 'signed' && r.subject === 'kazakhstan');
    expect(signed).toMatchObject({ counterpart: 'united-states', date: '2025-11', source: 'seed' });
    expect(signed?.evidence).toContain('меморандум');
  });

  it('the USGS list fact says 60 minerals and the supply fact 20 of them', async () => {
    const rows = csvRows((await kg(['export', '--format', 'csv', '--actor', 'kazakhstan'])).stdout);
    expect(rows.find((r) => r.predicate === 'supplies')?.evidence).toMatch(/60 маңызды минералының 20-сын/);
  });

  it('depth 1 leaves only edges touching the actor’s neighbourhood', async () => {
    const rows = csvRows((await kg(['export', '--format', 'csv', '--actor', 'donald-trump', '--depth', '1'])).stdout);
    const ends = new Set(rows.flatMap((r) => [r.subject, r.object]));
    expect(ends.has('donald-trump')).toBe(true);
    expect(ends.has('yermek-kosherbayev')).toBe(false);
  });
});

describe('kg export to files', () => {
  it('writes GEXF that graphology-gexf parses to the filtered counts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-cli-'));
    const out = join(dir, 'us.gexf');
    const run = await kg(['export', '--format', 'gexf', '--country', 'united-states', '--out', out]);
    expect(run.code).toBe(0);
    const m = run.stderr.match(/Wrote (\d+) entities and (\d+) relations/);
    expect(m).not.toBeNull();
    const g = parseGexf(MultiDirectedGraph, readFileSync(out, 'utf8'));
    expect([g.order, g.size]).toEqual([Number(m![1]), Number(m![2])]);
    expect(g.order).toBeGreaterThan(3);
    g.forEachNode((n, a) => expect(a.country === 'united-states' || n === 'united-states' || a.type !== undefined).toBe(true));
  });

  it('writes the neo4j pair into a folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-cli-'));
    const run = await kg(['export', '--format', 'neo4j', '--out', dir]);
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'nodes.csv'), 'utf8').split('\n')[0]).toContain('id:ID');
    expect(readFileSync(join(dir, 'relationships.csv'), 'utf8').split('\n')[0]).toContain(':START_ID');
  });
});

describe('kg build', () => {
  it('builds the seed data without problems and can write the graph JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-cli-'));
    const run = await kg(['build', '--out', join(dir, 'g.json')]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No problems found.');
    const json = JSON.parse(readFileSync(join(dir, 'g.json'), 'utf8')) as { nodes: unknown[]; edges: unknown[] };
    expect(json.nodes.length).toBeGreaterThan(30);
  });

  it('reads another folder with --data, reports every bad row with file:line:column and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-data-'));
    copyFileSync('graph-data/entities.csv', join(dir, 'entities.csv'));
    writeFileSync(
      join(dir, 'triples.csv'),
      'subject,predicate,object,date,source,evidence\n' +
        'marco-rubio,invited,yermek-kosherbayev,,seed,ok\n' +
        'marco-rubio,flew_to,washington,,seed,bad predicate\n' +
        'nobody,attended,critical-minerals-ministerial,2026-13-01,seed,two problems\n',
    );
    const run = await kg(['build', '--data', dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/\d+ entities, 1 relations/);
    expect(run.stderr).toMatch(/triples\.csv:3:2 \(column "predicate"\): unknown predicate "flew_to"/);
    expect(run.stderr).toMatch(/triples\.csv:4:1 \(column "subject"\): unknown entity "nobody"/);
    expect(run.stderr).toMatch(/triples\.csv:4:4 \(column "date"\): bad date "2026-13-01"/);
  });

  it('a missing data folder is bad input (exit 1) with a message', async () => {
    const run = await kg(['build', '--data', '/nonexistent/folder']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('entities.csv: not found');
  });
});

describe('usage', () => {
  it.each(['build', 'extract', 'export', 'stats'])('%s --help prints usage and exits 0', async (cmd) => {
    const run = await kg([cmd, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Usage: kg ${cmd}`);
  });
  it('no command, an unknown command or option, or a bad value exit 2', async () => {
    expect((await kg([])).code).toBe(2);
    expect((await kg(['frobnicate'])).code).toBe(2);
    const bad = await kg(['stats', '--colour']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown option --colour');
    expect((await kg(['export'])).stderr).toContain('--format is required');
    expect((await kg(['export', '--format', 'docx'])).code).toBe(2);
    expect((await kg(['export', '--format', 'csv', '--actor', 'nobody'])).stderr).toContain('no entity with this id');
    expect((await kg(['export', '--format', 'csv', '--depth', '4'])).code).toBe(2);
    expect((await kg(['export', '--format', 'csv', '--country', 'marco-rubio'])).stderr).toContain('is a person, not a country');
  });
  it('--help lists the commands', async () => {
    const run = await kg(['--help']);
    expect(run.code).toBe(0);
    for (const c of ['build', 'extract', 'export', 'stats']) expect(run.stdout).toContain(c);
  });
});
