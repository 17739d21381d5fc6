/**
 * Where accounts of one event disagree: casualty figures that cannot both be right (their ranges, given
 * the qualifiers, do not meet), crowd sizes that do not meet (organisers' against police's figure, in one
 * article or across outlets), different sides blamed, a side blamed in one article and reported
 * denying it in another, and the event asserted by one outlet but only attributed, hedged, disputed or
 * denied by another. Each is a sentence for a journalist plus the sides, outlet by outlet.
 */
import type { CasualtyKind } from '../../model/layers/events.js';
import type { ArticleAccount, CasualtyFigure, Contradiction, CrowdFigure, OutletAccount } from './types.js';

interface Entry { outlet: string; article: ArticleAccount }

/** Slack around an approximate figure ("about 20"): a fifth either way. */
const APPROXIMATE = 0.2;

/** The contradictions among the accounts of one cluster. */
export function findContradictions(outlets: readonly OutletAccount[]): Contradiction[] {
  const entries: Entry[] = outlets.flatMap((o) => o.articles.map((article) => ({ outlet: o.outlet, article })));
  return [...tollContradictions(entries), ...crowdContradictions(entries), ...perpetratorContradictions(entries), ...denialContradictions(entries), ...statusContradictions(entries)];
}

/** The counts a figure allows, given its qualifier and bounds. */
export function figureRange(f: Pick<CasualtyFigure, 'qualifier' | 'low' | 'best' | 'high'>): [number, number] {
  const value = f.best ?? f.low ?? f.high ?? 0;
  switch (f.qualifier) {
    case 'exact': return [f.low ?? value, f.high ?? value];
    case 'approximately': return [f.low ?? Math.floor(value * (1 - APPROXIMATE)), f.high ?? Math.ceil(value * (1 + APPROXIMATE))];
    case 'almost': return [f.low ?? Math.floor(value * (1 - APPROXIMATE)), f.high ?? value];
    case 'at-least': return [f.low ?? value, Infinity];
    case 'more-than': return [f.low ?? value + 1, Infinity];
    case 'at-most': return [0, f.high ?? value];
    case 'less-than': return [0, f.high ?? value - 1];
    case 'vague': return [f.low ?? 0, f.high ?? Infinity];
  }
}

/** "seven killed", "seven killed (according to X)", "seven killed (in its own voice and according to X)". */
function describeFigure(f: CasualtyFigure, claimants: readonly string[] = [f.claimant]): string {
  const sources = claimants.filter((c) => c !== 'outlet');
  const own = sources.length < claimants.length;
  return `${f.figure} ${f.kind}${sources.length === 0 ? '' : ` (${own ? 'in its own voice and ' : ''}according to ${sources.join(', ')})`}`;
}

function tollContradictions(entries: Entry[]): Contradiction[] {
  const byKind = new Map<CasualtyKind, Array<{ entry: Entry; figure: CasualtyFigure; range: [number, number] }>>();
  for (const entry of entries) {
    for (const figure of entry.article.casualties) {
      const list = byKind.get(figure.kind) ?? [];
      list.push({ entry, figure, range: figureRange(figure) });
      byKind.set(figure.kind, list);
    }
  }
  const out: Contradiction[] = [];
  for (const [kind, figures] of byKind) {
    const clashing = new Set<number>();
    let later = false;
    for (let i = 0; i < figures.length; i++) {
      for (let j = i + 1; j < figures.length; j++) {
        const a = figures[i]!, b = figures[j]!;
        if (a.entry.article === b.entry.article) continue;
        if (a.range[0] <= b.range[1] && b.range[0] <= a.range[1]) continue;
        clashing.add(i).add(j);
        if (a.entry.article.publishedAt !== b.entry.article.publishedAt) later = true;
      }
    }
    if (clashing.size === 0) continue;
    // One side per article and figure: a headline and its body often repeat the same figure, and an
    // article often gives it in its own voice and as a source's ("seven killed, the governor said").
    const byFigure = new Map<string, { entry: Entry; figure: CasualtyFigure; claimants: string[] }>();
    for (const i of [...clashing].sort((a, b) => a - b)) {
      const { entry, figure } = figures[i]!;
      const key = `${entry.article.documentId}\u0000${figure.figure.toLowerCase()}`;
      const side = byFigure.get(key);
      if (!side) byFigure.set(key, { entry, figure, claimants: [figure.claimant] });
      else if (!side.claimants.includes(figure.claimant)) side.claimants.push(figure.claimant);
    }
    const sides = [...byFigure.values()].map(({ entry, figure, claimants }) =>
      ({ outlet: entry.outlet, documentId: entry.article.documentId, says: describeFigure(figure, claimants), start: figure.start, end: figure.end }));
    const listed = unique(sides.map((s) => `${s.outlet}: ${s.says}`)).join('; ');
    out.push({
      kind: 'toll',
      summary: `Different ${kind} figures: ${listed}.${later ? ' Reports from different days: a later figure may be an update.' : ''}`,
      sides,
    });
  }
  return out;
}

/** "more than 20,000 (according to the organisers)", "about 8,000 at its peak (in its own voice)". */
function describeCrowd(f: CrowdFigure): string {
  return `${f.figure}${f.peak ? ' at its peak' : ''} (${f.claimant === 'outlet' ? 'in its own voice' : `according to ${f.claimant}`})`;
}

/**
 * Crowd sizes that cannot both be right. Unlike tolls, two figures in one article count too when
 * their claimants differ: organisers against police is the protest analyst's core contradiction.
 */
