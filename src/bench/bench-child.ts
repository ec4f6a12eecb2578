// One benchmark task in a fresh process, so each size's memory peak is its own:
//   node --expose-gc --import tsx src/bench/bench-child.ts '{"task":"build","dir":"…","extract":true}'
// Prints the result as one JSON line after RESULT_MARK.
import { pathToFileURL } from 'node:url';
import { buildTask, bulkTask, extractTask, formatsTask, parseTask } from './node-tasks';

export const RESULT_MARK = '@@kg-bench-result@@';

export type ChildTask =
  | { task: 'parse'; dir: string; runs: number }
  | { task: 'build'; dir: string; extract: boolean }
  | { task: 'bulk'; dir: string; cells: 'text' | 'bytes'; keepEvidence: boolean }
  | { task: 'formats'; dir: string; runs: number }
  | { task: 'extract'; entities: number; bytes: number; runs: number };

async function run(t: ChildTask): Promise<unknown> {
  switch (t.task) {
    case 'parse': return parseTask(t.dir, t.runs);
    case 'build': return buildTask(t.dir, t.extract);
    case 'bulk': return bulkTask(t.dir, t.cells, t.keepEvidence);
    case 'formats': return formatsTask(t.dir, t.runs);
    case 'extract': return extractTask(t.entities, t.bytes, t.runs);
  }
}

const arg = process.argv[2];
if (arg && process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  run(JSON.parse(arg) as ChildTask).then(
    (result) => process.stdout.write(`\n${RESULT_MARK}${JSON.stringify(result)}\n`),
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
      process.exit(1);
    },
  );
}
