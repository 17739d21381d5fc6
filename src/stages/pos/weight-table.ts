/**
 * The weights of a linear model over hashed features, as the taggers use them at run time: an
 * open-addressing table from feature key to a sparse row of (class, weight) pairs. Pruned models keep
 * only a few classes per feature, so sparse rows load faster and score faster than dense ones.
 * Lookup allocates nothing.
 */

export class WeightTable {
  readonly classCount: number;
  /** Row r holds the pairs at [rowStart[r], rowStart[r + 1]) of `classes` and `values`. */
  private readonly rowStart: Int32Array;
  private readonly classes: Uint8Array;
  private readonly values: Float32Array;
  private readonly slots: Uint32Array;
  private readonly slotRow: Int32Array;
  private readonly mask: number;

  /** `keys[r]` (non-zero, distinct) has `counts[r]` pairs, stored in order in `classes` and `values`. */
  constructor(classCount: number, keys: Uint32Array, counts: Uint8Array, classes: Uint8Array, values: Float32Array) {
    this.classCount = classCount;
    this.classes = classes;
    this.values = values;
    this.rowStart = new Int32Array(keys.length + 1);
    for (let r = 0; r < keys.length; r++) this.rowStart[r + 1] = this.rowStart[r]! + counts[r]!;
    if (this.rowStart[keys.length] !== values.length) throw new Error(`expected ${this.rowStart[keys.length]} weights, found ${values.length}`);
    let size = 16;
    while (size < keys.length * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Uint32Array(size);
    this.slotRow = new Int32Array(size);
    for (let r = 0; r < keys.length; r++) {
      const key = keys[r]!;
      let s = key & this.mask;
      while (this.slots[s] !== 0) s = (s + 1) & this.mask;
      this.slots[s] = key;
      this.slotRow[s] = r;
    }
  }

  /** The row of a feature, or -1 when the model never kept it. */
  row(key: number): number {
    let s = key & this.mask;
    for (;;) {
      const k = this.slots[s]!;
      if (k === key) return this.slotRow[s]!;
      if (k === 0) return -1;
      s = (s + 1) & this.mask;
    }
  }

  /** Adds the feature's weights to `scores` (one entry per class). */
  add(key: number, scores: Float32Array): void {
    const r = this.row(key);
    if (r < 0) return;
    const end = this.rowStart[r + 1]!;
    for (let e = this.rowStart[r]!; e < end; e++) scores[this.classes[e]!]! += this.values[e]!;
  }

  /** Adds the feature's weights to `scores[offset + class]`. */
  addAt(key: number, scores: Float32Array, offset: number): void {
    const r = this.row(key);
    if (r < 0) return;
    const end = this.rowStart[r + 1]!;
    for (let e = this.rowStart[r]!; e < end; e++) scores[offset + this.classes[e]!]! += this.values[e]!;
  }

  /** The weight of one feature for one class (0 when absent). */
  weight(key: number, cls: number): number {
    const r = this.row(key);
    if (r < 0) return 0;
    for (let e = this.rowStart[r]!; e < this.rowStart[r + 1]!; e++) if (this.classes[e] === cls) return this.values[e]!;
    return 0;
  }
}
