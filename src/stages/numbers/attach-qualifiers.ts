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

export const NUMBERS_STAGE = 'numbers';

const PERCENT = new Set(['%', 'percent', 'per', 'pct']);
const CURRENCY_BEFORE = new Set(['$', '€', '£', '¥', '₽', '₴', 'us$', 'usd', 'eur']);
const CURRENCY_AFTER = new Set(['dollars', 'euros', 'pounds', 'rubles', 'roubles', 'hryvnias', 'hryvnia', 'yuan', 'yen', 'francs']);

/** One annotation per candidate, with ids n1, n2... in text order. */
export function attachQualifiers(text: string, tokens: readonly Token[], candidates: readonly NumberCandidate[]): NumberExpression[] {
  return candidates.map((c, index) => {
    const first = tokens[c.from]!;
    const last = tokens[c.to - 1]!;
    const before = qualifierBefore(text, tokens, c.from);
    const after = before ? undefined : qualifierAfter(text, tokens, c.to);
    const found = before ?? after;
    const qualifier: NumberQualifier = found?.qualifier ?? (c.kind === 'vague' ? 'vague' : 'exact');
    // "about a dozen", "dozens": estimates either way.
    const approximate = found ? found.approximate || c.kind === 'vague' : c.kind === 'vague';
    const expression: NumberExpression = {
      id: `n${index + 1}`,
      ...spanOf(text, first.start, last.end),
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
    const unit = unitOf(tokens, c.from, c.to);
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

function qualifierBefore(text: string, tokens: readonly Token[], from: number): FoundQualifier | undefined {
  const last = tokens[from - 1];
  if (!last) return undefined;
  for (const term of qualifierTerms().get(last.text.toLowerCase()) ?? []) {
    const start = from - term.words.length;
    if (start < 0) continue;
    let ok = true;
    for (let k = 0; k < term.words.length && ok; k++) ok = tokens[start + k]!.text.toLowerCase() === term.words[k];
    if (ok) return { id: term.entry.id, qualifier: term.entry.qualifier, approximate: term.entry.approximate, span: spanOf(text, tokens[start]!.start, last.end) };
  }
  return undefined;
}

/** "40 or more" → at least 40; "40 or so" → about 40. */
function qualifierAfter(text: string, tokens: readonly Token[], to: number): FoundQualifier | undefined {
  const or = tokens[to]?.text.toLowerCase();
  const what = tokens[to + 1]?.text.toLowerCase();
  if (or !== 'or' || (what !== 'more' && what !== 'so')) return undefined;
  const span = spanOf(text, tokens[to]!.start, tokens[to + 1]!.end);
  return what === 'more' ? { id: 'or-more', qualifier: 'at-least', approximate: false, span } : { id: 'or-so', qualifier: 'approximately', approximate: true, span };
}

function unitOf(tokens: readonly Token[], from: number, to: number): NumberExpression['unit'] | undefined {
  const next = tokens[to]?.text.toLowerCase() ?? '';
  if (PERCENT.has(next) && (next !== 'per' || tokens[to + 1]?.text.toLowerCase() === 'cent')) return 'percent';
  const previous = tokens[from - 1]?.text.toLowerCase() ?? '';
  if (CURRENCY_BEFORE.has(previous) || CURRENCY_AFTER.has(next)) return 'money';
  return undefined;
}
