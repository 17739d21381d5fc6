/**
 * ", and the governor tripped up Rubio ...": a coordinated clause with a subject and a finite verb of
 * its own after a cue's noun-phrase content ("unleashed attacks against Rubio in the debate, and the
 * governor ...", "opposes same-sex marriage, but he urged ..."). It is the outlet's next statement, not
 * part of what the cue reports: PolNeAR train gold ends the content before the comma and annotates the
 * second clause's cue on its own (our content ran on and swallowed it, so the later attribution was lost
 * as a nested one).
 */
import type { QuoteScene } from './quote-scene.js';
import { SUBORDINATORS, SUBORDINATOR_LEADS as LEADS, W_SUBORDINATOR, W_SUBORDINATOR_LEAD, bitsAt, isFiniteTag, lowerAt, lowerAtOr } from './word-classes.js';

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
  for (let i = k; i < t; i++) if (RELATIVES.has(lowerAt(tokens, i))) return false;
  const conj = lowerAtOr(tokens, t + 1, t);
  if (conj !== 'and' && conj !== 'but') return false;
  return subjectAndVerbAt(scene, t + 2, limit);
}

/**
 * "drew attention to himself when Cruz was discussing his immigration plan", "defended Melania Trump
 * even as he acknowledged ...": after a noun-phrase content, a subordinate clause with a subject and a
 * finite verb of its own is the outlet's setting of the act, not what the cue reports; PolNeAR train
 * gold ends the content before it and annotates a cue inside it on its own. Whether one opens at `t`.
 */
export function opensSubordinateClause(scene: QuoteScene, t: number, limit: number): boolean {
  const { tokens } = scene;
  let j = t;
  // SUBORDINATOR_LEADS and SUBORDINATORS (word-classes.ts) read as the word's bits: clauseEnd asks this of every token of a content.
  if (bitsAt(tokens, j) & W_SUBORDINATOR_LEAD && SUBORDINATORS.has(lowerAtOr(tokens, j + 1, j))) j++;
  if (!(bitsAt(tokens, j) & W_SUBORDINATOR) || (j === t && LEADS.has(lowerAtOr(tokens, t - 1, t)))) return false;
  const before = lowerAtOr(tokens, t - 1, t);
  // "in December when the businessman called ...", "back when the city landed ...": a clause that dates
  // the content's noun belongs to it (PolNeAR gold keeps it); "as many as 30 percent of them say" is a
  // comparison; a dash opens an aside ("- after a ruling made it legal -").
  if (TIME_WORDS.has(before) || MONTH.test(tokens[t - 1]?.text ?? '') || lowerAtOr(tokens, t - 2, t) === 'as' || /^[-–—]+$/.test(before)) return false;
  // "when it comes to health care": an idiom of the content's own.
  if (lowerAt(tokens, j) === 'when' && lowerAtOr(tokens, j + 1, j) === 'it' && /^(comes|came)$/.test(lowerAtOr(tokens, j + 2, j))) return false;
  return subjectAndVerbAt(scene, j + 1, limit);
}

/** Nouns of time a "when" or "since" clause may describe ("at a time when", "back when"). */
const TIME_WORDS = new Set(['back', 'time', 'times', 'day', 'days', 'year', 'years', 'moment', 'period', 'era', 'week', 'weeks', 'month', 'months', 'point', 'night', 'morning', 'evening', 'today', 'yesterday', 'hour', 'hours', 'half-hour', 'minutes', 'seconds', 'moments', 'shortly', 'soon', 'right', 'long']);
const MONTH = /^(January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Prepositions a subject may hold after its noun: "many of the donors", "officials in Kyiv", "voters at the rally", "donors from Ohio". */
const SUBJECT_PREPOSITIONS = new Set(['of', 'in', 'at', 'from']);

/** A subject noun phrase from `j` and a finite verb after it (adverbs between). */
function subjectAndVerbAt(scene: QuoteScene, j: number, limit: number): boolean {
  const { tokens } = scene;
  let noun = false;
  const end = Math.min(limit, j + MAX_SUBJECT);
  for (; j < end; j++) {
    const tag = tokens[j]!.pos ?? '';
    if (!SUBJECT_TAGS.test(tag)) break;
    // A preposition only inside the subject ("many of the donors", "authorities in Donetsk"), not opening it.
    if (tag === 'IN' && (!noun || !SUBJECT_PREPOSITIONS.has(lowerAt(tokens, j)))) return false;
    if (/^(NN|PRP$)/.test(tag)) noun = true;
  }
  if (!noun) return false;
  while (j < limit && tokens[j]!.pos === 'RB') j++;
  return j < limit && isFiniteTag(tokens[j]!.pos);
}
