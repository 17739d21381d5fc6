/** Search snippets: the headline is not run into the body, and the window still centres on the match. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeSnippet } from '../../src/store/snippet.js';
import { parseSearchQuery } from '../../src/store/search-syntax.js';

const TEXT = 'Kremlin condemns deadly strike on Donetsk market\n\nUkrainian shelling killed 27 people at a market in Donetsk on Sunday.\nPeskov spoke in Moscow.';

test('a text that opens with its title starts the snippet after it', () => {
  assert.equal(makeSnippet(TEXT, parseSearchQuery('shelling'), 'Kremlin condemns deadly strike on Donetsk market'),
    'Ukrainian shelling killed 27 people at a market in Donetsk on Sunday. Peskov spoke in Moscow.');
});

test('without the title, a headline line is set off from the body instead of running into it', () => {
  const s = makeSnippet(TEXT, parseSearchQuery('shelling'));
  assert.match(s, /Donetsk market · Ukrainian shelling/);
  assert.doesNotMatch(s, /market Ukrainian/);
  assert.match(s, /Sunday\. Peskov/, 'a line that ends a sentence runs on with a space');
});

test('a title that differs from the first line, or a text that is only its headline, is kept', () => {
  assert.match(makeSnippet(TEXT, undefined, 'Another title'), /^Kremlin condemns deadly strike on Donetsk market · Ukrainian/);
  assert.equal(makeSnippet('Just a headline', undefined, 'Just a headline'), 'Just a headline');
});

test('a match deep in the body still centres the window', () => {
  const long = `Headline here\n\n${'Filler words about the weather. '.repeat(30)}The levee broke at noon.`;
  const s = makeSnippet(long, parseSearchQuery('levee'), 'Headline here');
  assert.match(s, /^… .*levee broke at noon\.$/);
});
