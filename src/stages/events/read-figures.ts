/**
 * The figures of casualty counts: taken from the numbers layer when the numbers stage ran; otherwise
 * read here from digits and common number words, with the qualifiers that matter for casualty figures
 * ("almost", "at least", "more than", "up to", "about", "dozens"), so the stage also works without it.
 */
import type { NumberExpression, NumberQualifier } from '../../model/layers/numbers.js';
import type { EventScene } from './event-scene.js';

/** A figure over tokens `[start, end)`, with the number layer's semantics. */
export interface Figure {
  start: number;
  end: number;
  value: number;
  qualifier: NumberQualifier;
  low?: number;
  high?: number;
  approximate: boolean;
}

const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100 };
const VAGUE: Record<string, { value: number; low: number }> = { dozens: { value: 12, low: 24 }, scores: { value: 20, low: 40 }, hundreds: { value: 100, low: 200 }, thousands: { value: 1000, low: 2000 } };
const QUALIFIERS: Array<[string[], NumberQualifier]> = [
  [['at', 'least'], 'at-least'], [['no', 'fewer', 'than'], 'at-least'], [['more', 'than'], 'more-than'], [['over'], 'more-than'], [['upwards', 'of'], 'more-than'],
  [['up', 'to'], 'at-most'], [['at', 'most'], 'at-most'], [['fewer', 'than'], 'less-than'], [['less', 'than'], 'less-than'], [['almost'], 'almost'], [['nearly'], 'almost'], [['just', 'under'], 'almost'],
  [['about'], 'approximately'], [['around'], 'approximately'], [['some'], 'approximately'], [['roughly'], 'approximately'], [['approximately'], 'approximately'], [['an', 'estimated'], 'approximately'],
];

/** Bounds a qualifier implies for a stated value. */
export function boundsOf(value: number, qualifier: NumberQualifier): { low?: number; high?: number } {
  switch (qualifier) {
    case 'exact': return { low: value, high: value };
    case 'at-least': return { low: value };
    case 'more-than': return { low: value + 1 };
    case 'at-most': return { high: value };
    case 'less-than': case 'almost': return { high: value - 1 };
    default: return {};
  }
}

function readBare(scene: EventScene): Figure[] {
  const out: Figure[] = [];
  const w = scene.words;
  for (let i = 0; i < w.length; i++) {
    const word = w[i]!;
    let value: number | undefined;
    let vague: { value: number; low: number } | undefined;
    if (/^\d{1,3}(?:,\d{3})*$|^\d+$/.test(word)) value = Number(word.replace(/,/g, ''));
    else if (word in WORDS) value = WORDS[word];
    else if (word in VAGUE) vague = VAGUE[word];
    if (value === undefined && !vague) continue;
    let start = i;
    let qualifier: NumberQualifier = vague ? 'vague' : 'exact';
    for (const [q, kind] of QUALIFIERS) {
      if (q.every((x, k) => w[i - q.length + k] === x)) {
        start = i - q.length;
        if (!vague) qualifier = kind;
        break;
      }
    }
    if (vague) out.push({ start, end: i + 1, value: vague.value, qualifier, low: vague.low, approximate: true });
    else out.push({ start, end: i + 1, value: value!, qualifier, ...boundsOf(value!, qualifier), approximate: qualifier !== 'exact' });
  }
  return out;
}

function fromLayer(scene: EventScene, numbers: readonly NumberExpression[]): Figure[] {
  return numbers.map((n) => {
    // The figure includes its qualifier words ("almost 40").
    const start = scene.tokenOf(Math.min(n.start, n.qualifierSpan?.start ?? n.start));
    let end = start;
    while (end < scene.tokens.length && scene.tokens[end]!.start < n.end) end++;
    const f: Figure = { start, end, value: n.value, qualifier: n.qualifier, approximate: n.approximate };
    if (n.low !== undefined) f.low = n.low;
    if (n.high !== undefined) f.high = n.high;
    return f;
  });
}

/** The document's figures, in text order. */
export function readFigures(scene: EventScene): Figure[] {
  const numbers = scene.doc.layers.numbers;
  return numbers ? fromLayer(scene, numbers) : readBare(scene);
}
