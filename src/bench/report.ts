// The benchmark's report: its JSON shape, the table printed, and each target of the issue met or not.
import type { BrowserBenchResult } from './browser-bench';
import type { BuildResult, ExtractResult, FormatResult, ParseResult } from './node-tasks';

/** A build's figures over several runs: medians, and each run's total. */
export interface BuildSummary extends BuildResult {
  runs: number;
  totalMsRuns: number[];
}

export interface SizeReport {
  size: string;
  entities: number;
  triples: number;
  triplesBytes: number;
  parse: ParseResult | null;
  /**
   * `kg build --no-extract` as the command runs it: below 8 MiB of triples.csv read + loaders + graphology
   * graph; above, the streaming builder's tables (no graph).
   */
  build: BuildSummary | null;
  /** `kg build` as is: also extracts triples from articles/. */
  buildWithExtraction: BuildSummary | null;
  /** The streaming builder alone (bulkBuildDir: the CSVs, no articles), at every size. */
  bulk: BuildSummary | null;
  /** The streaming builder fed whole files already read as strings (a caller holding decoded text). */
  bulkTextCells: BuildSummary | null;
}

export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean | null;
}

export interface BenchReport {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string };
  options: { quick: boolean; runs: number; sizes: string[] };
  sizes: SizeReport[];
  formats: { size: string; nodes: number; edges: number; formats: FormatResult[] }[];
  extraction: (ExtractResult & { size: string })[];
  browser: BrowserBenchResult | null;
  targets: TargetCheck[];
  notes: string[];
  seconds: number;
}

