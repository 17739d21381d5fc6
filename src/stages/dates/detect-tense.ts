/**
 * Tense around a time expression, from cheap word cues (no part-of-speech tags needed): the nearest
 * cue in the sentence decides. Past → a bare weekday or month is the latest one on or before
 * publication; future → the next one on or after.
 */
import type { TimeToken } from './classify-tokens.js';

export type Tense = 'past' | 'future' | 'none';

const FUTURE = new Set(['will', "'ll", '’ll', 'shall', 'wo', 'going', 'scheduled', 'expected', 'plans', 'plan', 'planned', 'due', 'upcoming', 'intends', 'aims']);
const PAST = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'met', 'went', 'came', 'took', 'began', 'left', 'held', 'saw', 'made', 'gave', 'found',
  'fell', 'rose', 'won', 'lost', 'spoke', 'sent', 'got', 'became', 'brought', 'hit', 'killed', 'shot', 'struck', 'ago', 'last', 'earlier',
  'previous', 'wrote', 'put', 'led', 'paid', 'sold', 'bought', 'ran', 'fled', 'chose', 'drew', 'flew', 'grew', 'knew', 'threw', 'thought',
]);
const ED_VERB = /^[a-z]{3,}ed$/;

/** The tense nearest to tokens `[from, to)`, looking no further than the sentence. */
export function detectTense(tokens: readonly TimeToken[], from: number, to: number): Tense {
  const sentence = tokens[from]!.sentence;
  for (let distance = 1; distance < 40; distance++) {
    const left = from - distance;
    const right = to - 1 + distance;
    const inLeft = left >= 0 && tokens[left]!.sentence === sentence && tokens[left]!.cls !== 'END';
    const inRight = right < tokens.length && tokens[right]!.sentence === sentence && tokens[right]!.cls !== 'END';
    if (!inLeft && !inRight) break;
    // Left first: "will meet on Monday", "said on Monday".
    const tense = (inLeft ? cue(tokens[left]!.lower) : 'none') ?? 'none';
    if (tense !== 'none') return tense;
    const after = inRight ? cue(tokens[right]!.lower) : 'none';
    if (after !== 'none') return after;
  }
  return 'none';
}

function cue(word: string): Tense {
  if (FUTURE.has(word)) return 'future';
  if (PAST.has(word) || (ED_VERB.test(word) && word !== 'need' && word !== 'speed')) return 'past';
  return 'none';
}
