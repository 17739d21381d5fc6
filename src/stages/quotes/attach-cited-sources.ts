/**
 * "The ministry, citing local officials, said that 12 people died": the ministry said it, and it says
 * its own source is local officials. The "citing" attribution becomes the inner one: its source is the
 * cited party, its content the outer quote's content, and its parent the outer quote, so an analyst sees
 * the chain (ministry <- local officials) on the one claim. The same for "TASS reported, quoting a
 * military source, that ..." (the aside after the cue).
 */
import type { Draft } from './attach-cues.js';
import { findPrepositionSource, type TokenRange } from './find-source.js';
import { personNouns } from './resolve-speakers.js';
import type { QuoteScene } from './quote-scene.js';
import { skipTimeAfter } from './skip-adjuncts.js';
import { lowerAt } from './word-classes.js';

/** Cues that name the source of the speaker's own claim. */
export const CITING = new Set(['citing', 'quoting']);

/** Nouns for where a claim comes from, besides people's titles and roles (lexicon `titles`). */
const SOURCE_NOUNS = new Set(['source', 'sources', 'official', 'officials', 'authorities', 'ministry', 'report', 'reports', 'data', 'figures', 'statement', 'statements', 'document', 'documents', 'witness', 'witnesses', 'residents', 'police', 'agency', 'media', 'survey', 'poll', 'polls', 'study', 'studies', 'estimate', 'estimates', 'records', 'people', 'aide', 'aides', 'investigators', 'analysts', 'experts', 'doctors', 'staff', 'inspectors', 'officers', 'diplomats', 'intelligence', 'letter', 'email', 'emails', 'interview', 'newspaper', 'paper', 'website', 'group', 'government', 'military', 'army', 'office', 'department', 'committee', 'council', 'team', 'campaign']);

/**
 * Whether the cited phrase `[from, to)` names a source: a name not used as a possessive ("the Post",
 * "Reuters"), or a head noun for people or documents ("local officials", "a leaked report"); not
 * reasons ("Trump's blue-collar appeal and Hillary Clinton's unpopularity").
 */
function citesSource(scene: QuoteScene, [from, to]: TokenRange): boolean {
  const { tokens } = scene;
  let head = -1;
  for (let t = from; t < to; t++) {
    const token = tokens[t]!;
    const w = lowerAt(tokens, t);
    if (w === 'and' || w === 'or' || w === 'who' || w === 'which' || w === 'that' || (token.pos === 'IN' && head >= 0)) break;
    if (/^NNP/.test(token.pos ?? '') && !/^(POS|'s|’s)$/.test(tokens[t + 1]?.text ?? '') && tokens[t + 1]?.pos !== 'POS') return true;
    if (/^NN/.test(token.pos ?? '')) head = t;
  }
  if (head < 0) return true;
  const noun = lowerAt(tokens, head);
  return SOURCE_NOUNS.has(noun) || personNouns().has(noun);
}

/** Links each citing cue of the sentence `[from, to)` to the attribution it qualifies. */
export function attachCitedSources(scene: QuoteScene, drafts: Draft[], to: number): void {
  const { tokens } = scene;
  for (const inner of drafts) {
    if (!CITING.has(lowerAt(tokens, inner.cue.head)) || tokens[inner.cue.from - 1]?.text !== ',') continue;
    // The outer attribution: its source ends at the comma before "citing" ("The ministry, citing"), or
    const comma = inner.cue.from - 1;
    // its cue does ("the Post reported, citing"), a time adjunct between ("reported on Monday, quoting").
    const outer = drafts.find((d) => d !== inner && d.content.length > 0 && ((d.source && d.source[1] === comma) || skipTimeAfter(scene, d.cue.to, to) === comma));
    const cited = findPrepositionSource(scene, inner.cue.to, to);
    if (!outer || !cited) continue;
    // "he said, citing Trump's blue-collar appeal": reasons, not a source; what he cited is the content.
    if (!citesSource(scene, cited)) {
      inner.content = [[tokens[cited[0]]!.start, tokens[cited[1] - 1]!.end]];
      inner.quoted = [];
      inner.direct = false;
      inner.source = outer.source;
      inner.sharedSource = true;
      continue;
    }
    inner.source = cited;
    inner.content = outer.content.map(([s, e]) => [s, e]);
    inner.quoted = [];
    inner.direct = false;
    inner.outer = outer;
  }
}
