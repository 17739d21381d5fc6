/**
 * "accused Kyiv of shelling the plant", "urged lawmakers to reject the bill", "attacked Rubio for not
 * answering": a verb whose object comes before the rest of what it reports (lexicon
 * `object-cue-verbs`). PolNeAR's train gold marks the verb as the cue and starts the content at the
 * object; the shape (object, then the entry's preposition or an infinitive) tells the report from the
 * deed ("attacked the city", "pushed the cart").
 */
import { loadLexicon, type LexiconEntry } from '../../data/lexicon.js';
import type { Token } from '../../model/layers/structure.js';
import { lowerAt } from './word-classes.js';

interface ObjectCueEntry extends LexiconEntry {
  /** What follows the object: a preposition, or `to+verb` (an infinitive). */
  objectThen: string[];
}

let byForm: Map<string, ObjectCueEntry> | undefined;

function entries(): Map<string, ObjectCueEntry> {
  if (byForm) return byForm;
  byForm = new Map();
  for (const entry of loadLexicon<ObjectCueEntry>('object-cue-verbs').entries) for (const term of entry.terms) byForm.set(term, entry);
  return byForm;
}

/** The longest object before the preposition, in tokens ("the Obama administration's top lawyers"). */
const MAX_OBJECT = 7;
/** Tags inside a plain noun-phrase object. */
const OBJECT_TAGS = /^(DT|PDT|PRP|PRP\$|JJ|JJS|NN|NNS|NNP|NNPS|CD|POS)$/;
/** Nouns of a duration: "attacked the town for the third day", "shelled it over the weekend" are deeds in time. */
const DURATION_NOUNS = new Set(['day', 'days', 'night', 'nights', 'week', 'weeks', 'weekend', 'month', 'months', 'year', 'years', 'hour', 'hours', 'minutes', 'time', 'times', 'while', 'decades']);

/**
 * Whether the verb at `head` is an object cue here: a lexicon form tagged as an active verb, a noun
 * phrase after it, then the entry's preposition (not opening a duration) or "to" and a bare verb,
 * all before `to`.
 */
export function objectCueAt(tokens: readonly Token[], head: number, to: number): boolean {
  const entry = entries().get(lowerAt(tokens, head));
  const tag = tokens[head]!.pos;
  if (!entry || (tag !== undefined && !/^VB[DPZG]?$/.test(tag))) return false;
  let k = head + 1;
  while (k < to && k - head <= MAX_OBJECT && OBJECT_TAGS.test(tokens[k]!.pos ?? '') && !entry.objectThen.includes(lowerAt(tokens, k))) k++;
  if (k === head + 1 || k >= to - 1 || k - head > MAX_OBJECT) return false;
  const word = lowerAt(tokens, k);
  if (word === 'to' && entry.objectThen.includes('to+verb')) {
    let v = k + 1;
    while (v < to && tokens[v]!.pos === 'RB') v++;
    return v < to && tokens[v]!.pos === 'VB';
  }
  if (!entry.objectThen.includes(word)) return false;
  for (let j = k + 1; j < Math.min(to, k + 4); j++) if (DURATION_NOUNS.has(lowerAt(tokens, j))) return false;
  return true;
}
