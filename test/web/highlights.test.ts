/**
 * What the article view highlights: every colour has a legend entry and a rule in app.css, quotes are
 * coloured by speaker, every span leads to its record, and the record says how it was found.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/data/paths.js';
import { MODES, highlightsFor, modeOf, primaryStatus, speakerKey } from '../../web/src/highlights.js';
import { describeRecord } from '../../web/src/records.js';
import { exampleDocuments } from './sample-docs.js';

const CSS = readFileSync(join(PACKAGE_ROOT, 'web', 'static', 'app.css'), 'utf8');

/** Classes that carry a colour or a line (not the shared `hl` base). */
function meaningful(cls: string): string[] {
  return cls.split(/\s+/).filter((c) => c && c !== 'hl');
}

test('every class a highlight uses is in the legend of its mode and styled in app.css', () => {
  const docs = exampleDocuments();
  assert.ok(docs.length >= 6, 'the examples analyse');
  const seen = new Set<string>();
  for (const doc of docs) {
    for (const { mode } of MODES) {
      const { spans, legend } = highlightsFor(doc, mode);
      const legendClasses = new Set(legend.flatMap((e) => meaningful(e.cls)));
      for (const span of spans) {
        for (const cls of meaningful(span.cls)) {
          seen.add(cls);
          assert.ok(legendClasses.has(cls), `${mode}: class ${cls} of ${span.ref.layer}:${span.ref.id} has no legend entry in ${doc.meta.title}`);
        }
      }
      for (const entry of legend) assert.ok(entry.label.trim().length > 0, 'legend labels are words');
    }
  }
  for (const cls of seen) assert.match(CSS, new RegExp(`mark\\.${cls}\\b[^{]*\\{[^}]*(background|box-shadow|text-decoration)`), `app.css styles .${cls}`);
  assert.ok(seen.size >= 10, `the examples exercise many classes (${[...seen].join(' ')})`);
});

test('quotes are coloured by speaker: one colour per speaker, the legend names each speaker', () => {
  for (const doc of exampleDocuments()) {
    const quotes = doc.layers.quotes ?? [];
    const { spans, legend } = highlightsFor(doc, 'quotes');
    const colourOf = new Map<string, string>();
    for (const span of spans.filter((s) => s.ref.part === 'content')) {
      const quote = quotes.find((q) => q.id === span.ref.id)!;
      const colour = meaningful(span.cls).find((c) => c.startsWith('sp'))!;
      const key = speakerKey(quote);
      if (colourOf.has(key)) assert.equal(colourOf.get(key), colour, `speaker ${key} keeps one colour`);
      colourOf.set(key, colour);
      assert.ok(quote.content.some((c) => c.start === span.start && c.end === span.end), 'content spans are the quote content');
    }
    const named = quotes.filter((q) => q.speaker).map((q) => q.speaker!.name);
    for (const name of named) assert.ok(legend.some((e) => e.label === name), `legend names ${name}`);
    // Distinct speakers get distinct colours while the palette lasts.
    if (colourOf.size <= 10) assert.equal(new Set(colourOf.values()).size, colourOf.size);
  }
});

test('claims are coloured by their most telling status', () => {
  assert.equal(primaryStatus(['attributed', 'hedged']), 'hedged');
  assert.equal(primaryStatus(['asserted']), 'asserted');
  assert.equal(primaryStatus(['attributed', 'denied', 'disputed']), 'denied');
  let checked = 0;
  for (const doc of exampleDocuments()) {
    for (const span of highlightsFor(doc, 'claims').spans.filter((s) => !s.cls.includes('claim-cue'))) {
      const claim = doc.layers.claims!.find((c) => c.id === span.ref.id)!;
      assert.ok(span.cls.includes(`st-${primaryStatus(claim.statuses)}`));
      checked++;
    }
  }
  assert.ok(checked > 20);
});

test('every highlighted span leads to its record, which says how it was found', () => {
  let records = 0;
  for (const doc of exampleDocuments()) {
    for (const { mode } of MODES) {
      for (const span of highlightsFor(doc, mode).spans) {
        assert.equal(modeOf(span.ref.layer), mode, 'a record is shown in the mode that draws it');
        assert.ok(span.start >= 0 && span.end <= doc.text.length && span.start < span.end);
        const record = describeRecord(doc, span.ref);
        assert.ok(record, `record ${span.ref.layer}:${span.ref.id}`);
        assert.ok(record.rows.length >= 2);
        for (const [label, value] of record.rows) assert.ok(typeof label === 'string' && typeof value === 'string');
        if (span.ref.layer !== 'framing') assert.ok(record.rows.some(([k]) => k === 'found by'), 'provenance is shown');
        records++;
      }
    }
  }
  assert.ok(records > 200, `${records} records`);
});

test('a quote record resolves the speaker and says how; a date record gives the normalised value', () => {
  const doc = exampleDocuments().find((d) => (d.layers.quotes ?? []).some((q) => q.speaker?.resolvedBy === 'pronoun'));
  assert.ok(doc, 'an example has a pronoun speaker');
  const quote = doc.layers.quotes!.find((q) => q.speaker?.resolvedBy === 'pronoun')!;
  const record = describeRecord(doc, { layer: 'quotes', id: quote.id })!;
  const rows = new Map(record.rows);
  assert.equal(rows.get('speaker'), quote.speaker!.name);
  assert.match(rows.get('speaker found') ?? '', /pronoun/);
  assert.equal(rows.get('source as written'), `“${quote.source!.text}”`);
  const date = doc.layers.dates!.find((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.value))!;
  assert.equal(new Map(describeRecord(doc, { layer: 'dates', id: date.id })!.rows).get('value'), date.value);
  assert.equal(describeRecord(doc, { layer: 'quotes', id: 'no-such-quote' }), undefined);
});
