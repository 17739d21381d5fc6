/**
 * Joins predicted events to gold events and predicted claimants to gold claimants.
 *
 * Events: a predicted event can match a gold event of the same ACLED type when one of its mentions
 * overlaps one of the gold event's mentions, or, failing that, when its place is one of the gold
 * event's places (by the gazetteer's name or the words in the text). Pairs with more overlapping mentions go first (then a place match); each event
 * matches at most one.
 * Claimants: a predicted claimant matches a gold claimant when one of its names equals the gold name or
 * an alias, compared lower-cased, without accents, a leading "the" or punctuation (`outlet` matches the
 * outlet). Several predicted claimants may match one gold claimant (a spokesman and his ministry): the
 * first of them gives the position, all of them give figures.
 */
import type { GoldClaimant, GoldEvent, MentionSpan } from './read-gold.js';
import type { PredictedClaimant, PredictedEvent } from './predict-claimants.js';

/** Lower-case, no accents, no leading article, no possessive marks or punctuation, single spaces. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim()
    .replace(/^(?:the|a|an) /, '');
}

export function overlaps(a: MentionSpan, b: MentionSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The predicted place is one of the gold names, by the gazetteer's name or by the words in the text. */
export function placeMatches(goldPlaces: readonly string[], predicted: Pick<PredictedEvent, 'place' | 'placeWords'>): boolean {
  const names = new Set(goldPlaces.map(normalizeName));
  return [predicted.place, predicted.placeWords].some((n) => n !== undefined && names.has(normalizeName(n)));
}

export interface EventPair {
  gold: number;
  predicted: number;
}

/** One-to-one matches between gold and predicted events of one article. */
export function matchEvents(gold: readonly GoldEvent[], predicted: readonly PredictedEvent[]): EventPair[] {
  const candidates: Array<EventPair & { score: number }> = [];
  for (const [g, ge] of gold.entries()) {
    for (const [p, pe] of predicted.entries()) {
      if (pe.type !== ge.type) continue;
      const shared = ge.mentions.filter((m) => pe.mentions.some((pm) => overlaps(m, pm))).length;
      const samePlace = placeMatches(ge.place, pe);
      if (shared > 0 || samePlace) candidates.push({ gold: g, predicted: p, score: shared * 2 + (samePlace ? 1 : 0) });
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.gold - b.gold || a.predicted - b.predicted);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: EventPair[] = [];
  for (const c of candidates) {
    if (usedGold.has(c.gold) || usedPredicted.has(c.predicted)) continue;
    usedGold.add(c.gold);
    usedPredicted.add(c.predicted);
    pairs.push({ gold: c.gold, predicted: c.predicted });
  }
  return pairs.sort((a, b) => a.gold - b.gold);
}

function claimantMatches(gold: GoldClaimant, predicted: PredictedClaimant): boolean {
  if (gold.name === 'outlet' || predicted.outlet) return gold.name === 'outlet' && predicted.outlet;
  const goldNames = new Set([gold.name, ...gold.aliases].map(normalizeName));
  return predicted.names.some((n) => goldNames.has(normalizeName(n)));
}

/**
 * For each predicted claimant, the index of the gold claimant it matches (the first not yet matched,
 * else the first matched), or -1.
 */
export function matchClaimants(gold: readonly GoldClaimant[], predicted: readonly PredictedClaimant[]): number[] {
  const taken = new Set<number>();
  return predicted.map((p) => {
    const all = gold.flatMap((g, i) => (claimantMatches(g, p) ? [i] : []));
    const chosen = all.find((i) => !taken.has(i)) ?? all[0] ?? -1;
    if (chosen >= 0) taken.add(chosen);
    return chosen;
  });
}
