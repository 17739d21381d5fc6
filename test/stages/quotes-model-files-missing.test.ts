/**
 * The cue model's files: a weights or word-class path that points nowhere must not leave the stage
 * running without the model or on an empty table (cues lost with no word said). The quotes stage fails
 * with a message on the document naming the missing file.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const analyzeModule = fileURLToPath(new URL('../../src/analyze.js', import.meta.url));

function quotesFailureWith(variable: string, missing: string): string {
  const script = `const { analyze } = await import(${JSON.stringify(analyzeModule)});
const doc = analyze('The minister said the talks would resume on Monday.');
console.log(JSON.stringify({ quotes: doc.layers.quotes === undefined, messages: doc.messages.map((m) => m.code + ' ' + m.message) }));`;
  const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, [variable]: missing }, encoding: 'utf8' })) as { quotes: boolean; messages: string[] };
  assert.ok(out.quotes, 'no quotes layer from a failed stage');
  const failure = out.messages.find((m) => m.startsWith('E_STAGE_FAILED'));
  assert.ok(failure, `a stage failure message, got ${out.messages.join(' | ')}`);
  return failure!;
}

test('quotes: a missing word-class table is a stage failure naming the file, not an empty table', () => {
  const missing = '/nonexistent/newslens-word-classes.tsv.gz';
  const failure = quotesFailureWith('NEWSLENS_QUOTES_WORD_CLASSES', missing);
  assert.match(failure, /quotes/);
  assert.ok(failure.includes(missing), failure);
});

test('quotes: missing cue-model weights are a stage failure naming the file, not lexicon cues alone', () => {
  const missing = '/nonexistent/newslens-quotes-cues.bin.gz';
  const failure = quotesFailureWith('NEWSLENS_QUOTES_CUE_MODEL', missing);
  assert.match(failure, /quotes/);
  assert.ok(failure.includes(missing), failure);
});
