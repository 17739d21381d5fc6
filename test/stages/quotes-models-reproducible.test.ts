/**
 * The committed cue model and its word classes are what the repository's scripts make from PolNeAR
 * train with their defaults, byte for byte. Both read the articles through the structure and POS stages,
 * so a tokenizer change ("No." before a number, domain names) silently leaves the committed files
 * trained on other tokens: the figures reported for them then come from weights nobody can rebuild.
 * This test rebuilds both into a temporary directory and compares bytes (about 40 s of CPU); it is
 * skipped where ../shared/data is not beside the checkout (the word classes also read CoNLL-2003 and
 * MUC-4 train texts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGE_ROOT } from '../../src/data/paths.js';
import { CUE_MODEL_FILE } from '../../src/stages/quotes/cue-model.js';
import { WORD_CLASSES_FILE } from '../../src/stages/quotes/cue-word-classes.js';

const DATA = join(PACKAGE_ROOT, '..', 'shared', 'data');
const POLNEAR = join(DATA, 'polnear');
const script = (name: string): string => fileURLToPath(new URL(`../../scripts/${name}.js`, import.meta.url));

test('quotes: the committed word classes and cue model are rebuilt byte for byte by their scripts', { skip: !existsSync(POLNEAR) && 'no ../shared/data', timeout: 15 * 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-cue-model-'));
  try {
    const classes = join(dir, 'quotes-word-classes.tsv.gz');
    const weights = join(dir, 'quotes-cues.bin.gz');
    const env: NodeJS.ProcessEnv = { ...process.env, NEWSLENS_QUOTES_WORD_CLASSES: classes };
    delete env['NEWSLENS_QUOTES_CUE_MODEL'];
    execFileSync(process.execPath, [script('build-quotes-word-classes'), '--data', DATA, '--out', classes], { env, stdio: 'ignore' });
    assert.ok(readFileSync(classes).equals(readFileSync(WORD_CLASSES_FILE)), `${WORD_CLASSES_FILE} differs from what scripts/build-quotes-word-classes.ts makes now: rebuild it, then retrain the cue model`);
    execFileSync(process.execPath, [script('train-quotes-cues'), '--data', POLNEAR, '--out', weights], { env, stdio: 'ignore' });
    assert.ok(readFileSync(weights).equals(readFileSync(CUE_MODEL_FILE)), `${CUE_MODEL_FILE} differs from what scripts/train-quotes-cues.ts makes now: retrain it (node dist/scripts/train-quotes-cues.js)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
