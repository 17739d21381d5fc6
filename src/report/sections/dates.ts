/** Report section: time expressions, each with its TIMEX3 value and what the text stated apart from what was implied. */
import type { Document } from '../../model/document.js';
import type { DateParts, TimeExpression } from '../../model/layers/dates.js';
import type { ReportSection } from '../section.js';
import { escapeHtml } from '../escape.js';
import { textTable } from '../table.js';

const PART_NAMES: Array<[keyof DateParts, string]> = [['year', 'year'], ['month', 'month'], ['day', 'day'], ['weekday', 'weekday'], ['hour', 'hour'], ['minute', 'minute']];

function parts(p: DateParts): string {
  return PART_NAMES.filter(([k]) => p[k] !== undefined).map(([k, name]) => `${name} ${p[k]}`).join(', ');
}

/** "2022-02 (LATE)", "PAST_REF, range … to 2022-06-14". */
function valueText(e: TimeExpression): string {
  let out = e.value + (e.mod ? ` (${e.mod})` : '');
  if (e.range) out += `, range ${e.range.start ?? '…'} to ${e.range.end ?? '…'}`;
  return out;
}

function anchorText(e: TimeExpression, doc: Document): string {
  if (!e.anchor) return '';
  if (e.anchor === 'publication') return 'publication';
  const source = doc.layers.dates?.find((d) => d.id === e.anchor);
  return source ? `"${source.text}"` : e.anchor;
}

export const datesSection: ReportSection = {
  title: 'Dates',
  text(doc) {
    const dates = doc.layers.dates ?? [];
    if (dates.length === 0) return [];
    return textTable(
      ['text', 'type', 'value', 'stated', 'implied', 'anchor'],
      dates.map((e) => [e.text, e.type, valueText(e), parts(e.stated), parts(e.implied), anchorText(e, doc)]),
    );
  },
  html(doc) {
    const dates = doc.layers.dates ?? [];
    if (dates.length === 0) return '';
    const rows = dates
      .map((e) => `<tr><td>${escapeHtml(e.text)}</td><td>${escapeHtml(e.type)}</td><td><code>${escapeHtml(valueText(e))}</code></td><td>${escapeHtml(parts(e.stated))}</td><td>${escapeHtml(parts(e.implied))}</td><td>${escapeHtml(anchorText(e, doc))}</td></tr>`)
      .join('');
    return `<table class="dates"><thead><tr><th>text</th><th>type</th><th>value</th><th>stated</th><th>implied</th><th>anchor</th></tr></thead><tbody>${rows}</tbody></table>`;
  },
  highlights(doc) {
    return (doc.layers.dates ?? []).map((e) => ({ start: e.start, end: e.end, className: 'date', title: `${e.type} ${valueText(e)}`, data: { value: e.value } }));
  },
  legend: { date: ['time expression', '#cfe8ff'] },
};
