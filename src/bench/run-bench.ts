// `npm run bench` — how fast the builder and explorer are as the graph grows, on this machine.
//   npm run bench                 sizes 10k, 100k, 1M; medians of 3 runs; formats at 100k; browser at
//                                 10k/50k and 50k/100k  (~15–25 min on 2 cores)
//   npm run bench -- --quick      10k and 100k, fewer runs, formats at 10k, browser at 10k/50k (< 1 min)
//   options: --runs N  --sizes 10k,100k  --no-browser  --no-node  --out FILE
//            --browser-from FILE   take the explorer figures from an earlier report (e.g. a --no-node run)
//            --explorer LIST       explorer graphs to load (explorer-10k-50k,explorer-50k-100k), or none; with
//                                  1m in --sizes (not --quick) the explorer also opens the 1M snapshot
//   npm run bench -- --no-node --sizes 1m --explorer none    only the explorer on the 1M snapshot (~3 min)
// Prints a table and writes bench-results/latest.json. Every Node task runs in its own child process
// (node --expose-gc) so memory peaks do not mix; the browser part is src/bench/browser-bench.ts.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { RESULT_MARK, type ChildTask } from './bench-child';
import { runBrowserBench, type BrowserBenchResult } from './browser-bench';
import { ensureGraphData, type Manifest } from './generate-graph-data';
import { median, MiB } from './measure';
import type { BuildResult, ExtractResult, FormatResult, ParseResult } from './node-tasks';
import { formatReport, evaluateTargets, type BenchReport, type SizeReport } from './report';
import { isSizeName, SIZES, type SizeName } from './sizes';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CHILD = join(PROJECT_ROOT, 'src/bench/bench-child.ts');

export interface BenchOptions {
  quick: boolean;
  runs: number;
  sizes: SizeName[];
  node: boolean;
  browser: boolean;
  out: string;
  browserFrom: string | null;
  /** Explorer graphs to load; null for the default of the mode. */
  explorer: SizeName[] | null;
}

export const BENCH_HELP = `Usage: npm run bench -- [--quick] [--runs N] [--sizes 10k,100k,1m] [--no-node] [--no-browser]
                            [--out FILE] [--browser-from FILE] [--explorer LIST]

  (no option)       sizes 10k, 100k, 1M; medians of 3 runs; formats at 100k; explorer at 10k/50k and
                    50k/100k in headless Chromium  (~15–25 min on 2 cores)
  --quick           10k and 100k, one run, formats at 10k, explorer at 10k/50k  (< 1 min)
  --runs N          runs per figure (medians are reported)
  --sizes LIST      which generated folders the Node part uses (${Object.keys(SIZES).join(', ')})
  --no-node         only the explorer part;  --no-browser  only the Node part
  --out FILE        where the JSON goes (default bench-results/latest.json)
  --browser-from F  take the explorer figures from an earlier report (e.g. of a --no-node run)
  --explorer LIST   explorer graphs to load (explorer-10k-50k,explorer-50k-100k), or none; with 1m in
                    --sizes (not --quick) the explorer also opens the 1M snapshot
                    e.g. --no-node --sizes 1m --explorer none: only the explorer on the 1M snapshot (~3 min)
  --help            this text
`;

const VALUE_OPTIONS = ['--runs', '--sizes', '--out', '--browser-from', '--explorer'];
const FLAG_OPTIONS = ['--quick', '--no-node', '--no-browser', '--help'];
const EXPLORER_GRAPHS: readonly SizeName[] = ['explorer-10k-50k', 'explorer-50k-100k'];

function parseOptions(argv: string[]): BenchOptions {
  // An unknown option must not start a quarter of an hour of benchmarking.
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (VALUE_OPTIONS.includes(a)) i++;
    else if (!FLAG_OPTIONS.includes(a)) throw new Error(`unknown option ${a}\n\n${BENCH_HELP}`);
  }
  const quick = argv.includes('--quick');
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const sizes = (value('--sizes') ?? (quick ? '10k,100k' : '10k,100k,1m')).split(',').map((s) => s.trim().toLowerCase());
  const bad = sizes.filter((s) => !isSizeName(s));
  if (bad.length) throw new Error(`--sizes: unknown ${bad.join(', ')}; expected some of ${Object.keys(SIZES).join(', ')}`);
  const explorerList = value('--explorer');
  const explorer = explorerList === undefined ? null : explorerList === 'none' ? [] : explorerList.split(',').map((s) => s.trim());
  const badExplorer = (explorer ?? []).filter((s) => !(EXPLORER_GRAPHS as readonly string[]).includes(s));
  if (badExplorer.length) throw new Error(`--explorer: unknown ${badExplorer.join(', ')}; expected some of ${EXPLORER_GRAPHS.join(', ')}, or none`);
  return {
    quick,
    runs: Number(value('--runs') ?? (quick ? 1 : 3)),
    sizes: sizes as SizeName[],
    node: !argv.includes('--no-node'),
    browser: !argv.includes('--no-browser'),
    out: value('--out') ?? join(PROJECT_ROOT, 'bench-results', 'latest.json'),
    browserFrom: value('--browser-from') ?? null,
    explorer: explorer as SizeName[] | null,
  };
}

