// Node side of the fast path: streams a graph-data folder's CSVs from disk into bulkBuild, reading the
// bytes as latin1 so 300 MB of Cyrillic is never decoded as a whole (see BulkBuildOptions.cells).
import { createReadStream, statSync } from 'node:fs';
import { join } from 'node:path';
import { bulkBuild, type BulkBuildOptions, type BulkBuildResult, CHUNK_BYTES } from '../graph/bulk-build';

/** Buffer#write(…, 'latin1') into a heap block, reusing the Buffer view of the last block written to. */
function latin1Writer(): (text: string, into: Uint8Array, at: number) => void {
  let last: Uint8Array | null = null;
  let view: Buffer = Buffer.alloc(0);
  return (text, into, at) => {
    if (into !== last) {
      last = into;
      view = Buffer.from(into.buffer, into.byteOffset, into.byteLength);
    }
    view.write(text, at, 'latin1');
  };
}

export function bulkBuildDir(dir: string, options: Partial<BulkBuildOptions> = {}): Promise<BulkBuildResult> {
  const cells = options.cells ?? 'bytes';
  const open = (file: string) => createReadStream(join(dir, file), { encoding: cells === 'bytes' ? 'latin1' : 'utf8', highWaterMark: CHUNK_BYTES });
  const triplesBytes = statSync(join(dir, 'triples.csv')).size;
  return bulkBuild(open('entities.csv'), open('triples.csv'), {
    // ~250 bytes a row in practice; the tables grow if this guesses low.
    expectedTriples: Math.ceil(triplesBytes / 200),
    entitiesFile: join(dir, 'entities.csv'),
    triplesFile: join(dir, 'triples.csv'),
    ...options,
    cells,
    writeLatin1: options.writeLatin1 ?? (cells === 'bytes' ? latin1Writer() : undefined),
  });
}
