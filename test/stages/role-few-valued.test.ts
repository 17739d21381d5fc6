/**
 * The role tagger keeps the context features of few values as dense rows (role-features.ts
 * `roleFewValuedKeys`, role-model.ts `fewRows`): for every token, the table's rows of the keys the
 * features give without `few` add up to the same scores as the keys left with `few` plus the dense rows
 * of the indices it lists.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/stages/structure/tokenize.js';
import { roleInput } from '../../src/stages/events/roles/role-input.js';
import { describeRoleDocument } from '../../src/stages/events/roles/role-document.js';
import { MAX_ROLE_KEYS, roleContextKeys } from '../../src/stages/events/roles/role-features.js';
import { ROLE_TAGS, roleModel } from '../../src/stages/events/roles/role-model.js';

const TEXT = 'Rebels fired mortar shells at the town hall on Monday, killing three police officers, the army said. ( Two ) bodyguards were wounded by gunmen with machine guns near the power station. Troops attacked a rebel camp with artillery against the guerrillas of the front.';

test('role tagger: the dense rows of the few-valued context features score as the table rows of their keys', () => {
  const m = roleModel();
  const T = ROLE_TAGS.length;
  const d = describeRoleDocument(roleInput(tokenize(TEXT), TEXT));
  const keys = new Uint32Array(MAX_ROLE_KEYS);
  const few = new Int32Array(MAX_ROLE_KEYS + 1);
  let dense = 0;
  for (let i = 0; i < d.length; i++) {
    const all = new Float32Array(T);
    const k = roleContextKeys(d, i, keys);
    for (let f = 0; f < k; f++) m.table.addAt(keys[f]!, all, 0);
    const split = new Float32Array(T);
    const left = roleContextKeys(d, i, keys, 0, few);
    for (let f = 0; f < left; f++) m.table.addAt(keys[f]!, split, 0);
    for (let f = 1; f <= few[0]!; f++) for (let t = 0; t < T; t++) split[t]! += m.fewRows[few[f]! * T + t]!;
    assert.equal(left + few[0]!, k, `token ${i}: as many features either way`);
    assert.deepEqual([...split], [...all], `token ${i} (${d.words[i]})`);
    dense += few[0]!;
  }
  assert.ok(dense > d.length, `few-valued features read densely: ${dense}`);
});
