/**
 * The default analysis, in order. This list is the table of contents of newslens: each line is one
 * stage in `src/stages/<name>/`. Order matters where a comment says why; `createPipeline` checks that
 * every stage's needs are provided above it.
 */
import type { Stage } from './stage.js';
import { structureStage } from '../stages/structure/index.js';
import { posStage } from '../stages/pos/index.js';
import { entitiesStage } from '../stages/entities/index.js';
import { quotesStage } from '../stages/quotes/index.js';
import { claimsStage } from '../stages/claims/index.js';
import { eventsStage } from '../stages/events/index.js';
import { datesStage } from '../stages/dates/index.js';
import { numbersStage } from '../stages/numbers/index.js';
import { placesStage } from '../stages/places/index.js';
import { framingStage } from '../stages/framing/index.js';

export const DEFAULT_STAGES: readonly Stage[] = [
  structureStage, // paragraphs, tokens, sentences: everything else reads these
  posStage, // token.pos: the NER tagger and the quote rules read the tags
  entitiesStage, // mentions, entities: speakers, places and actors are resolved through these
  datesStage, // time expressions (TIMEX3), resolved against the publication date
  numbersStage, // after dates: figures inside time expressions ("three years", "2022") are not counts
  placesStage, // after entities: place mentions and government metonyms come from there; before events (event locations)
  quotesStage, // after pos (verb tags) and entities (speakers resolve to mentions, pronouns included)
  claimsStage, // after quotes: a quote's content is an attributed claim, the rest is the outlet's voice
  eventsStage, // after every layer it reads: quotes and claims say who asserts each event and figure
  framingStage, // last: techniques, naming and tone, each marker in the voice the quotes layer gives it
];
