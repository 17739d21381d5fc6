/**
 * The default analysis, in order. This list is the table of contents of newslens: each line is one
 * stage in `src/stages/<name>/`. Order matters where a comment says why; `createPipeline` checks that
 * every stage's needs are provided above it.
 */
import type { Stage } from './stage.js';
import { structureStage } from '../stages/structure/index.js';
import { posStage } from '../stages/pos/index.js';
import { quotesStage } from '../stages/quotes/index.js';

export const DEFAULT_STAGES: readonly Stage[] = [
  structureStage, // paragraphs, tokens, sentences: everything else reads these
  posStage, // token.pos: the NER tagger and the quote rules read the tags
  quotesStage, // after pos (verb tags) and, once present, entities (speakers resolve to mentions)
];
