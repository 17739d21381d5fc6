/**
 * The store contract: every backend must pass these tests. `defineStoreContract` registers them
 * under a name with a factory that opens an empty store (and a cleanup).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../../src/store/types.js';
import { corpusSamples, sampleDocument, storable } from './sample-documents.js';
import { ids, seeded, withStore, type OpenEmptyStore } from './contract-helpers.js';
import { defineEventListingContract } from './contract-events.js';

export type { OpenEmptyStore } from './contract-helpers.js';

export function defineStoreContract(name: string, open: OpenEmptyStore): void {
  const [market, bridge, fund] = corpusSamples().map((d) => d.id) as [string, string, string];
  const it = (title: string, fn: (store: Store) => Promise<void>): void => { test(title, () => withStore(open, fn)); };

  describe(`store contract: ${name}`, () => {
    it('keeps the whole Document, every layer, and its pipeline version', async (store) => {
      const [doc] = corpusSamples();
      await store.put([storable(doc!, 'file.jsonl#L1', '{"raw":true}')]);
      const got = await store.get(doc!.id);
      assert.ok(got);
      assert.deepEqual(got.doc, doc);
      assert.equal(got.pipelineVersion, 'test-1');
      assert.equal(got.sourceKey, 'file.jsonl#L1');
      assert.equal(await store.get('no-such-id'), undefined);
    });

    it('stores a document once: duplicates by URL or by text hash are skipped', async (store) => {
      const [doc] = corpusSamples();
      const sameUrl = sampleDocument({ text: 'An updated version of the market story.', meta: { url: doc!.meta.url! } });
      const sameText = sampleDocument({ text: doc!.text, meta: { url: 'https://mirror.example/market' } });
      assert.deepEqual(await store.put([storable(doc!), storable(doc!)]), ['stored', 'duplicate']);
      assert.deepEqual(await store.put([storable(sameUrl), storable(sameText)]), ['duplicate', 'duplicate']);
      assert.equal((await store.stats()).documents, 1);
    });

    it('tells which URLs and raw hashes it has seen', async (store) => {
      const [doc] = corpusSamples();
      const item = storable(doc!);
      await store.put([item]);
      const seen = await store.seen({ urls: [doc!.meta.url!, 'https://other.example/'], rawHashes: [item.rawHash, 'f'.repeat(64)] });
      assert.deepEqual([...seen.urls], [doc!.meta.url]);
      assert.deepEqual([...seen.rawHashes], [item.rawHash]);
    });

    it('records failures once per source, and forgets one when its source is stored', async (store) => {
      await store.putFailures([{ sourceKey: 'a.jsonl#L2', rawHash: 'h1', code: 'E_INPUT_MALFORMED', message: 'Unexpected token' }]);
      await store.putFailures([{ sourceKey: 'a.jsonl#L2', rawHash: 'h1', code: 'E_INPUT_MALFORMED', message: 'Unexpected token again' }, { sourceKey: 'b.warc#r1', rawHash: 'h2', code: 'E_WARC_RECORD', message: 'truncated' }]);
      assert.equal((await store.stats()).failed, 2);
      const failures = await store.failures();
      assert.deepEqual(failures.map((f) => [f.sourceKey, f.message]).sort(), [['a.jsonl#L2', 'Unexpected token again'], ['b.warc#r1', 'truncated']]);
      await store.put([storable(corpusSamples()[0]!, 'a.jsonl#L2')]);
      assert.deepEqual((await store.failures()).map((f) => f.sourceKey), ['b.warc#r1']);
    });

    it('writes a batch whole or not at all', async (store) => {
      const [good] = corpusSamples();
      const broken = storable(sampleDocument({ text: 'A broken item.' }));
      (broken as { textHash: unknown }).textHash = null;
      await assert.rejects(store.put([storable(good!), broken]));
      assert.equal((await store.stats()).documents, 0);
      assert.equal((await store.stats()).quotes, 0);
    });

    it('searches text: words, phrases, OR, exclusions, stemming', async (store) => {
      await seeded(store);
      assert.deepEqual(ids(await store.search({ text: 'market' })), [market, fund].sort());
      assert.deepEqual(ids(await store.search({ text: '"central market"' })), [market]);
      assert.deepEqual(ids(await store.search({ text: 'bridge OR shelling' })), [market, bridge].sort());
      assert.deepEqual(ids(await store.search({ text: 'market -reconstruction' })), [market]);
      assert.deepEqual(ids(await store.search({ text: 'market -"central market"' })), [fund], 'a phrase excluded');
      assert.deepEqual(ids(await store.search({ text: '"market in riverton" OR "bridge would reopen"' })), [market, bridge].sort(), 'phrases in OR');
      assert.deepEqual(ids(await store.search({ text: '"riverton market"' })), [], 'the words, but not as a phrase');
      assert.deepEqual(ids(await store.search({ text: 'reopens' })), [bridge], 'stemming: reopens finds reopen');
      assert.deepEqual(ids(await store.search({ text: 'riverton market' })), [market]);
      const [hit] = await store.search({ text: 'bridge' });
      assert.equal(hit?.title, 'Bridge to reopen');
      assert.equal(hit?.outlet, 'South Herald');
      assert.match(hit?.snippet ?? '', /bridge/i);
    });

    it('a snippet does not run the headline into the body: a text that opens with its title starts after it, other unpunctuated lines are set off', async (store) => {
      const titled = sampleDocument({ text: 'Harbour wall breached in Portmere\n\nStorm waves breached the harbour wall on Sunday, flooding the quay.', meta: { title: 'Harbour wall breached in Portmere', url: 'https://a.example/wall' } });
      // No metadata title: listed under its headline (src/store/listed-title.ts), shown once too.
      const untitled = sampleDocument({ text: 'Ferry halted at Portmere\n\nStorm waves stopped the ferry on Sunday.', meta: { url: 'https://a.example/ferry' } });
      const subhead = sampleDocument({ text: 'Storm waves closed the Portmere quay on Sunday.\nWhat comes next\nStorm repairs start on Monday.', meta: { url: 'https://a.example/quay' } });
      await store.put([storable(titled), storable(untitled), storable(subhead)]);
      const hits = await store.search({ text: 'storm' });
      const byId = new Map(hits.map((h) => [h.id, h.snippet]));
      assert.equal(byId.get(titled.id), 'Storm waves breached the harbour wall on Sunday, flooding the quay.', 'the title is shown once, above the snippet');
      assert.equal(hits.find((h) => h.id === untitled.id)?.title, 'Ferry halted at Portmere');
      assert.equal(byId.get(untitled.id), 'Storm waves stopped the ferry on Sunday.');
      assert.equal(hits.find((h) => h.id === subhead.id)?.title, undefined, 'a lead sentence is not a headline');
      assert.equal(byId.get(subhead.id), 'Storm waves closed the Portmere quay on Sunday. What comes next · Storm repairs start on Monday.');
      const inTitle = (await store.search({ text: 'Portmere' })).find((h) => h.id === titled.id);
      assert.equal(inTitle?.snippet, 'Storm waves breached the harbour wall on Sunday, flooding the quay.', 'a match in the title only: the body from its start');
    });

    it('finds a word anywhere in a long text, and ranks a title match first', async (store) => {
      const filler = Array.from({ length: 30 }, (_, i) => `Council session ${i} discussed parking rules and bus timetables.`).join(' ');
      const titled = sampleDocument({ text: 'Crews worked through the night near the river.', meta: { title: 'Levee repairs begin', url: 'https://a.example/levee' } });
      const deep = sampleDocument({ text: `${filler} Late in the evening the levee was mentioned once.`, meta: { title: 'Council notes', url: 'https://a.example/council' } });
      await store.put([storable(deep), storable(titled)]);
      assert.ok(deep.text.indexOf('levee') > 1000, 'the word lies far past the lead');
      const hits = await store.search({ text: 'levee' });
      assert.deepEqual(ids(hits), [titled.id, deep.id].sort());
      assert.equal(hits[0]?.id, titled.id, 'the title match ranks first');
      assert.deepEqual(ids(await store.search({ text: '"levee was mentioned"' })), [deep.id], 'a phrase past the lead');
    });

    it('never lets query text reach the engine as syntax', async (store) => {
      await seeded(store);
      for (const text of ['"market', 'market*', 'NEAR(market bridge)', 'title:market', "'; DROP TABLE documents; --", '(((', 'market AND', '-', '^market', 'a:b OR']) {
        await store.search({ text });
        await store.quotes({ about: text, speaker: text });
        await store.entities({ name: text });
      }
      assert.equal((await store.stats()).documents, 3);
      assert.deepEqual(ids(await store.search({ text: 'market*' })), [market, fund].sort());
    });

    it('filters by outlet and by date range (a bare end date includes that day)', async (store) => {
      await seeded(store);
      assert.deepEqual(ids(await store.search({ outlet: 'North Wire' })), [market, fund].sort());
      assert.deepEqual(ids(await store.search({ from: '2024-03-05', to: '2024-03-05' })), [bridge]);
      assert.deepEqual(ids(await store.search({ from: '2024-03-05' })), [bridge, fund].sort());
      assert.deepEqual(ids(await store.search({ to: '2024-03' })), [market, bridge, fund].sort());
      assert.deepEqual(ids(await store.search({ text: 'market', to: '2024-03-04' })), [market]);
      const newestFirst = await store.search({});
      assert.deepEqual(newestFirst.map((h) => h.id), [fund, bridge, market]);
      assert.deepEqual((await store.search({ text: 'market', sort: 'date' })).map((h) => h.id), [fund, market], 'text matches, newest first');
      const pages = [...await store.search({ text: 'market OR bridge', sort: 'date', limit: 2 }), ...await store.search({ text: 'market OR bridge', sort: 'date', limit: 2, offset: 2 })];
      assert.deepEqual(pages.map((h) => h.id), [fund, bridge, market], 'stable pages');
    });

    it('filters by person, organisation, place, speaker, event type and claim status', async (store) => {
      await seeded(store);
      assert.deepEqual(ids(await store.search({ person: 'Varga' })), [market, fund].sort());
      assert.deepEqual(ids(await store.search({ person: 'elena varga' })), [market, fund].sort());
      assert.deepEqual(ids(await store.search({ person: 'Varga Omar' })), []);
      assert.deepEqual(ids(await store.search({ organisation: 'Northern Army' })), [market]);
      assert.deepEqual(ids(await store.search({ person: 'Northern Army' })), [], 'type matters');
      assert.deepEqual(ids(await store.search({ place: 'Lakeside' })), [bridge, fund].sort());
      assert.deepEqual(ids(await store.search({ speaker: 'Haddad' })), [bridge]);
      assert.deepEqual(ids(await store.search({ eventType: 'Shelling/artillery/missile attack' })), [market]);
      assert.deepEqual(ids(await store.search({ eventType: 'Strategic developments' })), [fund]);
      assert.deepEqual(ids(await store.search({ claimStatus: 'denied' })), [market]);
      assert.deepEqual(ids(await store.search({ claimStatus: 'hedged' })), [bridge]);
      assert.deepEqual(ids(await store.search({ text: 'market', place: 'Lakeside', outlet: 'North Wire' })), [fund]);
    });

    it('answers "what did X say about Y" and lists all quotes of a person', async (store) => {
      await seeded(store);
      const all = await store.quotes({ speaker: 'Elena Varga' });
      assert.deepEqual(all.map((q) => q.content), ['The fund is ready, and the market will open again', 'We will rebuild the market within a month']);
      assert.deepEqual(all.map((q) => q.documentId), [fund, market]);
      const about = await store.quotes({ speaker: 'Varga', about: 'rebuild' });
      assert.equal(about.length, 1);
      assert.equal(about[0]!.speaker, 'Elena Varga');
      assert.equal(about[0]!.cue, 'said');
      const doc = corpusSamples()[0]!;
      assert.equal(doc.text.slice(about[0]!.start, about[0]!.end), about[0]!.content, 'offsets point into the text');
      assert.deepEqual((await store.quotes({ about: 'traffic' })).map((q) => q.speaker), ['Omar Haddad']);
      assert.deepEqual(await store.quotes({ speaker: 'Haddad', about: 'market' }), []);
      assert.equal((await store.quotes({ speaker: 'Varga', outlet: 'South Herald' })).length, 0);
      assert.equal((await store.quotes({ limit: 2 })).length, 2);
    });

    it('keeps a speaker\'s quotes to one cue kind in the query, so pages and counts stay right', async (store) => {
      const text = 'Mara Quill said the bridge reopens on Monday. Quill believes the budget is too small. Quill said the tolls end in May. '
        + 'Quill wants a second bridge. "The river is calm," Quill noted. Quill said the ferry keeps running.';
      const doc = sampleDocument({ text, meta: { url: 'https://x.example/quill', outlet: 'River Post', publishedAt: '2024-05-02' }, quotes: [
        { speaker: 'Mara Quill', content: 'the bridge reopens on Monday', cue: 'said', kind: 'speech' },
        { speaker: 'Mara Quill', content: 'the budget is too small', cue: 'believes', kind: 'cognition' },
        { speaker: 'Mara Quill', content: 'the tolls end in May', cue: 'said', kind: 'speech' },
        { speaker: 'Mara Quill', content: 'a second bridge', cue: 'wants', kind: 'intention' },
        { speaker: 'Mara Quill', content: 'The river is calm', cue: 'noted' },
        { speaker: 'Mara Quill', content: 'the ferry keeps running', cue: 'said', kind: 'speech' },
      ] });
      assert.deepEqual(await store.put([storable(doc)]), ['stored']);
      const all = await store.quotes({ speaker: 'Quill' });
      assert.deepEqual(all.map((q) => q.cueKind ?? 'none'), ['speech', 'cognition', 'speech', 'intention', 'none', 'speech'], 'each hit carries its kind, none when not known');
      assert.ok(!all.some((q) => 'cueKind' in q && q.cueKind === undefined), 'no undefined properties');
      const speech = await store.quotes({ speaker: 'Quill', kind: 'speech' });
      assert.deepEqual(speech.map((q) => q.content), ['the bridge reopens on Monday', 'the tolls end in May', 'the ferry keeps running']);
      // Paged in the query: two pages of two hold the three said quotes, none of the others.
      const first = await store.quotes({ speaker: 'Quill', kind: 'speech', limit: 2 });
      const second = await store.quotes({ speaker: 'Quill', kind: 'speech', limit: 2, offset: 2 });
      assert.deepEqual([...first, ...second].map((q) => q.content), speech.map((q) => q.content));
      assert.deepEqual((await store.quotes({ kind: 'cognition' })).map((q) => q.content), ['the budget is too small']);
      assert.deepEqual(await store.quotes({ speaker: 'Quill', kind: 'decree' }), []);
    });

    it('lists the outlets, the most prolific first, with their document counts', async (store) => {
      assert.deepEqual(await store.outlets(), []);
      await seeded(store);
      const outlets = await store.outlets();
      const expected = new Map<string, number>();
      for (const d of corpusSamples()) if (d.meta.outlet) expected.set(d.meta.outlet, (expected.get(d.meta.outlet) ?? 0) + 1);
      assert.deepEqual(outlets, [...expected].map(([outlet, documents]) => ({ outlet, documents })).sort((a, b) => b.documents - a.documents || (a.outlet < b.outlet ? -1 : 1)));
      assert.ok(outlets[0]!.documents > outlets.at(-1)!.documents, 'the samples have outlets of different sizes');
      assert.equal((await store.outlets(1)).length, 1);
    });

    defineEventListingContract(it);

    it('counts documents, failures, quotes, entities and events', async (store) => {
      await seeded(store);
      await store.putFailures([{ sourceKey: 'x', rawHash: 'h', code: 'E_INPUT_EMPTY', message: 'empty' }]);
      const stats = await store.stats();
      assert.deepEqual({ ...stats, pipelineVersions: undefined }, { documents: 3, failed: 1, quotes: 3, entities: 7, events: 2, pipelineVersions: undefined, quotesWithoutCueKind: 0, documentsWithoutPersonRoles: 0, documentsWithoutClaimIndex: 0 });
      assert.deepEqual(stats.pipelineVersions, { 'test-1': 3 });
    });

    it('indexes nothing for missing layers, and still finds the text', async (store) => {
      const bare = sampleDocument({ text: 'A short note about river levels after the storm.', meta: { outlet: 'Plain Post' } });
      assert.deepEqual(await store.put([storable(bare)]), ['stored']);
      assert.deepEqual(ids(await store.search({ text: 'storm' })), [bare.id]);
      const stats = await store.stats();
      assert.deepEqual([stats.quotes, stats.entities, stats.events], [0, 0, 0]);
    });

    it('re-analysis: lists stale documents with their raw input, replaces layers and index rows', async (store) => {
      const old = sampleDocument({ text: 'The City Council said the dam is safe. Engineers disagree, the Chief Engineer said.', meta: { url: 'https://x.example/dam' }, quotes: [{ speaker: 'City Council', content: 'the dam is safe' }], version: 'v1' });
      await store.put([storable(old, 'dam.html', '<p>The City Council said the dam is safe.</p>')]);
      await store.put([storable(sampleDocument({ text: 'Current analysis already.', version: 'v2' }))]);
      const stale = await store.stale('v2', 0, 10);
      assert.equal(stale.length, 1);
      assert.equal(stale[0]!.id, old.id);
      assert.equal(new TextDecoder().decode(stale[0]!.raw), '<p>The City Council said the dam is safe.</p>');
      assert.equal(stale[0]!.rawInfo?.name, 'sample.txt');
      assert.deepEqual(await store.stale('v2', stale[0]!.seq, 10), []);
      const renewed = sampleDocument({ text: old.text, meta: { ...old.meta, title: 'Dam safety' }, quotes: [{ speaker: 'Chief Engineer', content: 'Engineers disagree' }], version: 'v2' });
      await store.replace(stale[0]!.seq, storable(renewed));
      assert.deepEqual(await store.stale('v2', 0, 10), []);
      assert.deepEqual((await store.get(old.id))?.doc, renewed);
      assert.deepEqual((await store.quotes({})).map((q) => q.speaker), ['Chief Engineer']);
      assert.deepEqual(ids(await store.search({ text: 'dam safety' })), [old.id], 'the new title is searchable');
      assert.equal((await store.stats()).pipelineVersions.v2, 2);
      const retexted = sampleDocument({ text: `${old.text} A correction was added.`, meta: old.meta, version: 'v3' });
      await store.replace(stale[0]!.seq, storable(retexted));
      assert.equal(await store.get(old.id), undefined, 'a changed text gives a new id');
      assert.equal((await store.get(retexted.id))?.doc.text, retexted.text);
      assert.deepEqual(ids(await store.search({ text: 'correction' })), [retexted.id]);
      assert.equal((await store.stats()).documents, 2);
    });

    it('scans every document in storage order, a page at a time', async (store) => {
      await seeded(store);
      const first = await store.scan(0, 2);
      const rest = await store.scan(first.at(-1)!.seq, 2);
      assert.deepEqual([...first, ...rest].map((r) => r.doc.id), [market, bridge, fund]);
    });
  });
}
