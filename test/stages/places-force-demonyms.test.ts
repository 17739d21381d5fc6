/** Demonyms of armed force ("Russian forces"): the attacker's nationality, no evidence of where. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isForceDemonym } from '../../src/stages/places/force-demonyms.js';

test('a nationality of armed force is told from other uses of a demonym', () => {
  const at = (text: string): boolean => isForceDemonym(text, text.indexOf(' '));
  assert.equal(at('Russian forces advanced'), true);
  assert.equal(at('Israeli air strikes hit'), true);
  assert.equal(at('Ukrainian drones struck'), true);
  assert.equal(at('Chinese officials in Wuhan'), false);
  assert.equal(at('Russian forcefully denied'), false);
});
