/**
 * The store contract's tests of entity and event listings: counts, filters, every matching event in
 * one call, place filters by any name the article gave, and the coordinates the places stage resolved.
 * Registered by `defineStoreContract` (contract.ts) inside its describe.
 */
import assert from 'node:assert/strict';
import { corpusSamples, sampleDocument, storable } from './sample-documents.js';
import { ids, seeded, type ContractTest } from './contract-helpers.js';

export function defineEventListingContract(it: ContractTest): void {
  const [market, bridge, fund] = corpusSamples().map((d) => d.id) as [string, string, string];
  it('lists entities with document counts, and events with filters', async (store) => {
    await seeded(store);
    const people = await store.entities({ type: 'person' });
    assert.deepEqual(people, [{ name: 'Elena Varga', type: 'person', documents: 2 }, { name: 'Omar Haddad', type: 'person', documents: 1 }]);
    assert.deepEqual(await store.entities({ name: 'lakeside' }), [{ name: 'Lakeside', type: 'place', documents: 2 }]);
    assert.deepEqual((await store.entities({ name: 'the army' })).map((e) => e.name), ['Northern Army'], 'aliases match');
    const events = await store.events({});
    assert.deepEqual(events.map((e) => e.type), ['Strategic developments', 'Explosions/Remote violence']);
    const shelling = await store.events({ type: 'Shelling/artillery/missile attack' });
    assert.deepEqual(shelling.map((e) => [e.documentId, e.place, e.trigger]), [[market, 'Riverton', 'Shelling']]);
    assert.deepEqual([shelling[0]!.title, shelling[0]!.url], ['Market shelled in Riverton', 'https://north.example/market'], 'an event leads back to its article');
    assert.deepEqual((await store.events({ outlet: 'South Herald' })), []);
  });

  it('lists every matching event in one call, the most recently stored first, up to a maximum', async (store) => {
    await seeded(store);
    const paged = await store.events({});
    const rows = await store.eventRows({}, 1000);
    assert.equal(rows.length, paged.length);
    assert.deepEqual(rows.map((r) => `${r.documentId} ${r.eventId}`).sort(), paged.map((r) => `${r.documentId} ${r.eventId}`).sort());
    const stored = rows.map((r) => [market, bridge, fund].indexOf(r.documentId));
    assert.deepEqual(stored, [...stored].sort((a, b) => b - a), 'the most recently stored first');
    assert.deepEqual(await store.eventRows({ type: 'Shelling/artillery/missile attack' }, 10), await store.events({ type: 'Shelling/artillery/missile attack' }));
    assert.equal((await store.eventRows({}, 1)).length, 1);
    assert.deepEqual(await store.eventRows({ outlet: 'South Herald' }, 10), []);
    assert.deepEqual((await store.eventRows({ place: 'Riverton' }, 10)).map((r) => r.place), ['Riverton']);
  });

  it('a place filter on events keeps the events placed there, by whole name or another name the article gave the place', async (store) => {
    // Written for this test: three events, one at a town the article also spells another way, one in
    // a region whose name contains a city's, one placed nowhere.
    const text = 'Shelling hit Horlivka (Gorlovka to some) on Monday. Fighting went on in Donetsk Oblast; Donetsk itself was calm. The invasion goes on.';
    const doc = sampleDocument({ text, meta: { outlet: 'North Wire', publishedAt: '2024-03-11' },
      entities: [{ name: 'Horlivka', type: 'place', aliases: ['Gorlovka'] }, { name: 'Donetsk Oblast', type: 'place' }, { name: 'Donetsk', type: 'place' }],
      events: [
        { type: 'Explosions/Remote violence', trigger: 'Shelling', place: 'Horlivka' },
        { type: 'Battles', trigger: 'Fighting', place: 'Donetsk Oblast' },
        { type: 'Strategic developments', trigger: 'invasion' },
      ] });
    await store.put([storable(doc)]);
    const triggers = (hits: Array<{ trigger: string }>): string[] => hits.map((e) => e.trigger).sort();
    assert.deepEqual(triggers(await store.events({ place: 'Horlivka' })), ['Shelling'], 'not the other events of the article');
    assert.deepEqual(triggers(await store.events({ place: ' gorlovka ' })), ['Shelling'], 'the article\'s other name for it');
    assert.deepEqual(triggers(await store.events({ place: 'Donetsk Oblast' })), ['Fighting']);
    assert.deepEqual(await store.events({ place: 'Donetsk' }), [], 'a whole name: Donetsk Oblast is not Donetsk');
    assert.deepEqual(await store.events({ place: 'Oblast' }), []);
    assert.deepEqual(await store.events({ place: 'Nowhere' }), []);
    assert.deepEqual(await store.events({ place: '  ' }), []);
    assert.deepEqual(ids(await store.search({ place: 'Donetsk' })), [doc.id], 'the document filter still reads mentions');
    assert.deepEqual(triggers(await store.eventRows({ place: 'Horlivka' }, 10)), ['Shelling']);
    assert.deepEqual(triggers(await store.events({ place: 'Horlivka', placeScope: 'document' })), ['Fighting', 'Shelling', 'invasion'], 'document scope: every event of the articles that mention it');
    assert.deepEqual(triggers(await store.eventRows({ place: 'Donetsk', placeScope: 'document' }, 10)), ['Fighting', 'Shelling', 'invasion']);
  });

  it('keeps the coordinates the places stage resolved for an event; re-analysis adds them to a row without', async (store) => {
    const text = 'Shelling hit Millbrook on Monday. A fire broke out in Oldtown.';
    const at = { lat: 48.3, lon: 38.05, precision: 'town' as const, country: 'UA' };
    const placed = sampleDocument({ text, meta: { outlet: 'North Wire' }, version: 'v1', events: [
      { type: 'Explosions/Remote violence', trigger: 'Shelling', place: 'Millbrook', at },
      { type: 'Riots', trigger: 'fire', place: 'Oldtown' },
    ] });
    await store.put([storable(placed)]);
    for (const rows of [await store.eventRows({}, 10), await store.events({})]) {
      const byPlace = new Map(rows.map((r) => [r.place, r]));
      const millbrook = byPlace.get('Millbrook')!;
      assert.deepEqual([millbrook.lat, millbrook.lon, millbrook.placePrecision, millbrook.placeCountry], [48.3, 38.05, 'town', 'UA']);
      assert.deepEqual(Object.keys(byPlace.get('Oldtown')!).filter((k) => /^(lat|lon|place[A-Z]\w*|title|url)$/.test(k)), [], 'no coordinates, title or address: no properties, not nulls');
    }
    const near = { lat: 48.31, lon: 38.06, km: 5 };
    assert.deepEqual((await store.eventRows({ near }, 10)).map((r) => r.place), ['Millbrook'], 'stored coordinates within the box');
    const far = { ...near, lon: 38.2 };
    assert.deepEqual(await store.eventRows({ near: far }, 10), [], '10 km east is outside a 5 km box');
    assert.deepEqual((await store.eventRows({ place: 'Millbrook', near: far }, 10)).map((r) => r.place), ['Millbrook'], 'placed there, or near');
    assert.deepEqual((await store.eventRows({ place: 'Millbrook', near: far, placeScope: 'document' }, 10)).map((r) => r.place).sort(), ['Millbrook', 'Oldtown'], 'named in the document, or near');
    assert.deepEqual((await store.events({ place: 'Nowhere', near })).map((r) => r.place), ['Millbrook']);
    assert.deepEqual((await store.events({ country: 'ua' })).map((r) => r.place), ['Millbrook'], 'placed in the country (Oldtown has no country yet)');
    assert.deepEqual(await store.eventRows({ country: 'RU' }, 10), []);
    const [stale] = await store.stale('v2', 0, 10);
    const renewed = sampleDocument({ text, meta: placed.meta, version: 'v2', events: [
      { type: 'Explosions/Remote violence', trigger: 'Shelling', place: 'Millbrook', at },
      { type: 'Riots', trigger: 'fire', place: 'Oldtown', at: { lat: 48.1, lon: 37.8, precision: 'site', country: 'UA' } },
    ] });
    await store.replace(stale!.seq, storable(renewed));
    const oldtown = (await store.eventRows({}, 10)).find((r) => r.place === 'Oldtown')!;
    assert.deepEqual([oldtown.lat, oldtown.lon, oldtown.placePrecision], [48.1, 37.8, 'site']);
    assert.deepEqual((await store.events({ country: 'UA' })).map((r) => r.place).sort(), ['Millbrook', 'Oldtown'], 're-analysis gave Oldtown its country');
  });
}
