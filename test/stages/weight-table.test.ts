import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dataFile } from '../../src/data/paths.js';
import { decodeModel, readModelRows } from '../../src/stages/pos/model-file.js';
import { WeightTable } from '../../src/stages/pos/weight-table.js';
import { U32Map } from '../../src/stages/pos/u32-map.js';
import { mix } from '../../src/stages/pos/hash.js';

/** The row of `keys[r]` summed straight from the file's arrays. */
function expectedRows(rows: ReturnType<typeof readModelRows>, C: number): Float32Array[] {
  const out: Float32Array[] = [];
  let at = 0;
  for (let r = 0; r < rows.keys.length; r++) {
    const v = new Float32Array(C);
    for (let p = 0; p < rows.counts[r]!; p++, at++) v[rows.classes[at]!]! += rows.values[at]!;
    out.push(v);
  }
  return out;
}

for (const name of ['pos', 'ner']) {
  test(`the ${name} weight table's findAll finds the rows find finds, kept features and others mixed`, () => {
    const file = readFileSync(dataFile('models', `${name}.bin.gz`));
    const { table } = decodeModel(file);
    const kept = readModelRows(file).keys;
    // Every 7th kept feature, each followed by a few the model never kept (most of a sentence's pairs).
    const keys: number[] = [];
    for (let r = 0; r < kept.length; r += 7) keys.push(kept[r]!, mix(998, r), mix(997, r), mix(996, r));
    const rows = new Int32Array(keys.length + 1).fill(-7);
    table.findAll(Uint32Array.from(keys), keys.length, rows);
    let found = 0;
    for (let k = 0; k < keys.length; k++) {
      assert.equal(rows[k], table.find(keys[k]!), `key ${keys[k]}`);
      if (rows[k]! >= 0) found++;
    }
    assert.ok(found >= Math.floor(kept.length / 7), 'every kept feature found');
    assert.ok(found < keys.length, 'and some features not found');
    assert.equal(rows[keys.length], -7, 'nothing written past n');
  });
}

for (const name of ['pos', 'ner', 'events-roles']) {
  test(`the ${name} weight table gives every feature of the committed model its weights from the file`, () => {
    const file = readFileSync(dataFile('models', `${name}.bin.gz`));
    const { table } = decodeModel(file);
    const rows = readModelRows(file);
    const C = table.classCount;
    const expected = expectedRows(rows, C);
    let longRows = 0;
    for (let r = 0; r < rows.keys.length; r++) {
      if (rows.counts[r]! > 3) longRows++;
      const got = new Float32Array(C);
      table.add(rows.keys[r]!, got);
      assert.deepEqual(Array.from(got), Array.from(expected[r]!), `feature ${rows.keys[r]}`);
      // The same through find/addRow, at an offset, and one class at a time.
      const row = table.find(rows.keys[r]!);
      assert.ok(row >= 0);
      const shifted = new Float32Array(C + 3);
      table.addRow(row, shifted, 3);
      assert.deepEqual(Array.from(shifted.subarray(3)), Array.from(expected[r]!));
      // A copied row's pairs add up to the same weights.
      const copy = new Int32Array(C + 4);
      const n = table.copyRow(row, copy, 1);
      const summed = new Float32Array(C);
      for (let e = 1; e <= n; e++) summed[copy[e]! & 255]! += copy[e]! >> 8;
      assert.deepEqual(Array.from(summed), Array.from(expected[r]!));
      if (r % 97 === 0) for (let c = 0; c < C; c++) assert.equal(table.weight(rows.keys[r]!, c), expected[r]![c]);
    }
    assert.ok(longRows > 0, 'the model has rows longer than the three pairs a slot holds');
    // Features the model never kept add nothing.
    const kept = new Set(rows.keys);
    for (let k = 0; k < 2000; k++) {
      const key = mix(999, k);
      if (kept.has(key)) continue;
      assert.equal(table.find(key), -1);
      const got = new Float32Array(C);
      table.add(key, got);
      assert.ok(got.every((v) => v === 0));
    }
  });
}

test('a weight table keeps rows of any length, weights of class 0 and negative weights', () => {
  const keys = Uint32Array.from([7, 0xffffffff, 12345, 99]);
  const counts = Uint8Array.from([0, 1, 3, 6]);
  const classes = Uint8Array.from([0, 4, 2, 0, 0, 1, 2, 3, 4, 5]);
  const values = Int16Array.from([-32768, 1, -2, 3, 32767, -5, 6, -7, 8, 0]);
  const table = new WeightTable(6, 0.5, keys, counts, classes, values);
  const rowOf = (key: number): number[] => {
    const v = new Float32Array(6);
    table.add(key, v);
    return Array.from(v);
  };
  assert.deepEqual(rowOf(7), [0, 0, 0, 0, 0, 0]);
  assert.deepEqual(rowOf(0xffffffff), [-32768, 0, 0, 0, 0, 0]);
  assert.deepEqual(rowOf(12345), [3, 0, -2, 0, 1, 0]);
  assert.deepEqual(rowOf(99), [32767, -5, 6, -7, 8, 0]);
  assert.equal(table.weight(99, 3), -7);
  assert.equal(table.find(8), -1);
  assert.throws(() => new WeightTable(255, 1, keys, counts, classes, values), /at most 254 classes/);
});

test('U32Map agrees with a Map through growth, overwrites and clearing', () => {
  const map = new U32Map(4);
  const reference = new Map<number, number>();
  let seed = 12345;
  const random = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  for (let round = 0; round < 3; round++) {
    for (let i = 0; i < 5000; i++) {
      const key = (random() % 3000) + 1 + (i % 2 === 0 ? 0x80000000 : 0); // keys above 2^31 too
      const value = random() % 100000;
      map.set(key, value);
      reference.set(key >>> 0, value);
    }
    assert.equal(map.size, reference.size);
    for (const [k, v] of reference) assert.equal(map.get(k), v);
    assert.equal(map.get(0x7ffffff0), -1);
    const seen = new Map<number, number>();
    map.forEach((v, k) => seen.set(k, v));
    assert.deepEqual([...seen].sort((a, b) => a[0] - b[0]), [...reference].sort((a, b) => a[0] - b[0]));
    map.clear();
    reference.clear();
    assert.equal(map.size, 0);
    assert.equal(map.get(5), -1);
  }
});
