/**
 * The `numbers` stage: figures in digits and words with their qualifiers kept apart ("almost 40" →
 * qualifier `almost`, value 40, high 39, approximate), skipping numbers inside time expressions,
 * ordinals, clock times and names such as "S-300". See `numberBefore` to find the figure for a noun.
 */
import type { Stage } from '../../pipeline/stage.js';
import { attachQualifiers, NUMBERS_STAGE } from './attach-qualifiers.js';
import { findNumbers } from './find-numbers.js';

export { numberBefore, numbersIn } from './number-before.js';
export { parseNumber, parseDigits, numberWord } from './number-words.js';

/** Per token: inside a time expression. Reused between documents (a new typed array costs more than the stage's scan). */
let blockedBuffer = new Uint8Array(1024);

export const numbersStage: Stage = {
  name: NUMBERS_STAGE,
  needs: ['tokens', 'dates'],
  provides: ['numbers'],
  version: '1',
  run(doc) {
    const tokens = doc.layers.tokens ?? [];
    const dates = doc.layers.dates ?? [];
    // Tokens inside a time expression ("three years", "5 p.m.", "2022") are not counts.
    if (blockedBuffer.length < tokens.length) blockedBuffer = new Uint8Array(tokens.length * 2);
    const blocked = blockedBuffer;
    blocked.fill(0, 0, tokens.length);
    let d = 0;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      while (d < dates.length && dates[d]!.end <= token.start) d++;
      if (d < dates.length && dates[d]!.start < token.end) blocked[i] = 1;
    }
    doc.layers.numbers = attachQualifiers(doc.text, tokens, findNumbers(tokens, (i) => blocked[i] === 1));
  },
};
