/**
 * A hearsay adverb: "The hackers have reportedly infiltrated more than 100 offices" passes on what
 * unnamed reports say, as "it was reported that the hackers had infiltrated ..." does. The adverb is the
 * cue of an attribution without a source; its content is the clause around it without the adverb
 * (PolNeAR's Attribution-no-source: cue "reportedly", content "the hackers have infiltrated more than 100
 * offices"). The claims stage still finds its hedge on the same words, so the claim is attributed and
 * hedged: the outlet neither asserts it nor names who does.
 * The adverbs are the hedges lexicon's `hearsayCue` terms, only "reportedly": PolNeAR train gold marks 18
 * of its 27 uses (all 6 in the held-out articles), but only 2 of 12 "allegedly", 1 of 9 "supposedly" and
 * 5 of 33 "apparently". Held-out train
 * (/tmp/cuemodel/final/evh.sh): cue overlap F1 0.8013 -> 0.8021 (3 of its 6 gold cues found, 1 thought cue
 * inside one gone), content 0.8479 -> 0.8483, attribution 0.7520 -> 0.7524, source 0.7852 -> 0.7853.
 */
import { newDraft, type Draft } from './draft.js';
import type { CueCandidate } from './find-cues.js';
import type { QuoteScene } from './quote-scene.js';
import { AUXILIARIES, NEGATORS, SENTENCE_END, VERB_GROUP_ADVERBS, lowerAt } from './word-classes.js';
import { WORD_HEARSAY, type CueFeatureContext } from './cue-token-facts.js';
import { hearsayAdverbs } from './hearsay-adverbs.js';

/** Words that end the clause going leftwards: punctuation and subordinators ("With X reportedly ..."). */
const LEFT_STOPS = new Set([',', ';', ':', '(', ')', '—', '–', '--', '-', 'with', 'while', 'as', 'because', 'since', 'after', 'before', 'although', 'though', 'if', 'when', 'that', 'but', 'and', 'or']);
/** Words that end the clause going rightwards ("..., leaving progressives fearful"). */
const RIGHT_STOPS = new Set([',', ';', ':', '(', ')', '—', '–', '--']);

/**
 * Whether a draft's cue covers the adverb `t`, or the speech verb `verb` after it. A function, not a
 * closure in the loop: a closure over the loop's `t` makes the loop allocate a context for every token.
 */
function coveredByCue(drafts: readonly Draft[], t: number, verb: number): boolean {
  for (const d of drafts) if ((d.cue.from <= t && t < d.cue.to) || (d.cue.from <= verb && verb < d.cue.to && d.cue.kind === 'speech')) return true;
  return false;
}

/**
 * Drafts for the hearsay adverbs of the sentence `[from, to)` that no cue of `drafts` covers ("Trump
 * reportedly said" is the verb's cue) and that stand outside quotations. With the cue model's prepared
 * per-token facts (cue-token-facts.ts: WORD_HEARSAY), tokens are told by their flag, not their word.
 */
export function hearsayDrafts(scene: QuoteScene, from: number, to: number, drafts: readonly Draft[], facts?: CueFeatureContext): Draft[] {
  const { tokens } = scene;
  const out: Draft[] = [];
  const adverbs = hearsayAdverbs();
  const textFlags = facts?.textFlags;
  for (let t = from; t < to; t++) {
    if (textFlags ? !(textFlags[t]! & WORD_HEARSAY) : !adverbs.has(lowerAt(tokens, t))) continue;
    if (scene.insideQuote[t]! >= 0) continue;
    // A speech verb after it, past auxiliaries and adverbs, reports for it ("reportedly told"); a
    // thought it reports ("reportedly considering a run") is the reports' content.
    let verb = t + 1;
    while (verb < to && (AUXILIARIES.has(lowerAt(tokens, verb)) || VERB_GROUP_ADVERBS.has(lowerAt(tokens, verb)) || NEGATORS.has(lowerAt(tokens, verb)))) verb++;
    if (coveredByCue(drafts, t, verb)) continue;
    let start = t;
    while (start > from && !LEFT_STOPS.has(lowerAt(tokens, start - 1)) && !scene.closesAt.has(start - 1) && !scene.opensAt.has(start - 1)) start--;
    let end = t + 1;
    while (end < to && !RIGHT_STOPS.has(tokens[end]!.text) && !SENTENCE_END.has(tokens[end]!.text)) {
      const q = scene.opensAt.get(end);
      // A quotation inside the clause belongs to it: jump over it.
      if (q !== undefined) {
        while (end + 1 < to && tokens[end + 1]!.end <= scene.quoted[q]!.end) end++;
      }
      end++;
    }
    // A subject before the adverb and a predicate of two words or more after it.
    if (start === t || end - (t + 1) < 2) continue;
    const cue: CueCandidate = { from: t, to: t + 1, head: t, entry: 'verb:report', kind: 'speech', stance: 'neutral', role: 'verb', rule: `hearsay-adverb:${lowerAt(tokens, t)}`, confidence: undefined };
    out.push(newDraft(cue, [[tokens[start]!.start, tokens[t - 1]!.end], [tokens[t + 1]!.start, tokens[end - 1]!.end]], undefined, false, [], 'adverb'));
  }
  return out;
}