const ms = (v: number | undefined): string => (v === undefined || !Number.isFinite(v) ? '–' : v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`);
const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const num = (v: number | undefined, digits = 0): string => (v === undefined || !Number.isFinite(v) ? '–' : v.toFixed(digits));

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** Memory a build keeps per edge: JS heap + outside it (of which evidence text, where it is counted apart). */
function bytesPerEdge(b: BuildResult | null): string {
  if (!b) return '–';
  const text = Number.isFinite(b.evidenceBytesPerEdge) ? ` (${num(b.evidenceBytesPerEdge)} text)` : '';
  return `${num(b.heapBytesPerEdge)}+${num(b.externalBytesPerEdge)}${text}`;
}

/** B/edge without the evidence text (heap + outside − text), and with it; the text is 0 where not counted apart. */
function memoryPerEdge(b: BuildResult): { structure: number; total: number; text: number } {
  const total = b.heapBytesPerEdge + b.externalBytesPerEdge;
  const text = Number.isFinite(b.evidenceBytesPerEdge) ? b.evidenceBytesPerEdge : 0;
  return { structure: total - text, total, text };
}

export function formatReport(r: BenchReport): string {
  const out: string[] = [];
  out.push(`kg bench — ${r.date} — ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}${r.options.quick ? ' — QUICK MODE' : ''}`);
  out.push(`medians of ${r.options.runs} run(s) per build figure; raw parse median of ≥3`);
  out.push('B/edge: memory the build keeps after GC, JS heap + outside it (ArrayBuffers); "text" is the part of it that is evidence sentences (UTF-8 and index), counted from the edge table. From 8 MiB of triples.csv on, kg build takes the streaming path: tables, no graphology graph.');
  out.push('');
  out.push('Build (Node)');
  out.push(
    table(
      ['size', 'entities', 'triples', 'triples.csv', 'raw parse', 'MiB/s', 'kg build --no-extract', '÷ parse', 'peak RSS', 'B/edge heap+outside', 'kg build (extract)', 'fast path', '÷ parse', 'peak RSS', 'B/edge heap+outside'],
      r.sizes.map((s) => {
        const parse = s.parse?.medianMs;
        return [
          s.size,
          String(s.entities),
          String(s.triples),
          mib(s.triplesBytes),
          ms(parse),
          num(s.parse?.mibPerS),
          s.build ? `${ms(s.build.totalMs)} (read ${ms(s.build.readMs)})` : '–',
          s.build && parse ? `${num(s.build.totalMs / parse, 1)}×` : '–',
          s.build ? mib(s.build.peakRssBytes) : '–',
          bytesPerEdge(s.build),
          ms(s.buildWithExtraction?.totalMs),
          ms(s.bulk?.totalMs),
          s.bulk && parse ? `${num(s.bulk.totalMs / parse, 1)}×` : '–',
          s.bulk ? mib(s.bulk.peakRssBytes) : '–',
          bytesPerEdge(s.bulk),
        ];
      }),
    ),
  );
  for (const set of r.formats) {
    out.push('');
    out.push(`Export / import at ${set.size} (${set.nodes} nodes, ${set.edges} edges)`);
    out.push(
      table(
        ['format', 'file', 'export', 'import', 'read back (nodes/edges)', 'runs'],
        set.formats.map((f) => {
          const refused = f.roundTrip.startsWith('refused');
          return [f.format, mib(f.bytes), ms(f.writeMedianMs), refused ? '–' : ms(f.readMedianMs), f.error ? `error: ${f.error}` : f.roundTrip.slice(0, 90), `${f.writeMs.length}/${f.readMs.length}`];
        }),
      ),
    );
  }
  if (r.extraction.length) {
    out.push('');
    out.push('Extraction (Kazakh news text, extractArticle)');
    out.push(
      table(
        ['catalogue', 'articles', 'text', 'triples', 'time', 'MB/s'],
        r.extraction.map((e) => [`${e.catalogueEntities} entities (${e.size})`, String(e.articles), mib(e.bytes), String(e.triples), ms(e.medianMs), num(e.mbPerS, 2)]),
      ),
    );
  }
  if (r.browser) {
    out.push('');
    out.push(`Explorer in headless Chromium ${r.browser.chromium} (SwiftShader, no GPU), medians of ${r.browser.runs} load(s)`);
    out.push(
      table(
        ['graph', 'nodes', 'edges', 'server build', 'load → first frame (warm / cold / static)', 'FA2 it/s (worker / wall)', 'filter (handler / → frame)', 'GPU backlog after filters', 'hover', 'pan frame (median/max)', 'longest task (after 1st frame / interacting / load)'],
        r.browser.graphs.map((g) => [
          g.name,
          String(g.nodes),
          String(g.edges),
          ms(g.serverBuildMs),
          `${ms(g.firstFrameMs)} / ${ms(g.coldFirstFrameMs)} / ${ms(g.staticFirstFrameMs)}`,
          `${num(g.layoutWorkerIterationsPerS, 1)} / ${num(g.layoutIterationsPerS, 1)}`,
          `${ms(g.filterMs)} / ${ms(g.filterFrameMs)}`,
          ms(g.drawBacklogMs),
          ms(g.hoverMs),
          `${ms(g.panFrameMedianMs)} / ${ms(g.panFrameMaxMs)}`,
          `${ms(g.longTaskMaxAfterFirstFrameMs)} / ${ms(g.longTaskMaxInteractionMs)} / ${ms(g.longTaskMaxLoadMs)}`,
        ]),
      ),
    );
    out.push('first frame: warm = graph.json already built by the dev server; cold = a fresh dev server builds it while the page waits; static = `vite build` output on a file server. FA2: worker = iterations / time iterating in the worker; wall = iterations / (layout start → done on the page). GPU backlog: after the six filter clicks, until the renderer had drawn every frame (mouse picking is held meanwhile). Longest task: PerformanceObserver longtask, worst load.');
    if (r.browser.snapshot) {
      const s = r.browser.snapshot;
      out.push(
        `Explorer on a ${s.edges}-edge snapshot (${s.nodes} nodes, ${mib(s.bytes)}, dev server build + encode ${ms(s.serverBuildMs)}), medians of ${s.firstFrameRuns.length} load(s): ` +
          `navigation → first frame ${ms(s.firstFrameMs)} (bytes in the page at ${ms(s.fetchedMs)}, read ${ms(s.readMs)}, part built ${ms(s.partMs)}); ` +
          `part drawn ${s.partNodes} nodes / ${s.partEdges} edges; longest task ${ms(s.longTaskMaxLoadMs)} before the first frame, ${ms(s.longTaskMaxAfterFirstFrameMs)} after it until the part's layout is done. ` +
          `For comparison, decodeSnapshot of every edge into one graphology graph: ${ms(s.graphologyDecodeMs)}.`,
      );
    }
  }
  out.push('');
  out.push('Targets');
  out.push(table(['target', 'measured', 'met'], r.targets.map((t) => [t.target, t.measured, t.met === null ? 'not measured' : t.met ? 'yes' : 'NO'])));
  if (r.notes.length) {
    out.push('');
    out.push('Notes');
    for (const n of r.notes) out.push(`- ${n}`);
  }
  return `${out.join('\n')}\n`;
}

