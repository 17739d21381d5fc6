/** Small helpers for benchmarks: timing with warm-up, words in a text, peak memory sampling. */

/** Words as a reader counts them: runs of non-space characters containing a letter or digit. */
export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/[^\s]*[\p{L}\p{N}][^\s]*/gu)) n++;
  return n;
}

/** Runs `fn` over the inputs once to warm up, then for at least `minMs`; returns items per second. */
export function throughput<T>(inputs: readonly T[], fn: (input: T) => unknown, minMs = 2000): { perSecond: number; rounds: number; ms: number } {
  for (const input of inputs) fn(input);
  let rounds = 0;
  const started = performance.now();
  let elapsed = 0;
  do {
    for (const input of inputs) fn(input);
    rounds++;
    elapsed = performance.now() - started;
  } while (elapsed < minMs);
  return { perSecond: (inputs.length * rounds * 1000) / elapsed, rounds, ms: elapsed };
}

/**
 * Runs `round` for at least `ms` milliseconds (and at least 3 times), so the JIT has settled before
 * timing: newslens's once-per-article code keeps being optimised for 100-200 rounds of the examples.
 */
export function warmUp(round: () => void, ms: number): void {
  const started = performance.now();
  for (let i = 0; i < 3 || performance.now() - started < ms; i++) round();
}

/** Samples RSS and heap every few milliseconds while `fn` runs; returns the peaks in MiB. */
export async function peakMemory<T>(fn: () => Promise<T> | T): Promise<{ result: T; rssMiB: number; heapMiB: number }> {
  let rss = process.memoryUsage().rss;
  let heap = process.memoryUsage().heapUsed;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  }, 5);
  try {
    const result = await fn();
    const m = process.memoryUsage();
    return { result, rssMiB: Math.max(rss, m.rss) / 2 ** 20, heapMiB: Math.max(heap, m.heapUsed) / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}
