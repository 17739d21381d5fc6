/**
 * Turns number candidates into annotations: the qualifier before the figure ("almost", "at least",
 * "more than"...) or after it ("or more", "or so") kept apart from the figure, the bounds it implies,
 * and the unit when the figure is a percentage or a sum of money rather than a count.
 */
import type { NumberExpression, NumberQualifier } from '../../model/layers/numbers.js';
import type { Token } from '../../model/layers/structure.js';
import { spanOf, type Span } from '../../model/span.js';
import type { NumberCandidate } from './find-numbers.js';
import { boundsFor, qualifierTerms } from './number-qualifiers.js';
import { lowerCase } from './lower-case.js';

export const NUMBERS_STAGE = 'numbers';

const PERCENT = new Set(['%', 'percent', 'per', 'pct']);
const CURRENCY_BEFORE = new Set(['$', '€', '£', '¥', '₽', '₴', 'us$', 'usd', 'eur']);
const CURRENCY_AFTER = new Set(['dollars', 'euros', 'pounds', 'rubles', 'roubles', 'hryvnias', 'hryvnia', 'yuan', 'yen', 'francs']);

/** One annotation per candidate, with ids n1, n2... in text order. */
export function attachQualifiers(text: string, tokens: readonly Token[], candidates: readonly NumberCandidate[]): NumberExpression[] {
  return candidates.map((c, index) => {
    const first = tokens[c.from]!;
    const last = tokens[c.to - 1]!;
    // The words on either side, lower-cased once for the qualifier and unit tests ('' past the text's edge).
    const previous = lowerCase(tokens[c.from - 1]?.text ?? '');
    const next = lowerCase(tokens[c.to]?.text ?? '');
    const before = qualifierBefore(text, tokens, c.from, previous);
    const after = before ? undefined : qualifierAfter(text, tokens, c.to, next);
    const found = before ?? after;
    const qualifier: NumberQualifier = found?.qualifier ?? (c.kind === 'vague' ? 'vague' : 'exact');
    // "about a dozen", "dozens": estimates either way.
    const approximate = found ? found.approximate || c.kind === 'vague' : c.kind === 'vague';
    // The span's fields written out, not spread into the literal (a spread copies through a runtime builtin per figure).
    const span = spanOf(text, first.start, last.end);
    const expression: NumberExpression = {
      id: `n${index + 1}`,
      start: span.start,
      end: span.end,
      text: span.text,
      stage: NUMBERS_STAGE,
      rule: found ? `${c.kind}+${found.id}` : c.kind,
      value: c.value,
      qualifier,
      approximate,
    };
    if (found) expression.qualifierSpan = found.span;
    if (c.kind === 'range') {
      expression.low = c.value;
      expression.high = c.rangeHigh!;
    } else {
      const bounds = boundsFor(qualifier, c.value, c.kind === 'vague' && !found);
      if (bounds.low !== undefined) expression.low = bounds.low;
      if (bounds.high !== undefined) expression.high = bounds.high;
    }
    const unit = unitOf(tokens, c.to, previous, next);
    if (unit) expression.unit = unit;
    return expression;
  });
}

interface FoundQualifier {
  id: string;
  qualifier: NumberQualifier;
  approximate: boolean;
  span: Span;
}

/** The qualifier ending at the word before the figure, `previous` (that word lower-cased). */
function qualifierBefore(text: string, tokens: readonly Token[], from: number, previous: string): FoundQualifier | undefined {
  const last = tokens[from - 1];
  if (!last) return undefined;
  for (const term of qualifierTerms().get(previous) ?? []) {
    const start = from - term.words.length;
    if (start < 0) continue;
    let ok = true;
    for (let k = 0; k < term.words.length && ok; k++) ok = tokens[start + k]!.text.toLowerCase() === term.words[k];
    if (ok) return { id: term.entry.id, qualifier: term.entry.qualifier, approximate: term.entry.approximate, span: spanOf(text, tokens[start]!.start, last.end) };
  }
  return undefined;
}

/** "40 or more" → at least 40; "40 or so" → about 40 (`next`: the word after the figure, lower-cased). */
function qualifierAfter(text: string, tokens: readonly Token[], to: number, next: string): FoundQualifier | undefined {
  if (next !== 'or') return undefined;
  const what = tokens[to + 1]?.text.toLowerCase();
  if (what !== 'more' && what !== 'so') return undefined;
  const span = spanOf(text, tokens[to]!.start, tokens[to + 1]!.end);
  return what === 'more' ? { id: 'or-more', qualifier: 'at-least', approximate: false, span } : { id: 'or-so', qualifier: 'approximately', approximate: true, span };
}

/** Percent or money, from the words around the figure (`previous`, `next`: lower-cased, '' past the text's edge). */
function unitOf(tokens: readonly Token[], to: number, previous: string, next: string): NumberExpression['unit'] | undefined {
  if (PERCENT.has(next) && (next !== 'per' || tokens[to + 1]?.text.toLowerCase() === 'cent')) return 'percent';
  if (CURRENCY_BEFORE.has(previous) || CURRENCY_AFTER.has(next)) return 'money';
  return undefined;
}
