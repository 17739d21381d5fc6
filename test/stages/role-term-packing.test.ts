/**
 * describeRoleDocument matches the role lexicons' terms from their packed form (role-lexicon.ts
 * `packTerms`: lexicon, length, entry, index and the later words' hashes per term): the matches must be
 * those of reading the term objects themselves, longest first per lexicon, left to right, no overlaps.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/stages/structure/tokenize.js';
import { roleInput } from '../../src/stages/events/roles/role-input.js';
import { describeRoleDocument } from '../../src/stages/events/roles/role-document.js';
import { ROLE_LEXICONS, roleTermCode, roleWord } from '../../src/stages/events/roles/role-lexicon.js';

const L = ROLE_LEXICONS.length;
const TEXT = 'Gunmen fired machine guns and a car bomb exploded near the power station on Tuesday, killing two police officers and wounding a member of the security forces. A car drove past the power plant. The death toll rose after the air strike; the air was still. Armed men set fire to a bus, a suicide bomber blew himself up and rebels shelled the town with heavy artillery.';

/** The matches as the term objects give them (the loop describeRoleDocument ran before the packing). */
function matchesFromObjects(words: readonly string[]): { place: number[]; entry: number[]; index: number[] } {
  const n = words.length;
  const place = new Array<number>(n * L).fill(0);
  const entry = new Array<number>(n * L).fill(0);
  const index = new Array<number>(n * L).fill(0);
  const free = new Array<number>(L).fill(0);
  for (let i = 0; i < n; i++) {
    const w = roleWord(words[i]!);
    for (let l = 0; l < L; l++) {
      if (i < free[l]!) continue;
      const term = (w.terms[l] ?? []).find((t) => i + t.words.length <= n && t.words.every((x, k) => words[i + k] === x));
      if (!term) continue;
      for (let k = i; k < i + term.words.length; k++) {
        place[k * L + l] = k === i ? 1 : 2;
        entry[k * L + l] = term.entry;
        index[k * L + l] = term.index;
      }
      free[l] = i + term.words.length;
    }
  }
  return { place, entry, index };
}

test('packed term matching gives the matches of the term objects', () => {
  const input = roleInput(tokenize(TEXT), TEXT);
  const d = describeRoleDocument(input);
  const want = matchesFromObjects(input.words);
  assert.deepEqual(Array.from(d.place.subarray(0, d.length * L)), want.place);
  assert.deepEqual(Array.from(d.entry.subarray(0, d.length * L)), want.entry);
  assert.deepEqual(Array.from(d.entryIndex.subarray(0, d.length * L)), want.index);
  assert.ok(want.place.filter((p) => p === 2).length >= 3, 'some terms of several words matched');
});

test("a word's packed terms are its term objects in lexicon order, longest first", () => {
  const code = roleTermCode();
  for (const first of ['car', 'power', 'air', 'machine', 'security', 'suicide', 'death']) {
    const w = roleWord(first);
    const terms = w.terms.flatMap((list, l) => (list ?? []).map((t) => ({ l, t })));
    assert.ok(terms.length > 0, `${first} starts terms`);
    assert.deepEqual(w.termList, terms.map((x) => x.t));
    let p = w.termAt;
    for (const { l, t } of terms) {
      assert.deepEqual([code[p], code[p + 1], code[p + 2]! >>> 0, code[p + 3]], [l, t.words.length, t.entry >>> 0, t.index], `${t.words.join(' ')}`);
      for (let k = 1; k < t.words.length; k++) assert.equal(code[p + 3 + k], roleWord(t.words[k]!).lowerHash);
      p += 3 + t.words.length;
    }
    assert.equal(p, w.termEnd);
  }
});
