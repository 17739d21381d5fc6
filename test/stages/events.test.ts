import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';

test('competing casualty figures from different claimants stay separate claims', () => {
  const doc = analyze('The army said 15 fighters were killed in the clash. The rebels said only 3 of their fighters died.', { meta: { publishedAt: '2023-01-10' } });
  const killed = (doc.layers.casualties ?? []).filter((c) => c.kind === 'killed');
  assert.equal(killed.length, 2);
  assert.deepEqual(killed.map((c) => c.best), [15, 3]);
  const names = killed.map((c) => (c.claimant.kind === 'source' ? c.claimant.name : 'outlet'));
  assert.notEqual(names[0], names[1]);
  assert.equal(killed[0]!.event, killed[1]!.event, 'both about the one clash');
});

test('casualty qualifiers give bounds: at least → low, almost → high below, up to → high', () => {
  const doc = analyze('At least 12 people were killed in the bombing. Almost 40 were injured. Up to 7 soldiers were missing.', { meta: { publishedAt: '2023-05-02' } });
  const [killed, injured, missing] = doc.layers.casualties ?? [];
  assert.equal(killed?.low, 12);
  assert.equal(killed?.best, undefined);
  assert.equal(injured?.high, 39);
  assert.equal(injured?.approximate, true);
  assert.equal(missing?.high, 7);
  assert.equal(missing?.group, 'combatants');
});

test('a capital standing for its government is no event place', () => {
  const doc = analyze('Moscow said its forces shelled the town of Bakhmut on Monday.', { meta: { publishedAt: '2023-01-10' } });
  const event = doc.layers.events?.[0];
  assert.ok(event);
  assert.notEqual(event.location?.name, 'Moscow');
  assert.notEqual(event.attribution.status, 'asserted');
});

test('a verb after "to" or a modal reports no event', () => {
  const doc = analyze('The rebels were planning to attack the town.', { meta: {} });
  assert.equal((doc.layers.events ?? []).length, 0);
});

test('"struck" and "hit" report a strike only when forces or a weapon strike', () => {
  const events = (text: string) => analyze(text, { meta: { publishedAt: '2023-01-10' } }).layers.events ?? [];
  for (const text of ['Russian forces struck the village overnight.', 'Rockets hit a school in the town.', 'Government troops had hit the depot.']) {
    assert.equal(events(text)[0]?.type, 'Explosions/Remote violence', text);
  }
  for (const text of ['The government hit importers with new tariffs.', 'A storm hit the coast overnight.', 'The striker hit the post twice.']) {
    assert.equal(events(text).length, 0, text);
  }
});

test('what is prepared or planned, or did not come about, is no event', () => {
  for (const text of ['Officials said the rebels were preparing new attacks on the capital.', 'The talks ended without agreement.']) {
    assert.equal((analyze(text, { meta: {} }).layers.events ?? []).length, 0, text);
  }
});

test('the side blamed for an attack is its alleged perpetrator, before or after the attack is named', () => {
  for (const text of ['Officials blamed rebel fighters for the bombing of the bridge.', 'A drone attack set a fuel depot on fire overnight, officials said, blaming the neighbouring country\'s forces.']) {
    const event = analyze(text, { meta: {} }).layers.events?.[0];
    const blamed = event?.actors.find((a) => a.role === 'perpetrator');
    assert.ok(blamed && /fighters|forces/.test(blamed.text) && blamed.rule.startsWith('blamed'), text);
  }
  const event = analyze('The army blamed the storm for delays after the attack on the convoy.', { meta: {} }).layers.events?.[0];
  assert.ok(event, 'the attack on the convoy');
  assert.ok(!event.actors.some((a) => a.rule.startsWith('blamed')), 'blamed for something else');
});

test('the report says where an inherited place came from, and gives an own place as it is', async () => {
  const { renderTextReport } = await import('../../src/report/text.js');
  const doc = analyze('MYKOLAIV – Russian missiles struck a grain terminal in Mykolaiv on Thursday, the governor said.\nHours later, a drone attack damaged a power line in the city, officials said.\nPolice detained a man who had filmed the terminal, the security service said.', { meta: { publishedAt: '2024-03-14' } });
  const rules = (doc.layers.events ?? []).map((e) => e.location?.rule);
  assert.deepEqual(rules, ['place-after-in', 'inherited-town-referred', 'inherited-dateline']);
  const rows = renderTextReport(doc).split('\n').filter((l) => /^ev\d+ {2}/.test(l));
  assert.equal(rows.length, 3);
  assert.doesNotMatch(rows[0]!, /, from /);
  assert.match(rows[1]!, /, from "the city"/);
  assert.match(rows[2]!, /, from the dateline/);
});
