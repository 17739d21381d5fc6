/**
 * Who takes which side, in the article view's data: every word a claimant's position on an event rests
 * on, and every word that contests a casualty figure, is a highlighted span in the events mode that the
 * side panel's buttons find (as article-view's `show` looks them up), and the records say the positions
 * in words. On examples/disputed-strikes.jsonl (a denied air strike, a claimed and denied suicide bomb)
 * and the figure called "pure fiction" in examples/conflict-monitoring.jsonl. The DOM side (buttons,
 * escaping) is in test/browser/positions.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/analyze.js';
import { PACKAGE_ROOT } from '../../src/data/paths.js';
import type { Document } from '../../src/model/document.js';
import { eventEvidenceRef, highlightsFor, type RecordRef, type UiSpan } from '../../web/src/highlights.js';
import { challengeText, describeRecord, positionLabel } from '../../web/src/records.js';

function examples(file: string): Document[] {
  return readFileSync(join(PACKAGE_ROOT, 'examples', file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => analyze(JSON.parse(l)));
}

/** The span `show(ref)` selects, found as article-view.ts finds it. */
function shown(spans: readonly UiSpan[], ref: RecordRef): UiSpan | undefined {
  const same = (s: UiSpan) => s.ref.layer === ref.layer && s.ref.id === ref.id;
  return spans.find((s) => same(s) && s.ref.part === ref.part && s.start === ref.start);
}

const DISPUTED = examples('disputed-strikes.jsonl');

test('every word of every position is a span the side panel button selects, at those words', () => {
  let checked = 0;
  let outsideMentions = 0;
  for (const doc of DISPUTED) {
    const { spans } = highlightsFor(doc, 'events');
    for (const e of doc.layers.events ?? []) {
      for (const p of e.attribution.positions ?? []) {
        for (const ev of p.evidence) {
          const ref = eventEvidenceRef(e, ev);
          const span = shown(spans, ref);
          assert.ok(span, `${doc.meta.title}: ${e.id} ${p.stance} “${ev.text}” has a span`);
          assert.equal(doc.text.slice(span.start, span.end), ev.text);
          assert.equal(span.group, `event:${e.id}`, 'selecting it outlines the rest of the event');
          if (ref.part === 'evidence') outsideMentions++;
          checked++;
        }
      }
    }
  }
  assert.ok(checked >= 20, `the examples give many evidence spans (${checked})`);
  assert.ok(outsideMentions >= 4, `denial cues ("denied", "dismissed") are marked beside the mentions (${outsideMentions})`);
});

test('the event record says who asserts it and who denies that it was theirs', () => {
  const kutum = DISPUTED.find((d) => /Kutum/.test(d.meta.title ?? ''))!;
  const strike = kutum.layers.events!.find((e) => e.subtype === 'Air/drone strike')!;
  const rows = describeRecord(kutum, { layer: 'events', id: strike.id })!.rows;
  const denial = rows.find(([k, v]) => k === 'denies who did it' && /army/.test(v));
  assert.ok(denial, rows.map((r) => r.join(': ')).join('\n'));
  assert.match(denial[1], /“denies”/);
  assert.ok(rows.some(([k]) => k === 'asserts it happened'));
  assert.match(describeRecord(kutum, { layer: 'events', id: strike.id, part: 'evidence', start: 0 })!.title, /a claimant's words/);
  assert.equal(positionLabel({ claimant: { kind: 'outlet' }, stance: 'disputes', about: 'event', qualified: 'hedged', evidence: [], quotes: [], claims: [] }), 'disputes it happened (hedged by the outlet)');
});

test('a figure someone calls “pure fiction” shows who contests it, and the words are a span', () => {
  const [drones] = examples('conflict-monitoring.jsonl');
  const contested = (drones!.layers.casualties ?? []).filter((c) => c.disputedBy?.length);
  assert.ok(contested.length > 0, 'the example has a contested figure');
  const { spans, legend } = highlightsFor(drones!, 'events');
  assert.ok(legend.some((l) => l.cls.includes('ev-evidence')));
  for (const c of contested) {
    assert.match(challengeText(c.disputedBy!), /^(denied|disputed) by /);
    const rows = describeRecord(drones!, { layer: 'casualties', id: c.id })!.rows;
    const first = c.disputedBy![0]!;
    const words = first.evidence[0]!.text.match(/[\p{L}]+/gu)!.join(' ');
    assert.ok(rows.some(([k, v]) => k === `${first.stance === 'denies' ? 'denied' : 'disputed'} by` && v.startsWith(`${first.claimant.kind === 'source' ? first.claimant.name : 'the outlet'}: `) && v.match(/[\p{L}]+/gu)!.join(' ').endsWith(words)), rows.map((r) => r.join(': ')).join('\n'));
    for (const d of c.disputedBy!) {
      for (const ev of d.evidence) {
        const span = shown(spans, { layer: 'casualties', id: c.id, part: 'evidence', start: ev.start });
        assert.ok(span && drones!.text.slice(span.start, span.end) === ev.text, `“${ev.text}” is a span`);
      }
    }
  }
});
