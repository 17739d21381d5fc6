/**
 * The hearsay adverbs ("reportedly"): the hedges lexicon's `hearsayCue` terms. Read by the hearsay rule
 * (find-hearsay-adverb.ts) and by the cue model's per-word facts (cue-token-facts.ts: WORD_HEARSAY),
 * which the rule in turn reads; a module of its own, so neither of the two imports the other.
 */
import { loadLexicon, type LexiconEntry } from '../../data/lexicon.js';

let hearsay: Set<string> | undefined;
/** The hedges lexicon's hearsay adverbs ("reportedly"): the `hearsayCue` terms of its entries. */
export function hearsayAdverbs(): Set<string> {
  hearsay ??= new Set(loadLexicon<LexiconEntry & { hearsayCue?: { terms: string[] } }>('hedges').entries.flatMap((e) => e.hearsayCue?.terms ?? []));
  return hearsay;
}
