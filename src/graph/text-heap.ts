// Many strings kept as UTF-8 bytes in a few large buffers, read back one at a time: a million evidence
// sentences cost their bytes (outside the JS heap) instead of a string object each.

const BLOCK = 16 << 20;

export class TextHeap {
  private blocks: Uint8Array[] = [];
  private current = new Uint8Array(0);
  private used = 0;
  /** start and length per entry; start counts across blocks (block index × BLOCK + offset). */
  private starts = new Float64Array(1024);
  private lengths = new Uint32Array(1024);
  private readonly encoder = new TextEncoder();
  private readonly decoder = new TextDecoder();
  count = 0;

  /** Appends a string; returns its index. */
  add(text: string): number {
    // At most 3 bytes per UTF-16 unit.
    this.reserve(text.length * 3);
    const { written } = this.encoder.encodeInto(text, this.current.subarray(this.used));
    return this.push(written);
  }

  /**
   * Appends text given as bytes, one char per byte (a UTF-8 file read as latin1): copied as is, with no
   * decoding on the way in.
   */
  addBytes(bytes: string): number {
    this.reserve(bytes.length);
    const out = this.current;
    const at = this.used;
    if (this.writeLatin1) this.writeLatin1(bytes, out, at);
    else for (let i = 0; i < bytes.length; i++) out[at + i] = bytes.charCodeAt(i);
    return this.push(bytes.length);
  }

  /**
   * A native copy of one-char-per-byte text into a buffer (Node's Buffer#latin1Write is ~10× the JS loop);
   * optional, so the heap works in the browser as is.
   */
  constructor(private readonly writeLatin1?: (text: string, into: Uint8Array, at: number) => void) {}

  private reserve(bytes: number): void {
    if (this.count === this.starts.length) {
      const starts = new Float64Array(this.starts.length * 2);
      starts.set(this.starts);
      this.starts = starts;
      const lengths = new Uint32Array(this.lengths.length * 2);
      lengths.set(this.lengths);
      this.lengths = lengths;
    }
    if (this.used + bytes > this.current.length) {
      this.current = new Uint8Array(Math.max(BLOCK, bytes));
      this.blocks.push(this.current);
      this.used = 0;
    }
  }

  private push(written: number): number {
    this.starts[this.count] = (this.blocks.length - 1) * 2 ** 32 + this.used;
    this.lengths[this.count] = written;
    this.used += written;
    return this.count++;
  }

  get(index: number): string {
    if (index < 0 || index >= this.count) return '';
    const start = this.starts[index] as number;
    const block = this.blocks[Math.floor(start / 2 ** 32)];
    const offset = start % 2 ** 32;
    return block ? this.decoder.decode(block.subarray(offset, offset + (this.lengths[index] as number))) : '';
  }

  /** Bytes held (buffers allocated), for memory reports. */
  get bytes(): number {
    return this.blocks.reduce((n, b) => n + b.byteLength, 0) + this.starts.byteLength + this.lengths.byteLength;
  }
}
