import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { createPipeline, contentFingerprint, defaultFingerprintInputs, getDefaultPipeline, type FingerprintInputs } from '../../src/pipeline/index.js';
import { dataFile } from '../../src/data/paths.js';
import { structureStage } from '../../src/stages/structure/index.js';
import { analyze } from '../../src/analyze.js';

/** A copy of the committed lexicons and one model in a temporary folder, to change without touching the tree. */
function dataCopy(): { dir: string; inputs: FingerprintInputs; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-fingerprint-'));
  cpSync(dataFile('lexicons'), join(dir, 'lexicons'), { recursive: true });
  cpSync(dataFile('models', 'ner-gazetteer.bin.gz'), join(dir, 'models', 'ner-gazetteer.bin.gz'));
  return { dir, inputs: { dataDirs: [dir], codeDirs: [], files: [] }, done: () => rmSync(dir, { recursive: true, force: true }) };
}

test('changing a lexicon file changes the fingerprint and the pipeline version; restoring it restores both', () => {
  const { dir, inputs, done } = dataCopy();
  try {
    const versionOf = () => createPipeline([structureStage], '1.0.0', () => contentFingerprint(inputs)).version;
    const before = contentFingerprint(inputs);
    const v1 = versionOf();
    assert.equal(contentFingerprint(inputs), before, 'the same files give the same fingerprint');
    const file = join(dir, 'lexicons', 'reporting-verbs.json');
    const original = readFileSync(file, 'utf8');
    const lexicon = JSON.parse(original) as { entries: Array<{ terms: string[] }> };
    lexicon.entries[0]!.terms.push('opined');
    writeFileSync(file, JSON.stringify(lexicon, null, 2));
    assert.notEqual(contentFingerprint(inputs), before);
    assert.notEqual(versionOf(), v1, 'a stage reading a changed lexicon gives a new pipeline version');
    writeFileSync(file, original);
    assert.equal(contentFingerprint(inputs), before);
    assert.equal(versionOf(), v1);
  } finally {
    done();
  }
});

test('a changed model (gzip) changes the fingerprint; the same content compressed again does not', () => {
  const { dir, inputs, done } = dataCopy();
  try {
    const before = contentFingerprint(inputs);
    const file = join(dir, 'models', 'ner-gazetteer.bin.gz');
    const content = gunzipSync(readFileSync(file));
    writeFileSync(file, gzipSync(content, { level: 1 }));
    assert.equal(contentFingerprint(inputs), before, 'the fingerprint follows the uncompressed content');
    const changed = Buffer.from(content);
    changed[changed.length >> 1] = changed[changed.length >> 1]! ^ 0xff;
    writeFileSync(file, gzipSync(changed, { level: 1 }));
    assert.notEqual(contentFingerprint(inputs), before);
  } finally {
    done();
  }
});

test('adding, removing or renaming a data file changes the fingerprint', () => {
  const { dir, inputs, done } = dataCopy();
  try {
    const before = contentFingerprint(inputs);
    writeFileSync(join(dir, 'lexicons', 'new-list.json'), '{}');
    const added = contentFingerprint(inputs);
    assert.notEqual(added, before);
    renameSync(join(dir, 'lexicons', 'new-list.json'), join(dir, 'lexicons', 'other-list.json'));
    assert.notEqual(contentFingerprint(inputs), added);
    rmSync(join(dir, 'lexicons', 'other-list.json'));
    assert.equal(contentFingerprint(inputs), before);
  } finally {
    done();
  }
});

test('the default pipeline hashes src/data, the compiled stage code, and a model file named in the environment', () => {
  const inputs = defaultFingerprintInputs({});
  assert.deepEqual(inputs.dataDirs, [dataFile()]);
  assert.ok(inputs.codeDirs.some((d) => existsSync(join(d, 'quotes', 'index.js')) || existsSync(join(d, 'quotes', 'index.ts'))), 'the stages folder is hashed');
  assert.deepEqual(inputs.files, []);
  const dir = mkdtempSync(join(tmpdir(), 'newslens-fingerprint-'));
  try {
    const model = join(dir, 'cues.bin.gz');
    writeFileSync(model, gzipSync(Buffer.from('one model')));
    const withModel = defaultFingerprintInputs({ NEWSLENS_QUOTES_CUE_MODEL: model });
    assert.deepEqual(withModel.files, [model]);
    const small = (files: string[]): FingerprintInputs => ({ dataDirs: [], codeDirs: [], files });
    const first = contentFingerprint(small(withModel.files as string[]));
    writeFileSync(model, gzipSync(Buffer.from('another model')));
    assert.notEqual(contentFingerprint(small(withModel.files as string[])), first);
    assert.notEqual(contentFingerprint(small([])), first);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  assert.match(getDefaultPipeline().version, /^\d+\.\d+\.\d+\+[0-9a-f]{8}$/);
});

test('the fingerprint is computed once, when the version is first needed', () => {
  let calls = 0;
  const pipeline = createPipeline([structureStage], '1.0.0', () => { calls++; return 'abc'; });
  assert.equal(calls, 0);
  const version = pipeline.version;
  analyze('One sentence.', { pipeline });
  assert.equal(pipeline.version, version);
  assert.equal(calls, 1);
  assert.notEqual(createPipeline([structureStage], '1.0.0', 'abd').version, version);
  assert.equal(createPipeline([structureStage], '1.0.0', 'abc').version, version);
});

