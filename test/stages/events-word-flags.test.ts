/**
 * The scene's word flags (event-scene.ts `wordFlags`, the OR of role-lexicon.ts `RoleWord.flags` over
 * the text): attach-later-accounts.ts skips an article without a stance word of account-stance-words,
 * so every stance term's first word must carry FLAG_ACCOUNT_STANCE, and the scene must see it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLexicon, type LexiconEntry } from '../../src/data/lexicon.js';
import { tokenize } from '../../src/stages/structure/tokenize.js';
import { FLAG_ACCOUNT_STANCE, roleWord } from '../../src/stages/events/roles/role-lexicon.js';
import { buildScene } from '../../src/stages/events/event-scene.js';
import { analyze } from '../../src/analyze.js';

test('events: the first word of every stance term of account-stance-words is marked, and no talk noun alone', () => {
  const entries = loadLexicon<LexiconEntry & { kind?: string }>('account-stance-words').entries;
  for (const entry of entries) {
    for (const term of entry.terms) {
      const first = tokenize(term.toLowerCase())[0]!.text;
      if (entry.kind !== 'talk') assert.ok(roleWord(first).flags & FLAG_ACCOUNT_STANCE, `${first} (${entry.id})`);
    }
  }
  assert.equal(roleWord('reports').flags & FLAG_ACCOUNT_STANCE, 0);
});

test('events: a scene sees a stance word anywhere in its text, whatever its case, and none where there is none', () => {
  const meta = { publishedAt: '2024-05-02' };
  const with_ = buildScene(analyze('Drones struck a fuel depot in the port on Tuesday, the regional governor said. The ministry called the reports PROPAGANDA.', { meta }));
  assert.notEqual(with_.wordFlags & FLAG_ACCOUNT_STANCE, 0);
  const without = buildScene(analyze('Drones struck a fuel depot in the port on Tuesday, the regional governor said. The ministry confirmed the reports.', { meta }));
  assert.equal(without.wordFlags & FLAG_ACCOUNT_STANCE, 0);
});
