/**
 * The committed NER weights and gazetteer are what scripts/train-ner.ts makes with its defaults, byte
 * for byte. The script reads eng.train through our tokenizer's word normalisation and our POS tagger
 * (fully scored, as the weights were made), so a change there leaves the committed model trained on
 * other features. Rebuilds into a temporary folder (about a minute of CPU); skipped without
 * ../shared/data.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGE_ROOT, dataFile } from '../../src/data/paths.js';

const CONLL = join(PACKAGE_ROOT, '..', 'shared', 'data', 'conll2003', 'eng.train');
const script = fileURLToPath(new URL('../../scripts/train-ner.js', import.meta.url));

test('entities: the committed NER weights and gazetteer are rebuilt byte for byte by their script', { skip: !existsSync(CONLL) && 'no ../shared/data/conll2003', timeout: 10 * 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-ner-model-'));
  try {
    execFileSync(process.execPath, [script, '--out-dir', dir], { stdio: 'ignore' });
    for (const name of ['ner.bin.gz', 'ner-gazetteer.bin.gz']) {
      const committed = dataFile('models', name);
      assert.ok(readFileSync(join(dir, name)).equals(readFileSync(committed)), `${committed} differs from what scripts/train-ner.ts makes now: retrain it`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
