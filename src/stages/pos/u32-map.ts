/**
 * A map from non-zero 32-bit keys (feature and phrase hashes) to non-negative integers, in typed
 * arrays. A JavaScript Map would box every key above 2^30 into a heap number on each lookup; this
 * one allocates nothing per lookup. Open addressing with linear probing; grows at half full.
 */
export class U32Map {
  private keys: Int32Array;
  private values: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1024) {
    let n = 16;
    while (n < capacity * 2) n *= 2;
    this.keys = new Int32Array(n);
    this.values = new Int32Array(n);
    this.mask = n - 1;
  }

  /** The value of `key`, or -1. */
  get(key: number): number {
    const k = key | 0;
    let s = k & this.mask;
    for (;;) {
      const found = this.keys[s]!;
      if (found === k) return this.values[s]!;
      if (found === 0) return -1;
      s = (s + 1) & this.mask;
    }
  }

  set(key: number, value: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const k = key | 0;
    let s = k & this.mask;
    while (this.keys[s] !== 0 && this.keys[s] !== k) s = (s + 1) & this.mask;
    if (this.keys[s] === 0) this.size++;
    this.keys[s] = k;
    this.values[s] = value;
  }

  clear(): void {
    this.keys.fill(0);
    this.size = 0;
  }

  /** Calls `f` for every entry (keys as unsigned). */
  forEach(f: (value: number, key: number) => void): void {
    for (let s = 0; s < this.keys.length; s++) if (this.keys[s] !== 0) f(this.values[s]!, this.keys[s]! >>> 0);
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    this.keys = new Int32Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    this.size = 0;
    for (let s = 0; s < keys.length; s++) if (keys[s] !== 0) this.set(keys[s]!, values[s]!);
  }
}
