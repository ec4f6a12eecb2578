// Vite plugin (Node side): builds the graph from graph-data/ and serves it next to the page as graph.json
// (and graph-problems.json). In development it rebuilds when graph-data/ or the pipeline's code changes and
// tells the open page to fetch the new graph; in a build it writes both files into the static site. A graph
// too large to draw whole is served as a snapshot, graph.kgs, to which graph.json then points.
import { resolve, sep } from 'node:path';
import { runnerImport, type Plugin, type ViteDevServer } from 'vite';
import { formatProblem } from '../core/problems.js';
import type { Problem } from '../core/types.js';
import type { GraphDataBuild } from './graph-data-build.js';

export interface GraphDataPluginOptions {
  /** The graph-data folder; default $KG_DATA_DIR, else graph-data/ under the project root. */
  dataDir?: string;
  /** The project root (where src/ is). */
  projectRoot: string;
}

const GRAPH_FILE = 'graph.json';
const PROBLEMS_FILE = 'graph-problems.json';
const SNAPSHOT_FILE = 'graph.kgs';
const EVENT = 'kg:graph-data';

interface Built {
  graphJson: string;
  snapshot: Uint8Array | null;
  problemsJson: string;
  summary: string;
  problems: Problem[];
  /** Source files the build ran, to rebuild when the pipeline changes. */
  dependencies: string[];
}

async function build(projectRoot: string, dataDir: string): Promise<Built> {
  try {
    const { module, dependencies } = await runnerImport<{ buildGraphDataForExplorer(dir: string): Promise<GraphDataBuild> }>(
      resolve(projectRoot, 'src/app/graph-data-build.ts'),
      { configFile: false, logLevel: 'error', root: projectRoot },
    );
    const result = await module.buildGraphDataForExplorer(dataDir);
    return {
      graphJson: JSON.stringify(result.graph ?? { snapshot: SNAPSHOT_FILE, nodes: result.order, edges: result.size }),
      snapshot: result.snapshot,
      problemsJson: JSON.stringify(result.problems),
      summary: `${result.order} nodes, ${result.size} edges, ${result.problems.length} problem(s)${result.snapshot ? `; served as a ${(result.snapshot.length / 2 ** 20).toFixed(1)} MiB snapshot` : ''}`,
      problems: result.problems,
      dependencies: dependencies.map((d) => resolve(projectRoot, d)),
    };
  } catch (e) {
    const problem: Problem = {
      file: dataDir,
      line: 0,
      column: 0,
      message: `could not build the graph: ${e instanceof Error ? e.message : String(e)}`,
      severity: 'error',
    };
    return {
      graphJson: JSON.stringify({ attributes: { name: 'empty' }, options: { type: 'directed', multi: true, allowSelfLoops: true }, nodes: [], edges: [] }),
      snapshot: null,
      problemsJson: JSON.stringify([problem]),
      summary: 'no graph',
      problems: [problem],
      dependencies: [],
    };
  }
}

interface Log {
  info(msg: string): void;
  warn(msg: string): void;
}

function report(log: Log, built: Built): void {
  log.info(`graph-data: ${built.summary}`);
  for (const p of built.problems.slice(0, 50)) log.warn(`  ${formatProblem(p)}`);
  if (built.problems.length > 50) log.warn(`  … and ${built.problems.length - 50} more (all of them in the page's problems panel)`);
}

export function graphDataPlugin(options: GraphDataPluginOptions): Plugin {
  const dataDir = resolve(options.dataDir ?? process.env.KG_DATA_DIR ?? resolve(options.projectRoot, 'graph-data'));
  let current: Promise<Built> | null = null;
  const latest = () => (current ??= build(options.projectRoot, dataDir));

  function watchRebuilds(server: ViteDevServer): void {
    server.watcher.add(dataDir);
    let timer: ReturnType<typeof setTimeout> | null = null;
    let deps = new Set<string>();
    void latest().then((b) => {
      deps = new Set(b.dependencies);
      server.watcher.add(b.dependencies.filter((d) => !d.startsWith(resolve(options.projectRoot, 'src/app'))));
      report(server.config.logger, b);
    });
    const onChange = (file: string) => {
      const inData = file === dataDir || file.startsWith(dataDir + sep);
      if (!inData && !deps.has(file)) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        current = build(options.projectRoot, dataDir);
        void current.then((b) => {
          deps = new Set(b.dependencies);
          report(server.config.logger, b);
          server.ws.send({ type: 'custom', event: EVENT, data: { summary: b.summary } });
        });
      }, 150);
    };
    server.watcher.on('change', onChange);
    server.watcher.on('add', onChange);
    server.watcher.on('unlink', onChange);
  }

  return {
    name: 'kg-graph-data',
    // Vitest runs unit tests through a Vite server with this config; they have no use for the graph.
    apply: (_config, env) => env.mode !== 'test',
    configureServer(server) {
      watchRebuilds(server);
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        const file = path.endsWith(`/${GRAPH_FILE}`) ? 'graph' : path.endsWith(`/${PROBLEMS_FILE}`) ? 'problems' : path.endsWith(`/${SNAPSHOT_FILE}`) ? 'snapshot' : null;
        if (!file) {
          next();
          return;
        }
        latest().then(
          (b) => {
            res.setHeader('Cache-Control', 'no-cache');
            if (file === 'snapshot') {
              if (!b.snapshot) return void ((res.statusCode = 404), res.end());
              res.setHeader('Content-Type', 'application/octet-stream');
              res.end(Buffer.from(b.snapshot.buffer, b.snapshot.byteOffset, b.snapshot.byteLength));
              return;
            }
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.end(file === 'graph' ? b.graphJson : b.problemsJson);
          },
          (e: unknown) => next(e),
        );
      });
    },
    // The page asks for graph.json as soon as the HTML is parsed, not once its scripts have loaded and run
    // (in development that is a few hundred module requests later); graph-source.ts picks the response up.
    transformIndexHtml() {
      return [{ tag: 'link', attrs: { rel: 'preload', href: GRAPH_FILE, as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head' }];
    },
    async generateBundle() {
      const b = await latest();
      report(console, b);
      this.emitFile({ type: 'asset', fileName: GRAPH_FILE, source: b.graphJson });
      this.emitFile({ type: 'asset', fileName: PROBLEMS_FILE, source: b.problemsJson });
      if (b.snapshot) this.emitFile({ type: 'asset', fileName: SNAPSHOT_FILE, source: b.snapshot });
    },
  };
}
