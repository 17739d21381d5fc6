/**
 * Report section: who said what, and how firmly the outlet stands behind each statement. One row per
 * quote (source, cue, what the cue reports, content, form, claim status; nested quotes indented under
 * their parent), then the outlet's own assertions. The HTML page colours quotes by speaker and claims by status.
 */
import type { Document } from '../../model/document.js';
import type { Claim } from '../../model/layers/claims.js';
import type { Quote } from '../../model/layers/quotes.js';
import type { ReportSection } from '../section.js';
import type { HighlightSpan } from '../highlight.js';
import { escapeHtml } from '../escape.js';
import { textTable } from '../table.js';

const SPEAKER_COLOURS = ['#ffe0b3', '#d4f0c0', '#f3d1f4', '#c9e7f7', '#fff3a8', '#ffd0d0'];
const STATUS_COLOURS: Record<string, string> = { asserted: '#e6e6e6', hedged: '#fde2a7', disputed: '#f7c6a3', denied: '#f4a6a6', questioned: '#d9c8f0' };

function speakerName(q: Quote): string {
  if (!q.speaker) return q.source?.text ?? '(unnamed)';
  const via = q.speaker.resolvedBy === 'pronoun' || q.speaker.resolvedBy === 'nominal' ? ` ("${q.source?.text ?? ''}")` : '';
  return `${q.speaker.name}${via}`;
}

/** Speaker key → colour index, in order of first appearance. */
function speakerIndex(quotes: readonly Quote[]): Map<string, number> {
  const index = new Map<string, number>();
  for (const q of quotes) {
    const key = q.speaker?.entity ?? q.speaker?.name ?? q.source?.text ?? '';
    if (!index.has(key)) index.set(key, index.size);
  }
  return index;
}

function speakerKey(q: Quote): string {
  return q.speaker?.entity ?? q.speaker?.name ?? q.source?.text ?? '';
}

function claimFor(q: Quote, claims: readonly Claim[]): Claim | undefined {
  return claims.find((c) => c.quote === q.id);
}

function statusText(claim: Claim | undefined): string {
  return claim ? claim.statuses.join(', ') + (claim.negated ? ' (negated)' : '') : '';
}

function contentText(q: Quote): string {
  return q.content.map((c) => c.text).join(' … ');
}

function depth(q: Quote, byId: Map<string, Quote>): number {
  let d = 0;
  for (let p = q.parent; p && d < 5; p = byId.get(p)?.parent) d++;
  return d;
}

function outletClaims(doc: Document): Claim[] {
  return (doc.layers.claims ?? []).filter((c) => !c.quote);
}

export const attributionSection: ReportSection = {
  title: 'Attribution',
  text(doc) {
    const quotes = doc.layers.quotes ?? [];
    const claims = doc.layers.claims ?? [];
    if (quotes.length === 0 && claims.length === 0) return [];
    const byId = new Map(quotes.map((q) => [q.id, q]));
    const lines = textTable(
      ['#', 'source', 'cue', 'kind', 'content', 'form', 'status'],
      quotes.map((q) => [`${'  '.repeat(depth(q, byId))}${q.id}${q.parent ? `<${q.parent}` : ''}`, speakerName(q), q.cue?.text ?? '', q.cueKind ?? '', contentText(q), q.form, statusText(claimFor(q, claims))]),
    );
    const own = outletClaims(doc);
    if (own.length > 0) {
      lines.push('', "In the outlet's own voice:");
      for (const c of own) lines.push(`  [${c.statuses.join(', ')}${c.negated ? ', negated' : ''}] ${c.text.replace(/\s+/g, ' ')}${c.cues.length ? `  (cues: ${c.cues.map((x) => `"${x.text}" ${x.kind}`).join('; ')})` : ''}`);
    }
    return lines;
  },
  html(doc) {
    const quotes = doc.layers.quotes ?? [];
    const claims = doc.layers.claims ?? [];
    if (quotes.length === 0 && claims.length === 0) return '';
    const colours = speakerIndex(quotes);
    const byId = new Map(quotes.map((q) => [q.id, q]));
    const rows = quotes
      .map((q) => {
        const swatch = `<span class="quote-s${(colours.get(speakerKey(q)) ?? 0) % SPEAKER_COLOURS.length}">&nbsp;&nbsp;</span>`;
        const indent = depth(q, byId) ? `${'↳ '.repeat(depth(q, byId))}` : '';
        return `<tr><td>${escapeHtml(indent + q.id)}</td><td>${swatch} ${escapeHtml(speakerName(q))}</td><td>${escapeHtml(q.cue?.text ?? '')}</td><td>${escapeHtml(q.cueKind ?? '')}</td><td>${escapeHtml(contentText(q))}</td><td>${escapeHtml(q.form)}</td><td>${escapeHtml(statusText(claimFor(q, claims)))}</td></tr>`;
      })
      .join('');
    const own = outletClaims(doc)
      .map((c) => `<li><span class="claim-${escapeHtml(c.statuses[0] ?? 'asserted')}">${escapeHtml(c.statuses.join(', '))}</span> ${escapeHtml(c.text)}</li>`)
      .join('');
    return `<table class="attribution"><thead><tr><th>#</th><th>source</th><th>cue</th><th>kind</th><th>content</th><th>form</th><th>status</th></tr></thead><tbody>${rows}</tbody></table>${own ? `<h3>Outlet's own voice</h3><ul>${own}</ul>` : ''}`;
  },
  highlights(doc) {
    const quotes = doc.layers.quotes ?? [];
    const colours = speakerIndex(quotes);
    const spans: HighlightSpan[] = [];
    for (const q of quotes) {
      const cls = `quote-s${(colours.get(speakerKey(q)) ?? 0) % SPEAKER_COLOURS.length}`;
      const title = `${speakerName(q)} — ${q.cue?.text ?? ''} (${q.form})`;
      for (const c of q.content) spans.push({ start: c.start, end: c.end, className: cls, title, data: { quote: q.id } });
      if (q.source) spans.push({ start: q.source.start, end: q.source.end, className: 'quote-source', title: `source of ${q.id}` });
      if (q.cue) spans.push({ start: q.cue.start, end: q.cue.end, className: 'quote-cue', title: `cue of ${q.id}` });
    }
    for (const c of outletClaims(doc)) {
      const status = c.statuses[0] ?? 'asserted';
      spans.push({ start: c.start, end: c.end, className: `claim-${status}`, title: `outlet's voice: ${c.statuses.join(', ')}` });
    }
    for (const c of doc.layers.claims ?? []) for (const cue of c.cues) spans.push({ start: cue.start, end: cue.end, className: `claim-${cue.kind}`, title: `${cue.kind} cue` });
    return spans;
  },
  legend: {
    ...Object.fromEntries(SPEAKER_COLOURS.map((colour, i) => [`quote-s${i}`, [`quote, speaker ${i + 1}`, colour]])),
    'quote-source': ['source', '#b3d4ff'],
    'quote-cue': ['cue', '#ffb3b3'],
    ...Object.fromEntries(Object.entries(STATUS_COLOURS).map(([status, colour]) => [`claim-${status}`, [`claim ${status}`, colour]])),
  },
};
