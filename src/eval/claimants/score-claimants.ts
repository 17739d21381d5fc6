/**
 * The claimant metrics (defined in docs/evals.md): event P/R/F1, claimant P/R/F1 (all and sources only),
 * position accuracy over matched claimants, figure P/R/F1 (kind + number + qualifier + claimant, within
 * matched events), loose figure F1 (kind + number anywhere in the article), event-merge pairwise F1
 * over gold mentions, place and date accuracy over matched events. Each miss is also listed by phenomenon.
 */
import type { GoldArticle, GoldFigure } from './read-gold.js';
import type { PredictedArticle, PredictedFigure } from './predict-claimants.js';
import { matchClaimants, matchEvents, overlaps, placeMatches } from './match-events.js';

export interface Tally {
  gold: number;
  predicted: number;
  matched: number;
}

export interface ClaimantCounts {
  events: Tally;
  claimants: Tally;
  sources: Tally;
  figures: Tally;
  looseFigures: Tally;
  mergePairs: Tally;
  positions: { scored: number; correct: number };
  places: { scored: number; correct: number };
  dates: { scored: number; correct: number };
  mentions: { gold: number; found: number };
}

/** One miss: its phenomenon (`claimant.missed`, `position.wrong`...) and where and what. */
export interface Miss {
  phenomenon: string;
  detail: string;
}

export function emptyCounts(): ClaimantCounts {
  const t = (): Tally => ({ gold: 0, predicted: 0, matched: 0 });
  const a = () => ({ scored: 0, correct: 0 });
  return { events: t(), claimants: t(), sources: t(), figures: t(), looseFigures: t(), mergePairs: t(), positions: a(), places: a(), dates: a(), mentions: { gold: 0, found: 0 } };
}

const figureText = (f: { kind: string; number: number | null; qualifier: string }): string => `${f.kind} ${f.qualifier} ${f.number ?? '(vague)'}`;
const sameFigure = (g: GoldFigure, p: PredictedFigure): boolean => g.kind === p.kind && g.qualifier === p.qualifier && g.number === p.number;

/** Adds one article's counts to `counts` and returns its misses. */
export function scoreArticle(gold: GoldArticle, predicted: PredictedArticle, counts: ClaimantCounts): Miss[] {
  const misses: Miss[] = [];
  const miss = (phenomenon: string, detail: string) => misses.push({ phenomenon, detail: `${gold.id}: ${detail}` });
  const pairs = matchEvents(gold.events, predicted.events);
  counts.events.gold += gold.events.length;
  counts.events.predicted += predicted.events.length;
  counts.events.matched += pairs.length;
  const pairOfGold = new Map(pairs.map((p) => [p.gold, p.predicted]));
  const matchedPredicted = new Set(pairs.map((p) => p.predicted));
  for (const [p, pe] of predicted.events.entries()) {
    if (matchedPredicted.has(p)) continue;
    miss('event.spurious', `${pe.type} "${pe.mentions.map((m) => m.text).join(' / ')}"`);
    for (const c of pe.claimants) {
      counts.claimants.predicted++;
      if (!c.outlet) counts.sources.predicted++;
      counts.figures.predicted += c.figures.length;
    }
  }
  for (const [g, ge] of gold.events.entries()) {
    const p = pairOfGold.get(g);
    const pe = p === undefined ? undefined : predicted.events[p];
    const where = `${ge.id} (${ge.type})`;
    counts.claimants.gold += ge.claimants.length;
    counts.sources.gold += ge.claimants.filter((c) => c.name !== 'outlet').length;
    counts.figures.gold += ge.claimants.reduce((n, c) => n + c.figures.length, 0);
    if (!pe) {
      miss('event.missed', `${where} "${ge.mentions.map((m) => m.text).join(' / ')}"`);
      continue;
    }
    if (ge.place.length > 0) {
      counts.places.scored++;
      if (placeMatches(ge.place, pe)) counts.places.correct++;
      else miss('place.wrong', `${where}: ${ge.place[0]}, predicted ${pe.place ?? 'none'}`);
    }
    if (ge.date.length > 0) {
      counts.dates.scored++;
      if (pe.date !== undefined && ge.date.includes(pe.date)) counts.dates.correct++;
      else miss('date.wrong', `${where}: ${ge.date.join(' or ')}, predicted ${pe.date ?? 'none'}`);
    }
    const goldOf = matchClaimants(ge.claimants, pe.claimants);
    for (const [i, gc] of ge.claimants.entries()) {
      const matching = pe.claimants.filter((_, k) => goldOf[k] === i);
      const first = matching[0];
      if (!first) {
        miss('claimant.missed', `${where}: ${gc.name} (${gc.position}${gc.figures.length ? `, ${gc.figures.map(figureText).join(', ')}` : ''})`);
        for (const f of gc.figures) miss('figure.missed', `${where}: ${gc.name} ${figureText(f)} (claimant missed)`);
        continue;
      }
      counts.claimants.matched++;
      counts.claimants.predicted++;
      if (gc.name !== 'outlet') {
        counts.sources.matched++;
        counts.sources.predicted++;
      }
      counts.positions.scored++;
      if (first.position === gc.position && (gc.about === undefined || (first.about ?? 'event') === gc.about)) counts.positions.correct++;
      else miss('position.wrong', `${where}: ${gc.name} ${gc.position}${gc.about ? ` (${gc.about})` : ''}, predicted ${first.position}${first.about ? ` (${first.about})` : ''}`);
      const offered: PredictedFigure[] = [];
      for (const c of matching) for (const f of c.figures) if (!offered.some((o) => o.kind === f.kind && o.number === f.number && o.qualifier === f.qualifier)) offered.push(f);
      counts.figures.predicted += offered.length;
      const used = new Set<number>();
      for (const f of gc.figures) {
        const k = offered.findIndex((o, j) => !used.has(j) && sameFigure(f, o));
        if (k >= 0) {
          used.add(k);
          counts.figures.matched++;
        } else miss('figure.missed', `${where}: ${gc.name} ${figureText(f)}`);
      }
      for (const [j, o] of offered.entries()) if (!used.has(j)) miss('figure.spurious', `${where}: ${gc.name} ${figureText(o)}`);
    }
    for (const [k, pc] of pe.claimants.entries()) {
      if (goldOf[k] !== -1) continue;
      counts.claimants.predicted++;
      if (!pc.outlet) counts.sources.predicted++;
      counts.figures.predicted += pc.figures.length;
      miss('claimant.spurious', `${where}: ${pc.names[0]} (${pc.position})`);
    }
  }
  scoreMerges(gold, predicted, counts, miss);
  scoreLooseFigures(gold, predicted, counts);
  return misses;
}

