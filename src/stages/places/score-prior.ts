/**
 * What a place is worth before context: a country or state before a town, the bigger town first, a
 * place's own name before a foreign or former one. These weights, with the context weights of
 * `resolve-places.ts`, were set by hand and then tuned with scripts/tune-place-weights.ts on the
 * odd-numbered LGL articles, the even-numbered ones held out (figures in docs/places.md).
 */
import type { NameMatch } from './gazetteer.js';

export const RESOLVER_WEIGHTS = {
  typeScore: {
    'A.PCLI': 9, 'A.PCLD': 7, 'A.PCLS': 7, 'L.CONT': 9, 'A.ADM1': 7, 'L.RGN': 5, 'T.ISL': 4.5, 'A.ADM2': 4,
    'P.PPLC': 4, 'P.PPLA': 2.5, 'P.PPLA2': 1, 'P.PPLA3': 0.3, 'P.PPLA4': 0.2, 'P.PPL': 0, 'P.PPLX': -1,
  } as Record<string, number>,
  /** Per power of ten of the population. */
  population: 0.6,
  /** A GeoNames alternate name (foreign, former, variant) is weaker evidence than a place's own name. */
  alternatePenalty: 3,
  /** A town that shares its name with a country or state ("Palestine", Texas; "Jordan", Minnesota). */
  areaNamesakePenalty: 4,
  /** Weight of geographic coherence: lying near likely senses of the document's other names. */
  coherence: 9,
  /** Bonus for lying in the document's focus country, times the focus share. */
  focusCountry: 1,
  /** Bonus for lying in the document's focus first-level region, times the focus share. */
  focusRegion: 0,
  /** Bonus for the country the document's wording points to (see find-document-cues.ts), times its strength. */
  cueCountry: 0,
  /** Temperature of the softmax that turns scores into the weights of a name's senses. */
  temperature: 2,
  /** Rounds of scoring by context, each using the senses' weights from the round before. */
  passes: 1,
  /** Candidates per name kept, best prior first. */
  maxCandidates: 25,
};

/** The place's score before context. */
export function priorScore(match: NameMatch): number {
  const W = RESOLVER_WEIGHTS;
  const p = match.place;
  return (W.typeScore[p.featureType] ?? -0.5) + W.population * Math.log10(p.population + 1) - (match.main ? 0 : W.alternatePenalty);
}
