/**
 * Typed arrays reused from one article to the next. A new typed array of more than a few dozen
 * elements gets its memory outside the JavaScript heap, which costs about a microsecond to allocate
 * and more to collect, and the framing stage needs some fifteen per article: reusing them (zeroed, as
 * new ones would be) takes that off every article. Only for data that does not outlive the call that
 * asks for it: the next article overwrites it.
 */

type Typed = Uint8Array | Uint16Array | Int32Array | Uint32Array | Float64Array | Int8Array;

/** A pool of one typed-array kind, handing out zeroed views of `n` elements, one per slot name. */
export class Scratch<T extends Typed> {
  private readonly buffers = new Map<string, T>();

  constructor(private readonly make: (n: number) => T) {}

  /** A zeroed array of `n` elements for `slot`; the previous view of that slot is overwritten. */
  take(slot: string, n: number): T {
    const buffer = this.bufferOf(slot, n);
    buffer.fill(0, 0, n);
    return buffer.subarray(0, n) as T;
  }

  /**
   * `take` without the zeroing, for an array the caller writes in full before reading it: it holds
   * what the slot's last user left until then (the fill, on an array of every element kind, cost
   * more than its memset).
   */
  takeForWriting(slot: string, n: number): T {
    return this.bufferOf(slot, n).subarray(0, n) as T;
  }

  private bufferOf(slot: string, n: number): T {
    let buffer = this.buffers.get(slot);
    if (buffer === undefined || buffer.length < n) this.buffers.set(slot, (buffer = this.make(Math.max(256, n * 2))));
    return buffer;
  }
}

export const scratchU8 = new Scratch((n) => new Uint8Array(n));
export const scratchU16 = new Scratch((n) => new Uint16Array(n));
export const scratchI32 = new Scratch((n) => new Int32Array(n));
export const scratchU32 = new Scratch((n) => new Uint32Array(n));
export const scratchF64 = new Scratch((n) => new Float64Array(n));
export const scratchI8 = new Scratch((n) => new Int8Array(n));
