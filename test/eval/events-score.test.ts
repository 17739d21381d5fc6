import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countRole, normalizeFiller, scoreRoles } from '../../src/eval/events/score-roles.js';
import type { RoleDocument } from '../../src/eval/events/read-roles.js';
import { predictRoles } from '../../src/eval/events/predict-roles.js';

const gold: RoleDocument = {
  docid: 'd1',
  doctext: 'unused',
  extracts: { PerpInd: [[['gunmen', 0]]], PerpOrg: [[['liberation front', 0], ['lf', 0]]], Target: [[['a bus', 0], ['bus', 0]], [['the bridge', 0]]], Victim: [], Weapon: [[['bomb', 0]]] },
};

test('a predicted string matches a mention of an unmatched gold entity, case- and space-insensitively', () => {
  assert.equal(normalizeFiller('  The   Bridge '), 'the bridge');
  assert.deepEqual(countRole(gold, ['BUS', 'a bus', 'The  Bridge'], 'Target'), { predicted: 3, gold: 2, matched: 2 });
  assert.deepEqual(countRole(gold, ['lf', 'liberation front'], 'PerpOrg'), { predicted: 2, gold: 1, matched: 1 });
});

test('micro precision, recall and F1 over the five roles', () => {
  const metrics = scoreRoles([gold], [{ docid: 'd1', PerpInd: ['gunmen'], PerpOrg: ['army'], Target: ['bus'], Victim: [], Weapon: [] }]);
  assert.equal(metrics['roles.precision'], 2 / 3);
  assert.equal(metrics['roles.recall'], 2 / 5);
  assert.ok(Math.abs(metrics['roles.f1']! - (2 * (2 / 3) * (2 / 5)) / (2 / 3 + 2 / 5)) < 1e-12);
  assert.equal(metrics['Weapon.recall'], 0);
});

test('role predictions do not depend on capitals: lower-case, mixed and all-capitals text agree', () => {
  const text = 'Urban guerrillas set off a powerful bomb at the offices of a bank in the capital, killing two guards. The army blamed the rebels.';
  const lower = predictRoles('x', text.toLowerCase());
  const upper = predictRoles('x', text.toUpperCase());
  const mixed = predictRoles('x', text);
  for (const p of [upper, mixed]) for (const role of ['PerpInd', 'PerpOrg', 'Target', 'Victim', 'Weapon'] as const) assert.deepEqual(p[role].map((s) => s.toLowerCase()), lower[role]);
  assert.ok(lower.Weapon.some((w) => w.includes('bomb')), `a bomb as weapon, found ${JSON.stringify(lower.Weapon)}`);
});
