/**
 * "The ministry, citing local officials, said that 12 people died": the ministry said it, and it says
 * its own source is local officials. The "citing" attribution becomes the inner one: its source is the
 * cited party, its content the outer quote's content, and its parent the outer quote, so an analyst sees
 * the chain (ministry <- local officials) on the one claim. The same for "TASS reported, quoting a
 * military source, that ..." (the aside after the cue).
 */
import type { Draft } from './attach-cues.js';
import { findPrepositionSource } from './find-source.js';
import type { QuoteScene } from './quote-scene.js';
import { skipTimeAfter } from './skip-adjuncts.js';
import { lowerWord } from './word-classes.js';

/** Cues that name the source of the speaker's own claim. */
export const CITING = new Set(['citing', 'quoting']);

/** Links each citing cue of the sentence `[from, to)` to the attribution it qualifies. */
export function attachCitedSources(scene: QuoteScene, drafts: Draft[], to: number): void {
  const { tokens } = scene;
  for (const inner of drafts) {
    if (!CITING.has(lowerWord(tokens[inner.cue.head]!)) || tokens[inner.cue.from - 1]?.text !== ',') continue;
    // The outer attribution: its source ends at the comma before "citing" ("The ministry, citing"), or
    const comma = inner.cue.from - 1;
    // its cue does ("the Post reported, citing"), a time adjunct between ("reported on Monday, quoting").
    const outer = drafts.find((d) => d !== inner && d.content.length > 0 && ((d.source && d.source[1] === comma) || skipTimeAfter(scene, d.cue.to, to) === comma));
    const cited = findPrepositionSource(scene, inner.cue.to, to);
    if (!outer || !cited) continue;
    inner.source = cited;
    inner.content = outer.content.map(([s, e]) => [s, e]);
    inner.quoted = [];
    inner.direct = false;
    inner.outer = outer;
  }
}