function crowdContradictions(entries: Entry[]): Contradiction[] {
  const figures = entries.flatMap((entry) => entry.article.crowd.map((figure) => ({ entry, figure, range: figureRange(figure) })));
  const clashing = new Set<number>();
  for (let i = 0; i < figures.length; i++) {
    for (let j = i + 1; j < figures.length; j++) {
      const a = figures[i]!, b = figures[j]!;
      if (a.entry.article === b.entry.article && a.figure.claimant === b.figure.claimant) continue;
      if (a.range[0] <= b.range[1] && b.range[0] <= a.range[1]) continue;
      clashing.add(i).add(j);
    }
  }
  if (clashing.size === 0) return [];
  // One side per article, claimant and figure (a headline often repeats the body's figure).
  const seen = new Set<string>();
  const sides: Contradiction['sides'] = [];
  for (const i of [...clashing].sort((a, b) => a - b)) {
    const { entry, figure } = figures[i]!;
    const key = `${entry.article.documentId}\u0000${figure.claimant}\u0000${figure.figure.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    sides.push({ outlet: entry.outlet, documentId: entry.article.documentId, says: describeCrowd(figure), start: figure.start, end: figure.end });
  }
  const listed = unique(sides.map((s) => `${s.says} in ${s.outlet}`));
  return [{ kind: 'crowd', summary: `Crowd sizes that do not meet: ${listed.join(' vs ')}.`, sides }];
}

function blamedParties(article: ArticleAccount): Map<string, string[]> {
  const parties = new Map<string, string[]>();
  for (const b of article.blamed) {
    const party = b.party ?? b.name;
    if (!party) continue;
    const how = `${b.text}${b.alleged ? `, alleged${b.allegedBy && b.allegedBy !== 'outlet' ? ` by ${b.allegedBy}` : ''}` : ', in its own voice'}`;
    parties.set(party, [...(parties.get(party) ?? []), how]);
  }
  return parties;
}

function perpetratorContradictions(entries: Entry[]): Contradiction[] {
  const sides: Contradiction['sides'] = [];
  // Per party, the outlets whose articles blame it: the summary says who blames whom.
  const parties = new Map<string, string[]>();
  for (const entry of entries) {
    for (const [party, hows] of blamedParties(entry.article)) {
      parties.set(party, unique([...(parties.get(party) ?? []), entry.outlet]));
      sides.push({ outlet: entry.outlet, documentId: entry.article.documentId, says: `blames ${party} (${hows.join('; ')})` });
    }
  }
  if (parties.size < 2) return [];
  const [first, ...others] = [...parties].map(([party, outlets]) => `${party} in ${list(outlets)}`);
  return [{ kind: 'perpetrator', summary: `${first!.replace(' in ', ' is blamed in ')}${others.map((o) => `; ${o}`).join('')}.`, sides }];
}

function denialContradictions(entries: Entry[]): Contradiction[] {
  const out: Contradiction[] = [];
  const blamers = new Map<string, Entry[]>();
  for (const entry of entries) for (const party of blamedParties(entry.article).keys()) blamers.set(party, [...(blamers.get(party) ?? []), entry]);
  for (const [party, accusers] of blamers) {
    const denials = entries.flatMap((entry) => entry.article.qualifications
      .filter((q) => q.party === party && q.statuses.includes('denied'))
      .map((q) => ({ entry, q })));
    // An outlet that blames a side and reports its denial in one article disagrees with no one.
    const outlets = new Set([...accusers, ...denials.map((d) => d.entry)].map((e) => e.outlet));
    if (denials.length === 0 || outlets.size < 2) continue;
    const sides = [
      ...accusers.map((a) => ({ outlet: a.outlet, documentId: a.article.documentId, says: `blames ${party}` })),
      ...denials.map(({ entry, q }) => ({ outlet: entry.outlet, documentId: entry.article.documentId, says: `denial by ${q.by ?? party}: "${q.text}"`, start: q.start, end: q.end })),
    ];
    out.push({
      kind: 'denial',
      summary: `${party} is blamed in ${list(unique(accusers.map((a) => a.outlet)))}; its denial is reported in ${list(unique(denials.map((d) => d.entry.outlet)))}.`,
      sides,
    });
  }
  return out;
}

function statusContradictions(entries: Entry[]): Contradiction[] {
  const asserting = entries.filter((e) => e.article.status === 'asserted');
  const distancing = entries.filter((e) => e.article.status !== 'asserted' && !asserting.some((a) => a.outlet === e.outlet));
  if (asserting.length === 0 || distancing.length === 0) return [];
  const sides = [
    ...asserting.map((e) => ({ outlet: e.outlet, documentId: e.article.documentId, says: 'reports the event in its own voice' })),
    ...distancing.map((e) => ({ outlet: e.outlet, documentId: e.article.documentId, says: `${e.article.status}${e.article.claimants.length ? ` (to ${e.article.claimants.join(', ')})` : ''}` })),
  ];
  const asserters = unique(asserting.map((e) => e.outlet));
  return [{
    kind: 'status',
    summary: `${list(asserters)} report${asserters.length === 1 ? 's' : ''} the event in ${asserters.length === 1 ? 'its' : 'their'} own voice; in ${list(unique(distancing.map((e) => e.outlet)))} it is only ${unique(distancing.map((e) => e.article.status)).join(' or ')}.`,
    sides,
  }];
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function list(names: string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
