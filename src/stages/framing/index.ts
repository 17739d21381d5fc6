/**
 * The `framing` stage: how the article frames what it reports. Propaganda techniques and loaded
 * language (lexicon markers and the framing model's spans), euphemisms, hedges and distancing cues,
 * each in a voice (the outlet's own, or a quoted source's); naming choices for contested names and
 * terms; and tone per sentence and for the document.
 */
import { bySpan } from '../../model/span.js';
import type { Stage } from '../../pipeline/stage.js';
import { VoiceResolver } from './assign-voice.js';
import { findLexiconMarkers } from './find-lexicon-markers.js';
import { findModelMarkers } from './find-model-markers.js';
import { findNamingChoices } from './find-naming-choices.js';
import { matchContextCues } from './match-cues.js';
import { buildArticleContext } from './model/article-context.js';
import { defaultFramingModel } from './model/framing-model.js';
import { scoreTone } from './score-tone.js';

export { summarizeNaming, type NamingSummary } from './summarize-naming.js';
export { TONE_DEFINITION } from './score-tone.js';

const NAME = 'framing';

export const framingStage: Stage = {
  name: NAME,
  // quotes: voice assignment reads who said the words inside quotation marks.
  needs: ['tokens', 'sentences', 'tokens.pos', 'quotes'],
  provides: ['framing', 'naming', 'tone'],
  version: '1',
  run(doc) {
    const tokens = doc.layers.tokens ?? [];
    // Scratch arrays (reuse): the context lives only while this stage runs.
    const ctx = buildArticleContext(doc.text, tokens, doc.layers.sentences ?? [], undefined, true);
    const cues = matchContextCues(ctx);
    ctx.cues = cues.perToken;
    const voices = new VoiceResolver(ctx, doc.layers.quotes);
    const lexical = findLexiconMarkers(ctx, cues.matches, voices, NAME);
    // A model span that is exactly a lexicon match adds nothing but a second line: keep the lexicon's.
    // Both lists are a few markers long: a pairwise test costs less than a set of offset strings.
    const learned = findModelMarkers(defaultFramingModel(), ctx, voices, NAME).filter((m) => !lexical.some((l) => l.start === m.start && l.end === m.end));
    const drafts = [...lexical, ...learned].sort(bySpan);
    // Ids are set in place: the drafts carry an empty id first (copying each with a spread cost more).
    for (let i = 0; i < drafts.length; i++) drafts[i]!.id = `fr${i + 1}`;
    doc.layers.framing = drafts;
    const naming = findNamingChoices(ctx, voices, NAME);
    for (let i = 0; i < naming.length; i++) naming[i]!.id = `nm${i + 1}`;
    doc.layers.naming = naming;
    doc.layers.tone = scoreTone(ctx, cues.valence);
  },
};
