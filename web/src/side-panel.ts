/**
 * The side panel of the article view: the structured record. People and their roles, the attribution
 * table (who said what, how the speaker was found, the claim's status), events with every casualty
 * figure and its claimant, naming choices, framing markers, dates and places, messages. Every row has a
 * "show" button that selects its evidence in the text, so each finding is one key press from its words.
 */
import type { Document } from '../../src/model/document.js';
import type { Quote } from '../../src/model/layers/quotes.js';
import { h, table, type Child } from './dom.js';
import { eventEvidenceRef, speakerClass, speakerColours, speakerName, primaryStatus, type RecordRef } from './highlights.js';
import type { NewsEvent } from '../../src/model/layers/events.js';
import { claimantName, eventSummary, voiceName } from './records.js';
import { cueKindLabel } from './quote-kinds.js';
import { quotedWords } from './quoted-words.js';
import { compareHref } from './compare-link.js';

type Show = (ref: RecordRef) => void;

function button(label: string, what: string, show: Show, ref: RecordRef): HTMLButtonElement {
  return h('button', { type: 'button', class: 'show', 'aria-label': `${label} ${what} in the text`, onclick: () => show(ref) }, label);
}

function section(title: string, open: boolean, ...body: Child[]): HTMLDetailsElement {
  return h('details', { class: 'panel', open }, h('summary', null, h('h3', null, title)), body);
}

function clip(s: string, n = 160): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}

function people(doc: Document, show: Show): HTMLElement | null {
  const entities = (doc.layers.entities ?? []).filter((e) => e.type === 'person' || e.type === 'organisation');
  if (entities.length === 0) return null;
  const quotesBy = new Map<string, number>();
  for (const q of doc.layers.quotes ?? []) if (q.speaker?.entity) quotesBy.set(q.speaker.entity, (quotesBy.get(q.speaker.entity) ?? 0) + 1);
  const rows = (type: string): Child[][] => entities.filter((e) => e.type === type).map((e) => [
    type === 'person' ? h('a', { href: `#/person/${encodeURIComponent(e.name)}` }, e.name) : e.name,
    [...new Set(e.roles.map((r) => r.text))].join('; ') || (e.standsFor ?? ''),
    String(e.mentions.length),
    String(quotesBy.get(e.id) ?? 0),
    e.mentions[0] ? button('show', e.name, show, { layer: 'mentions', id: e.mentions[0] }) : '',
  ]);
  const persons = rows('person');
  const organisations = rows('organisation');
  return section('People and roles', true,
    persons.length ? table('People (a name opens their quotes across the corpus)', ['person', 'roles', 'mentions', 'quotes', ''], persons) : null,
    organisations.length ? table('Organisations', ['organisation', 'roles', 'mentions', 'quotes', ''], organisations) : null);
}

function depth(q: Quote, byId: Map<string, Quote>): number {
  let d = 0;
  for (let p = q.parent; p && d < 5; p = byId.get(p)?.parent) d++;
  return d;
}

function attribution(doc: Document, show: Show): HTMLElement | null {
  const quotes = doc.layers.quotes ?? [];
  const claims = doc.layers.claims ?? [];
  if (quotes.length === 0 && claims.length === 0) return null;
  const colours = speakerColours(doc);
  const byId = new Map(quotes.map((q) => [q.id, q]));
  const rows = quotes.map((q): Child[] => {
    const claim = claims.find((c) => c.quote === q.id);
    const how = q.speaker ? (q.speaker.resolvedBy === 'name' ? 'named' : `${q.speaker.resolvedBy}: “${q.source?.text ?? ''}”`) : 'not found';
    return [
      h('span', { 'data-quote': q.id }, '↳ '.repeat(depth(q, byId)), h('mark', { class: `hl ${speakerClass(q, colours)} swatch`, 'aria-hidden': 'true' }, 'Aa'), ' ', speakerName(q), h('br'), h('small', null, how)),
      h('span', null, q.cue?.text ?? '', h('br'), h('small', null, q.form), h('br'), h('small', { class: 'cue-kind' }, cueKindLabel(q))),
      claim ? `${claim.statuses.join(', ')}${claim.negated ? ' (negated)' : ''}` : '',
      quotedWords(q.content.map((c) => c.text).join(' … '), 160),
      button('show', `quote ${q.id}`, show, { layer: 'quotes', id: q.id, part: 'content' }),
    ];
  });
  const own = claims.filter((c) => !c.quote);
  const counts = new Map<string, number>();
  for (const c of own) counts.set(primaryStatus(c.statuses), (counts.get(primaryStatus(c.statuses)) ?? 0) + 1);
  const notable = own.filter((c) => primaryStatus(c.statuses) !== 'asserted');
  return section('Attribution: who said what', true,
    rows.length ? table(null, ['speaker (found by)', 'cue (form, what it reports)', 'status', 'content', ''], rows, 'data attribution') : h('p', null, 'No quotes found.'),
    own.length ? h('p', null, `In the outlet's own voice: ${own.length} claims (${[...counts].map(([s, n]) => `${n} ${s}`).join(', ')}).`) : null,
    notable.length ? table("The outlet's own claims that are not plainly asserted", ['status', 'claim', ''], notable.map((c) => [
      c.statuses.join(', '), clip(c.text), button('show', `claim ${c.id}`, show, { layer: 'claims', id: c.id }),
    ])) : null);
}

