/** Tokens, sentences and paragraphs: table-driven cases for abbreviations, clitics and quotations. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { tokenize, splitParagraphs } from '../../src/stages/structure/index.js';
import { analyze } from '../../src/analyze.js';

const sentencesOf = (text: string): string[] => analyze(text).layers.sentences!.map((s) => s.text);

test('tokens follow Penn Treebank conventions and keep exact offsets', () => {
  const cases: Array<[string, string[]]> = [
    ["We're sure Ukraine's forces didn't.", ['We', "'re", 'sure', 'Ukraine', "'s", 'forces', 'did', "n't", '.']],
    ['Mr. Peskov met U.S. envoys on Jan. 5.', ['Mr.', 'Peskov', 'met', 'U.S.', 'envoys', 'on', 'Jan.', '5', '.']],
    ['About 1,200.5 people, 20:30 hours.', ['About', '1,200.5', 'people', ',', '20:30', 'hours', '.']],
    ['“They’re barbaric,” he said…', ['“', 'They', '’re', 'barbaric', ',', '”', 'he', 'said', '…']],
    ['See https://example.org/a?b=1.', ['See', 'https://example.org/a?b=1', '.']],
    ['ground- and air-launched', ['ground', '-', 'and', 'air-launched']],
  ];
  for (const [text, expected] of cases) {
    const tokens = tokenize(text);
    assert.deepEqual(tokens.map((t) => t.text), expected, text);
    for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  }
});

test('sentence boundaries respect abbreviations, initials and quotation marks', () => {
  assert.deepEqual(sentencesOf('Mr. Smith went to Washington on Jan. 5. He left.'), ['Mr. Smith went to Washington on Jan. 5.', 'He left.']);
  assert.deepEqual(sentencesOf('"We are ready," he said. "Why?" she asked.'), ['"We are ready," he said.', '"Why?" she asked.']);
  assert.deepEqual(sentencesOf('He said: "It is over." Then he left.'), ['He said: "It is over."', 'Then he left.']);
  assert.deepEqual(sentencesOf('They met J. R. Smith in the U.S. The talks failed.'), ['They met J. R. Smith in the U.S.', 'The talks failed.']);
  assert.deepEqual(sentencesOf('Gen. Valery Gerasimov said so. Dr. Who agreed.'), ['Gen. Valery Gerasimov said so.', 'Dr. Who agreed.']);
  assert.deepEqual(sentencesOf('The U.S. Army responded.'), ['The U.S. Army responded.']);
});

test('a quotation of three sentences stays inside one paragraph and its closing mark stays with it', () => {
  const text = '“We see shelling. It is barbaric. It must stop,” the minister said on Tuesday.';
  const s = sentencesOf(text);
  assert.equal(s.length, 3);
  assert.equal(s[2], 'It must stop,” the minister said on Tuesday.');
});

test('paragraphs split on line breaks, or only on blank lines in hard-wrapped text', () => {
  assert.deepEqual(splitParagraphs('One.\nTwo.\r\n\nThree.').map((p) => p.text), ['One.', 'Two.', 'Three.']);
  const wrapped = ['The army said today that the guerrillas attacked', 'the farm on the pacific side where the president', 'has been staying since 2 February and that the', 'attack was repelled by troops.', '', 'A report published by the news agency says that', 'a guerrilla column attacked the farm two days ago', 'in the early morning hours.'].join('\n');
  assert.equal(splitParagraphs(wrapped).length, 2);
  assert.deepEqual(splitParagraphs('  \n \n'), []);
});

test('sentences never cross paragraphs', () => {
  const doc = analyze('A headline without a stop\nThe body starts here. It ends here.');
  assert.deepEqual(doc.layers.sentences!.map((s) => s.text), ['A headline without a stop', 'The body starts here.', 'It ends here.']);
});

test('caseless paragraphs split before lower-case words, ordinary ones only before capitals', () => {
  // Lower-cased corpus text, paragraphs run together with spaces.
  assert.deepEqual(sentencesOf('the army denied the report.    a patrol clashed with a column near the farm. no one was hurt.'), [
    'the army denied the report.',
    'a patrol clashed with a column near the farm.',
    'no one was hurt.',
  ]);
  // With capitals, a full stop before a lower-case word (an unlisted abbreviation) is no boundary.
  assert.deepEqual(sentencesOf('They counted approx. ten shells. None hit the school.'), ['They counted approx. ten shells.', 'None hit the school.']);
  // One capital makes a paragraph ordinary: the same text with "Army" splits only before capitals.
  assert.equal(sentencesOf('the Army denied it. a patrol clashed with a column.').length, 1);
  assert.deepEqual(sentencesOf('COL. J. RUIZ SAID SO. THE PATROL LEFT.'), ['COL. J. RUIZ SAID SO.', 'THE PATROL LEFT.']);
});

test('tokenize: a long word keeps no article alive (its text is not a slice of the article)', () => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept: string[] = [];
  for (let i = 0; i < 200; i++) {
    // A 200 KB article with long words of each path of the tokenizer: a plain run, one before a full
    // stop, and one with a clitic.
    const text = 'filler text '.repeat(17_000) + ` Unheardofword${i}x said Extraordinarily${i}long's Overwhelmingly${i}new.`;
    for (const token of tokenize(text)) if (token.text.length >= 13) kept.push(token.text);
  }
  gc();
  const grown = (process.memoryUsage().heapUsed - before) / 1e6;
  assert.equal(kept.length, 600);
  // 200 articles of 200 KB kept alive would be 40 MB.
  assert.ok(grown < 10, `heap grew by ${grown.toFixed(1)} MB`);
});
