// Timing and memory helpers shared by the benchmark's tasks.

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Full collection, when node runs with --expose-gc (the bench's children always do). */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}

export const hasGc = (): boolean => typeof (globalThis as { gc?: unknown }).gc === 'function';

export interface MemoryPoint {
  heap: number;
  /** ArrayBuffers and other memory outside the JS heap. */
  external: number;
}

export function memoryNow(): MemoryPoint {
  collectGarbage();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, external: m.external };
}

/** Peak resident set of this process so far, in bytes. */
export const peakRss = (): number => process.resourceUsage().maxRSS * 1024;

export function time<T>(run: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = run();
  return { ms: performance.now() - t0, value };
}

export async function timeAsync<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await run();
  return { ms: performance.now() - t0, value };
}

export const MiB = 2 ** 20;
