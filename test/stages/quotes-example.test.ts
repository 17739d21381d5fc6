/**
 * The example article in ../shared/examples: every attribution an analyst recorded (expected.md, with
 * spans in gold/quotes) comes out with the right speaker, cue, form and nesting, and the outlet-voice
 * sentences are `asserted`. Reads the article at test time; nothing of it is copied here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/analyze.js';
import { PACKAGE_ROOT } from '../../src/data/paths.js';
import { readBrat, type Fragment } from '../../src/eval/quotes/read-brat.js';
import type { Quote } from '../../src/model/layers/quotes.js';

const DIR = join(PACKAGE_ROOT, '..', 'shared', 'examples', 'rt-donetsk-shelling-2022-06-14');
const present = existsSync(join(DIR, 'article.txt'));

interface Row {
  n: number;
  speaker: string;
  cue: string;
  kind: string;
  notes: string;
}

/** The attribution table of expected.md: | # | source (speaker) | cue | content | kind | notes |. */
function expectedRows(markdown: string): Row[] {
  const section = markdown.slice(markdown.indexOf('## Attributions'));
  return section
    .split('\n')
    .filter((l) => /^\|\s*\d+\s*\|/.test(l))
    .map((l) => l.split('|').map((c) => c.trim()))
    .map((c) => ({ n: Number(c[1]), speaker: c[2]!, cue: c[3]!, kind: c[5]!, notes: c[6]! }));
}

const overlaps = (a: { start: number; end: number }, fs: Fragment[]): boolean => fs.some((f) => a.start < f.end && f.start < a.end);

test('example article: each recorded attribution has its speaker, cue, form and nesting', { skip: !present && 'no ../shared/examples' }, () => {
  const text = readFileSync(join(DIR, 'article.txt'), 'utf8');
  const meta = JSON.parse(readFileSync(join(DIR, 'meta.json'), 'utf8'));
  const rows = expectedRows(readFileSync(join(DIR, 'expected.md'), 'utf8'));
  const annDir = join(DIR, 'gold', 'quotes', 'attributions');
  const gold = readBrat(readFileSync(join(annDir, readdirSync(annDir).sort()[0]!), 'utf8'));
  assert.equal(rows.length, gold.length, 'expected.md and the gold file list the same attributions');
  assert.ok(rows.length >= 11);
  const doc = analyze(text, { meta });
  const quotes = doc.layers.quotes ?? [];
  const found = new Map<number, Quote>();
  rows.forEach((row, i) => {
    const g = gold[i]!;
    const q = quotes.find((x) => x.cue && overlaps(x.cue, g.cue));
    assert.ok(q, `#${row.n}: a quote with the cue "${row.cue}"`);
    found.set(row.n, q);
    for (const word of row.cue.split(/\s+/)) assert.ok(q.cue!.text.includes(word), `#${row.n}: cue "${q.cue!.text}" holds "${word}"`);
    assert.ok(q.content.some((c) => overlaps(c, g.content)), `#${row.n}: content overlaps the gold content`);
    assert.ok(q.source && overlaps(q.source, g.source), `#${row.n}: source "${q.source?.text}" is the gold source`);
    // The speaker: the head word of the analyst's name ("Dmitry Peskov" → Peskov, "the Kremlin" → Kremlin).
    const name = row.speaker.replace(/\(.*?\)/g, '').trim();
    const head = name.split(/\s+/).at(-1)!;
    assert.ok(q.speaker?.name.includes(head), `#${row.n}: speaker "${q.speaker?.name}" is ${name}`);
    if (/\("(he|she|they)"\)/.test(row.speaker)) assert.equal(q.speaker?.resolvedBy, 'pronoun', `#${row.n}: resolved from a pronoun`);
    const form = /^mixed/.test(row.kind) ? 'mixed' : /^direct/.test(row.kind) ? 'direct' : 'indirect';
    assert.equal(q.form, form, `#${row.n}: form`);
  });
  for (const row of rows) {
    const nests = /nests #(\d+)/.exec(row.notes);
    if (nests) assert.equal(found.get(Number(nests[1]))!.parent, found.get(row.n)!.id, `#${nests[1]} nests in #${row.n}`);
    if (/nested/.test(row.kind)) assert.ok(found.get(row.n)!.parent, `#${row.n} is nested`);
    else assert.equal(found.get(row.n)!.parent, undefined, `#${row.n} is not nested`);
  }
  // Outlet-voice sentences named in expected.md are asserted, not attributed.
  const markdown = readFileSync(join(DIR, 'expected.md'), 'utf8');
  const voice = markdown.slice(markdown.indexOf("Sentences in the outlet's own voice"));
  const openings = [...voice.matchAll(/"([^"]+?)\s*\.\.\."/g)].map((m) => m[1]!.replace(/['’]/g, '’').split(/\s+/).slice(0, 6).join(' '));
  assert.equal(openings.length, 2);
  for (const opening of openings) {
    const claim = (doc.layers.claims ?? []).find((c) => c.text.replace(/['’]/g, '’').startsWith(opening));
    assert.ok(claim, `a claim opening "${opening}"`);
    assert.ok(claim.statuses.includes('asserted') && !claim.statuses.includes('attributed'), `"${opening}" is asserted`);
  }
});
