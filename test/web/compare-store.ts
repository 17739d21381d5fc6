/**
 * A store for the compare view's tests: the multi-outlet example corpus (examples/compare: four
 * outlets on one invented shelling in Horlivka, plus two events that must stay apart) and one hostile
 * article on the same shelling, written for these tests, whose outlet, title, URL and denied words hold
 * markup and script. Every string of it must reach the page as text.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/data/paths.js';
import { ingest } from '../../src/corpus/ingest.js';
import type { Store } from '../../src/store/types.js';

export const COMPARE_CORPUS = join(PACKAGE_ROOT, 'examples', 'compare', 'horlivka-bus-station.jsonl');

/** The outlets of the example corpus that report the bus-station shelling. */
export const BUS_STATION_OUTLETS = ['Global Wire', 'Kyiv Daily', 'Novosti Wire', 'Western Herald'];

export const HOSTILE_OUTLET = '<img src=x onerror="window.__pwned=1">Evil Outlet';
export const HOSTILE_TITLE = '<script>window.__pwned=3</script>Shelling in Horlivka';
export const HOSTILE_DENIED = '<img src=x onerror="window.__pwned=5">';

/** The hostile article: it reports the same shelling (place, day) so it joins the cluster. */
export const HOSTILE_ARTICLE = {
  outlet: HOSTILE_OUTLET,
  publishedAt: '2024-03-12',
  url: 'javascript:window.__pwned=2',
  title: HOSTILE_TITLE,
  text: [
    'Shelling hits Horlivka bus station',
    'Ukrainian forces shelled the bus station in Horlivka on Tuesday, killing 11 <b>civilians</b>, local officials said.',
    '"<img src=x onerror="window.__pwned=4"> was a barbaric terrorist attack," the mayor said.',
    `Kyiv denied firing ${HOSTILE_DENIED} on the city.`,
  ].join('\n'),
};

/** The query that selects the shelling (the place in its Russian-based spelling). */
export const BUS_STATION_QUERY = { place: 'Gorlovka', from: '2024-03-10', to: '2024-03-14' } as const;

/** Ingests the example corpus and the hostile article (written to `dir`) into `store`. */
export async function fillCompareStore(store: Store, dir: string): Promise<number> {
  const hostile = join(dir, 'hostile.jsonl');
  writeFileSync(hostile, `${JSON.stringify(HOSTILE_ARTICLE)}\n`);
  const summary = await ingest([COMPARE_CORPUS, hostile], { store, workers: 0 });
  if (summary.failed > 0) throw new Error(`expected the compare corpus to ingest, found ${summary.failed} failures`);
  return summary.stored;
}
