/**
 * Checks the place resolver's weights on LGL with gold toponyms: a small grid over the context weights,
 * scored on the odd-numbered articles (dev), with the even-numbered ones reported as held out.
 * Run: node .build/<you>/scripts/tune-place-weights.js ../shared/data/geoparsing/lgl.xml
 */
import { RESOLVER_WEIGHTS } from '../src/stages/places/resolve-places.js';
import { predictGoldToponyms } from '../src/eval/places/predict-gold.js';
import { readGeoCorpus } from '../src/eval/places/read-corpus.js';
import { applyPatches, patchFileFor } from '../src/eval/places/read-patches.js';
import { MAX_ERROR_KM, distanceKm, matchPrediction } from '../src/eval/places/score.js';

const path = process.argv[2] ?? '../shared/data/geoparsing/lgl.xml';
const articles = readGeoCorpus(path);
const patches = patchFileFor(path);
if (patches) applyPatches(articles, patches);

function acc(half: 0 | 1): number {
  let ok = 0;
  let n = 0;
  articles.forEach((a, i) => {
    if (i % 2 !== half) return;
    const predicted = predictGoldToponyms(a);
    for (const g of a.toponyms) {
      if (g.lat === undefined || g.lon === undefined) continue;
      const p = matchPrediction(g, predicted);
      if ((p ? distanceKm(g.lat, g.lon, p.lat, p.lon) : MAX_ERROR_KM) < 161) ok++;
      n++;
    }
  });
  return ok / n;
}

const grid: Array<Partial<typeof RESOLVER_WEIGHTS>> = [];
for (const population of [0.4, 0.6, 0.8]) for (const coherence of [9, 14, 20]) for (const country of [7, 9, 12]) grid.push({ population, coherence, typeScore: { ...RESOLVER_WEIGHTS.typeScore, 'A.PCLI': country, 'L.CONT': country, 'A.ADM1': country - 2 } });
const base = { ...RESOLVER_WEIGHTS };
let best = { dev: 0, held: 0, setting: '' };
for (const setting of grid) {
  Object.assign(RESOLVER_WEIGHTS, base, setting);
  const dev = acc(1);
  if (dev > best.dev) best = { dev, held: acc(0), setting: JSON.stringify(setting) };
}
Object.assign(RESOLVER_WEIGHTS, base);
process.stdout.write(`current weights: dev ${acc(1).toFixed(4)} held-out ${acc(0).toFixed(4)}\nbest on dev: ${best.setting} dev ${best.dev.toFixed(4)} held-out ${best.held.toFixed(4)}\n`);
