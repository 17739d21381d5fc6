/**
 * Trains the framing model on PTC-layout articles: token labels for span identification, one example
 * per gold technique span for classification. The span threshold and gap are chosen on a validation
 * fifth of the training articles (every fifth in id order), then the model is retrained on all of them.
 */
import type { PtcArticle } from '../../../eval/framing/read-ptc.js';
import { scoreSi } from '../../../eval/framing/score-si.js';
import { overlaps } from '../../../model/span.js';
import { trainMultinomial, type Example } from './logistic.js';
import { trainHashedBinary, type HashedExample } from './hashed-logistic.js';
import type { ArticleContext } from './article-context.js';
import { decodeSpans, tokenProbabilities, type FramingModel } from './framing-model.js';
import { hashTokens, sentenceSlots, tokenSlots } from './si-features.js';
import { normalise, spanTextCounts, techniqueFeatures } from './tc-features.js';
import { contextFromText } from './text-context.js';

/** The 14 PTC techniques, in the order the model lists them. */
export const PTC_TECHNIQUES = [
  'Loaded_Language', 'Name_Calling,Labeling', 'Repetition', 'Exaggeration,Minimisation', 'Doubt', 'Appeal_to_fear-prejudice',
  'Flag-Waving', 'Causal_Oversimplification', 'Slogans', 'Appeal_to_Authority', 'Black-and-White_Fallacy',
  'Thought-terminating_Cliches', 'Whataboutism,Straw_Men,Red_Herring', 'Bandwagon,Reductio_ad_hitlerum',
] as const;

const THRESHOLDS = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4];
const GAPS = [2, 4, 8, 1000];
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
  const slots: number[] = [];
  for (const { article, ctx } of items) {
    const hashes = hashTokens(ctx);
    const inside = new Uint8Array(ctx.tokens.length);
    for (let i = 0; i < ctx.tokens.length; i++) if (article.si.some((g) => overlaps(g, ctx.tokens[i]!))) inside[i] = 1;
    for (let s = 0; s < ctx.sentences.length; s++) {
      const sentence = ctx.sentences[s]!;
      slots.length = 0;
      sentenceSlots(ctx, hashes, s, slots);
      const shared = Int32Array.from(slots);
      for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
        slots.length = 0;
        tokenSlots(ctx, hashes, i, sentence.tokenStart, sentence.tokenEnd, slots);
        examples.push({ shared, own: Int32Array.from(slots), label: inside[i] ? 1 : 0 });
      }
    }
  }
  return examples;
}

/** Span examples for technique classification: one per gold TC line. */
export function tcExamples(items: readonly Prepared[]): Array<Example<string>> {
  const examples: Array<Example<string>> = [];
  for (const { article, ctx } of items) {
    const lowerText = normalise(ctx.text);
    const counts = spanTextCounts(ctx, article.tc);
    const copies = new Map<string, number>();
    for (const s of article.tc) copies.set(`${s.start}:${s.end}`, (copies.get(`${s.start}:${s.end}`) ?? 0) + 1);
    for (const s of article.tc) {
      examples.push({ features: techniqueFeatures(ctx, lowerText, s.start, s.end, counts, copies.get(`${s.start}:${s.end}`) ?? 1), label: s.technique! });
    }
  }
  return examples;
}

/** Trains a complete model on the given articles. */
export function trainFramingModel(articles: readonly PtcArticle[], note: string, log: (line: string) => void = () => {}): FramingModel {
  const prepared = articles.map((article) => ({ article, ctx: contextFromText(article.text) }));
  const fit = prepared.filter((_, i) => i % 5 !== 0);
  const validation = prepared.filter((_, i) => i % 5 === 0);
  const probe = trainHashedBinary(siExamples(fit), SI_OPTIONS);
  const probabilities = validation.map(({ ctx }) => tokenProbabilities(probe, ctx));
  const gold = new Map(validation.map(({ article }) => [article.id, article.si]));
  let best = { threshold: 0.5, gap: 0, f1: -1 };
  for (const threshold of THRESHOLDS) {
    for (const gap of GAPS) {
      const predicted = new Map(validation.map(({ article, ctx }, k) => [article.id, decodeSpans(ctx, probabilities[k]!, threshold, gap)]));
      const f1 = scoreSi(predicted, gold).f1;
      if (f1 > best.f1) best = { threshold, gap, f1 };
    }
  }
  log(`span threshold ${best.threshold}, gap ${best.gap} (validation si.f1 ${best.f1.toFixed(4)})`);
  const si = trainHashedBinary(siExamples(prepared), SI_OPTIONS);
  const tc = trainMultinomial(tcExamples(prepared), PTC_TECHNIQUES, TC_OPTIONS);
  return {
    version: '1',
    trainedOn: { data: 'ptc', articles: articles.map((a) => a.id), note },
    si: { ...si, threshold: best.threshold, gap: best.gap },
    tc,
  };
}
