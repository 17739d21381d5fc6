/**
 * Turns a document's `quotes` layer into brat attributions. PolNeAR annotates only the outermost
 * attribution of a nested pair (guidelines: "No nested attributions"), so nested quotes are left out
 * unless asked for (the example article's gold records both levels). A citing aside ("the Post
 * reported, citing a source") stands outside its parent's content, so PolNeAR annotates it on its own,
 * the other way round from the stage's chain: the parent's source cites, its content is the party cited.
 */
import type { Quote } from '../../model/layers/quotes.js';
import { mergeFragments, type BratAttribution } from './read-brat.js';

/** Attributions for brat output; `nested` keeps quotes that have a parent. */
export function quotesToBrat(quotes: readonly Quote[], nested: boolean): BratAttribution[] {
  const byId = new Map(quotes.map((q) => [q.id, q]));
  const out: BratAttribution[] = [];
  for (const q of quotes) {
    const qc = q.cue;
    if (!qc || q.content.length === 0) continue;
    const parent = q.parent ? byId.get(q.parent) : undefined;
    const cue = [{ start: qc.start, end: qc.end }];
    if (!parent || nested) {
      out.push({ source: q.source ? [{ start: q.source.start, end: q.source.end }] : [], cue, content: mergeFragments(q.content.map((c) => ({ start: c.start, end: c.end }))) });
    } else if (q.source && !parent.content.some((c) => c.start <= qc.start && qc.end <= c.end)) {
      // A citing aside outside the parent's content: the parent's source cites q's source.
      out.push({ source: parent.source ? [{ start: parent.source.start, end: parent.source.end }] : [], cue, content: [{ start: q.source.start, end: q.source.end }] });
    }
  }
  return out;
}
