/**
 * Training side of the perceptron taggers (used by scripts/train-*.ts, never at run time): weights over
 * hashed features with averaging by the lazy trick of Daumé (w_avg = w - u / c), rows created on first
 * update, so only features that ever mattered take memory.
 */

export class PerceptronTrainer {
  readonly classCount: number;
  /** The update counter c: call `tick()` once per training example. */
  step = 1;
  private readonly index = new Map<number, number>();
  private w: Float32Array;
  private u: Float64Array;
  private rows = 0;

  constructor(classCount: number) {
    this.classCount = classCount;
    this.w = new Float32Array(1024 * classCount);
    this.u = new Float64Array(1024 * classCount);
  }

  /** Adds the current (not averaged) weights of `keys[0..n)` to `scores`. */
  score(keys: ArrayLike<number>, n: number, scores: Float32Array): void {
    const C = this.classCount;
    for (let i = 0; i < n; i++) {
      const r = this.index.get(keys[i]!);
      if (r === undefined) continue;
      const base = r * C;
      for (let c = 0; c < C; c++) scores[c]! += this.w[base + c]!;
    }
  }

  /** Current weight of one feature for one class. */
  weight(key: number, cls: number): number {
    const r = this.index.get(key);
    return r === undefined ? 0 : this.w[r * this.classCount + cls]!;
  }

  /** Adds `delta` to the weight of each of `keys[0..n)` for class `cls`. */
  update(keys: ArrayLike<number>, n: number, cls: number, delta: number): void {
    for (let i = 0; i < n; i++) this.updateOne(keys[i]!, cls, delta);
  }

  updateOne(key: number, cls: number, delta: number): void {
    let r = this.index.get(key);
    if (r === undefined) {
      r = this.rows++;
      this.index.set(key, r);
      if (this.rows * this.classCount > this.w.length) this.grow();
    }
    const at = r * this.classCount + cls;
    this.w[at]! += delta;
    this.u[at]! += this.step * delta;
  }

  tick(): void {
    this.step++;
  }

  /** The averaged weights, one row per feature key. */
  averaged(): Map<number, Float32Array> {
    const C = this.classCount;
    const out = new Map<number, Float32Array>();
    for (const [key, r] of this.index) {
      const row = new Float32Array(C);
      for (let c = 0; c < C; c++) row[c] = this.w[r * C + c]! - this.u[r * C + c]! / this.step;
      out.set(key, row);
    }
    return out;
  }

  get featureCount(): number {
    return this.rows;
  }

  private grow(): void {
    const w = new Float32Array(this.w.length * 2);
    w.set(this.w);
    const u = new Float64Array(this.u.length * 2);
    u.set(this.u);
    this.w = w;
    this.u = u;
  }
}
