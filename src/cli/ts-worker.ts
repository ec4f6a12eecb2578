// Worker threads that run this project's TypeScript modules. A worker does not inherit the loader hooks
// of the thread that starts it (tsx's, under `npm run kg`, the bench and vitest), so it registers tsx
// itself before importing the module.
import { Worker } from 'node:worker_threads';

/**
 * Runs `module` in a worker with `data` as its workerData; resolves with the first message it posts, once
 * the worker has stopped (until then its memory still counts as the process's: ~130 MB after reading a
 * million triples).
 */
export function runTsWorker<T>(module: URL, data: unknown): Promise<T> {
  const api = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); });`;
  return new Promise<T>((resolve, reject) => {
    const worker = new Worker(boot, { eval: true, workerData: data });
    let answer: { message: T } | null = null;
    worker.once('message', (message: T) => {
      answer = { message };
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (answer) resolve(answer.message);
      else reject(new Error(`worker ${module.pathname} stopped (exit code ${code}) without an answer`));
    });
  });
}

/** The ArrayBuffers under a message (in typed arrays, arrays and plain objects), to move rather than copy. */
export function transferables(value: unknown, found = new Set<ArrayBuffer>()): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) found.add(value.buffer);
  } else if (Array.isArray(value)) {
    for (const v of value) if (typeof v === 'object' && v !== null) transferables(v, found);
  } else if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    for (const v of Object.values(value)) transferables(v, found);
  }
  return [...found];
}
