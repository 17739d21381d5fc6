/**
 * Quotations no cue claimed, that go on from the last quote: further sentences of the same speaker in
 * the paragraph ("“We’ll be here a while,” she said. “These cases take patience.”") and a quoted
 * paragraph after a quote paragraph. PolNeAR annotates these as more content of the same attribution.
 */
import type { Draft } from './attach-cues.js';
import type { QuoteScene } from './quote-scene.js';
import { wordsIn } from './quote-scene.js';

/** Appends unclaimed quotations to the attribution they continue; returns how many were merged. */
export function mergeContinuedQuotes(scene: QuoteScene, drafts: Draft[], used: Set<number>, paragraphOf: (offset: number) => number): number {
  let merged = 0;
  const byEnd = [...drafts].sort((a, b) => lastEnd(a) - lastEnd(b));
  for (let q = 0; q < scene.quoted.length; q++) {
    const quote = scene.quoted[q]!;
    if (used.has(q) || quote.continuation || quote.marks !== 'double' || wordsIn(scene, quote) < 3) continue;
    // The quotation must stand as its own sentence: at a paragraph start or after a sentence end.
    const before = scene.text.slice(Math.max(0, quote.start - 3), quote.start).trim();
    const paragraph = paragraphOf(quote.start);
    const atStart = before === '' || paragraphOf(quote.start - 1) !== paragraph || /[.!?:”"]$/.test(before);
    if (!atStart) continue;
    let target: Draft | undefined;
    for (const d of byEnd) {
      if (lastEnd(d) > quote.start) break;
      target = d;
    }
    if (!target || !(target.direct || target.quoted.length > 0)) continue;
    const targetParagraph = paragraphOf(lastEnd(target) - 1);
    if (targetParagraph !== paragraph && targetParagraph !== paragraph - 1) continue;
    // Another cue between the target and this quotation speaks for someone else.
    if (drafts.some((d) => d !== target && d.cue.from < scene.tokens.length && scene.tokens[d.cue.head]!.start > lastEnd(target!) && scene.tokens[d.cue.head]!.start < quote.start)) continue;
    const pieces = [q];
    while (scene.quoted[pieces.at(-1)!]!.continues && scene.quoted[pieces.at(-1)! + 1]?.continuation) pieces.push(pieces.at(-1)! + 1);
    for (const p of pieces) {
      target.content.push([scene.quoted[p]!.start, scene.quoted[p]!.end]);
      target.quoted.push(p);
      used.add(p);
    }
    merged++;
  }
  return merged;
}

function lastEnd(d: Draft): number {
  return d.content.reduce((m, c) => Math.max(m, c[1]), 0);
}
