import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateGraphData } from '../../src/bench/generate-graph-data';
import { allStrings } from '../../src/graph/graph-columns';
import { wholeGraph } from '../../src/graph/graph-part';
import { readSnapshotColumns } from '../../src/io/snapshot';
import { kg, type CliRun } from './cli-harness';

// `kg build` streams a large triples.csv through src/graph/bulk-build.ts; KG_BULK_BUILD_BYTES=0 makes it do
// so for any size. Both paths must print the same counts and problems and write the same JSON.

afterEach(() => {
  delete process.env.KG_BULK_BUILD_BYTES;
});

async function bothPaths(args: string[]): Promise<{ regular: CliRun & { json: string }; bulk: CliRun & { json: string } }> {
  const dir = mkdtempSync(join(tmpdir(), 'kg-paths-'));
  const run = async (name: string): Promise<CliRun & { json: string }> => {
    const out = join(dir, `${name}.json`);
    const r = await kg(['build', ...args, '--out', out]);
    // Progress lines depend on timing, not on the data.
    const stderr = r.stderr.replace(/^… .*\n/gm, '');
    return { ...r, stderr, stdout: r.stdout.replace(out, 'OUT'), json: readFileSync(out, 'utf8') };
  };
  process.env.KG_BULK_BUILD_BYTES = String(Number.MAX_SAFE_INTEGER);
  const regular = await run('regular');
  process.env.KG_BULK_BUILD_BYTES = '0';
  const bulk = await run('bulk');
  // Without --out the streaming path keeps no evidence text; what it prints must not change.
  const bare = await kg(['build', ...args]);
  expect({ code: bare.code, stdout: bare.stdout, stderr: bare.stderr.replace(/^… .*\n/gm, '') }).toEqual({ code: bulk.code, stdout: bulk.stdout.replace('Wrote OUT\n', ''), stderr: bulk.stderr });
  return { regular, bulk };
}

const ENTITIES = `\uFEFFid,type,label_en,label_kk,label_ru,aliases,country,wikidata\r
kz,country,Kazakhstan,Қазақстан,Казахстан,,,Q232\r
us,country,United States,АҚШ,США,"US| U.S. ",,\r
kosh,person,Yermek Kosherbayev,Ермек Көшербаев,Ермек Кошербаев,Көшербаев,kz,\r
conf,event,Ministerial,Министрлік конференция,,,us,\r
Bad Id,person,X,,,,,\r
meh,persn,Meh,,,,,\r
nolabel,person,,,,,,\r
wd,person,W,,,,,Z12\r
kz,country,Again,,,,,\r
ctry,person,C,,,,kosh,\r
ctry2,person,C2,,,,narnia,\r
kk,person,,Тек қазақша,,,kz,\r
\r
short,person\r
`;

const TRIPLES = `subject,predicate,object,date,source,evidence,place,counterpart,provenance,confidence
kosh,attended,conf,2026-02-04,seed,ok,,,,
kosh,atended,conf,,seed,typo,,,,
nobody,attended,conf,,seed,unknown,,,,
conf,attended,kosh,,seed,wrong types,,,,
kosh,attended,conf,2026-02-30,seed,bad date,,,,
kz,met_with,us,,seed,"quoted, with a comma
and a newline",,,,
us,met_with,kz,,seed2,same relation reversed,,,extracted,0.85
kz,signed_with,us,,seed,too,many,,,,
kosh,attended,conf,2026-02-04,seed,ok again,,,,
kosh,visited,us,,seed,,,,,
kosh,visited,us,2025,seed,"has ""quotes"" inside",nowhere,,,
kosh,visited,us,2025,seed,bad prov,,,maybe,
kosh,visited,us,2025,seed,bad conf,,,,1.5
kosh,visited,us,2025,seed,"bad "quote" here,,,,
kk,represents,kz,,a,  padded  ,,,,
 kk ,represents,kz,,b,spaced ids merge,,,extracted,0.5
kk,represents,kz,,b,repeat of a merged row,,,,

kosh,represents,kz,,seed,"unterminated,,,,
kosh,leads,conf,,seed,after,,,,
kosh,member_of,conf,2025-01,x,short
`;

describe('kg build: the streaming path gives what the regular path gives', () => {
  it('on the seed graph-data, with extraction', async () => {
    const { regular, bulk } = await bothPaths([]);
    expect(regular.code).toBe(0);
    expect(bulk).toEqual(regular);
  });

  it('on every kind of bad row, with file:line:column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-bad-'));
    writeFileSync(join(dir, 'entities.csv'), ENTITIES);
    writeFileSync(join(dir, 'triples.csv'), TRIPLES);
    const { regular, bulk } = await bothPaths(['--data', dir]);
    expect(regular.code).toBe(1);
    expect(regular.stderr.split('\n').length).toBeGreaterThan(20);
    expect(bulk).toEqual(regular);
  });

  it('on a generated folder with articles to extract from', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-gen-'));
    generateGraphData(dir, { entities: 600, triples: 3_000, maxArticleFiles: 4 });
    const { regular, bulk } = await bothPaths(['--data', dir]);
    expect(regular.stdout).toMatch(/extracted/);
    expect(bulk).toEqual(regular);
  });
});

describe('kg build --snapshot', () => {
  it('writes a snapshot the explorer opens, the same graph from either path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-snap-'));
    generateGraphData(dir, { entities: 300, triples: 1_500, maxArticleFiles: 0 });
    const graphOf = async (path: 'regular' | 'bulk') => {
      process.env.KG_BULK_BUILD_BYTES = path === 'regular' ? String(Number.MAX_SAFE_INTEGER) : '0';
      const file = join(dir, `${path}.kgs`);
      const run = await kg(['build', '--data', dir, '--snapshot', file]);
      expect(run.stdout).toContain(`Wrote ${file}`);
      const columns = readSnapshotColumns(new Uint8Array(readFileSync(file)));
      if (typeof columns === 'string') throw new Error(columns);
      const ids = allStrings(columns.ids);
      const graph = wholeGraph(columns, (i) => ids[i] as string);
      // Edge keys differ between the paths (relation keys, row numbers): compare what the edges say.
      return {
        nodes: graph.mapNodes((n, a) => JSON.stringify([n, a])).sort(),
        edges: graph.mapEdges((_e, a, s, t) => JSON.stringify([s, t, a])).sort(),
      };
    };
    const regular = await graphOf('regular');
    expect(regular.edges.length).toBeGreaterThan(1000);
    expect(await graphOf('bulk')).toEqual(regular);
  });
});
