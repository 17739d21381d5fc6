/**
 * Predictions for PTC-layout articles with one framing model: SI spans from the raw text alone, and a
 * technique for each given gold TC span (the k-th copy of a span listed k times gets the k-th guess).
 */
import type { FramingModel } from '../../stages/framing/model/framing-model.js';
import { classifySpans, predictSpans } from '../../stages/framing/model/framing-model.js';
import { contextFromText } from '../../stages/framing/model/text-context.js';
import type { PtcArticle, PtcSpan } from './read-ptc.js';

export interface PtcPrediction {
  id: string;
  si: PtcSpan[];
  tc: PtcSpan[];
}

/** Predicts SI spans and TC labels for one article. */
export function predictArticle(model: FramingModel, article: PtcArticle): PtcPrediction {
  const ctx = contextFromText(article.text, { useTagDictionary: true }); // as the pipeline tags
  const si = predictSpans(model, ctx).map((s) => ({ start: s.start, end: s.end }));
  const guesses = classifySpans(model, ctx, article.tc);
  const seen = new Map<string, number>();
  const tc = article.tc.map((span, i) => {
    const key = `${span.start}:${span.end}`;
    const copy = seen.get(key) ?? 0;
    seen.set(key, copy + 1);
    const ranked = guesses[i]!;
    return { start: span.start, end: span.end, technique: ranked[Math.min(copy, ranked.length - 1)]!.technique };
  });
  return { id: article.id, si, tc };
}
