import { test } from 'node:test';
import assert from 'node:assert/strict';
import { requiredClasses } from '../../src/stages/dates/required-classes.js';
import { timePatterns } from '../../src/stages/dates/time-patterns.js';
import { CLASS_CHARS } from '../../src/stages/dates/time-words.js';
import { classifyTokens } from '../../src/stages/dates/classify-tokens.js';
import { INERT_CLASSES } from '../../src/stages/dates/inert-classes.js';
import { analyze } from '../../src/analyze.js';

test('required classes: a sequence needs all its mandatory classes, an alternation only what every branch needs', () => {
  assert.equal(requiredClasses('(?:Kk?)?I'), 'I');
  assert.equal(requiredClasses('tUg(?=p|k|\\|)'), 'Ugt'); // the lookahead consumes nothing
  assert.equal(requiredClasses('Es(?:o?Y)?|so?Y'), 's');
  assert.equal(requiredClasses('(?:LR?|R)U'), 'U');
  assert.equal(requiredClasses('U+N*'), 'U');
  assert.equal(requiredClasses('A?N?'), '');
});

test('required classes: constructs the analysis does not know require nothing (the pattern always runs)', () => {
  for (const source of ['M.', '[MN]Y', 'M{2}', '\\dM', '^M']) assert.equal(requiredClasses(source), '', source);
});

test('no time pattern matches a class string that lacks one of its required classes', () => {
  const codes = Object.values(CLASS_CHARS).filter((c) => c !== '|');
  // A deterministic pseudo-random walk over class strings, biased to the classes patterns use.
  let seed = 12345;
  const next = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  let checked = 0;
  for (let round = 0; round < 4000; round++) {
    let classes = '';
    const length = 1 + next(8);
    for (let i = 0; i < length; i++) classes += next(10) === 0 ? '|' : codes[next(codes.length)]!;
    for (const pattern of timePatterns()) {
      const regex = new RegExp(pattern.regex.source, 'g');
      for (let m = regex.exec(classes); m !== null; m = regex.exec(classes)) {
        if (m[0].length === 0) {
          regex.lastIndex++;
          continue;
        }
        checked++;
        for (const c of pattern.required) assert.ok(classes.includes(c), `${pattern.id} matched "${m[0]}" in "${classes}" without "${c}"`);
      }
    }
  }
  assert.ok(checked > 100, `expected many matches to check, found ${checked}`);
});

test('no time pattern matches inside a sentence of inert classes only (the tagger skips those sentences)', () => {
  const inert = [...INERT_CLASSES].map((c) => CLASS_CHARS[c]);
  const alphabet = [...inert, '|'];
  const matches = (classes: string): string | undefined => {
    for (const pattern of timePatterns()) {
      const regex = new RegExp(pattern.regex.source, 'g');
      for (let m = regex.exec(classes); m !== null; m = regex.exec(classes)) {
        if (m[0].length > 0) return `${pattern.id} matched "${m[0]}" in "${classes}"`;
        regex.lastIndex++;
      }
    }
    return undefined;
  };
  // Every string of up to 3 such classes, then longer pseudo-random ones.
  let strings = [''];
  for (let length = 1; length <= 3; length++) {
    strings = strings.flatMap((s) => alphabet.map((c) => s + c));
    for (const classes of strings) assert.equal(matches(classes), undefined);
  }
  let seed = 777;
  for (let round = 0; round < 20000; round++) {
    let classes = '';
    const length = 4 + (round % 30);
    for (let i = 0; i < length; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      classes += alphabet[(seed >>> 8) % alphabet.length]!;
    }
    assert.equal(matches(classes), undefined);
  }
  // A pattern that could (a bare article) is caught.
  assert.ok(new RegExp('t').test(inert.join('')));
});

test('skipping inert sentences leaves the classes of the other sentences as they were', () => {
  const text = 'The mayor spoke to reporters. On Monday, the bridge reopened after 3 weeks. Residents, he said, were pleased.';
  const doc = analyze(text);
  const tokens = doc.layers.tokens!;
  const sentences = doc.layers.sentences!;
  const all = classifyTokens(text, tokens, sentences);
  const skipped = classifyTokens(text, tokens, sentences, true);
  const bySentence = (classes: string): string[] => classes.split('|').slice(0, -1);
  assert.deepEqual(bySentence(skipped.classes), ['', bySentence(all.classes)[1], '']);
  assert.ok(/K/.test(bySentence(skipped.classes)[1]!) && /N/.test(bySentence(skipped.classes)[1]!));
  assert.equal(skipped.tokens.length, skipped.classes.length);
  // The dates found are the ones of the full classification.
  assert.deepEqual(doc.layers.dates!.map((d) => d.text), ['Monday', '3 weeks']);
});

test('what is kept per word type does not carry one document\'s context into the next', () => {
  // "May" is a name after a capitalised word and a month before a year; "year-end" splits into pieces;
  // "in the past" is a multi-word term only with its next words. Each text is classified alone and after the others.
  const texts = ['Theresa May spoke on year-end figures.', 'In May 2020 the year-end report came out.', 'It happened in the past week.', 'The mayor spoke to reporters.', 'The 1990s were past.'];
  const alone = texts.map((text) => {
    const doc = analyze(text);
    return classifyTokens(text, doc.layers.tokens!, doc.layers.sentences!, true).classes;
  });
  const fresh = texts.map((text) => analyze(text));
  for (let round = 0; round < 2; round++) {
    for (let i = 0; i < texts.length; i++) assert.equal(classifyTokens(texts[i]!, fresh[i]!.layers.tokens!, fresh[i]!.layers.sentences!, true).classes, alone[i], texts[i]);
  }
  // Context still decides: the second "May" is a month, the first is not; the inert fourth text gets END only.
  assert.notEqual(alone[0], alone[1]);
  assert.equal(alone[3], '|');
});
