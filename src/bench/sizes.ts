// Named sizes of generated graph-data folders: the 10k, 100k and 1M triples (5 triples per entity,
// as 1M triples over 200k entities), and the two explorer graphs.
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface GraphSize {
  name: string;
  entities: number;
  triples: number;
}

export const SIZES = {
  '10k': { name: '10k', entities: 2_000, triples: 10_000 },
  '100k': { name: '100k', entities: 20_000, triples: 100_000 },
  '1m': { name: '1m', entities: 200_000, triples: 1_000_000 },
  'explorer-10k-50k': { name: 'explorer-10k-50k', entities: 10_000, triples: 50_000 },
  'explorer-50k-100k': { name: 'explorer-50k-100k', entities: 50_000, triples: 100_000 },
} as const satisfies Record<string, GraphSize>;

export type SizeName = keyof typeof SIZES;

export const isSizeName = (s: string): s is SizeName => Object.hasOwn(SIZES, s);

/** Where generated folders live between runs: os.tmpdir()/kg-bench/<size>. */
export function benchDataDir(name: string): string {
  return join(tmpdir(), 'kg-bench', name);
}
