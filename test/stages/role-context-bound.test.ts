/**
 * The role tagger's context bound (role-model.ts `contextBound`): the committed model names one, and
 * decoding with it leaves the tags of ordinary wire text as the exact decoding (every token's context
 * features probed) gives them; a bound of zero would tag O wherever the word features alone favour it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/stages/structure/tokenize.js';
import { decodeRoleTags, spansOfTags } from '../../src/stages/events/roles/tag-roles.js';
import { roleInput } from '../../src/stages/events/roles/role-input.js';
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

const WIRE = 'Russian forces shelled a market in the town of Kupiansk on Tuesday, killing at least nine civilians, the regional governor said. The Kremlin denied that its army had struck the market and blamed Ukrainian artillery. Police detained 30 protesters after a rally outside the parliament.';

/** The tags of `text` with `bound`, with or without the floor that settles most tokens before their scores are summed. */
function settledOrSummed(text: string, bound: number, settle: boolean, masked: boolean): number[] {
  const m = { ...roleModel(), contextBound: bound };
  const d = describeRoleDocument(roleInput(tokenize(text), text));
  // A mask with gaps, as the events stage passes: runs start afresh after a token left out.
  const mask = masked ? Uint8Array.from({ length: d.length }, (_, i) => (i % 11 === 5 ? 0 : 1)) : undefined;
  return [...decodeRoleTags(d, mask, m, undefined, settle)];
}

test('role tagger: the floor that settles tokens at O before their scores are summed gives the tags the summed test gives', () => {
  const bound = roleModel().contextBound;
  for (const text of [TEXT, WIRE]) {
    for (const b of [bound / 4, bound / 2, bound, 2 * bound, 4 * bound]) {
      for (const masked of [false, true]) assert.deepEqual(settledOrSummed(text, b, true, masked), settledOrSummed(text, b, false, masked), `bound ${b}, masked ${masked}`);
    }
  }
  // Not vacuous: with a large bound the floor settles tokens, and the tags still hold roles.
  assert.ok(settledOrSummed(TEXT, bound, true, false).some((t) => t !== 0));
});
