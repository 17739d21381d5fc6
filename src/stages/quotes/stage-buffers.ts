/**
 * Memory for the per-token arrays the stage builds for each document (quote-scene.ts, cue-token-facts.ts, the quotation marks in index.ts),
 * kept from document to document: a new ArrayBuffer per document was allocated outside the heap and
 * collected later, some 1% of the stage's time each (cpu profile of the examples). Only the stage's own
 * run may take them: nothing it builds on them outlives the run, and the next document's run reuses
 * them. The contents are whatever the last user left; the caller writes every element it reads.
 */
const buffers: ArrayBuffer[] = [];

/** Buffer number `slot` (one per user), at least `bytes` long. */
export function stageBuffer(slot: number, bytes: number): ArrayBuffer {
  const kept = buffers[slot];
  if (kept !== undefined && kept.byteLength >= bytes) return kept;
  const buffer = new ArrayBuffer(Math.max(bytes, 2 * (kept?.byteLength ?? 0), 4096));
  buffers[slot] = buffer;
  return buffer;
}

/** The slots of `stageBuffer`. */
export const SCENE_BUFFER = 0, FACTS_BUFFER = 1, MARKS_BUFFER = 2;
