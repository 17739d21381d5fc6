/**
 * A direct-mapped table from the pos stage's word-type ids (`documentWordInfos`: one id is always the
 * same word as written, and ids are never reused) to something a later stage derives from that word: a
 * slot holds the value of the latest id that fell in it. A token then costs a load instead of a lookup
 * by its text. Used by quotes (cue-token-facts) and claims (match-cue-terms), each with a table of its own.
 */
export class WordTypeSlots<T> {
  private readonly ids: Float64Array; // ids are below 2^53; 0 is no id
  private readonly values: Array<T | undefined>;
  private readonly size: number;

  /** A table of 2^`bits` slots. */
  constructor(bits = 13) {
    this.ids = new Float64Array(1 << bits);
    this.values = new Array<T | undefined>(1 << bits).fill(undefined);
    this.size = 1 << bits;
  }

  /** The value kept for word type `id`, or undefined when its slot holds another id. */
  get(id: number): T | undefined {
    const slot = id % this.size;
    return this.ids[slot] === id ? this.values[slot] : undefined;
  }

  /** Keeps `value` for word type `id`, in place of whatever its slot held. */
  set(id: number, value: T): void {
    const slot = id % this.size;
    this.ids[slot] = id;
    this.values[slot] = value;
  }

  /** Forgets every id. */
  clear(): void {
    this.ids.fill(0);
    this.values.fill(undefined);
  }
}