function events(doc: Document, show: Show): HTMLElement | null {
  const list = doc.layers.events ?? [];
  const casualties = doc.layers.casualties ?? [];
  if (list.length === 0 && casualties.length === 0) return null;
  const figure = (id: string): Child[] | null => {
    const c = casualties.find((x) => x.id === id);
    if (!c) return null;
    const value = c.best !== undefined ? String(c.best) : [c.low !== undefined ? `≥ ${c.low}` : '', c.high !== undefined ? `≤ ${c.high}` : ''].filter(Boolean).join(' ');
    const disputed = (c.disputedBy ?? []).map((d) => h('span', { class: `challenge ${d.stance}` },
      `${d.stance === 'denies' ? 'denied' : 'disputed'} by ${claimantName(d.claimant)}: `,
      d.evidence.map((ev) => evidenceButton(ev.text, show, { layer: 'casualties', id: c.id, part: 'evidence', start: ev.start }))));
    return [`${c.kind}${c.group ? ` (${c.group})` : ''}`, `“${c.figure.text}”${c.qualifier !== 'exact' ? ` (${c.qualifier})` : ''}`, value, claimantName(c.claimant),
      disputed.length ? disputed : 'no one here', button('show', `casualty claim ${c.id}`, show, { layer: 'casualties', id: c.id })];
  };
  const head = ['kind', 'figure', 'value', 'claimed by', 'contested by', ''];
  const blocks = list.map((e) => {
    const who = e.actors.map((a) => `${a.role}: ${a.text}${a.alleged ? ' (alleged)' : ''}`);
    const figures = e.casualties.map(figure).filter((r): r is Child[] => r !== null);
    const compare = compareHref(e, doc.meta.publishedAt);
    return h('div', { class: 'event' },
      h('h4', null, eventSummary(e), ' ', button('show', `event ${e.id}`, show, { layer: 'events', id: e.id })),
      compare ? h('p', { class: 'compare-link' }, h('a', { href: compare }, 'How other stored outlets report it'), h('span', { class: 'note' }, ' (Compare)')) : null,
      h('dl', null,
        h('dt', null, 'reported as'), h('dd', null, `“${e.trigger.text}”`),
        who.length ? [h('dt', null, 'who'), h('dd', null, who.join('; '))] : null,
        h('dt', null, 'according to'), h('dd', null, `${e.attribution.status}${e.attribution.claimants.length ? `: ${e.attribution.claimants.map(claimantName).join(', ')}` : ''}`)),
      positions(e, show),
      figures.length ? table('Casualty claims, one per figure and claimant', head, figures) : null);
  });
  const loose = casualties.filter((c) => !c.event || !list.some((e) => e.id === c.event)).map((c) => figure(c.id)).filter((r): r is Child[] => r !== null);
  return section('Events and casualty claims', true, blocks, loose.length ? table('Casualty claims about no event found', head, loose) : null);
}

/** A button naming the words it shows ("“denied”"): the words are text, never markup. */
function evidenceButton(words: string, show: Show, ref: RecordRef): HTMLButtonElement {
  const label = clip(words, 60);
  return h('button', { type: 'button', class: 'show evidence', 'aria-label': `show “${label}” in the text`, onclick: () => show(ref) }, `“${label}”`);
}

