/**
 * Markers from the framing model: spans the span model finds, each labelled with the technique the
 * classifier ranks first. The reason gives both probabilities and the runner-up, so a reader can weigh
 * a learned judgement that has no lexicon entry behind it.
 */
import type { FramingMarker, Technique } from '../../model/layers/framing.js';
import type { ArticleContext } from './model/article-context.js';
import { classifySpans, predictSpans, type FramingModel } from './model/framing-model.js';
import type { VoiceResolver } from './assign-voice.js';

/** A marker whose id (left empty, first so the layer's key order holds) the stage gives after sorting. */
type Draft = FramingMarker;

function percent(p: number): string {
  return `${Math.round(p * 100)}%`;
}

/** Predicts spans and techniques, and turns them into markers. */
export function findModelMarkers(model: FramingModel, ctx: ArticleContext, voices: VoiceResolver, stage: string): Draft[] {
  const spans = predictSpans(model, ctx);
  // The first two guesses are all a marker names (its technique and the runner-up).
  const guesses = classifySpans(model, ctx, spans, 2);
  return spans.map((span, i) => {
    const [first, second] = guesses[i]!;
    const text = ctx.text.slice(span.start, span.end);
    const runnerUp = second ? `, then ${second.technique.replace(/_/g, ' ')} (${percent(second.probability)})` : '';
    return {
      id: '',
      start: span.start,
      end: span.end,
      text,
      stage,
      rule: 'model:ptc',
      technique: first!.technique as Technique,
      reason: `The framing model, trained on the Propaganda Techniques Corpus, finds a propaganda technique here (mean token score ${percent(span.probability)}); most likely ${first!.technique.replace(/_/g, ' ')} (${percent(first!.probability)})${runnerUp}.`,
      voice: voices.voiceOf(span.start, span.end),
      method: 'model',
    };
  });
}
