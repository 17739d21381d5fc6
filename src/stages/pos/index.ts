/**
 * The `pos` stage: Penn Treebank part-of-speech tags on the tokens (`token.pos`), from an averaged
 * perceptron trained on CoNLL-2003 by scripts/train-pos.ts. Works on lower-case and ALL-CAPS text too.
 */
import type { Stage } from '../../pipeline/stage.js';
import { describeSentence, posTagArray, rememberPosTags } from './describe-sentence.js';
import { posModel, tagIds } from './tag-pos.js';

export { tagWords } from './tag-pos.js';

export const posStage: Stage = {
  name: 'pos',
  needs: ['tokens', 'sentences'],
  provides: ['tokens.pos'],
  version: '1',
  run(doc) {
    const tokens = doc.layers.tokens ?? [];
    const model = posModel();
    const classes = model.header.classes;
    const tags = posTagArray(tokens);
    for (const sentence of doc.layers.sentences ?? []) {
      tagIds(describeSentence(tokens, sentence), model, tags, sentence.tokenStart);
      for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) tokens[t]!.pos = classes[tags[t]!]!;
    }
    rememberPosTags(tokens, tags);
  },
};
