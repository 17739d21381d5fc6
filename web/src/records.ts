/**
 * The record behind a highlighted span, as rows a person can read: what was found, how (stage and
 * rule), how the speaker was resolved, the normalised value. Values are plain strings: the view puts
 * them in text nodes. Pure: no DOM here.
 */
import type { Document } from '../../src/model/document.js';
import type { Claimant, EventPosition, EventStance, FigureChallenge, NewsEvent } from '../../src/model/layers/events.js';
import type { NamingChoice, Voice } from '../../src/model/layers/framing.js';
import type { Span } from '../../src/model/span.js';
import { quotedWords } from './quoted-words.js';
import type { RecordRef } from './highlights.js';
import { cueKindLabel } from './quote-kinds.js';

export interface RecordView {
  title: string;
  rows: Array<[string, string]>;
}

interface Made {
  stage: string;
  rule: string;
  confidence?: number;
}

const RESOLUTION: Record<string, string> = {
  name: 'named in the text',
  pronoun: 'from a pronoun, resolved to the person it refers to',
  nominal: 'from a description ("the spokesman"), resolved to whom it refers to',
  apposition: 'from an apposition',
  none: 'not resolved',
};

/** "Dmitry Peskov", "the outlet". */
export function claimantName(c: Claimant): string {
  return c.kind === 'outlet' ? 'the outlet' : c.name;
}

/** "the outlet", "Peskov (quoted)", "speaker unknown (in quotation marks)". */
export function voiceName(v: Voice): string {
  if (v.kind === 'outlet') return "the outlet's own voice";
  return v.quote ? `${v.speaker ?? 'a source'}'s words (quote ${v.quote})` : 'in quotation marks, speaker unknown';
}

function quoted(s: Span | undefined): string {
  return s ? quotedWords(s.text) : '';
}

function provenance(rows: Array<[string, string]>, made: Made): void {
  rows.push(['found by', `${made.stage} / ${made.rule}`]);
  if (made.confidence !== undefined) rows.push(['confidence', made.confidence.toFixed(2)]);
}

/** A one-line summary of an event: "Shelling/artillery/missile attack in Donetsk on 2024-01-21". */
export function eventSummary(e: NewsEvent): string {
  return `${e.subtype ?? e.type}${e.location ? ` in ${e.location.name}` : ''}${e.date ? ` on ${e.date.value}` : ''}`;
}

