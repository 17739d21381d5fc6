/** `newslens analyze`: the three output formats, and clear errors with exit codes for bad usage. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/data/paths.js';
import { runCli } from './run-cli.js';

const example = join(PACKAGE_ROOT, 'examples', 'donetsk-market-shelling.txt');

test('text, json and html outputs', () => {
  const text = runCli(['analyze', example, '--published', '2024-01-22', '--outlet', 'Example Wire']);
  assert.equal(text.status, 0, text.stderr);
  assert.match(text.stdout, /Outlet: +Example Wire/);
  const json = runCli(['analyze', example, '--format', 'json']);
  assert.equal(json.status, 0, json.stderr);
  const doc = JSON.parse(json.stdout);
  assert.equal(doc.schema, 'https://newslens.dev/schema/document/v1');
  assert.ok(doc.layers.sentences.length > 5);
  const html = runCli(['analyze', '-', '--format', 'html'], '<script>alert(1)</script> and <img src=x onerror=alert(2)> said.', {});
  assert.equal(html.status, 0, html.stderr);
  assert.doesNotMatch(html.stdout, /<script>alert|<img src=x/);
  // Highlights may wrap parts of the text in <mark>: compare the text with the marks taken out.
  assert.match(html.stdout.replace(/<\/?mark\b[^>]*>/g, ''), /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.match(html.stdout, /Content-Security-Policy/);
});

test('usage errors exit 2 with a message and no stack trace', () => {
  for (const args of [['analyze'], ['analyze', example, '--format', 'pdf'], ['frobnicate'], ['analyze', example, '--nope']]) {
    const r = runCli(args);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, /^newslens: /);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  }
});

test('a missing file exits 3 with the path in the message', () => {
  const r = runCli(['analyze', 'no/such/article.txt']);
  assert.equal(r.status, 3);
  assert.match(r.stderr, /no\/such\/article\.txt: no such file|cannot read no\/such\/article\.txt/);
});

test('help and version', () => {
  assert.match(runCli(['help']).stdout, /Commands:/);
  assert.match(runCli(['help', 'analyze']).stdout, /--published/);
  assert.match(runCli(['--version']).stdout, /^\d+\.\d+\.\d+/);
});
