/**
 * Voice: whose words a span is in. A span inside quotation marks is a source's words: the innermost
 * quote of the quotes layer that holds it gives the quote and speaker; marks that no quote explains
 * (scare quotes) give a source whose speaker is "unknown". Everything else is the outlet's own voice,
 * indirect speech included, since a paraphrase is worded by the outlet.
 */
import type { Voice } from '../../model/layers/framing.js';
import type { Quote } from '../../model/layers/quotes.js';
import { tokensIn } from '../../model/text-index.js';
import type { ArticleContext } from './model/article-context.js';

const OUTLET: Voice = { kind: 'outlet' };

/** Assigns voices to spans of one document; built once per document. */
export class VoiceResolver {
  private readonly quotes: Array<{ quote: Quote; start: number; end: number; size: number; direct: boolean }> = [];

  constructor(private readonly ctx: ArticleContext, quotes: readonly Quote[] | undefined) {
    // Plain loops (no flatMap, filter or reduce): built for every article, asked a few times each.
    if (quotes) {
      for (const quote of quotes) {
        const direct = quote.form === 'direct';
        for (const c of quote.content) this.quotes.push({ quote, start: c.start, end: c.end, size: c.end - c.start, direct });
      }
    }
  }

  /** The voice of `[start, end)`. */
  voiceOf(start: number, end: number): Voice {
    // The innermost holder: the first of the smallest size, among the quote parts holding the span.
    let innermost: { quote: Quote; size: number } | undefined;
    let direct = false;
    for (const q of this.quotes) {
      if (q.start > start || end > q.end) continue;
      if (q.direct) direct = true;
      if (innermost === undefined || q.size < innermost.size) innermost = q;
    }
    const [from, to] = tokensIn(this.ctx.tokens, start, end);
    let marked = to > from;
    for (let i = from; i < to && marked; i++) if (!this.ctx.quoted[i]) marked = false;
    if (!marked && !direct) return OUTLET;
    if (innermost === undefined) return { kind: 'source', speaker: 'unknown' };
    const voice: Voice = { kind: 'source', quote: innermost.quote.id };
    voice.speaker = innermost.quote.speaker?.name ?? 'unknown';
    return voice;
  }
}

/** A short label for a voice: "outlet", or the speaker's name. */
export function voiceLabel(voice: Voice): string {
  return voice.kind === 'outlet' ? 'outlet' : (voice.speaker ?? 'unknown');
}