/** The record `ref` points to, or undefined when the document has no such record. */
export function describeRecord(doc: Document, ref: RecordRef): RecordView | undefined {
  const L = doc.layers;
  const rows: Array<[string, string]> = [];
  switch (ref.layer) {
    case 'quotes': {
      const q = L.quotes?.find((x) => x.id === ref.id);
      if (!q) return undefined;
      const claim = L.claims?.find((c) => c.quote === q.id);
      rows.push(['speaker', q.speaker?.name ?? 'not found']);
      if (q.speaker) rows.push(['speaker found', RESOLUTION[q.speaker.resolvedBy] ?? q.speaker.resolvedBy]);
      if (q.source) rows.push(['source as written', quoted(q.source)]);
      if (q.cue) rows.push(['cue', `${quoted(q.cue)}${q.cueEntry ? ` (lexicon entry ${q.cueEntry})` : ''}`]);
      rows.push(['the cue reports', cueKindLabel(q)]);
      rows.push(['form', q.form], ['content', quotedWords(q.content.map((c) => c.text).join(' … '))]);
      if (claim) rows.push(['claim status', `${claim.statuses.join(', ')}${claim.negated ? ' (negated)' : ''}`]);
      if (q.parent) rows.push(['nested in', `quote ${q.parent}`]);
      provenance(rows, q);
      return { title: `Quote ${q.id}${ref.part && ref.part !== 'content' ? ` (its ${ref.part})` : ''}`, rows };
    }
    case 'claims': {
      const c = L.claims?.find((x) => x.id === ref.id);
      if (!c) return undefined;
      rows.push(['status', c.statuses.join(', ')], ['negated', c.negated ? 'yes' : 'no']);
      for (const cue of c.cues) rows.push([`${cue.kind} cue`, `${quoted(cue)}${cue.entry ? ` (lexicon entry ${cue.entry})` : ''}`]);
      if (c.quote) {
        const q = L.quotes?.find((x) => x.id === c.quote);
        rows.push(['reported through', `quote ${c.quote}${q?.speaker ? ` by ${q.speaker.name}` : ''}`]);
      } else rows.push(['voice', "the outlet's own"]);
      if (c.source) rows.push(['source entity', L.entities?.find((e) => e.id === c.source)?.name ?? c.source]);
      rows.push(['text', quoted(c)]);
      provenance(rows, c);
      return { title: `Claim ${c.id}`, rows };
    }
    case 'mentions': {
      const m = L.mentions?.find((x) => x.id === ref.id);
      if (!m) return undefined;
      const entity = L.entities?.find((e) => e.id === m.entity);
      rows.push(['refers to', entity ? `${entity.name} (${entity.type})` : m.entity], ['as', quoted(m)], ['kind of mention', m.kind]);
      if (m.role) rows.push(['role given', quoted(m.role)]);
      if (m.metonymy) rows.push(['stands for', entity?.standsFor ?? 'a government']);
      if (entity?.aliases.length) rows.push(['also called', entity.aliases.join(', ')]);
      if (entity) rows.push(['mentions in this text', String(entity.mentions.length)]);
      provenance(rows, m);
      return { title: `Mention of ${entity?.name ?? m.text}`, rows };
    }
    case 'dates': {
      const d = L.dates?.find((x) => x.id === ref.id);
      if (!d) return undefined;
      rows.push(['text', quoted(d)], ['type', d.type], ['value', d.value]);
      if (d.mod) rows.push(['modifier', d.mod]);
      if (d.range) rows.push(['range', `${d.range.start ?? '…'} to ${d.range.end ?? '…'}`]);
      rows.push(['stated', partsText(d.stated)], ['implied', partsText(d.implied)]);
      if (/X/.test(d.value)) rows.push(['calendar', doc.meta.publishedAt ? 'not placed on a calendar' : 'not placed on a calendar: no publication date was given to resolve it against']);
      if (d.anchor) rows.push(['resolved against', d.anchor === 'publication' ? `the publication date${doc.meta.publishedAt ? ` (${doc.meta.publishedAt})` : ''}` : `date ${d.anchor}`]);
      provenance(rows, d);
      return { title: `Date ${d.value}`, rows };
    }
    case 'numbers': {
      const n = L.numbers?.find((x) => x.id === ref.id);
      if (!n) return undefined;
      rows.push(['text', quoted(n)], ['value', String(n.value)], ['qualifier', n.qualifier]);
      if (n.low !== undefined || n.high !== undefined) rows.push(['bounds', `${n.low ?? '…'} to ${n.high ?? '…'}`]);
      if (n.unit) rows.push(['unit', n.unit]);
      provenance(rows, n);
      return { title: `Number ${n.value}`, rows };
    }
    case 'places': {
      const p = L.places?.find((x) => x.id === ref.id);
      if (!p) return undefined;
      rows.push(['text', quoted(p)], ['place', p.name], ['precision', p.precision], ['use', p.usage === 'government' ? 'stands for a government, not a location' : 'a location']);
      if (p.lat !== undefined && p.lon !== undefined) rows.push(['coordinates', `${p.lat.toFixed(3)}, ${p.lon.toFixed(3)}`]);
      if (p.country) rows.push(['country', p.country]);
      if (p.featureType) rows.push(['feature type', p.featureType]);
      if (p.geonameId !== undefined) rows.push(['GeoNames id', String(p.geonameId)]);
      provenance(rows, p);
      return { title: `Place ${p.name}`, rows };
    }
    case 'events': {
      const e = L.events?.find((x) => x.id === ref.id);
      if (!e) return undefined;
      rows.push(['what', `${e.type}${e.subtype ? ` / ${e.subtype}` : ''}${e.kind ? ` (${e.kind})` : ''}`], ['reported as', quoted(e.trigger)]);
      if (e.date) rows.push(['when', `${e.date.value} (${e.date.precision}, from ${quoted(e.date.expression)})`]);
      if (e.location) rows.push(['where', `${e.location.name} (${e.location.precision}${e.location.lat !== undefined && e.location.lon !== undefined ? `, ${e.location.lat.toFixed(2)}, ${e.location.lon.toFixed(2)}` : ''})`]);
      for (const a of e.actors) rows.push([a.role, `${quoted(a)}${a.alleged ? ` (alleged${a.allegedBy ? ` by ${claimantName(a.allegedBy)}` : ''})` : ''}`]);
      for (const t of e.targets) rows.push(['site', `${quoted(t)} (${t.category})`]);
      for (const w of e.weapons) rows.push(['weapon', `${quoted(w)} (${w.category})`]);
      rows.push(['according to', `${e.attribution.status}${e.attribution.claimants.length ? `: ${e.attribution.claimants.map(claimantName).join(', ')}` : ''}`]);
      for (const p of e.attribution.positions ?? []) rows.push([positionLabel(p), `${claimantName(p.claimant)}: ${p.evidence.map((x) => quotedWords(x.text, 80)).join(' … ')}`]);
      for (const id of e.casualties) {
        const c = L.casualties?.find((x) => x.id === id);
        if (c) rows.push(['casualty claim', `${c.kind}: ${quoted(c.figure)} per ${claimantName(c.claimant)}${c.disputedBy?.length ? `; ${challengeText(c.disputedBy)}` : ''}`]);
      }
      provenance(rows, e);
      return { title: `Event ${e.id}${ref.part === 'evidence' ? " (a claimant's words)" : ''}: ${eventSummary(e)}`, rows };
    }
    case 'casualties': {
      const c = L.casualties?.find((x) => x.id === ref.id);
      if (!c) return undefined;
      rows.push(['kind', `${c.kind}${c.group ? ` (${c.group})` : ''}`], ['figure', quoted(c.figure)], ['qualifier', `${c.qualifier}${c.approximate ? ', approximate' : ''}`]);
      rows.push(['value', [c.best !== undefined ? `best ${c.best}` : '', c.low !== undefined ? `at least ${c.low}` : '', c.high !== undefined ? `at most ${c.high}` : ''].filter(Boolean).join(', ') || 'unknown']);
      rows.push(['claimed by', claimantName(c.claimant)]);
      for (const d of c.disputedBy ?? []) rows.push([d.stance === 'denies' ? 'denied by' : 'disputed by', `${claimantName(d.claimant)}: ${d.evidence.map((x) => quotedWords(x.text, 80)).join(' … ')}`]);
      if (c.claimedAt) rows.push(['claimed on', c.claimedAt]);
      if (c.event) rows.push(['about event', c.event]);
      provenance(rows, c);
      return { title: `Casualty claim ${c.id}${ref.part === 'evidence' ? ' (the words that contest it)' : ''}`, rows };
    }
    case 'framing': {
      const f = L.framing?.find((x) => x.id === ref.id);
      if (!f) return undefined;
      rows.push(['technique', f.technique.replace(/_/g, ' ')], ['why', f.reason], ['voice', voiceName(f.voice)], ['found by', `${f.method}${f.entry ? ` (lexicon entry ${f.entry})` : ''}`], ['rule', `${f.stage} / ${f.rule}`]);
      if (f.confidence !== undefined) rows.push(['confidence', f.confidence.toFixed(2)]);
      return { title: `Framing: ${f.technique.replace(/_/g, ' ')}`, rows };
    }
    case 'naming': {
      const n = L.naming?.find((x) => x.id === ref.id);
      if (!n) return undefined;
      rows.push(['variant used', n.variant], ['uses here', namingUses(L.naming!, n)], ['signals', n.signals], ['alternatives', n.alternatives.join(', ')], ['voice', voiceName(n.voice)], ['entry', n.entry]);
      provenance(rows, n);
      return { title: `Naming choice: ${n.variant}`, rows };
    }
  }
}

