/**
 * A map from non-zero 32-bit keys (feature and phrase hashes) to non-negative integers, in typed
 * arrays. A JavaScript Map would box every key above 2^30 into a heap number on each lookup; this
 * one allocates nothing per lookup. Open addressing with linear probing; grows at half full.
 * A key and its value sit side by side, so a lookup touches one cache line, not one in each of two
 * arrays: the taggers look up every token's word this way, mostly after the other stages have pushed
 * the map out of the processor's caches.
 */
export class U32Map {
  /** Slot s: key at 2s (0 = empty), value at 2s + 1. */
  private slots: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1024) {
    let n = 16;
    while (n < capacity * 2) n *= 2;
    this.slots = new Int32Array(n * 2);
    this.mask = n - 1;
  }

  /** The value of `key`, or -1. */
  get(key: number): number {
    const k = key | 0;
    const slots = this.slots;
    let s = k & this.mask;
    for (;;) {
      const found = slots[s * 2]!;
      if (found === k) return slots[s * 2 + 1]!;
      if (found === 0) return -1;
      s = (s + 1) & this.mask;
    }
  }

  set(key: number, value: number): void {
    if ((this.size + 1) * 4 > this.slots.length) this.grow();
    const k = key | 0;
    const slots = this.slots;
    let s = k & this.mask;
    while (slots[s * 2] !== 0 && slots[s * 2] !== k) s = (s + 1) & this.mask;
    if (slots[s * 2] === 0) this.size++;
    slots[s * 2] = k;
    slots[s * 2 + 1] = value;
  }

  clear(): void {
    this.slots.fill(0);
    this.size = 0;
  }

  /** Calls `f` for every entry (keys as unsigned). */
  forEach(f: (value: number, key: number) => void): void {
    const slots = this.slots;
    for (let s = 0; s < slots.length; s += 2) if (slots[s] !== 0) f(slots[s + 1]!, slots[s]! >>> 0);
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = this.slots.length / 2 - 1;
    this.size = 0;
    for (let s = 0; s < old.length; s += 2) if (old[s] !== 0) this.set(old[s]!, old[s + 1]!);
  }
}
