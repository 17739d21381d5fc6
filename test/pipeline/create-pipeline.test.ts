import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline, PipelineConfigError, type Stage } from '../../src/pipeline/index.js';
import { analyze } from '../../src/analyze.js';
import { structureStage } from '../../src/stages/structure/index.js';

const stage = (name: string, needs: Stage['needs'], provides: Stage['provides'], run: Stage['run'] = () => {}): Stage => ({ name, needs, provides, run });

test('a stage whose need no earlier stage provides is rejected at build time', () => {
  assert.throws(() => createPipeline([stage('quotes', ['sentences'], ['quotes'])]), (e: unknown) => e instanceof PipelineConfigError && /provide "sentences"/.test(e.message));
});

test('two providers of one layer, or two stages of one name, are rejected', () => {
  assert.throws(() => createPipeline([stage('a', [], ['dates']), stage('b', [], ['dates'])]), /one provider of "dates"/);
  assert.throws(() => createPipeline([stage('a', [], ['dates']), stage('a', [], ['numbers'])]), /unique stage names/);
});

test('a failing stage marks the document partial, drops its layers, and skips stages that need them', () => {
  const boom = stage('boom', ['sentences'], ['dates'], (doc) => {
    doc.layers.dates = [];
    throw new Error('expected a date, found a banana');
  });
  const after = stage('after', ['dates'], ['numbers'], (doc) => { doc.layers.numbers = []; });
  const independent = stage('independent', ['tokens'], ['places'], (doc) => { doc.layers.places = []; });
  const doc = analyze('One sentence here. Another one.', { pipeline: createPipeline([structureStage, boom, after, independent]) });
  assert.equal(doc.status, 'partial');
  assert.equal(doc.layers.dates, undefined);
  assert.equal(doc.layers.numbers, undefined);
  assert.deepEqual(doc.layers.places, []);
  assert.ok(doc.layers.sentences && doc.layers.sentences.length === 2);
  const codes = doc.messages.map((m) => m.code);
  assert.ok(codes.includes('E_STAGE_FAILED') && codes.includes('W_STAGE_SKIPPED'));
  assert.match(doc.messages.find((m) => m.code === 'E_STAGE_FAILED')!.message, /banana/);
  assert.deepEqual(doc.pipeline?.stages.map((s) => s.status), ['ok', 'failed', 'skipped', 'ok']);
});

test('the pipeline version changes with the stage list', () => {
  const a = createPipeline([structureStage], '1.0.0');
  const b = createPipeline([structureStage, stage('x', ['tokens'], ['dates'])], '1.0.0');
  assert.notEqual(a.version, b.version);
  assert.equal(a.version, createPipeline([structureStage], '1.0.0').version);
});
