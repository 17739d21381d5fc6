/** The person page's quote text: one pair of curly quotes, no handover comma or period, inner marks kept. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotedWords } from '../../web/src/quoted-words.js';

test('a direct quote loses its own marks and the comma or period before the cue', () => {
  assert.equal(quotedWords('"The ferry will run every hour,"'), '“The ferry will run every hour”');
  assert.equal(quotedWords('“The ferry will run every hour,”'), '“The ferry will run every hour”');
  assert.equal(quotedWords('“Nobody pays more.”'), '“Nobody pays more”');
  assert.equal(quotedWords('«Nobody pays more»,'), '“Nobody pays more”');
  assert.equal(quotedWords("'We stay here,'"), '“We stay here”');
});

test('what belongs to the words stays: question marks, ellipses, abbreviations, inner quotations', () => {
  assert.equal(quotedWords('"Who will pay for it?"'), '“Who will pay for it?”');
  assert.equal(quotedWords('"We waited and waited..."'), '“We waited and waited...”');
  assert.equal(quotedWords('"The boats came from the U.S."'), '“The boats came from the U.S.”');
  assert.equal(quotedWords('"He called the plan a \'disgrace.\'"'), '“He called the plan a \'disgrace.\'”');
  assert.equal(quotedWords('the closure was a "temporary measure"'), '“the closure was a "temporary measure"”', 'straight inner marks stay as written');
  assert.equal(quotedWords('that the evidence was “obvious to everyone.”'), '“that the evidence was ‘obvious to everyone.’”', 'curly inner marks become single, as nested quotations are set');
  assert.equal(quotedWords('what he called a “monstrous attack,” and “a crime”'), '“what he called a ‘monstrous attack,’ and ‘a crime’”');
  assert.equal(quotedWords('that the route would pay for itself'), '“that the route would pay for itself”');
});

test('each part of a split quote is cleaned on its own', () => {
  assert.equal(quotedWords('"The route is safe," … "and it will stay open."'), '“The route is safe … and it will stay open”');
});

test('markup in the words comes back as the same characters (the page sets it as text)', () => {
  assert.equal(quotedWords('"<img src=x onerror=alert(1)> stays,"'), '“<img src=x onerror=alert(1)> stays”');
});

test('a long quote is cut inside its one pair of marks, after the handover comma is gone; line breaks read as spaces', () => {
  const long = `"${'The ferry will run every hour from Monday to Sunday, '.repeat(4)}and nobody will pay more,"`;
  const cut = quotedWords(long, 60);
  assert.ok(cut.length <= 62, cut);
  assert.match(cut, /^“The ferry will run every hour[^"“”]*…”$/, cut);
  assert.doesNotMatch(cut, /[,\s]…”$/, cut);
  assert.equal(quotedWords('"Short,"', 60), '“Short”', 'short words are not cut');
  assert.equal(quotedWords('"The ferry will\n  run,"'), '“The ferry will run”');
});

test('compare rows show a quote, a hedge and a framing span through the same helper as the person page', async () => {
  const { accountRows } = await import('../../web/src/compare-rows.js');
  const said = '"The station was never a target,"';
  const article = {
    documentId: 'd1', outlet: 'North Wire', title: 'T', publishedAt: '2024-03-12', events: ['ev0'], status: 'attributed', claimants: ['the army'],
    triggers: ['shelled'], casualties: [], crowd: [], blamed: [], naming: [],
    qualifications: [{ claim: 'c1', text: said, statuses: ['denied'], by: 'the army' }],
    framing: [{ start: 0, end: 5, text: '“barbaric attack,”', technique: 'Loaded_Language', voice: 'outlet' }],
  };
  const cluster = { outlets: [{ outlet: 'North Wire', articles: [article] }] } as unknown as Parameters<typeof accountRows>[0];
  const [row] = accountRows(cluster);
  assert.equal(row!.qualifications[0]!.text, quotedWords(said));
  assert.equal(row!.qualifications[0]!.text, '“The station was never a target”');
  assert.equal(row!.framing[0]!.text, '“barbaric attack”');
  assert.equal(row!.status[1]!.text, '“shelled”');
});
