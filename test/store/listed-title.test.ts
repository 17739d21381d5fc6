import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headlineOf, listedTitle } from '../../src/store/listed-title.js';

test('a short first line with more text after it, not ending in a full stop, is the headline', () => {
  assert.equal(headlineOf('Floods close the Riverton road\n\nHeavy rain closed the road.'), 'Floods close the Riverton road');
  assert.equal(headlineOf('  \n Will the bridge reopen?  \nOfficials said it would.'), 'Will the bridge reopen?');
  assert.equal(headlineOf('Heavy rain fell on Lakeside on Tuesday.\nRoads stayed open.'), undefined, 'a lead sentence');
  assert.equal(headlineOf('Floods close the Riverton road'), undefined, 'nothing after it: the text is one line');
  assert.equal(headlineOf(`${'Long '.repeat(40)}line\nbody`), undefined, 'over 160 characters');
  assert.equal(headlineOf(''), undefined);
});

test('the metadata title comes first; a blank one does not count', () => {
  const text = 'Floods close the Riverton road\nBody.';
  assert.equal(listedTitle({ text, meta: { title: 'Road closed' } }), 'Road closed');
  assert.equal(listedTitle({ text, meta: { title: '  ' } }), 'Floods close the Riverton road');
  assert.equal(listedTitle({ text, meta: {} }), 'Floods close the Riverton road');
});
