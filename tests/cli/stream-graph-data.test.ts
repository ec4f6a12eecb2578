import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateGraphData } from '../../src/bench/generate-graph-data';
import { bulkBuildDir } from '../../src/cli/stream-graph-data';
import { bulkBuild, type BulkBuildResult } from '../../src/graph/bulk-build';
import { entityRecordAt, tripleRecordAt } from '../../src/graph/bulk-tables';

const dir = mkdtempSync(join(tmpdir(), 'kg-parallel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
generateGraphData(dir, { entities: 300, triples: 1_500, maxArticleFiles: 0 });
const ids = readFileSync(join(dir, 'entities.csv'), 'utf8').split('\n').slice(1, 4).map((l) => l.split(',')[0] ?? '');
const [a, b, c] = ids as [string, string, string];
// Bad rows of every kind in both files, some of them naming each other, and rows the checks must pass.
appendFileSync(join(dir, 'entities.csv'), [`${a},person,Again,,,,,`, 'bad id,person,X,,,,,', 'odd,persn,Odd,,,,,', `late,person,Late,,,,narnia,`, 'nolabel,topic,,,,,,', `"q""uoted",topic,Q,,,,,`, ''].join('\n'));
appendFileSync(
  join(dir, 'triples.csv'),
  [
    `nobody,said,${b},,news-x,unknown subject,,`,
    `${a},sayd,${b},,news-x,typo,,`,
    `${b},said,${a},2025-02-30,news-x,bad date,,`,
    `\u00a0${a}\u00a0,part_of,${c},,news-x,padded id,,`,
    `${a},part_of,${c},,news-x,padded id,,`,
    `late,said,odd,,news-x,an entity that was skipped,,`,
    `${a},said,${b},,news-x,"bad "quote" here",,`,
    `${a},said,${b},,news-x,too,many,cells`,
    `${c},said,${a},,news-x,,,`,
    `${a},said,${b},,news-x,place unknown,nowhere,`,
    `${b},said,${c},2024,news-y,"a quoted cell
over two lines",,`,
    `${b},said,${c},2024,news-y,again,,`,
    '',
  ].join('\n'),
);

function snapshot(r: BulkBuildResult): unknown {
  return {
    problems: r.problems,
    rows: r.rows,
    entities: r.entities.ids.map((_id, i) => entityRecordAt(r.entities, i)),
    edges: Array.from({ length: r.edges.count }, (_e, i) => [tripleRecordAt(r.edges, r.entities, i), r.edges.line[i], r.edges.provenance[i]]),
  };
}

const triplesText = readFileSync(join(dir, 'triples.csv'), 'utf8');
const byteAt = (text: string): number => Buffer.byteLength(triplesText.slice(0, triplesText.indexOf(text)));

describe('scanGraphDataDir', () => {
  it('reads entities.csv in a worker with the same tables and problems as one file after the other', async () => {
    const parallel = await bulkBuildDir(dir, {}, { worker: true });
    const sequential = await bulkBuildDir(dir, {}, { worker: false });
    const fromText = await bulkBuild(readFileSync(join(dir, 'entities.csv'), 'utf8'), readFileSync(join(dir, 'triples.csv'), 'utf8'), { entitiesFile: join(dir, 'entities.csv'), triplesFile: join(dir, 'triples.csv') });
    expect(parallel.problems.length).toBeGreaterThan(12);
    expect(snapshot(parallel)).toEqual(snapshot(sequential));
    expect(snapshot(parallel)).toEqual(snapshot(fromText));
  });

  it('splits triples.csv between the threads anywhere with the same tables and problems', async () => {
    const sequential = snapshot(await bulkBuildDir(dir, {}, { worker: false }));
    const size = Buffer.byteLength(triplesText);
    // Through the header, the clean rows, among the bad ones, inside a quoted cell over two lines
    // (where this thread reads on), and past the end.
    const near = [0, 10, Math.floor(size / 3), byteAt('nobody,said'), byteAt('late,said'), byteAt('"a quoted cell'), byteAt('over two lines'), size - 3, size + 10];
    for (const splitNear of near) {
      const parallel = await bulkBuildDir(dir, {}, { worker: true, splitNear });
      expect(snapshot(parallel), `split near byte ${splitNear}`).toEqual(sequential);
    }
  });
});
