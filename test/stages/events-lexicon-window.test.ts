import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { buildScene } from '../../src/stages/events/event-scene.js';
import { eventLexicons } from '../../src/stages/events/lexicons.js';
import { lexiconMatchesIn } from '../../src/stages/events/lexicon-window.js';
import { LEX_WEAPON } from '../../src/stages/events/roles/role-lexicon.js';

test('weapons in a window read off the document matches are those a scan of the window finds', () => {
  // Multi-word terms straddle many windows' edges: "multiple rocket launchers", "car bomb",
  // "machine guns", "improvised explosive device", "mortar shells".
  const text =
    'Rebels fired multiple rocket launchers and machine guns at the base. A car bomb exploded near the market, and an improvised explosive device hit a convoy. ' +
    'Troops answered with mortar shells, artillery shells and a multiple rocket launcher; a machine gun nest fell silent after the car bomb.';
  const doc = analyze(text, { meta: { publishedAt: '2024-03-14' } });
  const scene = buildScene(doc);
  const weapons = eventLexicons().weapons;
  const n = scene.words.length;
  let found = 0;
  for (let from = 0; from <= n; from++) {
    for (let to = from; to <= Math.min(n, from + 24); to++) {
      const window = lexiconMatchesIn(scene, LEX_WEAPON, weapons, from, to);
      assert.deepEqual(window, weapons.findAll(scene.words, from, to), `window [${from}, ${to})`);
      found += window.length;
    }
  }
  assert.ok(found > 0);
});
