/**
 * The comparison end to end on a store backend: the multi-outlet example corpus (examples/compare:
 * four outlets on one invented shelling, an unrelated strike the same day, an older event at the same
 * place) analysed by the default pipeline, stored, then compared. Run for SQLite and PostgreSQL.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { PACKAGE_ROOT } from '../../src/data/paths.js';
import { CLUSTER_ID } from '../../src/corpus/compare/cluster-id.js';
import { ingest } from '../../src/corpus/ingest.js';
import { compareEvents, formatCompareReport } from '../../src/corpus/compare/index.js';
import type { CompareReport, EventCluster } from '../../src/corpus/compare/types.js';
import type { Store } from '../../src/store/types.js';

export const CORPUS = join(PACKAGE_ROOT, 'examples', 'compare', 'horlivka-bus-station.jsonl');
const BUS_STATION_OUTLETS = ['Global Wire', 'Kyiv Daily', 'Novosti Wire', 'Western Herald'];

function outletsOf(cluster: EventCluster): string[] {
  return cluster.outlets.map((o) => o.outlet);
}

function article(cluster: EventCluster, outlet: string) {
  const account = cluster.outlets.find((o) => o.outlet === outlet);
  assert.ok(account, `expected ${outlet} in the cluster, found ${outletsOf(cluster).join(', ')}`);
  return account.articles[0]!;
}

/** Defines the suite on a store made by `open` (fresh and empty), closed and removed by `cleanup`. */
export function defineCompareSuite(name: string, open: () => Promise<{ store: Store; cleanup: () => Promise<void> }>): void {
  let store: Store;
  let cleanup: () => Promise<void>;
  let busStation: CompareReport;

  before(async () => {
    ({ store, cleanup } = await open());
    const summary = await ingest([CORPUS], { store, workers: 0 });
    assert.equal(summary.stored, 6);
    busStation = await compareEvents(store, { place: 'Gorlovka', from: '2024-03-10', to: '2024-03-14' });
  });
  after(async () => { await cleanup?.(); });

  test(`${name}: one cluster for the bus-station shelling, with the four outlets that reported it`, () => {
    assert.equal(busStation.clusters.length, 1, formatCompareReport(busStation));
    const [cluster] = busStation.clusters;
    assert.deepEqual(outletsOf(cluster!), BUS_STATION_OUTLETS);
    assert.deepEqual(cluster!.places, ['Horlivka']);
    assert.equal(cluster!.dates.from, '2024-03-12');
    const titles = cluster!.outlets.flatMap((o) => o.articles.map((a) => a.title ?? ''));
    assert.ok(!titles.some((t) => /Kharkiv|damages homes/.test(t)), `no unrelated article: ${titles.join(' | ')}`);
  });

  test(`${name}: the place in another spelling, and no place, find the same event`, async () => {
    const ukrainian = await compareEvents(store, { place: 'Horlivka', from: '2024-03-10', to: '2024-03-14' });
    assert.deepEqual(ukrainian.clusters.map(outletsOf), busStation.clusters.map(outletsOf));
    const everything = await compareEvents(store, {});
    assert.equal(everything.clusters.length, 3, 'the shelling, the Kharkiv strike and the February shelling stay apart');
    assert.deepEqual(outletsOf(everything.clusters[0]!), BUS_STATION_OUTLETS, 'the most widely reported first');
    const others = everything.clusters.slice(1).map((c) => `${c.places[0]} ${c.dates.to}`).sort();
    assert.deepEqual(others, ['Horlivka 2024-02-02', 'Kharkiv 2024-03-12']);
    assert.equal((await compareEvents(store, { minOutlets: 2 })).clusters.length, 1);
  });

  test(`${name}: type, text and date narrow the comparison`, async () => {
    assert.equal((await compareEvents(store, { place: 'Horlivka', type: 'Battles' })).clusters.length, 0);
    // Outlets type one attack either way: asking for one type of the family finds the others.
    const civilians = await compareEvents(store, { place: 'Horlivka', type: 'Violence against civilians', from: '2024-03-10', to: '2024-03-14' });
    assert.deepEqual(civilians.clusters.map(outletsOf), busStation.clusters.map(outletsOf));
    // Every outlet's account is a shelling (a "blast" takes the sub-type of the shelling it is): a sub-type
    // of the same family that none reported finds nothing, so it is not widened to the family.
    const subtype = await compareEvents(store, { place: 'Horlivka', type: 'Air/drone strike', from: '2024-03-10', to: '2024-03-14' });
    assert.deepEqual(subtype.clusters.map(outletsOf), [], 'a sub-type is read as it is');
    const shelling = await compareEvents(store, { place: 'Horlivka', type: 'Shelling/artillery/missile attack', from: '2024-03-10', to: '2024-03-14' });
    assert.deepEqual(shelling.clusters.map(outletsOf), busStation.clusters.map(outletsOf));
    const text = await compareEvents(store, { text: 'Syniehubov' });
    assert.deepEqual(text.clusters.map((c) => c.places[0]), ['Kharkiv']);
    const february = await compareEvents(store, { place: 'Gorlovka', from: '2024-02-01', to: '2024-02-03' });
    assert.deepEqual(february.clusters.map((c) => c.dates.to), ['2024-02-02']);
  });

  test(`${name}: casualty figures keep their qualifier and claimant`, () => {
    const cluster = busStation.clusters[0]!;
    const wire = article(cluster, 'Global Wire').casualties;
    assert.ok(wire.some((f) => f.kind === 'killed' && f.low === 10 && f.qualifier === 'at-least' && f.claimant === 'local emergency services'), JSON.stringify(wire));
    const herald = article(cluster, 'Western Herald').casualties;
    assert.ok(herald.some((f) => f.kind === 'killed' && f.best === 17 && f.claimant === 'Russian-installed officials'), JSON.stringify(herald));
  });

  test(`${name}: how each outlet presents it, whom it blames, and its names`, () => {
    const cluster = busStation.clusters[0]!;
    assert.equal(article(cluster, 'Novosti Wire').status, 'asserted');
    assert.equal(article(cluster, 'Kyiv Daily').status, 'attributed');
    const novosti = article(cluster, 'Novosti Wire');
    assert.ok(novosti.blamed.length > 0 && novosti.blamed.every((b) => b.party === 'Ukraine'), JSON.stringify(novosti.blamed));
    assert.ok(article(cluster, 'Kyiv Daily').blamed.some((b) => b.party === 'Russia' && b.alleged));
    const variants = (outlet: string) => article(cluster, outlet).naming.map((n) => n.variant);
    assert.ok(['Kiev', 'Gorlovka', 'special military operation'].every((v) => variants('Novosti Wire').includes(v)), variants('Novosti Wire').join(', '));
    assert.ok(['Kyiv', 'Horlivka', 'invasion'].every((v) => variants('Kyiv Daily').includes(v)), variants('Kyiv Daily').join(', '));
    const denial = article(cluster, 'Global Wire').qualifications.find((q) => q.statuses.includes('denied'));
    assert.equal(denial?.party, 'Ukraine');
  });

  test(`${name}: the contradictions: tolls, perpetrators, a denial, asserted against attributed`, () => {
    const { contradictions } = busStation.clusters[0]!;
    const kinds = contradictions.map((c) => c.kind);
    assert.deepEqual([...kinds].sort(), ['denial', 'perpetrator', 'status', 'toll']);
    const toll = contradictions.find((c) => c.kind === 'toll')!;
    assert.ok(toll.sides.some((s) => s.outlet === 'Western Herald' && /17/.test(s.says)) && toll.sides.some((s) => /13/.test(s.says)), JSON.stringify(toll.sides));
    assert.ok(!toll.sides.some((s) => /at least 10/i.test(s.says)), '"at least 10" agrees with both 13 and 17');
    assert.match(contradictions.find((c) => c.kind === 'perpetrator')!.summary, /Russia/);
    const status = contradictions.find((c) => c.kind === 'status')!;
    assert.deepEqual(status.sides.filter((s) => !/own voice/.test(s.says)).map((s) => s.outlet), ['Kyiv Daily']);
  });

  test(`${name}: the text report names each outlet and the contradictions`, () => {
    const text = formatCompareReport(busStation);
    for (const outlet of BUS_STATION_OUTLETS) assert.ok(text.includes(outlet));
    assert.match(text, /Where the accounts disagree/);
    assert.match(text, /toll: Different killed figures/);
  });

  // Last: it stores more articles. Five outlets on an invented shelling elsewhere, so it ranks first.
  test(`${name}: a cluster keeps its id when an unrelated, more widely reported event is stored`, async () => {
    const before = await compareEvents(store, {});
    for (const c of before.clusters) assert.match(c.id, CLUSTER_ID);
    assert.equal(new Set(before.clusters.map((c) => c.id)).size, before.clusters.length, 'ids are distinct');
    const signature = (c: EventCluster) => `${c.places[0]} ${c.dates.from}..${c.dates.to} ${outletsOf(c).join('+')}`;
    const named = new Map(before.clusters.map((c) => [c.id, signature(c)]));
    const dir = await mkdtemp(join(tmpdir(), 'newslens-cluster-id-'));
    try {
      const file = join(dir, 'kherson.jsonl');
      const outlets = ['Alpha Post', 'Bravo News', 'Charlie Times', 'Delta Daily', 'Echo Wire'];
      await writeFile(file, outlets.map((outlet, i) => JSON.stringify({
        outlet, publishedAt: '2024-03-14', url: `https://example.org/${i}/kherson-market`, title: `Shelling hits Kherson market (${outlet})`,
        text: `Shelling hits Kherson market\nRussian forces shelled the central market in Kherson on Wednesday, killing ${3 + i} civilians, the regional governor said.\nResidents of the city described the attack to ${outlet}.`,
      })).join('\n'));
      assert.equal((await ingest([file], { store, workers: 0 })).stored, outlets.length);
      const after = await compareEvents(store, {});
      assert.equal(after.clusters[0]!.places[0], 'Kherson', 'the new event now ranks first');
      for (const [id, was] of named) {
        const same = after.clusters.find((c) => c.id === id);
        assert.ok(same, `cluster ${id} (${was}) is still listed`);
        assert.equal(signature(same), was);
      }
      assert.notDeepEqual(after.clusters.map((c) => c.id).slice(0, before.clusters.length), before.clusters.map((c) => c.id), 'the positions moved');
      const busId = busStation.clusters[0]!.id;
      assert.ok(named.has(busId), 'the place query and the full list give the bus station the same id');
      // Asked for by id, a cluster is found whatever the ranking filters say.
      const alone = await compareEvents(store, { cluster: busId, limit: 1, minOutlets: 5 });
      assert.deepEqual(alone.clusters.map(signature), [named.get(busId)]);
      assert.equal((await compareEvents(store, { cluster: 'e0000000000' })).clusters.length, 0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
}
