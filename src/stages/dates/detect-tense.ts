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
export function detectTense(tokens: readonly TimeToken[], from: number, to: number, cues: Int8Array = tenseCues(tokens.length)): Tense {
  const sentence = tokens[from]!.sentence;
  for (let crossCommas = 0; crossCommas < 2; crossCommas++) {
    const left = scan(tokens, cues, sentence, from - 1, -1, crossCommas === 1);
    if (left !== 0) return TENSES[left]!;
    const right = scan(tokens, cues, sentence, to, 1, crossCommas === 1);
    if (right !== 0) return TENSES[right]!;
  }
  return 'none';
}

/** The cue nearest `start` in direction `step` within the sentence (and the clause unless `crossCommas`), as an index into `TENSES`. */
function scan(tokens: readonly TimeToken[], cues: Int8Array, sentence: number, start: number, step: number, crossCommas: boolean): number {
  for (let i = start, seen = 0; i >= 0 && i < tokens.length && seen < 30; i += step, seen++) {
    const t = tokens[i]!;
    if (t.sentence !== sentence || t.cls === 'END') return 0;
    if (!crossCommas && (t.cls === 'COMMA' || t.text === ';')) return 0;
    if (cues[i] === 0) cues[i] = TENSES.indexOf(cue(t.lower)) + 1;
    const tense = cues[i]! - 1;
    if (tense !== 0) return tense;
  }
  return 0;
}

const TENSES: readonly Tense[] = ['none', 'past', 'future'];
let cueBuffer = new Int8Array(1024);

/**
 * Room for the cue of each of `n` tokens, all unread, for the `detectTense` calls on one document's
 * tokens: every candidate (and each twice) scans the same words, so each word's cue is read once per
 * document. Its index in `TENSES` + 1, 0 not read yet. One buffer kept from document to document, valid
 * until the next call (made per document and set on the tokens array under a symbol, as before, the
 * allocation and the defineProperty were two thirds of this module's time).
 */
export function tenseCues(n: number): Int8Array {
  if (cueBuffer.length < n) cueBuffer = new Int8Array(Math.max(2 * cueBuffer.length, n));
  else cueBuffer.fill(0, 0, n);
  return cueBuffer;
}

function cue(word: string): Tense {
  if (FUTURE.has(word)) return 'future';
  if (PAST.has(word) || (ED_VERB.test(word) && word !== 'need' && word !== 'speed')) return 'past';
  return 'none';
}
