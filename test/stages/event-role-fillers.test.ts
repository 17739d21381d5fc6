import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/stages/structure/tokenize.js';
import { collectRoleFillers } from '../../src/stages/events/roles/collect-role-fillers.js';
import type { RoleSpan } from '../../src/stages/events/roles/tag-roles.js';

/** The token range of `phrase` in `text` (its first occurrence), as a span of `role`. */
function spanOf(text: string, phrase: string, role: RoleSpan['role']): RoleSpan {
  const tokens = tokenize(text);
  const from = text.indexOf(phrase);
  const start = tokens.findIndex((t) => t.start >= from);
  let end = start;
  while (end < tokens.length && tokens[end]!.end <= from + phrase.length) end++;
  return { start, end, role };
}

test('a filler is cut where its noun phrase ends: time words, clause openers, auxiliaries, verbs', () => {
  const text = 'the mayor said juan perez escaped unharmed when gunmen today fired on the town hall that stood near the square.';
  const tokens = tokenize(text);
  const fillers = collectRoleFillers(text, tokens, [
    spanOf(text, 'juan perez escaped unharmed', 'Victim'),
    spanOf(text, 'gunmen today', 'PerpInd'),
    spanOf(text, 'town hall that stood', 'Target'),
  ]);
  assert.deepEqual(fillers.Victim, ['juan perez']);
  assert.deepEqual(fillers.PerpInd, ['gunmen']);
  assert.deepEqual(fillers.Target, ['town hall']);
});

test('a filler keeps its first word whatever it is, and loses quotes and brackets at its edges', () => {
  const text = 'police named "leslie kent" and the (fenastras) union as targets.';
  const tokens = tokenize(text);
  const fillers = collectRoleFillers(text, tokens, [spanOf(text, '"leslie kent', 'Victim'), spanOf(text, 'fenastras)', 'Target')]);
  assert.deepEqual(fillers.Victim, ['leslie kent']);
  assert.deepEqual(fillers.Target, ['fenastras']);
});

test('a span of punctuation only gives no filler', () => {
  const text = 'shots -- were heard.';
  const tokens = tokenize(text);
  const fillers = collectRoleFillers(text, tokens, [spanOf(text, '--', 'Weapon')]);
  assert.deepEqual(fillers.Weapon, []);
});
