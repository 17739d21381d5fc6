/**
 * The `quotes` stage: who said what. Finds quotation marks on the raw text, cues from the lexicons,
 * attaches content and source to each cue, merges continued quotations, nests attributions inside
 * others and resolves speakers to entities. Each quote records its form (direct, indirect, mixed).
 */
import type { Document } from '../../model/document.js';
import type { Quote, QuoteForm } from '../../model/layers/quotes.js';
import { spanOf, type Span } from '../../model/span.js';
import { firstEndingAfter } from '../../model/text-index.js';
import type { Stage } from '../../pipeline/stage.js';
import { attachCues, type Draft } from './attach-cues.js';
import { prepareFeatures, type CueFeatureContext } from './cue-features.js';
import { findCues, type CueCandidate } from './find-cues.js';
import { headlinePresentCues } from './find-headline-verbs.js';
import { mergeModelCues } from './find-model-cues.js';
import { findLabelledQuotes } from './find-labelled-quotes.js';
import { hearsayDrafts } from './find-hearsay-adverb.js';
import { findQuotedSpans } from './find-quoted-spans.js';
import { mergeContinuedQuotes } from './merge-continued-quotes.js';
import { nestQuotes } from './nest-quotes.js';
import { buildScene, type QuoteScene } from './quote-scene.js';
import { resolveSpeakers } from './resolve-speakers.js';
import { linkHeadlineSpeakers } from './link-headline-speaker.js';
import { headlineAt } from './headline-lines.js';
import { MARKS_BUFFER, stageBuffer } from './stage-buffers.js';

export const quotesStage: Stage = {
  name: 'quotes',
  needs: ['paragraphs', 'tokens', 'sentences', 'tokens.pos', 'mentions', 'entities', 'dates'],
  provides: ['quotes'],
  version: '1',
  run(doc, ctx) {
    const paragraphs = doc.layers.paragraphs ?? [];
    const quoted = findQuotedSpans(doc.text, paragraphs, (offset) => ctx.report('W_QUOTE_UNMATCHED', `The quotation mark at ${offset} is not closed in its paragraph.`, spanOf(doc.text, offset, offset + 1)));
    const scene = buildScene(doc, quoted, true);
    const drafts = findDrafts(scene);
    const paragraphOf = (offset: number): number => Math.min(firstEndingAfter(paragraphs, offset), paragraphs.length - 1);
    mergeContinuedQuotes(scene, drafts, quotedBy(drafts), paragraphOf);
    doc.layers.quotes = toQuotes(doc, scene, drafts);
  },
};

/** Drafts for every sentence, skipping cues inside quotations (the speaker's own words). */
function findDrafts(scene: QuoteScene): Draft[] {
  const drafts: Draft[] = [];
  const used = new Set<number>();
  const features = featureContext(scene);
  prepareFeatures(features);
  for (const sentence of scene.sentences) {
    const found = findCues(scene.tokens, sentence.tokenStart, sentence.tokenEnd, features, headlineAt(scene, sentence.tokenStart) === 'title-case');
    const headlineCues = headlinePresentCues(scene, sentence.tokenStart, sentence.tokenEnd, found, features);
    const lexiconCues = headlineCues.length > 0 ? [...found, ...headlineCues].sort((a, b) => a.from - b.from) : found;
    const cues = outsideDoubleQuotes(scene, mergeModelCues(features, lexiconCues, sentence.tokenStart, sentence.tokenEnd));
    drafts.push(...attachCues(scene, cues, sentence.tokenStart, sentence.tokenEnd, used, features));
    drafts.push(...hearsayDrafts(scene, sentence.tokenStart, sentence.tokenEnd, drafts, features));
  }
  // Layout-marked attributions whose cue no verb-led draft took (headline, transcript turn, signature).
  const labelled = findLabelledQuotes(scene, used);
  if (labelled.length > 0) {
    const cueTokens = new Set<number>();
    for (const d of drafts) cueTokens.add(d.cue.from).add(d.cue.to - 1);
    for (const draft of labelled) if (!cueTokens.has(draft.cue.head)) drafts.push(draft);
  }
  return drafts.sort((a, b) => a.cue.from - b.cue.from);
}