/** Who takes which side on an event: one row per claimant's position, with a button per word of evidence. */
function positions(e: NewsEvent, show: Show): HTMLElement | null {
  const list = e.attribution.positions ?? [];
  if (list.length === 0) return null;
  return table('Who takes which side', ['claimant', 'position', 'on', 'evidence'], list.map((p) => [
    claimantName(p.claimant),
    h('span', { class: `stance ${p.stance}` }, p.stance, p.qualified ? h('small', null, ` (${p.qualified === 'hedged' ? 'hedged by the outlet' : 'the outlet distances itself'})`) : null),
    p.about === 'responsibility' ? 'who did it' : 'that it happened',
    h('span', { class: 'uses' }, p.evidence.map((ev) => evidenceButton(ev.text, show, eventEvidenceRef(e, ev)))),
  ]), 'data positions');
}

/** Per-use buttons shown at most for one naming row. */
const USE_BUTTONS = 8;

function naming(doc: Document, show: Show): HTMLElement | null {
  const list = doc.layers.naming ?? [];
  if (list.length === 0) return null;
  // One row per name, variant and voice: "Kiev (3×)" rather than three identical rows.
  const groups = new Map<string, typeof list>();
  for (const n of list) {
    const key = `${n.entry}\u0000${n.variant}\u0000${voiceName(n.voice)}`;
    groups.set(key, [...(groups.get(key) ?? []), n]);
  }
  // A button per use (not only the first), so a keyboard reaches each one; past USE_BUTTONS, the first few.
  return section('Naming choices', true, table(null, ['used', 'signals', 'alternatives', 'voice', 'show in the text'], [...groups.values()].map((uses) => {
    const n = uses[0]!;
    const where = uses.length === 1
      ? button('show', `naming ${n.variant}`, show, { layer: 'naming', id: n.id })
      : h('span', { class: 'uses' }, uses.slice(0, USE_BUTTONS).map((u, i) => h('button', {
        type: 'button', class: 'show', 'aria-label': `show naming ${n.variant}, use ${i + 1} of ${uses.length} (${voiceName(n.voice)}), in the text`, onclick: () => show({ layer: 'naming', id: u.id }),
      }, String(i + 1))), uses.length > USE_BUTTONS ? ` … ${uses.length - USE_BUTTONS} more outlined in the text` : null);
    return [`${n.variant}${uses.length > 1 ? ` (${uses.length}×)` : ''}`, n.signals, n.alternatives.join(', '), voiceName(n.voice), where];
  })));
}

function framing(doc: Document, show: Show): HTMLElement | null {
  const list = doc.layers.framing ?? [];
  if (list.length === 0) return null;
  return section(`Framing markers (${list.length})`, false, table(null, ['technique', 'words', 'voice', ''], list.map((f) => [
    f.technique.replace(/_/g, ' '), quotedWords(f.text, 80), voiceName(f.voice), button('show', `framing marker ${f.id}`, show, { layer: 'framing', id: f.id }),
  ])));
}

function datesAndPlaces(doc: Document, show: Show): HTMLElement | null {
  const dates = doc.layers.dates ?? [];
  const places = doc.layers.places ?? [];
  if (dates.length === 0 && places.length === 0) return null;
  return section(`Dates (${dates.length}) and places (${places.length})`, false,
    dates.length ? table('Dates', ['text', 'value', ''], dates.map((d) => [`“${d.text}”`, `${d.value}${d.mod ? ` (${d.mod})` : ''}`, button('show', `date ${d.text}`, show, { layer: 'dates', id: d.id })])) : null,
    places.length ? table('Places', ['text', 'place', 'where', ''], places.map((p) => [
      `“${p.text}”`, `${p.name}${p.usage === 'government' ? ' (its government)' : ''}`,
      p.lat !== undefined && p.lon !== undefined ? `${p.lat.toFixed(2)}, ${p.lon.toFixed(2)} (${p.precision})` : p.precision,
      button('show', `place ${p.text}`, show, { layer: 'places', id: p.id }),
    ])) : null);
}

function messages(doc: Document): HTMLElement | null {
  if (doc.messages.length === 0) return null;
  return section(`Messages (${doc.messages.length})`, false, h('ul', null, doc.messages.map((m) => h('li', null, h('code', null, m.code), ` ${m.message}`))));
}

/** The panel's sections, those with something to show. */
export function sidePanel(doc: Document, show: Show): HTMLElement {
  return h('div', { class: 'panels' }, people(doc, show), attribution(doc, show), events(doc, show), naming(doc, show), framing(doc, show), datesAndPlaces(doc, show), messages(doc));
}
