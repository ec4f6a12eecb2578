// Many strings kept as UTF-8 bytes in a few large buffers, read back one at a time: a million evidence
// sentences cost their bytes (outside the JS heap) instead of a string object each.

const BLOCK = 16 << 20;
const BLOCK_SPAN = 2 ** 32;

/** A heap's state as plain data (typed arrays), to send to another thread. */
export interface TextHeapParts {
  blocks: Uint8Array[];
  used: number;
  starts: Float64Array;
  lengths: Uint32Array;
  count: number;
}

export class TextHeap {
  private blocks: Uint8Array[] = [];
  private current: Uint8Array = new Uint8Array(0);
  private used = 0;
  /** start and length per entry; start counts across blocks (block index × 2^32 + offset). */
  private starts: Float64Array = new Float64Array(1024);
  private lengths: Uint32Array = new Uint32Array(1024);
  private readonly encoder = new TextEncoder();
  private readonly decoder = new TextDecoder();
  count = 0;

  toParts(): TextHeapParts {
    return { blocks: this.blocks, used: this.used, starts: this.starts, lengths: this.lengths, count: this.count };
  }

  static fromParts(p: TextHeapParts): TextHeap {
    const heap = new TextHeap();
    heap.blocks = p.blocks;
    heap.current = p.blocks[p.blocks.length - 1] ?? new Uint8Array(0);
    heap.used = p.used;
    heap.starts = p.starts;
    heap.lengths = p.lengths;
    heap.count = p.count;
    return heap;
  }

  /** Appends a string; returns its index. */
  add(text: string): number {
    return this.put(-1, text);
  }

  /** Appends the UTF-8 bytes b[from, to), or with each '""' made '"' when `unescape` (a quoted CSV cell). */
  addSlice(b: Uint8Array, from: number, to: number, unescape = false): number {
    return this.putSlice(-1, b, from, to, unescape);
  }

  /**
   * Stores a string as entry `at` (replacing it: its old bytes stay, unreferenced) or, with `at` = -1 or
   * `count`, as a new entry. Returns the entry.
   */
  put(at: number, text: string): number {
    // At most 3 bytes per UTF-16 unit.
    this.reserve(text.length * 3);
    // Most cells of some columns are empty (wikidata, aliases): no view, no encoder call for them.
    const written = text === '' ? 0 : this.encoder.encodeInto(text, this.current.subarray(this.used)).written;
    return this.point(at, written);
  }

  putSlice(at: number, b: Uint8Array, from: number, to: number, unescape = false): number {
    this.reserve(to - from);
    const out = this.current;
    let w = this.used;
    if (!unescape) {
      // A native copy pays for its subarray view from ~32 bytes on (a JS loop copies ~0.6 GB/s).
      if (to - from < 32) for (let k = from; k < to; k++) out[w++] = b[k] as number;
      else out.set(b.subarray(from, to), w);
      return this.point(at, to - from);
    }
    for (let k = from; k < to; k++) {
      const c = b[k] as number;
      out[w++] = c;
      if (c === 34 && b[k + 1] === 34) k++;
    }
    return this.point(at, w - this.used);
  }

  private reserve(bytes: number): void {
    if (this.count === this.starts.length) {
      const starts = new Float64Array(Math.max(1024, this.starts.length * 2));
      starts.set(this.starts);
      this.starts = starts;
      const lengths = new Uint32Array(starts.length);
      lengths.set(this.lengths);
      this.lengths = lengths;
    }
    if (this.used + bytes > this.current.length) {
      this.current = new Uint8Array(Math.max(BLOCK, bytes));
      this.blocks.push(this.current);
      this.used = 0;
    }
  }

  private point(at: number, written: number): number {
    const index = at < 0 || at === this.count ? this.count++ : at;
    this.starts[index] = written === 0 ? 0 : (this.blocks.length - 1) * BLOCK_SPAN + this.used;
    this.lengths[index] = written;
    this.used += written;
    return index;
  }

  /** Makes entry `at` (an existing one, or `count` for a new one) hold the text of entry `from`, sharing its bytes. */
  alias(at: number, from: number): void {
    if (at === from) return;
    if (at === this.count) this.reserve(0);
    this.starts[at] = this.starts[from] as number;
    this.lengths[at] = this.lengths[from] as number;
    if (at === this.count) this.count++;
  }

  /** Appends the entries of `other` (which is taken over: its buffers become this heap's). */
  append(other: TextHeap): void {
    // The tail of this heap's last block would sit unused between the two heaps' text.
    this.trimBlock();
    const shift = this.blocks.length * BLOCK_SPAN;
    for (let i = 0; i < other.count; i++) {
      const length = other.lengths[i] as number;
      this.reserve(0);
      this.starts[this.count] = length === 0 ? 0 : (other.starts[i] as number) + shift;
      this.lengths[this.count] = length;
      this.count++;
    }
    this.blocks.push(...other.blocks);
    this.current = other.current;
    this.used = other.used;
  }

  /** Keeps entries 0…n-1 only (their bytes stay; later entries' bytes become unreferenced). */
  truncate(n: number): void {
    this.count = Math.min(this.count, n);
  }

  /** Gives back unused capacity (the tail of the last block, index slots), once no more text is coming. */
  trim(): void {
    this.trimBlock();
    this.starts = this.starts.slice(0, this.count);
    this.lengths = this.lengths.slice(0, this.count);
  }

  private trimBlock(): void {
    if (this.used < this.current.length && this.blocks.length > 0) {
      this.current = this.current.slice(0, this.used);
      this.blocks[this.blocks.length - 1] = this.current;
    }
  }

  byteLength(index: number): number {
    return index >= 0 && index < this.count ? (this.lengths[index] as number) : 0;
  }

  get(index: number): string {
    if (index < 0 || index >= this.count) return '';
    const length = this.lengths[index] as number;
    if (length === 0) return '';
    const start = this.starts[index] as number;
    const block = this.blocks[Math.floor(start / BLOCK_SPAN)];
    const offset = start % BLOCK_SPAN;
    return block ? this.decoder.decode(block.subarray(offset, offset + length)) : '';
  }

  /** Bytes held (buffers allocated), for memory reports. */
  get bytes(): number {
    return this.blocks.reduce((n, b) => n + b.byteLength, 0) + this.starts.byteLength + this.lengths.byteLength;
  }
}
