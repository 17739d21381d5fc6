/**
 * Report section: how the article frames what it reports. Markers (techniques, loaded words,
 * euphemisms, hedges, distancing) listed by voice, the outlet's own first, then each quoted source's;
 * the naming choices summarised per contested name or term; and the tone. The HTML page highlights
 * markers in two colours, one per kind of voice, and naming choices in a third.
 */
import type { Document } from '../../model/document.js';
import type { FramingMarker } from '../../model/layers/framing.js';
import { summarizeNaming, type NamingSummary } from '../../stages/framing/summarize-naming.js';
import { voiceLabel } from '../../stages/framing/assign-voice.js';
import type { ReportSection } from '../section.js';
import { escapeHtml } from '../escape.js';
import { textTable } from '../table.js';

const OUTLET = "the outlet's own voice";

/** Markers grouped by voice: the outlet's first, then sources in order of first marker. */
function byVoice(doc: Document): Array<[string, FramingMarker[]]> {
  const groups = new Map<string, FramingMarker[]>([[OUTLET, []]]);
  for (const m of doc.layers.framing ?? []) {
    const key = m.voice.kind === 'outlet' ? OUTLET : `quoted: ${voiceLabel(m.voice)}`;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(m);
  }
  return [...groups].filter(([, list]) => list.length > 0);
}

function kind(m: FramingMarker): string {
  return m.technique.replace(/_/g, ' ');
}

function source(m: FramingMarker): string {
  return m.rule === 'model:ptc' ? 'model' : (m.entry ?? m.rule);
}

/** The words as written, when they are not just the variant's own name: ` as "Rebels", "insurgents"`. */
function asWritten(u: NamingSummary['used'][number]): string {
  const other = u.written.filter((w) => w.toLowerCase() !== u.variant.toLowerCase());
  return other.length === 0 ? '' : ` as ${other.map((w) => `"${w}"`).join(', ')}`;
}

function namingCells(s: NamingSummary): string[] {
  const used = s.used.map((u) => `${u.variant} ×${u.count}${asWritten(u)}${u.quoted ? ` (${u.quoted} quoted)` : ''}`).join(', ');
  return [s.entry, used, s.used.map((u) => u.signals).join(' / '), s.unused.join(', ')];
}

export const framingSection: ReportSection = {
  title: 'Framing',
  text(doc) {
    const lines: string[] = [];
    for (const [voice, markers] of byVoice(doc)) {
      lines.push(`Markers in ${voice} (${markers.length}):`);
      lines.push(...textTable(['text', 'technique or kind', 'from'], markers.map((m) => [`"${m.text}"`, kind(m), source(m)])).map((l) => `  ${l}`), '');
    }
    const naming = summarizeNaming(doc.layers.naming ?? []);
    if (naming.length > 0) {
      lines.push('Naming choices:');
      lines.push(...textTable(['name or term', 'used', 'signals', 'not used'], naming.map(namingCells), 70).map((l) => `  ${l}`), '');
    }
    const tone = doc.layers.tone;
    if (tone) {
      const worst = [...tone.sentences].sort((a, b) => a.score - b.score)[0];
      lines.push(`Tone: ${tone.document.toFixed(3)} (mean AFINN-165 valence per word; negative is negative)${worst && worst.score < 0 ? `; most negative sentence #${worst.sentence + 1} at ${worst.score.toFixed(3)}` : ''}`);
    }
    return lines;
  },
  html(doc) {
    const parts: string[] = [];
    for (const [voice, markers] of byVoice(doc)) {
      parts.push(`<h3>${escapeHtml(voice)}</h3><table class="framing"><thead><tr><th>text</th><th>technique or kind</th><th>why</th></tr></thead><tbody>${markers
        .map((m) => `<tr><td>${escapeHtml(m.text)}</td><td>${escapeHtml(kind(m))}</td><td>${escapeHtml(m.reason)}</td></tr>`)
        .join('')}</tbody></table>`);
    }
    const naming = summarizeNaming(doc.layers.naming ?? []);
    if (naming.length > 0) {
      parts.push(`<h3>Naming choices</h3><table class="naming"><thead><tr><th>name or term</th><th>used</th><th>signals</th><th>not used</th></tr></thead><tbody>${naming
        .map((s) => `<tr>${namingCells(s).map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`);
    }
    if (doc.layers.tone) parts.push(`<p>Tone: ${escapeHtml(doc.layers.tone.document.toFixed(3))} <small>${escapeHtml(doc.layers.tone.definition)}</small></p>`);
    return parts.join('\n');
  },
  highlights(doc) {
    const markers = (doc.layers.framing ?? []).map((m) => ({
      start: m.start,
      end: m.end,
      className: m.voice.kind === 'outlet' ? 'framing-outlet' : 'framing-source',
      title: `${kind(m)} (${m.voice.kind === 'outlet' ? 'outlet' : `quoted: ${voiceLabel(m.voice)}`}): ${m.reason}`,
      data: { technique: m.technique, voice: voiceLabel(m.voice) },
    }));
    const naming = (doc.layers.naming ?? []).map((n) => ({
      start: n.start,
      end: n.end,
      className: 'naming-choice',
      title: `${n.variant} (not ${n.alternatives.join(', ')}): ${n.signals}`,
      data: { entry: n.entry },
    }));
    return [...markers, ...naming];
  },
  legend: {
    'framing-outlet': ["framing, outlet's voice", '#ffd3b0'],
    'framing-source': ["framing, a quoted source's voice", '#c9e4ff'],
    'naming-choice': ['naming choice', '#e3d0ff'],
  },
};
