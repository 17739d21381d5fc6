/**
 * ", and the governor tripped up Rubio ...": a coordinated clause with a subject and a finite verb of
 * its own after a cue's noun-phrase content ("unleashed attacks against Rubio in the debate, and the
 * governor ...", "opposes same-sex marriage, but he urged ..."). It is the outlet's next statement, not
 * part of what the cue reports: PolNeAR train gold ends the content before the comma and annotates the
 * second clause's cue on its own (our content ran on and swallowed it, so the later attribution was lost
 * as a nested one).
 */
import type { QuoteScene } from './quote-scene.js';
import { lowerWord } from './word-classes.js';

/** How many tokens the new clause's subject may have ("the New Jersey governor", "many of the party's donors"). */
const MAX_SUBJECT = 8;
const SUBJECT_TAGS = /^(DT|PDT|JJ[RS]?|NNP?S?|PRP\$?|POS|CD|IN)$/;

/** Words opening a relative clause, whose coordination may continue it ("a man whose age, 44, and background were ..."). */
const RELATIVES = new Set(['who', 'whose', 'whom', 'which', 'that']);

/**
 * Whether tokens from `t` (a comma) open ", and|but SUBJECT VERB" before `limit`, after a content
 * `[k, t)` that holds no relative clause.
 */
export function opensNewClause(scene: QuoteScene, k: number, t: number, limit: number): boolean {
  const { tokens } = scene;
  if (tokens[t]?.text !== ',') return false;
  for (let i = k; i < t; i++) if (RELATIVES.has(lowerWord(tokens[i]!))) return false;
  const conj = lowerWord(tokens[t + 1] ?? tokens[t]!);
  if (conj !== 'and' && conj !== 'but') return false;
  let j = t + 2;
  let noun = false;
  const end = Math.min(limit, j + MAX_SUBJECT);
  for (; j < end; j++) {
    const tag = tokens[j]!.pos ?? '';
    if (!SUBJECT_TAGS.test(tag)) break;
    // A preposition only inside the subject ("many of the donors"), not opening it.
    if (tag === 'IN' && (!noun || lowerWord(tokens[j]!) !== 'of')) return false;
    if (/^(NN|PRP$)/.test(tag)) noun = true;
  }
  if (!noun) return false;
  while (j < limit && tokens[j]!.pos === 'RB') j++;
  return j < limit && /^(VBD|VBZ|VBP|MD)$/.test(tokens[j]!.pos ?? '');
}
