/** Report section: numbers with their qualifiers and the bounds they imply ("almost 40" → at most 39). */
import type { NumberExpression } from '../../model/layers/numbers.js';
import type { ReportSection } from '../section.js';
import { escapeHtml } from '../escape.js';
import { textTable } from '../table.js';

function bounds(n: NumberExpression): string {
  if (n.low !== undefined && n.high !== undefined) return `${n.low}–${n.high}`;
  if (n.low !== undefined) return `≥ ${n.low}`;
  if (n.high !== undefined) return `≤ ${n.high}`;
  return '';
}

function qualifierText(n: NumberExpression): string {
  return n.qualifierSpan ? `${n.qualifier} ("${n.qualifierSpan.text}")` : n.qualifier;
}

export const numbersSection: ReportSection = {
  title: 'Numbers',
  text(doc) {
    const numbers = doc.layers.numbers ?? [];
    if (numbers.length === 0) return [];
    return textTable(
      ['text', 'value', 'qualifier', 'bounds', 'approx.', 'unit'],
      numbers.map((n) => [n.text, String(n.value), qualifierText(n), bounds(n), n.approximate ? 'yes' : '', n.unit ?? '']),
    );
  },
  html(doc) {
    const numbers = doc.layers.numbers ?? [];
    if (numbers.length === 0) return '';
    const rows = numbers
      .map((n) => `<tr><td>${escapeHtml(n.text)}</td><td>${n.value}</td><td>${escapeHtml(qualifierText(n))}</td><td>${escapeHtml(bounds(n))}</td><td>${n.approximate ? 'yes' : ''}</td><td>${escapeHtml(n.unit ?? '')}</td></tr>`)
      .join('');
    return `<table class="numbers"><thead><tr><th>text</th><th>value</th><th>qualifier</th><th>bounds</th><th>approx.</th><th>unit</th></tr></thead><tbody>${rows}</tbody></table>`;
  },
  highlights(doc) {
    return (doc.layers.numbers ?? []).flatMap((n) => {
      const title = `${n.value} ${n.qualifier}${bounds(n) ? ` ${bounds(n)}` : ''}${n.unit ? ` ${n.unit}` : ''}`;
      const figure = { start: n.start, end: n.end, className: 'number', title };
      return n.qualifierSpan ? [{ start: n.qualifierSpan.start, end: n.qualifierSpan.end, className: 'number-qualifier', title: `qualifier: ${n.qualifier}` }, figure] : [figure];
    });
  },
  legend: { number: ['number', '#ffe2b8'], 'number-qualifier': ['number qualifier', '#ffd0e0'] },
};