interface ChildOutcome<T> {
  result: T | null;
  error?: string;
  /** Extra node flags the run needed (a larger heap after running out of memory). */
  flags: string[];
}

function runChild<T>(task: ChildTask, flags: string[] = []): Promise<ChildOutcome<T>> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--expose-gc', ...flags, '--import', 'tsx', CHILD, JSON.stringify(task)], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => {
      const line = stdout.split('\n').find((l) => l.startsWith(RESULT_MARK));
      if (code === 0 && line) done({ result: JSON.parse(line.slice(RESULT_MARK.length)) as T, flags });
      else done({ result: null, error: `exit ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`, flags });
    });
  });
}

/** Runs a task; if it runs out of memory at Node's default heap, says so and tries once with 12 GB. */
async function runChildWithHeapRetry<T>(task: ChildTask, log: (s: string) => void): Promise<ChildOutcome<T>> {
  const first = await runChild<T>(task);
  if (first.result || !/heap out of memory|Allocation failed/i.test(first.error ?? '')) return first;
  log(`  … out of memory at the default heap; again with --max-old-space-size=12288`);
  const second = await runChild<T>(task, ['--max-old-space-size=12288']);
  return { ...second, error: second.error ?? `default heap: ${first.error}` };
}

function medianOf(runs: BuildResult[], pick: (r: BuildResult) => number): number {
  return median(runs.map(pick));
}

function summarise(runs: BuildResult[]): SizeReport['build'] {
  if (runs.length === 0) return null;
  return {
    runs: runs.length,
    readMs: medianOf(runs, (r) => r.readMs),
    buildMs: medianOf(runs, (r) => r.buildMs),
    totalMs: medianOf(runs, (r) => r.totalMs),
    totalMsRuns: runs.map((r) => r.totalMs),
    nodes: runs[0]?.nodes ?? 0,
    edges: runs[0]?.edges ?? 0,
    problems: runs[0]?.problems ?? 0,
    heapBytesPerEdge: medianOf(runs, (r) => r.heapBytesPerEdge),
    externalBytesPerEdge: medianOf(runs, (r) => r.externalBytesPerEdge),
    evidenceBytesPerEdge: medianOf(runs, (r) => r.evidenceBytesPerEdge),
    peakRssBytes: Math.max(...runs.map((r) => r.peakRssBytes)),
  };
}

async function repeat(task: ChildTask, runs: number, log: (s: string) => void, notes: string[]): Promise<BuildResult[]> {
  const out: BuildResult[] = [];
  for (let r = 0; r < runs; r++) {
    const o = await runChildWithHeapRetry<BuildResult>(task, log);
    if (o.error) notes.push(`${task.task} ${'dir' in task ? task.dir : ''}: ${o.error}`);
    if (o.result) out.push(o.result);
    else break;
  }
  return out;
}

