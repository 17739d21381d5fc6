/** Resolution only: the gold toponym spans, resolved against the gazetteer in the context of each other. */
import { lookupToponym } from '../../stages/places/lookup-toponym.js';
import { resolveToponyms } from '../../stages/places/resolve-places.js';
import type { GeoArticle } from './read-corpus.js';
import type { PredictedToponym } from './score.js';

/** One prediction per gold toponym that the gazetteer can place. */
export function predictGoldToponyms(article: GeoArticle): PredictedToponym[] {
  const inputs = article.toponyms.map((t) => ({ start: t.start, end: t.end, ...lookupToponym(article.text.slice(t.start, t.end)) }));
  const resolved = resolveToponyms(article.text, inputs);
  const out: PredictedToponym[] = [];
  resolved.forEach((r, i) => {
    if (r) out.push({ start: inputs[i]!.start, end: inputs[i]!.end, lat: r.place.lat, lon: r.place.lon });
  });
  return out;
}
