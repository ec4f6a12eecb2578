// Relation (subject, predicate, object) → edge index, in one typed array: a million relations cost
// 32 MB while building (freed after) and no garbage, where a Map of number keys would box every key.
// Key and value sit side by side so a probe is one cache miss, not two.

const EMPTY = -1;

function hash(key: number): number {
  // Keys are integers below 2^53: mix the high and low 32 bits.
  const lo = key >>> 0;
  const hi = Math.floor(key / 4294967296) >>> 0;
  let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export class RelationIndex {
  /** Slot i: key at 2i, value at 2i + 1 (EMPTY when the slot is free). */
  private table: Float64Array;
  private mask: number;
  size = 0;

  constructor(expected = 1024) {
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.table = RelationIndex.emptyTable(capacity);
    this.mask = capacity - 1;
  }

  private static emptyTable(capacity: number): Float64Array {
    const t = new Float64Array(capacity * 2);
    for (let i = 1; i < t.length; i += 2) t[i] = EMPTY;
    return t;
  }

  /** The value stored for `key`, or -1. */
  get(key: number): number {
    const t = this.table;
    for (let i = hash(key) & this.mask; ; i = (i + 1) & this.mask) {
      const v = t[2 * i + 1] as number;
      if (v === EMPTY || t[2 * i] === key) return v;
    }
  }

  /** Stores `value` (≥ 0) unless the key is there; returns the value now stored. */
  getOrSet(key: number, value: number): number {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    const t = this.table;
    for (let i = hash(key) & this.mask; ; i = (i + 1) & this.mask) {
      const v = t[2 * i + 1] as number;
      if (v === EMPTY) {
        t[2 * i] = key;
        t[2 * i + 1] = value;
        this.size++;
        return value;
      }
      if (t[2 * i] === key) return v;
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = RelationIndex.emptyTable(old.length);
    this.mask = old.length - 1;
    this.size = 0;
    for (let i = 1; i < old.length; i += 2) if ((old[i] as number) !== EMPTY) this.getOrSet(old[i - 1] as number, old[i] as number);
  }
}