const STANCE_WORDS: Record<EventStance, string> = { asserts: 'asserts', disputes: 'disputes', denies: 'denies' };

/** "denies who did it (distanced)", "asserts it happened": a claimant's position on an event, in words. */
export function positionLabel(p: EventPosition): string {
  return `${STANCE_WORDS[p.stance]} ${p.about === 'responsibility' ? 'who did it' : 'it happened'}${p.qualified ? ` (${p.qualified === 'hedged' ? 'hedged by the outlet' : 'the outlet distances itself'})` : ''}`;
}

/** "denied by Ukrainian officials; disputed by the army": who contests a casualty figure. */
export function challengeText(list: readonly FigureChallenge[]): string {
  return list.map((d) => `${d.stance === 'denies' ? 'denied' : 'disputed'} by ${claimantName(d.claimant)}`).join('; ');
}

/** "use 2 of 3 (2 in the outlet's own voice, 1 in quotation marks); all outlined in the text", or "only this one". */
function namingUses(all: readonly NamingChoice[], n: NamingChoice): string {
  const uses = all.filter((x) => x.entry === n.entry && x.variant === n.variant).sort((a, b) => a.start - b.start);
  if (uses.length <= 1) return 'only this one';
  const own = uses.filter((x) => x.voice.kind === 'outlet').length;
  const voices = [own ? `${own} in the outlet's own voice` : '', uses.length - own ? `${uses.length - own} in quotation marks` : ''].filter(Boolean).join(', ');
  return `use ${uses.indexOf(n) + 1} of ${uses.length} (${voices}); all outlined in the text`;
}

function partsText(parts: object): string {
  const out = Object.entries(parts as Record<string, unknown>).filter(([, v]) => v !== undefined).map(([k, v]) => `${k} ${v}`);
  return out.length ? out.join(', ') : 'nothing';
}
