// A file's bytes from disk without reading it whole: a slice, or chunks that stream while they are used.
import { closeSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';

/** Large enough that per-chunk costs vanish, small enough that a 300 MB file never sits in memory. */
const READ_CHUNK_BYTES = 4 << 20;

/** Bytes [from, from + length) of a file (fewer at its end). */
export function readBytes(path: string, from: number, length: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const bytes = new Uint8Array(length);
    return bytes.subarray(0, readSync(fd, bytes, 0, length, from));
  } finally {
    closeSync(fd);
  }
}

/**
 * A file's bytes [from, to) in chunks, reading the next chunk (on libuv's thread pool) while the caller
 * scans the one before. Two buffers take turns, so a 300 MB file costs two chunks of memory and no
 * allocations.
 */
export async function* readChunks(path: string, { from = 0, to = Infinity, chunkBytes = READ_CHUNK_BYTES } = {}): AsyncGenerator<Uint8Array> {
  const file = await open(path, 'r');
  try {
    const buffers = [new Uint8Array(chunkBytes), new Uint8Array(chunkBytes)];
    let turn = 0;
    let at = from;
    const read = (buffer: Uint8Array) => file.read(buffer, 0, Math.max(0, Math.min(chunkBytes, to - at)), at);
    let pending = read(buffers[0] as Uint8Array);
    for (;;) {
      const { bytesRead, buffer } = await pending;
      if (bytesRead === 0) return;
      at += bytesRead;
      turn ^= 1;
      pending = read(buffers[turn] as Uint8Array);
      // The consumer is done with this chunk when it asks for the next (the scanner copies what it keeps).
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await file.close();
  }
}
