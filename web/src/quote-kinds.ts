/**
 * What each quote's cue reports, in words an analyst reads, and the "speech only / all attributions"
 * filter of the article view. The quotes layer holds PolNeAR-style attributions of beliefs, feelings,
 * plans and findings beside speech; an analyst checking who *said* what keeps to speech, one mapping
 * who holds which view reads them all. Pure: no DOM here.
 */
import type { CueKind, Quote } from '../../src/model/layers/quotes.js';

/** Which quotes the article view shows: those whose cue is speech, or every attribution. */
export type QuoteScope = 'speech' | 'all';

export const QUOTE_SCOPES: ReadonlyArray<{ scope: QuoteScope; label: string }> = [
  { scope: 'speech', label: 'Speech only' },
  { scope: 'all', label: 'All attributions (beliefs, stances, plans, findings too)' },
];

/** The default: everything the layer holds, as before the filter existed. */
export const DEFAULT_QUOTE_SCOPE: QuoteScope = 'all';

const KIND_LABELS: Record<CueKind, string> = {
  speech: 'speech (said or wrote)',
  cognition: 'belief or thought',
  stance: 'stance (feeling about or support for)',
  perception: 'perception (saw, heard)',
  intention: 'intention (plan, wish, commitment)',
  decree: 'decree (ruling, order)',
  evidence: 'evidence (a finding shown)',
};

/** What a quote's cue reports, readable ("belief or thought"); says so when no lexicon knew the cue. */
export function cueKindLabel(q: Pick<Quote, 'cueKind'>): string {
  return q.cueKind ? KIND_LABELS[q.cueKind] : 'kind not known';
}

/** The store's `kind` filter for a scope: speech only asks the store for speech; all asks nothing. */
export function quoteKindParam(scope: QuoteScope): 'speech' | undefined {
  return scope === 'speech' ? 'speech' : undefined;
}

/**
 * Whether a quote is shown under a scope. "Speech only" keeps what is known to be speech: a quote
 * whose cue's kind is not known is left out, so the filtered view never passes a belief off as words.
 */
export function inQuoteScope(q: Quote, scope: QuoteScope): boolean {
  return scope === 'all' || q.cueKind === 'speech';
}

/** A scope from the address (`?quotes=speech`); anything else is the default. */
export function parseQuoteScope(value: string | null | undefined): QuoteScope {
  return value === 'speech' || value === 'all' ? value : DEFAULT_QUOTE_SCOPE;
}

/** "Showing 3 of 5 attributions: 2 hidden (1 belief or thought, 1 kind not known)." for a status line. */
export function quoteScopeSummary(quotes: readonly Quote[], scope: QuoteScope): string {
  const hidden = new Map<string, number>();
  let shown = 0;
  for (const q of quotes) {
    if (inQuoteScope(q, scope)) shown++;
    else hidden.set(cueKindLabel(q), (hidden.get(cueKindLabel(q)) ?? 0) + 1);
  }
  const noun = quotes.length === 1 ? 'attribution' : 'attributions';
  if (hidden.size === 0) return `Showing all ${quotes.length} ${noun}.`;
  const parts = [...hidden].map(([label, n]) => `${n} ${label}`);
  return `Showing ${shown} of ${quotes.length} ${noun}: ${quotes.length - shown} hidden (${parts.join(', ')}).`;
}
