/**
 * A document without a metadata title is listed under its headline (src/store/listed-title.ts), when
 * written and, for documents stored before, by migration (SQLite 008, PostgreSQL 009). Shared by the
 * SQLite and PostgreSQL tests: the titles as written, then the rows made "old" by the backend's own SQL
 * (title NULL, the migration not applied) and the store opened again. Sentences written for this test.
 */
import type assertModule from 'node:assert/strict';
import type { Store } from '../../src/store/types.js';
import { sampleDocument, storable } from './sample-documents.js';

const HEADLINED = 'Floods close the Riverton road\n\nHeavy rain closed the main road into Riverton on Tuesday. "The road will stay shut until Friday," Mayor Elena Varga said.';
const LEAD_ONLY = 'Heavy rain fell on Lakeside on Tuesday.\nRoads there stayed open.';
const TITLED = 'Storm warning\n\nForecasters warned of more rain in Lakeside.';

export async function assertHeadlineTitles(store: Store, makeOld: () => Promise<void>, reopen: () => Promise<Store>, assert: typeof assertModule): Promise<void> {
  const headlined = sampleDocument({
    text: HEADLINED, meta: { outlet: 'North Wire', publishedAt: '2024-04-02' },
    quotes: [{ speaker: 'Elena Varga', content: 'The road will stay shut until Friday', cue: 'said', kind: 'speech' }],
    events: [{ type: 'Strategic developments', trigger: 'closed', place: 'Riverton' }],
  });
  const leadOnly = sampleDocument({ text: LEAD_ONLY, meta: { outlet: 'North Wire', publishedAt: '2024-04-03' } });
  const titled = sampleDocument({ text: TITLED, meta: { outlet: 'South Herald', publishedAt: '2024-04-04', title: 'Forecasters warn of rain' } });
  await store.put([storable(headlined), storable(leadOnly), storable(titled)]);
  const check = async (s: Store, when: string): Promise<void> => {
    const titles = Object.fromEntries((await s.search({ sort: 'date' })).map((h) => [h.id, h.title ?? null]));
    assert.deepEqual(titles, { [headlined.id]: 'Floods close the Riverton road', [leadOnly.id]: null, [titled.id]: 'Forecasters warn of rain' }, `${when}: search hits`);
    assert.deepEqual((await s.quotes({ speaker: 'Varga' })).map((q) => q.title), ['Floods close the Riverton road'], `${when}: quote hits`);
    assert.deepEqual((await s.events({ type: 'Strategic developments' })).map((e) => e.title), ['Floods close the Riverton road'], `${when}: event hits`);
    assert.deepEqual((await s.search({ text: 'floods' })).map((h) => h.id), [headlined.id], `${when}: the headline is searchable`);
    const stored = await s.get(headlined.id);
    assert.equal(stored?.doc.meta.title, undefined, `${when}: the Document keeps its metadata as read`);
  };
  await check(store, 'as written');
  await makeOld();
  const again = await reopen();
  try {
    await check(again, 'after the migration');
  } finally {
    await again.close();
  }
}