export async function runBench(options: BenchOptions, log: (s: string) => void = (s) => process.stderr.write(`${s}\n`)): Promise<BenchReport> {
  const started = Date.now();
  const notes: string[] = [];
  if (options.quick) notes.push(`quick mode: ${options.runs} run(s) per figure (medians need ≥3: run without --quick); kg build with extraction at 10k only; formats at 10k; extraction as in a full run (1 MB a run, median of 3); browser at 10k/50k only, one load, interactions while ForceAtlas2 still runs (its rate from its progress meanwhile)`);
  const sizes: SizeReport[] = [];
  const data = new Map<string, { dir: string; manifest: Manifest }>();
  const folder = (name: SizeName): { dir: string; manifest: Manifest } => {
    const known = data.get(name);
    if (known) return known;
    const t0 = Date.now();
    // The explorer graphs carry no article files: the dev server would otherwise spend minutes extracting
    // (extraction is measured on its own), and the page measures drawing, not extraction.
    const explorer = name.startsWith('explorer-');
    const made = ensureGraphData(name, { entities: SIZES[name].entities, triples: SIZES[name].triples, ...(explorer ? { maxArticleFiles: 0 } : {}) });
    log(`${made.reused ? 'reusing' : 'generated'} ${made.dir} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    data.set(name, made);
    return made;
  };

  const formats: BenchReport['formats'] = [];
  let extraction: (ExtractResult & { size: string })[] = [];
  if (options.node) {
    for (const name of options.sizes) {
      const { dir, manifest } = folder(name);
      log(`[${name}] raw parse, kg build, fast path …`);
      const parse = await runChild<ParseResult>({ task: 'parse', dir, runs: Math.max(3, options.runs) });
      if (parse.error) notes.push(`parse ${name}: ${parse.error}`);
      const build = summarise(await repeat({ task: 'build', dir, extract: false }, options.runs, log, notes));
      // Extraction with the catalogue of the whole size: its cost grows with the catalogue (see report notes).
      // `kg build` as is also extracts the 200 articles: once per size (10k only when quick).
      const withExtract = options.quick && name !== '10k' ? null : summarise(await repeat({ task: 'build', dir, extract: true }, 1, log, notes));
      const bulk = summarise(await repeat({ task: 'bulk', dir, cells: 'bytes', keepEvidence: true }, options.runs, log, notes));
      const bulkText = options.quick ? null : summarise(await repeat({ task: 'bulk', dir, cells: 'text', keepEvidence: true }, 1, log, notes));
      sizes.push({ size: name, entities: manifest.entities, triples: manifest.triples, triplesBytes: manifest.bytes.triples, parse: parse.result, build, buildWithExtraction: withExtract, bulk, bulkTextCells: bulkText });
    }
    // At 100k edges most formats pass the importers' 50 MB cap (MAX_IMPORT_BYTES), so 10k is measured too.
    for (const formatSize of (options.quick ? ['10k'] : ['100k', '10k']) as SizeName[]) {
      log(`[${formatSize}] export and import per format …`);
      const f = await runChild<{ nodes: number; edges: number; formats: FormatResult[] }>({ task: 'formats', dir: folder(formatSize).dir, runs: options.runs });
      if (f.error) notes.push(`formats ${formatSize}: ${f.error}`);
      if (f.result) formats.push({ size: formatSize, ...f.result });
    }

    log('extraction on Kazakh text …');
    // both catalogues even when quick: the larger one is the harder target
    const catalogues: [string, number][] = [['10k', SIZES['10k'].entities], ['100k', SIZES['100k'].entities]];
    for (const [size, entities] of catalogues) {
      // 1 MB a run even when quick: on less text the JIT's warm-up shows in the figure
      const e = await runChild<ExtractResult>({ task: 'extract', entities, bytes: 1_000_000, runs: Math.max(3, options.runs) });
      if (e.error) notes.push(`extraction (${size} catalogue): ${e.error}`);
      if (e.result) extraction = [...extraction, { size, ...e.result }];
    }
  }

  let browser: BrowserBenchResult | null = null;
  if (options.browserFrom) {
    const earlier = JSON.parse(readFileSync(options.browserFrom, 'utf8')) as BenchReport;
    browser = earlier.browser;
    notes.push(`explorer figures taken from ${options.browserFrom} (run ${earlier.date}), measured separately from the Node figures`);
    notes.push(...(earlier.browser?.notes ?? []));
  } else if (options.browser) {
    const targets: SizeName[] = options.explorer ?? (options.quick ? ['explorer-10k-50k'] : [...EXPLORER_GRAPHS]);
    log(`explorer in headless Chromium (${targets.join(', ')}) …`);
    try {
      browser = await runBrowserBench({
        graphs: targets.map((name) => ({ name, dir: folder(name).dir })),
        runs: options.quick ? 1 : Math.max(3, options.runs),
        snapshotDir: options.quick ? null : options.sizes.includes('1m') ? folder('1m').dir : null,
        projectRoot: PROJECT_ROOT,
        log,
        waitForLayout: !options.quick,
      });
      notes.push(...browser.notes);
    } catch (e) {
      notes.push(`browser: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  const report: BenchReport = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
    options: { quick: options.quick, runs: options.runs, sizes: options.sizes },
    sizes,
    formats,
    extraction,
    browser,
    targets: [],
    notes,
    seconds: (Date.now() - started) / 1000,
  };
  report.targets = evaluateTargets(report);
  return report;
}

async function main(): Promise<void> {
  if (process.argv.includes('--help')) return void process.stdout.write(BENCH_HELP);
  const options = parseOptions(process.argv.slice(2));
  const report = await runBench(options);
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(formatReport(report));
  process.stdout.write(`\nWrote ${options.out} (${report.seconds.toFixed(0)} s)\n`);
}


if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