/** Pairwise merge counts over the gold mentions: each goes to the predicted event with the most overlap. */
function scoreMerges(gold: GoldArticle, predicted: PredictedArticle, counts: ClaimantCounts, miss: (phenomenon: string, detail: string) => void): void {
  const items = gold.events.flatMap((e, g) => e.mentions.map((m) => ({ g, m })));
  const owner = items.map(({ m }) => {
    let best = -1;
    let bestOverlap = 0;
    for (const [p, pe] of predicted.events.entries()) {
      for (const pm of pe.mentions) {
        const o = overlaps(m, pm) ? Math.min(m.end, pm.end) - Math.max(m.start, pm.start) : 0;
        if (o > bestOverlap) [best, bestOverlap] = [p, o];
      }
    }
    return best;
  });
  counts.mentions.gold += items.length;
  counts.mentions.found += owner.filter((o) => o >= 0).length;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const sameGold = items[i]!.g === items[j]!.g;
      const samePredicted = owner[i]! >= 0 && owner[i] === owner[j];
      if (sameGold) counts.mergePairs.gold++;
      if (samePredicted) counts.mergePairs.predicted++;
      if (sameGold && samePredicted) counts.mergePairs.matched++;
      const pair = `"${items[i]!.m.text}"@${items[i]!.m.start} and "${items[j]!.m.text}"@${items[j]!.m.start}`;
      if (sameGold && !samePredicted) miss('merge.split', `${gold.events[items[i]!.g]!.id}: ${pair} ${owner[i]! < 0 || owner[j]! < 0 ? '(a mention not found)' : 'in two events'}`);
      if (!sameGold && samePredicted) miss('merge.joined', `${gold.events[items[i]!.g]!.id} and ${gold.events[items[j]!.g]!.id}: ${pair} in one event`);
    }
  }
}

/** Kind and number anywhere in the article, as sets, whatever the event, claimant or qualifier. */
function scoreLooseFigures(gold: GoldArticle, predicted: PredictedArticle, counts: ClaimantCounts): void {
  const key = (f: { kind: string; number: number | null }) => `${f.kind}:${f.number ?? 'vague'}`;
  const g = new Set(gold.events.flatMap((e) => e.claimants.flatMap((c) => c.figures.map(key))));
  const p = new Set(predicted.figures.map(key));
  counts.looseFigures.gold += g.size;
  counts.looseFigures.predicted += p.size;
  counts.looseFigures.matched += [...g].filter((k) => p.has(k)).length;
}

function prf(prefix: string, t: Tally): Record<string, number> {
  const p = t.predicted === 0 ? 0 : t.matched / t.predicted;
  const r = t.gold === 0 ? 0 : t.matched / t.gold;
  return { [`${prefix}.precision`]: p, [`${prefix}.recall`]: r, [`${prefix}.f1`]: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

const share = (a: { scored: number; correct: number }): number => (a.scored === 0 ? 0 : a.correct / a.scored);

export function claimantMetrics(c: ClaimantCounts): Record<string, number> {
  return {
    ...prf('claimants', c.claimants),
    'position.accuracy': share(c.positions),
    ...prf('figures', c.figures),
    ...prf('merge', c.mergePairs),
    ...prf('events', c.events),
    ...prf('sources', c.sources),
    ...prf('figures.loose', c.looseFigures),
    'mentions.recall': c.mentions.gold === 0 ? 0 : c.mentions.found / c.mentions.gold,
    'place.accuracy': share(c.places),
    'date.accuracy': share(c.dates),
    'gold.events': c.events.gold,
    'gold.claimants': c.claimants.gold,
    'gold.figures': c.figures.gold,
  };
}
