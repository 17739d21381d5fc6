/**
 * The role tagger's context bound (role-model.ts `contextBound`): the committed model names one, and
 * decoding with it leaves the tags of ordinary wire text as the exact decoding (every token's context
 * features probed) gives them; a bound of zero would tag O wherever the word features alone favour it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/stages/structure/tokenize.js';
import { decodeRoleTags, roleInput, spansOfTags } from '../../src/stages/events/roles/tag-roles.js';
import { describeRoleDocument } from '../../src/stages/events/roles/role-document.js';
import { roleModel } from '../../src/stages/events/roles/role-model.js';

const TEXT = 'san salvador, 12 jan 90 -- urban guerrillas of the farabundo marti national liberation front today attacked the home of a supreme court justice with dynamite, the police said. two bodyguards were killed in the attack. the army blamed the fmln for the bombing of the power station near the capital.';

function tagsWith(bound: number): Uint8Array {
  const m = roleModel();
  const d = describeRoleDocument(roleInput(tokenize(TEXT), TEXT));
  return decodeRoleTags(d, undefined, { ...m, contextBound: bound });
}

test('role tagger: the committed model has a finite context bound, and with it the tags are the exact decoding\'s here', () => {
  const bound = roleModel().contextBound;
  assert.ok(Number.isFinite(bound) && bound > 0, `contextBound ${bound}`);
  const exact = tagsWith(Infinity);
  assert.ok(spansOfTags(exact).length >= 3, 'the exact decoding finds roles in this text');
  assert.deepEqual([...tagsWith(bound)], [...exact]);
});

test('role tagger: with a bound of zero, context features never rescue a token the word features put at O', () => {
  const exact = spansOfTags(tagsWith(Infinity));
  const none = spansOfTags(tagsWith(0));
  assert.ok(none.length < exact.length, `spans with bound 0: ${none.length}, exact: ${exact.length}`);
});
