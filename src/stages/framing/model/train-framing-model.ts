/**
 * Trains the framing model on PTC-layout articles: token labels for span identification, one example
 * per gold technique span for classification. How spans are read off token scores (threshold, gap,
 * peak) is chosen by 4-fold cross-validation inside the training articles; then the model is trained on
 * all of them.
 */
import type { PtcArticle } from '../../../eval/framing/read-ptc.js';
import { scoreSi } from '../../../eval/framing/score-si.js';
import { overlaps } from '../../../model/span.js';
import { trainMultinomial, type Example } from './logistic.js';
import { quantise, trainHashedBinary, type HashedExample } from './hashed-logistic.js';
import type { ArticleContext } from './article-context.js';
import { decodeSpans, tokenProbabilities, type FramingModel, type SpanDecoding } from './framing-model.js';
import { sentenceSlots, tokenSlots } from './si-features.js';
import { hashTokens } from './si-token-hashes.js';
import { SlotList } from './feature-hash.js';
import { spanTextCounts, techniqueFeatures } from './tc-features.js';
import { contextFromText } from './text-context.js';

/** The 14 PTC techniques, in the order the model lists them. */
export const PTC_TECHNIQUES = [
  'Loaded_Language', 'Name_Calling,Labeling', 'Repetition', 'Exaggeration,Minimisation', 'Doubt', 'Appeal_to_fear-prejudice',
  'Flag-Waving', 'Causal_Oversimplification', 'Slogans', 'Appeal_to_Authority', 'Black-and-White_Fallacy',
  'Thought-terminating_Cliches', 'Whataboutism,Straw_Men,Red_Herring', 'Bandwagon,Reductio_ad_hitlerum',
] as const;

/** Learning rates and epochs chosen by cross-validation runs on ../shared/data/ptc (docs/framing.md says how). */
const SI_OPTIONS = { epochs: 5, learningRate: 0.02 };
const TC_OPTIONS = { epochs: 10, learningRate: 0.05 };

export interface Prepared {
  article: PtcArticle;
  ctx: ArticleContext;
}

/** Token examples for span identification: a token is positive when a gold span covers part of it. */
export function siExamples(items: readonly Prepared[]): HashedExample[] {
  const examples: HashedExample[] = [];
  const slots = new SlotList();
  for (const { article, ctx } of items) {
    const hashes = hashTokens(ctx);
    const inside = new Uint8Array(ctx.tokens.length);
    for (let i = 0; i < ctx.tokens.length; i++) if (article.si.some((g) => overlaps(g, ctx.tokens[i]!))) inside[i] = 1;
    for (let s = 0; s < ctx.sentences.length; s++) {
      const sentence = ctx.sentences[s]!;
      slots.length = 0;
      sentenceSlots(ctx, hashes, s, slots);
      const shared = slots.copy();
      for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
        slots.length = 0;
        tokenSlots(ctx, hashes, i, sentence.tokenStart, sentence.tokenEnd, slots);
        examples.push({ shared, own: slots.copy(), label: inside[i] ? 1 : 0 });
      }
    }
  }
  return examples;
}

/** Span examples for technique classification: one per gold TC line. */
export function tcExamples(items: readonly Prepared[]): Array<Example<string>> {
  const examples: Array<Example<string>> = [];
  for (const { article, ctx } of items) {
    const lowerText = ctx.text.toLowerCase();
    const counts = spanTextCounts(ctx, article.tc);
    const copies = new Map<string, number>();
    for (const s of article.tc) copies.set(`${s.start}:${s.end}`, (copies.get(`${s.start}:${s.end}`) ?? 0) + 1);
    for (const s of article.tc) {
      examples.push({ features: techniqueFeatures(ctx, lowerText, s.start, s.end, counts, copies.get(`${s.start}:${s.end}`) ?? 1), label: s.technique! });
    }
  }
  return examples;
}

/** Decoding settings tried on the out-of-fold probabilities of the training articles. */
function decodingGrid(): SpanDecoding[] {
  const grid: SpanDecoding[] = [];
  for (const threshold of [0.15, 0.2, 0.25, 0.3]) {
    for (const peak of [0, 0.25, 0.3, 0.35, 0.4]) for (const gap of [4, 8, 1000]) if (peak === 0 || peak > threshold) grid.push({ threshold, gap, peak });
  }
  return grid;
}

/**
 * Chooses the span threshold, gap and peak on the training articles alone, by cross-validation inside
 * them: article k (in id order) is in inner fold k mod 4; a model trained on three inner folds scores
 * the fourth, and the setting with the best SI F1 over all training articles wins. Inner models see
 * three quarters of the data, so their scores are calibrated close to the final model's.
 */
function chooseDecoding(prepared: readonly Prepared[], log: (line: string) => void): SpanDecoding {
  const INNER = 4;
  const scored = Array.from({ length: INNER }, (_, k) => k).flatMap((k) => {
    const model = quantise(trainHashedBinary(siExamples(prepared.filter((_, i) => i % INNER !== k)), SI_OPTIONS));
    return prepared.filter((_, i) => i % INNER === k).map(({ article, ctx }) => ({ article, ctx, p: tokenProbabilities(model, ctx) }));
  });
  const gold = new Map(scored.map(({ article }) => [article.id, article.si]));
  let best: SpanDecoding & { f1: number } = { threshold: 0.2, gap: 8, peak: 0, f1: -1 };
  for (const setting of decodingGrid()) {
    const predicted = new Map(scored.map(({ article, ctx, p }) => [article.id, decodeSpans(ctx, p, setting)]));
    const f1 = scoreSi(predicted, gold).f1;
    if (f1 > best.f1) best = { ...setting, f1 };
  }
  log(`span threshold ${best.threshold}, gap ${best.gap}, peak ${best.peak} (si.f1 ${best.f1.toFixed(4)} on the training articles, inner 4-fold)`);
  return { threshold: best.threshold, gap: best.gap, peak: best.peak };
}

/** Trains a complete model on the given articles. */
export function trainFramingModel(articles: readonly PtcArticle[], note: string, log: (line: string) => void = () => {}): FramingModel {
  const prepared = articles.map((article) => ({ article, ctx: contextFromText(article.text, { useTagDictionary: false }) }));
  const decoding = chooseDecoding(prepared, log);
  const si = quantise(trainHashedBinary(siExamples(prepared), SI_OPTIONS));
  const tc = trainMultinomial(tcExamples(prepared), PTC_TECHNIQUES, TC_OPTIONS);
  return {
    version: '1',
    trainedOn: { data: 'ptc', articles: articles.map((a) => a.id), note },
    si: { ...si, ...decoding },
    tc,
  };
}
