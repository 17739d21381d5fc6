/**
 * The quote stage's working record of an attribution (a Draft) and the one way to make one.
 */
import type { CueCandidate } from './find-cues.js';
import type { TokenRange } from './find-source.js';

/**
 * An attribution before it becomes a Quote. Every field is always present (`undefined` where unset) and
 * drafts are made only by `newDraft`, so that all drafts share one hidden class: with optional fields
 * added in different orders (and `delete draft.source`, which turns an object into a dictionary) the
 * code reading drafts went megamorphic (LoadIC in findDrafts, attachCues, toQuotes: bprof).
 */
export interface Draft {
  cue: CueCandidate;
  content: Array<[number, number]>;
  source: TokenRange | undefined;
  /** The content is quotations only. */
  direct: boolean;
  /** Quoted spans inside the content. */
  quoted: number[];
  /** How the pieces were found. */
  shape: 'quote-before' | 'preposition' | 'after' | 'before' | 'parenthetical' | 'adverb';
  /** The source is the previous cue's (coordination, participle). */
  sharedSource: boolean;
  /** The attribution this one qualifies though its cue is outside that one's content ("X, citing Y, said"). */
  outer: Draft | undefined;
  /**
   * Set by the after shape (attach-content-shapes.ts), which asks it anyway: whether the cue is a passive
   * with no agent (isAgentlessPassive), so that no speaker stands in the sentence.
   */
  agentless: boolean | undefined;
}

/** A draft with its own (not shared) source, no outer attribution, `agentless` not yet asked. */
export function newDraft(cue: CueCandidate, content: Array<[number, number]>, source: TokenRange | undefined, direct: boolean, quoted: number[], shape: Draft['shape']): Draft {
  return { cue, content, source, direct, quoted, shape, sharedSource: false, outer: undefined, agentless: undefined };
}
