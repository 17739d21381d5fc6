/**
 * The `pos` stage: Penn Treebank part-of-speech tags on the tokens (`token.pos`), from an averaged
 * perceptron trained on CoNLL-2003 by scripts/train-pos.ts, with a tag dictionary of frequent words that
 * (almost) always take one tag there. Works on lower-case and ALL-CAPS text too.
 */
import type { Stage } from '../../pipeline/stage.js';
import { describeSentence, posTagArray, rememberPosTags } from './describe-sentence.js';
import { posModel, tagIds, type PosTagOptions } from './tag-pos.js';

export { tagWords, type PosTagOptions } from './tag-pos.js';

/**
 * A `pos` stage tagging as `options` say. The pipeline's is `posStage` (tag dictionary on); the
 * training scripts of the models that read POS tags make theirs without it (see `PosTagOptions`).
 */
export function createPosStage(options: PosTagOptions): Stage {
  return {
    name: 'pos',
    needs: ['tokens', 'sentences'],
    provides: ['tokens.pos'],
    version: '1',
    run(doc) {
      const tokens = doc.layers.tokens ?? [];
      const model = posModel(options);
      const classes = model.header.classes;
      const tags = posTagArray(tokens);
      for (const sentence of doc.layers.sentences ?? []) {
        tagIds(describeSentence(tokens, sentence), model, tags, sentence.tokenStart);
        for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) tokens[t]!.pos = classes[tags[t]!]!;
      }
      rememberPosTags(tokens, tags);
    },
  };
}

/** The pipeline's `pos` stage: words of the tag dictionary take their tag without scoring. */
export const posStage: Stage = createPosStage({ useTagDictionary: true });
