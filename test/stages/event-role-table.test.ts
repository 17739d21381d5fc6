import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dataFile } from '../../src/data/paths.js';
import { decodeModel } from '../../src/stages/pos/model-file.js';
import { readModelRows, RoleTable } from '../../src/stages/events/roles/role-table.js';
import { mix } from '../../src/stages/pos/hash.js';

test('the role table gives every feature of the committed model the weights the weight table gives it', () => {
  const file = readFileSync(dataFile('models', 'events-roles.bin.gz'));
  const { table } = decodeModel(file);
  const rows = readModelRows(file);
  const inline = new RoleTable(rows);
  const C = table.classCount;
  let longRows = 0;
  for (let r = 0; r < rows.keys.length; r++) {
    if (rows.counts[r]! > 2) longRows++;
    const expected = new Float32Array(C);
    const got = new Float32Array(C);
    table.add(rows.keys[r]!, expected);
    inline.add(rows.keys[r]!, got);
    assert.deepEqual(Array.from(got), Array.from(expected), `feature ${rows.keys[r]}`);
  }
  assert.ok(longRows > 0, 'the model has rows longer than the two pairs a slot holds');
  // Features the model never kept add nothing.
  for (let k = 0; k < 1000; k++) {
    const got = new Float32Array(C);
    const expected = new Float32Array(C);
    const key = mix(999, k);
    table.add(key, expected);
    inline.add(key, got);
    assert.deepEqual(Array.from(got), Array.from(expected));
  }
});
