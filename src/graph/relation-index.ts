// Relation (subject, predicate, object) → edge index, in typed arrays: a million relations cost 24 MB and
// no garbage, where a Map of number keys would box every key.

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
  private keys: Float64Array;
  private values: Int32Array;
  private mask: number;
  size = 0;

  constructor(expected = 1024) {
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Float64Array(capacity);
    this.values = new Int32Array(capacity).fill(EMPTY);
    this.mask = capacity - 1;
  }

  /** The value stored for `key`, or -1. */
  get(key: number): number {
    for (let i = hash(key) & this.mask; ; i = (i + 1) & this.mask) {
      const v = this.values[i] as number;
      if (v === EMPTY || this.keys[i] === key) return v;
    }
  }

  /** Stores `value` (≥ 0) unless the key is there; returns the value now stored. */
  getOrSet(key: number, value: number): number {
    if ((this.size + 1) * 2 > this.values.length) this.grow();
    for (let i = hash(key) & this.mask; ; i = (i + 1) & this.mask) {
      const v = this.values[i] as number;
      if (v === EMPTY) {
        this.keys[i] = key;
        this.values[i] = value;
        this.size++;
        return value;
      }
      if (this.keys[i] === key) return v;
    }
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.values = new Int32Array(values.length * 2).fill(EMPTY);
    this.mask = this.values.length - 1;
    this.size = 0;
    for (let i = 0; i < values.length; i++) if ((values[i] as number) !== EMPTY) this.getOrSet(keys[i] as number, values[i] as number);
  }
}
