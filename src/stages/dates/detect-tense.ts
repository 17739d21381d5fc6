/**
 * Tense around a time expression, from cheap word cues (no part-of-speech tags needed): the nearest
 * cue in the sentence decides. Past → a bare weekday or month is the latest one on or before
 * publication; future → the next one on or after.
 */
import type { TimeToken } from './time-token.js';

export type Tense = 'past' | 'future' | 'none';

const FUTURE = new Set(['will', "'ll", '’ll', 'shall', 'wo', 'would', 'going', 'scheduled', 'expected', 'expects', 'plans', 'plan', 'planning', 'due', 'upcoming', 'intends', 'aims', 'as soon as']);
const PAST = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'met', 'went', 'came', 'took', 'began', 'left', 'held', 'saw', 'made', 'gave', 'found',
  'fell', 'rose', 'won', 'lost', 'spoke', 'sent', 'got', 'became', 'brought', 'hit', 'killed', 'shot', 'struck', 'ago', 'last', 'earlier',
  'previous', 'wrote', 'put', 'led', 'paid', 'sold', 'bought', 'ran', 'fled', 'chose', 'drew', 'flew', 'grew', 'knew', 'threw', 'thought',
]);
const ED_VERB = /^[a-z]{3,}ed$/;

/**
 * The tense of the clause around tokens `[from, to)`: the nearest cue to the left within the clause
 * (English puts the verb before its time adverbial: "met on Monday", "will meet on Monday"), then to
 * the right within the clause ("On Monday, he met..."), then beyond commas, within the sentence.
 */
export function detectTense(tokens: readonly TimeToken[], from: number, to: number): Tense {
  const sentence = tokens[from]!.sentence;
  // Every candidate (and each twice) scans the same words: read each word's cue once per document.
  let cues = (tokens as TokensWithCues)[CUES];
  if (!cues || cues.length !== tokens.length) {
    cues = new Int8Array(tokens.length);
    if (Object.hasOwn(tokens, CUES)) (tokens as TokensWithCues)[CUES] = cues;
    else if (Object.isExtensible(tokens)) Object.defineProperty(tokens, CUES, { value: cues, writable: true, enumerable: false, configurable: true });
  }
  const known = cues;
  const cueAt = (i: number): Tense => {
    if (known[i] === 0) known[i] = TENSES.indexOf(cue(tokens[i]!.lower)) + 1;
    return TENSES[known[i]! - 1]!;
  };
  const inSentence = (i: number): boolean => i >= 0 && i < tokens.length && tokens[i]!.sentence === sentence && tokens[i]!.cls !== 'END';
  const scan = (start: number, step: number, crossCommas: boolean): Tense => {
    for (let i = start, seen = 0; inSentence(i) && seen < 30; i += step, seen++) {
      const t = tokens[i]!;
      if (!crossCommas && (t.cls === 'COMMA' || t.text === ';')) return 'none';
      const tense = cueAt(i);
      if (tense !== 'none') return tense;
    }
    return 'none';
  };
  for (const crossCommas of [false, true]) {
    const left = scan(from - 1, -1, crossCommas);
    if (left !== 'none') return left;
    const right = scan(to, 1, crossCommas);
    if (right !== 'none') return right;
  }
  return 'none';
}

const TENSES: readonly Tense[] = ['none', 'past', 'future'];
/**
 * Each word's cue, read once per document, lives on the tokens array under a module-private,
 * non-enumerable symbol: a WeakMap keyed by the array kept every document's entry alive through
 * young-generation GCs (V8's scavenger does not drop the entries of young keys), so it was promoted.
 */
const CUES = Symbol('newslens.dates.tenseCues');
type TokensWithCues = readonly TimeToken[] & { [CUES]?: Int8Array };

function cue(word: string): Tense {
  if (FUTURE.has(word)) return 'future';
  if (PAST.has(word) || (ED_VERB.test(word) && word !== 'need' && word !== 'speed')) return 'past';
  return 'none';
}