/**
 * The cues whose head is outside any quotation but a single-quoted one. A loop in place of a filter
 * with a closure made per sentence (findDrafts' calls into baseline code were .11% of all ticks).
 */
function outsideDoubleQuotes(scene: QuoteScene, cues: CueCandidate[]): CueCandidate[] {
  const kept: CueCandidate[] = [];
  for (const c of cues) {
    const q = scene.insideQuote[c.head]!;
    if (q < 0 || scene.quoted[q]!.marks === 'single') kept.push(c);
  }
  return kept;
}

/**
 * The quotations the drafts hold. A loop, not `new Set(drafts.flatMap(...))`: flatMap with a callback
 * that returns an array cost more than the rest of the stage's bookkeeping (measured, cpu profile).
 */
function quotedBy(drafts: readonly Draft[]): Set<number> {
  const quoted = new Set<number>();
  for (const d of drafts) for (const q of d.quoted) quoted.add(q);
  return quoted;
}

/** The cue model's context for the document, on the stage's kept buffers (stage-buffers.ts). */
function featureContext(scene: QuoteScene): CueFeatureContext {
  const n = scene.tokens.length;
  const buffer = stageBuffer(MARKS_BUFFER, 2 * n);
  const opens = new Uint8Array(buffer, 0, n).fill(0);
  const closes = new Uint8Array(buffer, n, n).fill(0);
  for (const t of scene.opensAt.keys()) opens[t] = 1;
  for (const t of scene.closesAt.keys()) closes[t] = 1;
  return { tokens: scene.tokens, insideQuote: scene.insideQuote, opens, closes, stageRun: true };
}

function toQuotes(doc: Document, scene: QuoteScene, drafts: Draft[]): Quote[] {
  const nested = nestQuotes(scene, drafts);
  // One loop, not three maps with a closure each made per document (CompileLazy under toQuotes, .05% of all ticks).
  const sources: Array<Span | undefined> = [], sourceRanges: Array<Draft['source']> = [], nestedDrafts: Draft[] = [];
  for (const { draft } of nested) {
    sources.push(draft.source ? spanOf(doc.text, scene.tokens[draft.source[0]]!.start, scene.tokens[draft.source[1] - 1]!.end) : undefined);
    sourceRanges.push(draft.source);
    nestedDrafts.push(draft);
  }
  const index = doc.layers.mentions ? { mentions: doc.layers.mentions, entities: new Map((doc.layers.entities ?? []).map((e) => [e.id, e])) } : undefined;
  const speakers = resolveSpeakers(doc.text, scene.tokens, sourceRanges, index);
  linkHeadlineSpeakers(scene, nestedDrafts, speakers);
  return nested.map(({ draft, parent }, i) => {
    const pieces = draft.content.length > 1 ? [...draft.content].sort((a, b) => a[0] - b[0]) : draft.content;
    const content = pieces.map(([s, e]) => spanOf(doc.text, s, e));
    const quote: Quote = {
      id: `q${i + 1}`,
      stage: 'quotes',
      rule: `${draft.shape}/${draft.cue.rule}`,
      form: formOf(draft, parent !== undefined),
      content,
      cue: spanOf(doc.text, scene.tokens[draft.cue.from]!.start, scene.tokens[draft.cue.to - 1]!.end),
      cueEntry: draft.cue.entry,
    };
    if (draft.cue.confidence !== undefined) quote.confidence = draft.cue.confidence;
    // The cue's lexicon kind; a quotation whose cue no lexicon knows was said or written (speech).
    const kind = draft.cue.kind ?? (draft.direct ? 'speech' : undefined);
    if (kind) quote.cueKind = kind;
    if (sources[i]) quote.source = sources[i]!;
    if (speakers[i]) quote.speaker = speakers[i]!;
    if (parent !== undefined) quote.parent = `q${parent + 1}`;
    return quote;
  });
}

/**
 * Direct when the content is quotations only; mixed when reported speech holds quoted words. Inside a
 * nested attribution, quoted words are the outer speaker's verbatim report, so it stays indirect.
 */
function formOf(draft: Draft, isNested: boolean): QuoteForm {
  if (draft.direct) return 'direct';
  if (draft.quoted.length > 0 && !isNested) return 'mixed';
  return 'indirect';
}
