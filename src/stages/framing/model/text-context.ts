/** Builds the model's article context from raw text alone (evaluation and training), as the stage would. */
import type { Document } from '../../../model/document.js';
import { splitParagraphs, splitSentences, tokenize } from '../../structure/index.js';
import { createPosStage, type PosTagOptions } from '../../pos/index.js';
import { buildArticleContext, type ArticleContext } from './article-context.js';
import { matchContextCues } from '../match-cues.js';

/**
 * Tokenizes, splits and tags `text` with the structure and pos stages, then matches the framing
 * lexicons. `pos`: as the pipeline tags (`useTagDictionary: true`) to evaluate or predict; fully scored
 * to make training text, so the committed model rebuilds byte for byte (see `PosTagOptions`).
 */
export function contextFromText(text: string, pos: PosTagOptions): ArticleContext {
  const paragraphs = splitParagraphs(text);
  const tokens = tokenize(text);
  const sentences = splitSentences(text, paragraphs, tokens);
  createPosStage(pos).run({ text, layers: { tokens, sentences } } as Document, { report: () => {} });
  const ctx = buildArticleContext(text, tokens, sentences);
  ctx.cues = matchContextCues(ctx).perToken;
  return ctx;
}
