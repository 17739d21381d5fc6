/**
 * Nested attributions: a cue inside another attribution's content reports speech within that speech
 * ("Peskov noted that Putin had made it clear that “...”"). The inner one gets the outer as parent.
 * An inner attitude with only an infinitive ("it was planning to retake ...") is part of the outer
 * content, not a quote of its own, and is dropped.
 */
import type { Draft } from './attach-cues.js';
import type { QuoteScene } from './quote-scene.js';

/** A nested attribution needs a clause of its own: "that ...", "whether ...". */
const NESTED_OPENERS = new Set(['that', 'whether', 'if']);

/** Returns drafts with `parent` indexes (into the returned array) for nested ones. */
export function nestQuotes(scene: QuoteScene, drafts: Draft[]): Array<{ draft: Draft; parent?: number }> {
  const cueStart = (d: Draft): number => scene.tokens[d.cue.from]!.start;
  const containerOf = (d: Draft, among: Draft[]): Draft | undefined => {
    if (d.outer && among.includes(d.outer)) return d.outer;
    let best: Draft | undefined;
    for (const o of among) {
      if (o === d) continue;
      const inside = o.content.some(([s, e]) => s <= cueStart(d) && scene.tokens[d.cue.to - 1]!.end <= e);
      if (inside && (!best || span(o) < span(best))) best = o;
    }
    return best;
  };
  const kept = drafts.filter((d) => {
    const outer = containerOf(d, drafts);
    if (!outer || outer === d.outer) return true;
    // Inside reported speech, an attribution needs a source, and a cue only the model proposed needs a
    // speaker-like one: "said the attack showed that ..." reports no speech of the attack.
    if (!d.source) return false;
    if (d.cue.entry === 'model' && !speakerLike(scene, d.source)) return false;
    if (d.direct || d.quoted.length > 0) return true;
    const first = scene.text.slice(d.content[0]![0], d.content[0]![1]).split(/\s+/)[0]!.toLowerCase();
    return NESTED_OPENERS.has(first);
  });
  return kept.map((draft) => {
    const outer = containerOf(draft, kept);
    return outer ? { draft, parent: kept.indexOf(outer) } : { draft };
  });
}

/** A pronoun or a name at the end of the source ("he", "Putin", "the Kremlin"). */
function speakerLike(scene: QuoteScene, source: [number, number]): boolean {
  const last = scene.tokens[source[1] - 1]!;
  return /^(PRP|NNP|NNPS)$/.test(last.pos ?? '') || /^\p{Lu}/u.test(last.text);
}

function span(d: Draft): number {
  return d.content.reduce((n, [s, e]) => n + (e - s), 0);
}
