/** Runs every golden fixture: the analysis matches the expected items, invariants and schema hold. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze.js';
import { checkInvariants } from '../src/model/invariants.js';
import { loadFixtures, project } from './support/fixtures.js';
import { schemaProblems } from './support/schema.js';

const fixtures = loadFixtures();

test('there are fixtures to run', () => {
  assert.ok(fixtures.length > 0);
});

for (const fixture of fixtures) {
  test(`fixture ${fixture.name}`, () => {
    const input = fixture.html !== undefined ? { html: fixture.html } : { text: fixture.text ?? '' };
    const doc = analyze(input, { meta: fixture.meta });
    assert.deepEqual(checkInvariants(doc), [], 'invariants');
    assert.deepEqual(schemaProblems(doc), [], 'schema');
    for (const [layer, expectation] of Object.entries(fixture.expect)) {
      assert.deepEqual(project(doc, layer, expectation), expectation.items, `${fixture.name}: layer ${layer}`);
    }
  });
}