export function evaluateTargets(r: BenchReport): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const add = (target: string, measured: string, met: boolean | null): void => {
    checks.push({ target, measured, met });
  };
  const big = r.sizes.find((s) => s.size === '1m');
  const parse = big?.parse?.medianMs;
  // The memory target two ways: without the evidence sentences (what the structure costs) and with them.
  const memory = (name: string, b: BuildResult): void => {
    const m = memoryPerEdge(b);
    add(`${name} 1M ≤ 200 B/edge, evidence text aside`, `${num(m.structure)} B/edge (heap ${num(b.heapBytesPerEdge)} + outside ${num(b.externalBytesPerEdge - m.text)})`, m.structure <= 200);
    add(`${name} 1M ≤ 200 B/edge, evidence text included`, `${num(m.total)} B/edge (${num(m.text)} of it text)`, m.total <= 200);
  };
  if (big?.build && parse) {
    add('kg build 1M triples ≤ 5 s', ms(big.build.totalMs), big.build.totalMs <= 5000);
    add('kg build 1M ≤ 3× raw parse', `${num(big.build.totalMs / parse, 1)}×`, big.build.totalMs <= 3 * parse);
    memory('kg build', big.build);
  } else add('kg build 1M triples ≤ 5 s', 'not run', null);
  if (big?.bulk && parse) {
    add('fast path 1M ≤ 5 s', ms(big.bulk.totalMs), big.bulk.totalMs <= 5000);
    add('fast path 1M ≤ 3× raw parse', `${num(big.bulk.totalMs / parse, 1)}×`, big.bulk.totalMs <= 3 * parse);
    memory('fast path', big.bulk);
    add(`${mib(big.triplesBytes)} triples file streams without running out of memory`, `peak RSS ${mib(big.bulk.peakRssBytes)}`, big.bulk.problems === 0 && big.bulk.edges > 0);
  }
  const rates = r.sizes.map((s) => s.parse?.mibPerS).filter((v): v is number => v !== undefined);
  if (rates.length) add('raw CSV ingest ≥ 100 MiB/s', `${num(Math.min(...rates))}–${num(Math.max(...rates))} MiB/s`, Math.min(...rates) >= 100);
  const hundred = r.sizes.find((s) => s.size === '100k');
  if (hundred?.build) add('kg build --no-extract 100k ≤ 300 ms (perf notes)', ms(hundred.build.totalMs), hundred.build.totalMs <= 300);
  for (const e of r.extraction) add(`extraction ≥ 5 MB/s (catalogue ${e.catalogueEntities})`, `${num(e.mbPerS, 2)} MB/s`, e.mbPerS >= 5);
  const small = r.browser?.graphs.find((g) => g.name === 'explorer-10k-50k');
  if (small) {
    const worstFirst = Math.max(small.firstFrameMs, Number.isFinite(small.staticFirstFrameMs) ? small.staticFirstFrameMs : 0);
    add('10k/50k load → first frame ≤ 2 s (warm dev server and static build)', `${ms(small.firstFrameMs)} / ${ms(small.staticFirstFrameMs)} (cold dev server ${ms(small.coldFirstFrameMs)})`, worstFirst <= 2000);
    add('10k/50k filter change → next frame ≤ 100 ms', `${ms(small.filterFrameMs)} (handler ${ms(small.filterMs)})`, small.filterFrameMs <= 100);
    add('10k/50k hover ≤ 16 ms', ms(small.hoverMs), small.hoverMs <= 16);
    add('10k/50k never unresponsive > 200 ms after the first frame (longest task)', ms(small.longTaskMaxAfterFirstFrameMs), small.longTaskMaxAfterFirstFrameMs <= 200);
    add('10k/50k ForceAtlas2 ≥ 15 it/s (worker)', `${num(small.layoutWorkerIterationsPerS, 1)} it/s (wall ${num(small.layoutIterationsPerS, 1)})`, small.layoutWorkerIterationsPerS >= 15);
  }
  const large = r.browser?.graphs.find((g) => g.name === 'explorer-50k-100k');
  if (large) add('50k/100k loads, pans and filters without freezing (no frame, filter or task > 1 s)', `load ${ms(large.firstFrameMs)}, filter ${ms(large.filterFrameMs)}, worst pan frame ${ms(large.panFrameMaxMs)}, longest task ${ms(large.longTaskMaxAfterFirstFrameMs)}`, large.firstFrameMs > 0 && large.filterFrameMs < 1000 && large.panFrameMaxMs < 1000 && large.longTaskMaxAfterFirstFrameMs < 1000);
  const snap = r.browser?.snapshot;
  if (snap) {
    add(`explorer loads a ${Math.round(snap.edges / 1000)}k-edge snapshot ≤ 3 s (navigation → first frame, part drawn)`, `${ms(snap.firstFrameMs)} (${snap.partEdges} of ${snap.edges} edges drawn)`, snap.firstFrameMs <= 3000);
    add(`${Math.round(snap.edges / 1000)}k-edge snapshot: never unresponsive > 200 ms (longest task, load / after)`, `${ms(snap.longTaskMaxLoadMs)} / ${ms(snap.longTaskMaxAfterFirstFrameMs)}`, Math.max(snap.longTaskMaxLoadMs, snap.longTaskMaxAfterFirstFrameMs) <= 200);
  }
  return checks;
}
