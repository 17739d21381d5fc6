/** The framing stage's parts: phrase matching, voice, naming context, tone, and the stage on analyze(). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import type { Quote } from '../../src/model/layers/quotes.js';
import { tokenize } from '../../src/stages/structure/index.js';
import { compilePhrases, matchForm, matchPhrases } from '../../src/stages/framing/match-phrases.js';
import { VoiceResolver } from '../../src/stages/framing/assign-voice.js';
import { contextFromText } from '../../src/stages/framing/model/text-context.js';
import { decodeSpans } from '../../src/stages/framing/model/framing-model.js';
import { summarizeNaming, TONE_DEFINITION } from '../../src/stages/framing/index.js';
import { checkInvariants } from '../../src/model/invariants.js';
import { renderTextReport } from '../../src/report/text.js';

const words = (text: string): string[] => tokenize(text).map((t) => matchForm(t.text));

test('phrases match longest first, case-insensitively, on whole tokens', () => {
  const set = compilePhrases<string>([['war', 'short'], ['war crimes', 'long'], ['Kiev', 'city']]);
  const found = matchPhrases(set, words('War crimes near KIEV; a warlord and the war.'));
  assert.deepEqual(found.map((m) => m.payload), ['long', 'city', 'short']);
  assert.deepEqual(found.map((m) => [m.tokenStart, m.tokenEnd]), [[0, 2], [3, 4], [9, 10]]);
});

test('voice: words inside quotation marks belong to the innermost quote holding them; paraphrase is the outlet\'s', () => {
  const text = 'The mayor said that the raid was cruel. “It was barbaric,” the mayor said.';
  const ctx = contextFromText(text, { useTagDictionary: true });
  const at = (word: string): [number, number] => [text.indexOf(word), text.indexOf(word) + word.length];
  const content = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
  const quotes: Quote[] = [
    { id: 'q1', stage: 'quotes', rule: 't', form: 'indirect', content: [content('the raid was cruel')], speaker: { name: 'the mayor', resolvedBy: 'nominal' } },
    { id: 'q2', stage: 'quotes', rule: 't', form: 'direct', content: [content('It was barbaric,')], speaker: { name: 'Mayor Ana', resolvedBy: 'name' } },
  ];
  const voices = new VoiceResolver(ctx, quotes);
  assert.deepEqual(voices.voiceOf(...at('cruel')), { kind: 'outlet' });
  assert.deepEqual(voices.voiceOf(...at('barbaric')), { kind: 'source', quote: 'q2', speaker: 'Mayor Ana' });
  // Without a quotes layer, quotation marks still make the words a source's, speaker unknown.
  assert.deepEqual(new VoiceResolver(ctx, undefined).voiceOf(...at('barbaric')), { kind: 'source', speaker: 'unknown' });
  assert.deepEqual(new VoiceResolver(ctx, undefined).voiceOf(...at('cruel')), { kind: 'outlet' });
});

test('the stage adds framing, naming and tone layers that hold the invariants', () => {
  const doc = analyze('Officials in Kiev lashed out at the self-proclaimed republic. “Their war is barbaric,” a Ukrainian official said.', { meta: { publishedAt: '2024-03-01' } });
  assert.deepEqual(checkInvariants(doc), []);
  assert.ok(doc.layers.framing && doc.layers.naming && doc.layers.tone);
  const barbaric = doc.layers.framing.find((m) => m.text === 'barbaric' && m.method === 'lexicon');
  assert.equal(barbaric?.voice.kind, 'source');
  assert.equal(doc.layers.framing.find((m) => m.text === 'lashed out')?.voice.kind, 'outlet');
  assert.deepEqual(doc.layers.naming.map((n) => n.variant), ['Kiev', 'self-proclaimed', 'war']);
  assert.equal(doc.layers.naming.find((n) => n.variant === 'war')?.voice.kind, 'source');
  assert.equal(doc.layers.tone.sentences.length, doc.layers.sentences?.length);
  assert.equal(doc.layers.tone.definition, TONE_DEFINITION);
});

test('tone is negative for condemning sentences, positive for praising ones, and a negator flips a word', () => {
  const doc = analyze('The attack was horrific and cruel. The rescue was a wonderful success. The plan is not good.');
  const scores = doc.layers.tone!.sentences.map((s) => s.score);
  assert.ok(scores[0]! < 0, `expected a negative score, found ${scores[0]}`);
  assert.ok(scores[1]! > 0, `expected a positive score, found ${scores[1]}`);
  assert.ok(scores[2]! < 0, `"not good" should count as negative, found ${scores[2]}`);
  const tokens = doc.layers.tokens!;
  const words = doc.layers.sentences!.map((s) => tokens.slice(s.tokenStart, s.tokenEnd).filter((t) => /\p{L}/u.test(t.text)).length);
  const total = scores.reduce((sum, s, i) => sum + s * words[i]!, 0) / words.reduce((a, b) => a + b);
  assert.ok(Math.abs(doc.layers.tone!.document - total) < 0.01, 'the document score is the word-weighted mean of the sentences');
});

test('the naming summary counts variants by voice and lists those never used', () => {
  const doc = analyze('Kiev said so. “Kiev lies,” a Russian diplomat said. Donbass was quiet.', { meta: { publishedAt: '2024-03-01' } });
  const summary = summarizeNaming(doc.layers.naming ?? []);
  const kyiv = summary.find((s) => s.entry === 'kyiv');
  assert.deepEqual(kyiv?.used.map((u) => [u.variant, u.count, u.outlet, u.quoted]), [['Kiev', 2, 1, 1]]);
  assert.deepEqual(kyiv?.unused, ['Kyiv']);
  assert.deepEqual(summary.find((s) => s.entry === 'donbas')?.unused, ['Donbas']);
});

test('the naming summary keeps the words as written, and the report shows them beside the variant', () => {
  const doc = analyze('Rebels shelled Donetsk on Monday. The separatists denied it, and insurgents fired again.', { meta: { publishedAt: '2024-03-01' } });
  const groups = summarizeNaming(doc.layers.naming ?? []).find((s) => s.entry === 'armed-groups');
  const separatists = groups?.used.find((u) => u.variant === 'separatists');
  assert.deepEqual(separatists?.written, ['Rebels', 'separatists', 'insurgents']);
  const report = renderTextReport(doc);
  assert.match(report, /separatists ×3 as "Rebels", "insurgents"/);
});

test('model spans are read off token scores without crossing a quotation mark, and need a peak', () => {
  const text = 'He said “they are liars and thieves” and left angrily.';
  const ctx = contextFromText(text, { useTagDictionary: true });
  const all = new Float64Array(ctx.tokens.length).fill(0.9);
  const spans = decodeSpans(ctx, all, { threshold: 0.5, gap: 8, peak: 0 });
  assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), ['He said', 'they are liars and thieves', 'and left angrily']);
  assert.deepEqual(decodeSpans(ctx, all, { threshold: 0.5, gap: 8, peak: 0.95 }), [], 'no token reaches the peak');
});
