/**
 * The `structure` stage: paragraphs (with the lines in title case and the wire datelines marked), tokens
 * and sentences.
 * Everything else builds on these.
 */
import type { Stage } from '../../pipeline/stage.js';
import { splitParagraphs } from './split-paragraphs.js';
import { splitSentences } from './split-sentences.js';
import { tokenize } from './tokenize.js';
import { markTitleCaseLines } from './mark-title-case-lines.js';
import { markDatelines } from './mark-datelines.js';

export { tokenize } from './tokenize.js';
export { splitParagraphs } from './split-paragraphs.js';
export { splitSentences } from './split-sentences.js';

export const structureStage: Stage = {
  name: 'structure',
  needs: [],
  provides: ['paragraphs', 'tokens', 'sentences'],
  version: '1',
  run(doc) {
    const paragraphs = splitParagraphs(doc.text);
    const tokens = tokenize(doc.text);
    markTitleCaseLines(paragraphs, tokens);
    markDatelines(doc.text, paragraphs, tokens, doc.meta.title);
    doc.layers.paragraphs = paragraphs;
    doc.layers.tokens = tokens;
    doc.layers.sentences = splitSentences(doc.text, paragraphs, tokens);
  },
};
