// Byte strings → dense integers (0, 1, 2, … in order of first sight), looked up straight from a byte
// buffer: the bulk builder resolves a million subject/object ids without making a string for any of
// them. Open addressing; a slot holds hash, entry, pool offset and length side by side, so a lookup
// touches one cache line of the table and one of the key bytes (four separate arrays cost four misses
// a lookup at 200k ids, measured ~2× slower).

const SLOT = 4;
const decoder = new TextDecoder();

/** An interner's state as plain data (typed arrays), to send to another thread. */
export interface ByteInternerParts {
  slots: Int32Array;
  pool: Uint8Array;
  poolUsed: number;
  starts: Int32Array;
  size: number;
}

export class ByteInterner {
  /** Per slot: hash, entry + 1 (0 = empty), offset in `pool`, byte length. */
  private slots: Int32Array;
  private mask: number;
  private pool: Uint8Array = new Uint8Array(1 << 16);
  private poolUsed = 0;
  /** Pool offset of entry i at i (keys are appended in entry order, so entry i ends where i + 1 starts). */
  private starts: Int32Array = new Int32Array(1024);
  size = 0;

  constructor(expected = 1024) {
    let capacity = 2048;
    while (capacity < expected * 2) capacity *= 2;
    this.slots = new Int32Array(capacity * SLOT);
    this.mask = capacity - 1;
  }

  toParts(): ByteInternerParts {
    return { slots: this.slots, pool: this.pool, poolUsed: this.poolUsed, starts: this.starts, size: this.size };
  }

  static fromParts(p: ByteInternerParts): ByteInterner {
    const interner = new ByteInterner(0);
    interner.slots = p.slots;
    interner.mask = p.slots.length / SLOT - 1;
    interner.pool = p.pool;
    interner.poolUsed = p.poolUsed;
    interner.starts = p.starts;
    interner.size = p.size;
    return interner;
  }

  private static hash(b: Uint8Array, from: number, to: number): number {
    let h = 0x811c9dc5;
    for (let k = from; k < to; k++) h = Math.imul(h ^ (b[k] as number), 16777619);
    return h ^ (h >>> 15);
  }

  private matches(at: number, len: number, b: Uint8Array, from: number): boolean {
    const pool = this.pool;
    for (let k = 0; k < len; k++) if (pool[at + k] !== b[from + k]) return false;
    return true;
  }

  /** Index of the bytes b[from, to), or -1. */
  find(b: Uint8Array, from: number, to: number): number {
    const h = ByteInterner.hash(b, from, to);
    const slots = this.slots;
    const len = to - from;
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const s = i * SLOT;
      const entry = slots[s + 1] as number;
      if (entry === 0) return -1;
      if (slots[s] === h && slots[s + 3] === len && this.matches(slots[s + 2] as number, len, b, from)) return entry - 1;
    }
  }

  /** Index of the bytes, added as the next index when new. */
  intern(b: Uint8Array, from: number, to: number): number {
    const h = ByteInterner.hash(b, from, to);
    const len = to - from;
    let i = h & this.mask;
    for (; ; i = (i + 1) & this.mask) {
      const s = i * SLOT;
      const entry = this.slots[s + 1] as number;
      if (entry === 0) break;
      if (this.slots[s] === h && this.slots[s + 3] === len && this.matches(this.slots[s + 2] as number, len, b, from)) return entry - 1;
    }
    if (this.poolUsed + len > this.pool.length) {
      const pool = new Uint8Array(Math.max(this.pool.length * 2, this.poolUsed + len));
      pool.set(this.pool);
      this.pool = pool;
    }
    for (let k = 0; k < len; k++) this.pool[this.poolUsed + k] = b[from + k] as number;
    if (this.size === this.starts.length) {
      const starts = new Int32Array(this.size * 2);
      starts.set(this.starts);
      this.starts = starts;
    }
    this.starts[this.size] = this.poolUsed;
    const s = i * SLOT;
    this.slots[s] = h;
    this.slots[s + 1] = ++this.size;
    this.slots[s + 2] = this.poolUsed;
    this.slots[s + 3] = len;
    this.poolUsed += len;
    if (this.size * 2 > this.mask + 1) this.rehash();
    return this.size - 1;
  }

  /** Bytes of an encoded string, for keys that arrive as text. */
  internText(text: string): number {
    const bytes = new TextEncoder().encode(text);
    return this.intern(bytes, 0, bytes.length);
  }

  findText(text: string): number {
    const bytes = new TextEncoder().encode(text);
    return this.find(bytes, 0, bytes.length);
  }

  /** Start and end in the pool of entry i. */
  private span(i: number): [number, number] {
    return [this.starts[i] as number, i + 1 < this.size ? (this.starts[i + 1] as number) : this.poolUsed];
  }

  /** The key of entry i, decoded as UTF-8. */
  text(i: number): string {
    const [from, to] = this.span(i);
    return decoder.decode(this.pool.subarray(from, to));
  }

  /** For each entry of this interner, its index in `other` (-1 where `other` lacks the key). */
  indexIn(other: ByteInterner): Int32Array {
    return this.mapKeys((pool, from, to) => other.find(pool, from, to));
  }

  /** `f` of each entry's key (as `pool[from, to)`), by entry. */
  mapKeys(f: (pool: Uint8Array, from: number, to: number) => number): Int32Array {
    const out = new Int32Array(this.size);
    for (let i = 0; i < this.size; i++) {
      const [from, to] = this.span(i);
      out[i] = f(this.pool, from, to);
    }
    return out;
  }

  private rehash(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = this.slots.length / SLOT - 1;
    for (let s = 0; s < old.length; s += SLOT) {
      if ((old[s + 1] as number) === 0) continue;
      let i = (old[s] as number) & this.mask;
      while ((this.slots[i * SLOT + 1] as number) !== 0) i = (i + 1) & this.mask;
      this.slots.set(old.subarray(s, s + SLOT), i * SLOT);
    }
  }
}
