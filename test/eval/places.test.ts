/** Geoparsing metrics and the corpus reader, on data made here. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readGeoCorpus } from '../../src/eval/places/read-corpus.js';
import { MAX_ERROR_KM, distanceKm, geocodingMetrics, recognitionCounts } from '../../src/eval/places/score.js';

test('distance: one degree of latitude is about 111 km', () => {
  assert.ok(Math.abs(distanceKm(0, 0, 1, 0) - 111.2) < 0.5);
  assert.ok(Math.abs(distanceKm(0, 0, 0, 180) - MAX_ERROR_KM) < 30);
});

test('Acc@161, median and AUC follow Gritta et al.', () => {
  const perfect = geocodingMetrics([0, 0, 0]);
  assert.equal(perfect.acc161, 1);
  assert.equal(perfect.auc, 0);
  const worst = geocodingMetrics([MAX_ERROR_KM, MAX_ERROR_KM]);
  assert.equal(worst.acc161, 0);
  assert.ok(Math.abs(worst.auc - Math.log(MAX_ERROR_KM + 1) / Math.log(MAX_ERROR_KM)) < 1e-9);
  const mixed = geocodingMetrics([10, 100, 200, 1000]);
  assert.equal(mixed.acc161, 0.5);
  assert.equal(mixed.median_km, 150);
  assert.ok(mixed.auc > 0 && mixed.auc < 1);
});

test('recognition by overlap ignores predictions on unplaced gold toponyms', () => {
  const gold = [{ start: 0, end: 5 }, { start: 10, end: 15 }];
  const predicted = [{ start: 1, end: 4 }, { start: 20, end: 25 }, { start: 30, end: 35 }];
  const c = recognitionCounts(gold, predicted, [{ start: 30, end: 40 }]);
  assert.deepEqual(c, { tpPredicted: 1, predicted: 2, tpGold: 1, gold: 2 });
});

test('reader: LGL layout with docids, GeoVirus layout numbered from 1, offsets realigned', () => {
  const dir = mkdtempSync(join(tmpdir(), 'places-'));
  const lgl = join(dir, 'a.xml');
  writeFileSync(lgl, `<articles><article docid="7"><text><![CDATA[Fire in Alexandria.]]></text><toponyms><toponym><start>9</start><end>19</end><phrase>Alexandria</phrase><gaztag geonameid="1"><fclass>P</fclass><fcode>PPL</fcode><lat>31.3</lat><lon>-92.4</lon></gaztag></toponym><toponym><start>0</start><end>4</end><phrase>Fire</phrase></toponym></toponyms></article></articles>`);
  const [a] = readGeoCorpus(lgl);
  assert.equal(a?.docid, '7');
  assert.deepEqual(a?.toponyms.map((t) => [t.start, t.end, t.phrase, t.lat, t.featureType]), [[0, 4, 'Fire', undefined, undefined], [8, 18, 'Alexandria', 31.3, 'P.PPL']]);
  const gv = join(dir, 'b.xml');
  writeFileSync(gv, `<articles><article><text>Flu in Pandi &amp; Bulacan.</text><locations><location><name>Bulacan</name><start>15</start><end>22</end><lat>15</lat><lon>121</lon></location></locations></article></articles>`);
  const [b] = readGeoCorpus(gv);
  assert.equal(b?.docid, '1');
  assert.equal(b?.text, 'Flu in Pandi & Bulacan.');
  assert.equal(b?.text.slice(b.toponyms[0]!.start, b.toponyms[0]!.end), 'Bulacan');
});
