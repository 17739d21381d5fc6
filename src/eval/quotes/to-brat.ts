/**
 * Turns a document's `quotes` layer into brat attributions. PolNeAR annotates only the outermost
 * attribution of a nested pair (guidelines: "No nested attributions"), so nested quotes are left out
 * unless asked for (the example article's gold records both levels).
 */
import type { Quote } from '../../model/layers/quotes.js';
import { mergeFragments, type BratAttribution } from './read-brat.js';

/** Attributions for brat output; `nested` keeps quotes that have a parent. */
export function quotesToBrat(quotes: readonly Quote[], nested: boolean): BratAttribution[] {
  return quotes
    .filter((q) => nested || !q.parent)
    .filter((q) => q.cue && q.content.length > 0)
    .map((q) => ({
      source: q.source ? [{ start: q.source.start, end: q.source.end }] : [],
      cue: q.cue ? [{ start: q.cue.start, end: q.cue.end }] : [],
      content: mergeFragments(q.content.map((c) => ({ start: c.start, end: c.end }))),
    }));
}
