/**
 * The committed MUC-4 role-tagger weights are what scripts/train-events-roles.ts makes with its
 * defaults, byte for byte. The script reads MUC-4 through our tokenizer and POS tagger, so a change
 * there leaves the committed weights trained on other tokens (it did: rebuilt, MUC-4 dev roles F1 went
 * .4337 -> .4407). Rebuilds into a temporary file (about 15 s of CPU); skipped without ../shared/data.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGE_ROOT, dataFile } from '../../src/data/paths.js';

const MUC4 = join(PACKAGE_ROOT, '..', 'shared', 'data', 'muc4', 'roles');
const script = fileURLToPath(new URL('../../scripts/train-events-roles.js', import.meta.url));

test('events: the committed role-tagger weights are rebuilt byte for byte by their script', { skip: !existsSync(MUC4) && 'no ../shared/data/muc4', timeout: 10 * 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-roles-model-'));
  try {
    const weights = join(dir, 'events-roles.bin.gz');
    execFileSync(process.execPath, [script, '--data', MUC4, '--out', weights], { stdio: 'ignore' });
    const committed = dataFile('models', 'events-roles.bin.gz');
    assert.ok(readFileSync(weights).equals(readFileSync(committed)), `${committed} differs from what scripts/train-events-roles.ts makes now: retrain it`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
