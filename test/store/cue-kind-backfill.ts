/**
 * Quote rows indexed before the store recorded cue kinds (SQLite migration 004, PostgreSQL 005) have
 * cue_kind NULL. Shared by the SQLite and PostgreSQL tests: a document whose quotes are indexed, its
 * rows made "old" by the backend's own SQL, then stats, the speech filter and the backfill.
 */
import type assertModule from 'node:assert/strict';
import type { Document } from '../../src/model/document.js';
import type { Store } from '../../src/store/types.js';
import { sampleDocument, storable } from './sample-documents.js';

/** Written for these tests: four quotes, three of whose kinds the stored document says or implies. */
export function oldQuotesDocument(): Document {
  const text = 'Mara Lind said the levee will hold. Lind believes the river will fall. "We are ready," Lind said. Lind zorbed that the dam was fine.';
  const doc = sampleDocument({
    text, meta: { title: 'Levee', outlet: 'North Wire', publishedAt: '2024-03-02', url: 'https://north.example/levee' },
    quotes: [
      { speaker: 'Mara Lind', content: 'the levee will hold', cue: 'said' },
      { speaker: 'Mara Lind', content: 'the river will fall', cue: 'believes' },
      { speaker: 'Mara Lind', content: '"We are ready,"', cue: 'said', kind: 'speech' },
      { speaker: 'Mara Lind', content: 'the dam was fine', cue: 'zorbed' },
    ],
  });
  const [said, believes, ready, zorbed] = doc.layers.quotes!;
  // Analysed before quotes carried a kind: only the lexicon entry of the cue is in the document.
  Object.assign(said!, { form: 'indirect', cueEntry: 'verb:say' });
  Object.assign(believes!, { form: 'indirect', cueEntry: 'model' });
  Object.assign(ready!, { cueEntry: 'verb:say' });
  Object.assign(zorbed!, { form: 'indirect', cueEntry: 'model' });
  return doc;
}

/**
 * `reopen` gives the store after `makeOld` has set the rows' cue_kind to NULL (as before the
 * migration); `fresh` is the store the document was put in.
 */
export async function assertCueKindBackfill(fresh: Store, makeOld: () => Promise<void>, reopen: () => Promise<Store>, assert: typeof assertModule): Promise<void> {
  const doc = oldQuotesDocument();
  assert.deepEqual(await fresh.put([storable(doc)]), ['stored']);
  assert.equal((await fresh.stats()).quotesWithoutCueKind, 0, 'rows indexed now are never pending, a kind not known included');
  await fresh.close();
  await makeOld();
  const store = await reopen();
  try {
    assert.equal((await store.stats()).quotesWithoutCueKind, 4, 'the old rows are counted');
    assert.deepEqual(await store.quotes({ speaker: 'Lind', kind: 'speech' }), [], 'speech only cannot see them yet');

    assert.deepEqual(await store.backfillCueKinds(), { documents: 1, quotes: 4, filled: 3 });
    const kinds = (await store.quotes({ speaker: 'Lind' })).sort((a, b) => a.start - b.start).map((q) => q.cueKind ?? 'not known');
    assert.deepEqual(kinds, ['speech', 'cognition', 'speech', 'not known'], 'the stored kind, else the cue entry\'s, else the cue words\' kind');
    assert.ok((await store.quotes({ speaker: 'Lind' })).every((q) => !('cueKind' in q) || q.cueKind !== undefined), 'no undefined properties');
    assert.deepEqual((await store.quotes({ speaker: 'Lind', kind: 'speech' })).map((q) => q.content).sort(), ['"We are ready,"', 'the levee will hold']);
    assert.equal((await store.stats()).quotesWithoutCueKind, 0);
    assert.deepEqual(await store.backfillCueKinds(), { documents: 0, quotes: 0, filled: 0 }, 'a second run reads nothing');
  } finally {
    await store.close();
  }
}
