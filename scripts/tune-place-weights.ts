/**
 * Tunes the place resolver's weights on LGL with gold toponyms, by coordinate ascent: each weight in
 * turn is moved up and down by a step while Acc@161km on the odd-numbered articles (0-based index odd,
 * the dev half) improves; AUC breaks ties. The even-numbered articles are held out and only reported, as
 * is GeoVirus. The weights found are printed as code for src/stages/places/score-prior.ts; nothing is
 * written. Never tuned on single documents.
 *
 * Run: node .build/<you>/scripts/tune-place-weights.js [../shared/data/geoparsing/lgl.xml] [--rounds=3] [--report]
 */
import { RESOLVER_WEIGHTS } from '../src/stages/places/resolve-places.js';
import { CLOSENESS_BANDS, COUNTRY_FIT, setCountryFit } from '../src/stages/places/measure-closeness.js';
import { predictGoldToponyms } from '../src/eval/places/predict-gold.js';
import { readGeoCorpus, type GeoArticle } from '../src/eval/places/read-corpus.js';
import { applyPatches, patchFileFor } from '../src/eval/places/read-patches.js';
import { MAX_ERROR_KM, distanceKm, geocodingMetrics, matchPrediction } from '../src/eval/places/score.js';

const args = process.argv.slice(2);
const path = args.find((a) => !a.startsWith('--')) ?? '../shared/data/geoparsing/lgl.xml';
const rounds = Number(args.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 3);
const load = (file: string): GeoArticle[] => {
  const articles = readGeoCorpus(file);
  const patches = patchFileFor(file);
  if (patches) applyPatches(articles, patches);
  return articles;
};
const lgl = load(path);
const dev = lgl.filter((_, i) => i % 2 === 1);
const held = lgl.filter((_, i) => i % 2 === 0);
const geoVirusPath = path.replace(/lgl\.xml$/, 'GeoVirus.xml');
const geoVirus = geoVirusPath !== path ? load(geoVirusPath) : [];

function measure(articles: readonly GeoArticle[]): { acc161: number; auc: number; median_km: number } {
  const errors: number[] = [];
  for (const a of articles) {
    const predicted = predictGoldToponyms(a);
    for (const g of a.toponyms) {
      if (g.lat === undefined || g.lon === undefined) continue;
      const p = matchPrediction(g, predicted);
      errors.push(p ? distanceKm(g.lat, g.lon, p.lat, p.lon) : MAX_ERROR_KM);
    }
  }
  return geocodingMetrics(errors);
}

/** A tunable weight: how to read and set it, and its step. */
interface Knob { name: string; get(): number; set(v: number): void; step: number }
const W = RESOLVER_WEIGHTS;
const field = (name: 'population' | 'alternatePenalty' | 'areaNamesakePenalty' | 'coherence' | 'focusCountry' | 'focusRegion' | 'cueCountry' | 'temperature', step: number): Knob => ({ name, get: () => W[name], set: (v) => { W[name] = v; }, step });
const type = (code: string, step: number): Knob => ({ name: `typeScore.${code}`, get: () => W.typeScore[code] ?? 0, set: (v) => { W.typeScore[code] = v; }, step });
const band = (i: number): Knob => ({ name: `closeness<${CLOSENESS_BANDS[i]![0]}km`, get: () => CLOSENESS_BANDS[i]![1], set: (v) => { CLOSENESS_BANDS[i]![1] = v; }, step: 0.1 });
const knobs: Knob[] = [
  field('population', 0.1), field('alternatePenalty', 0.5), field('areaNamesakePenalty', 1), field('coherence', 1.5),
  field('focusCountry', 0.5), field('focusRegion', 0.5), field('cueCountry', 0.5), field('temperature', 0.5),
  type('A.PCLI', 1), type('A.ADM1', 1), type('A.ADM2', 0.5), type('P.PPLC', 0.5), type('P.PPLA', 0.5), type('P.PPLA2', 0.5), type('L.RGN', 0.5),
  { name: 'COUNTRY_FIT', get: () => COUNTRY_FIT, set: setCountryFit, step: 0.1 },
  band(0), band(1), band(2), band(3),
];

const objective = (m: { acc161: number; auc: number }): number => m.acc161 - 0.01 * m.auc;
const show = (label: string): void => {
  const f = (m: { acc161: number; auc: number; median_km: number }): string => `acc161 ${m.acc161.toFixed(4)} median ${m.median_km.toFixed(1)} km AUC ${m.auc.toFixed(3)}`;
  process.stdout.write(`${label}\n  LGL dev (odd)    ${f(measure(dev))}\n  LGL held (even)  ${f(measure(held))}\n  LGL all          ${f(measure(lgl))}\n${geoVirus.length ? `  GeoVirus         ${f(measure(geoVirus))}\n` : ''}`);
};

show('current weights');
if (!args.includes('--report')) {
  let best = objective(measure(dev));
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (const knob of knobs) {
      const start = knob.get();
      for (const direction of [1, -1]) {
        let value = knob.get();
        for (;;) {
          const next = Math.round((value + direction * knob.step) * 1000) / 1000;
          if (next < 0 && !knob.name.startsWith('typeScore')) break;
          knob.set(next);
          const score = objective(measure(dev));
          if (score <= best + 1e-9) { knob.set(value); break; }
          best = score;
          value = next;
        }
        if (knob.get() !== start) break;
      }
      if (knob.get() !== start) {
        moved = true;
        process.stdout.write(`  ${knob.name}: ${start} -> ${knob.get()} (dev objective ${best.toFixed(4)})\n`);
      }
    }
    if (!moved) break;
  }
  show('tuned weights');
  process.stdout.write(`${knobs.map((k) => `${k.name} = ${k.get()}`).join('\n')}\n`);
}
