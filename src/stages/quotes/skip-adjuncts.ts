/**
 * Words next to a cue that belong to neither source nor content: a time adjunct ("Peskov on Monday
 * condemned", "said on Tuesday that", "said earlier that"), a setting before a that-clause ("said at a
 * rally in Texas that"), and a dateline opening a paragraph ("KHARKIV – Russian forces struck ...").
 * PolNeAR leaves them out of both spans, and an analyst reads them as the outlet's framing.
 */
import type { QuoteScene } from './quote-scene.js';
import { lowerAt } from './word-classes.js';
import { isPossessiveS } from '../structure/possessive-marks.js';

/** Prepositions that lead a time expression ("on Monday", "in 2014", "late on Sunday"). */
const TIME_PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'since', 'by', 'until', 'over', 'late', 'early', 'earlier', 'later']);
/** Time adverbs a date tagger does not mark, but that never start content. */
const TIME_ADVERBS = new Set(['earlier', 'later', 'previously', 'again', 'also', 'yesterday', 'today', 'tonight', 'recently', 'repeatedly', 'once', 'then', 'now', 'afterwards', 'afterward', 'subsequently', 'meanwhile', 'separately', 'publicly', 'privately']);

/** Index of the first token after time adjuncts starting at `k` (within `[k, limit)`). */
export function skipTimeAfter(scene: QuoteScene, k: number, limit: number): number {
  for (;;) {
    if (k >= limit) return k;
    const start = scene.timeStart[k]!;
    if (start === k) {
      // "said Monday's missile hit a workshop": a possessive date belongs to the noun after it; "'s"
      // only, as a bare apostrophe after a date is more often a closing single quote than a plural possessive.
      if (isPossessiveS(scene.tokens[scene.timeEnd[k]!]?.text ?? '')) return k;
      k = scene.timeEnd[k]!;
      continue;
    }
    const w = lowerAt(scene.tokens, k);
    if (TIME_PREPOSITIONS.has(w) && k + 1 < limit && scene.timeStart[k + 1] === k + 1) {
      k = scene.timeEnd[k + 1]!;
      continue;
    }
    if (TIME_ADVERBS.has(w) && scene.tokens[k]!.pos !== 'IN') {
      k++;
      continue;
    }
    return k;
  }
}

/** One past the last token of the phrase `[from, end)` once a trailing time adjunct is cut off. */
export function cutTimeBefore(scene: QuoteScene, from: number, end: number): number {
  for (;;) {
    if (end <= from) return end;
    const last = end - 1;
    const start = scene.timeStart[last]!;
    if (start >= 0 && scene.timeEnd[last] === end && start > from) {
      end = start;
      if (end - 1 > from && TIME_PREPOSITIONS.has(lowerAt(scene.tokens, end - 1))) end--;
      continue;
    }
    return end;
  }
}

/**
 * "said at a rally in Texas that ...", "told a news conference in Geneva that ...": a prepositional
 * setting before a that-clause within a few tokens, with no verb between, is skipped.
 */
export function skipSettingBeforeThat(scene: QuoteScene, k: number, limit: number): number {
  const { tokens } = scene;
  if (tokens[k]?.pos !== 'IN' || lowerAt(tokens, k) === 'that') return k;
  for (let j = k + 1; j < Math.min(limit, k + 10); j++) {
    const w = lowerAt(tokens, j);
    if (w === 'that') return j;
    const tag = tokens[j]!.pos ?? '';
    if (/^(VB|MD)/.test(tag) || w === ',' || scene.opensAt.has(j)) return k;
  }
  return k;
}

/**
 * The first token after a dateline ("KHARKIV –", "GENEVA, Switzerland —", "KYIV, Nov 4 (Reuters) -",
 * "QUETTA, Pakistan, June 9 (Example Wire) - ") when `from` opens a paragraph the structure stage
 * marked with one (paragraph `dateline`) and text follows it before `limit`, else `from`.
 */
export function skipDateline(scene: QuoteScene, from: number, limit: number): number {
  const { tokens } = scene;
  const dateline = scene.paragraphs[scene.paragraphOf[from] ?? -1]?.dateline;
  if (!dateline || tokens[from]?.start !== dateline.start) return from;
  let k = from + 1;
  while (k < limit && tokens[k]!.start < dateline.end) k++;
  return k < limit ? k : from;
}

/** "That said, ...", "That being said, ...": the outlet's connective, not an attribution (cue at `head`). */
export function isThatSaid(scene: QuoteScene, head: number, from: number): boolean {
  const { tokens } = scene;
  if (lowerAt(tokens, head) !== 'said' || tokens[head + 1]?.text !== ',') return false;
  let k = head - 1;
  if (k > from && lowerAt(tokens, k) === 'being') k--;
  return k === from && lowerAt(tokens, k) === 'that';
}
