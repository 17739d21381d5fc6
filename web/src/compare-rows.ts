/**
 * The compare view's content as plain values: a label for each event cluster, one row per article with
 * its figures, status, blame, denials, naming and loaded words, each item with the evidence it links to.
 * Strings here are untrusted (article words, outlet names): the view puts them in text nodes. Pure: no DOM.
 */
import type { ArticleAccount, ContradictionKind, ContradictionSide, EventCluster } from './api-types.js';
import { QUALIFIERS, claimantWords, shortDate } from './corpus-groups.js';
import { quotedWords } from './quoted-words.js';
import type { Evidence } from './evidence.js';

/** One item of a cell: the words (a link when there is evidence) and a note after them. */
export interface Item {
  text: string;
  note?: string;
  evidence?: Evidence;
}

/** One article's account, ready for a table row. */
export interface AccountRow {
  outlet: string;
  documentId: string;
  title: string;
  published: string;
  figures: Item[];
  status: Item[];
  blamed: Item[];
  qualifications: Item[];
  naming: Item[];
  framing: Item[];
}

/** What each kind of contradiction is called on the page. */
export const CONTRADICTION_LABELS: Record<ContradictionKind, string> = {
  toll: 'Casualty figures differ',
  crowd: 'Crowd sizes differ',
  perpetrator: 'Different sides blamed',
  denial: 'Blame and denial',
  status: 'Reported as fact vs attributed',
};

/** "Shelling/artillery/missile attack in Horlivka, 2024-03-12" (or a date range). */
export function clusterLabel(cluster: EventCluster): string {
  const what = cluster.subtypes[0] ?? cluster.type;
  const where = cluster.places.length ? ` in ${cluster.places.join(' / ')}` : '';
  const when = cluster.dates.from === cluster.dates.to ? cluster.dates.from : `${cluster.dates.from} to ${cluster.dates.to}`;
  return `${what}${where}, ${when}`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "4 outlets, 4 articles, 4 contradictions". */
export function clusterCounts(cluster: EventCluster): string {
  const articles = cluster.outlets.reduce((n, o) => n + o.articles.length, 0);
  return [plural(cluster.outlets.length, 'outlet'), plural(articles, 'article'), plural(cluster.contradictions.length, 'contradiction')].join(', ');
}

const by = claimantWords;

/** "Name calling, labeling" from "Name_Calling,Labeling". */
export function techniqueName(technique: string): string {
  const words = technique.replace(/_/g, ' ').replace(/,(?=\S)/g, ', ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function voice(v: string): string {
  if (v === 'outlet') return "the outlet's own voice";
  return v === 'unknown' ? 'quoted, speaker unknown' : `${v}'s words`;
}

/** Casualty figures, then crowd sizes (a protest's figures), each with its qualifier and claimant. */
function figures(a: ArticleAccount): Item[] {
  const tolls = a.casualties.map((c): Item => ({
    text: `${c.figure} ${c.kind}${c.group ? ` (${c.group})` : ''}`,
    note: `${QUALIFIERS[c.qualifier] ?? c.qualifier}; ${by(c.claimant)}`,
    evidence: { kind: 'span', layer: 'casualties', start: c.start, end: c.end },
  }));
  const crowd = a.crowd.map((c): Item => ({
    text: `crowd of ${c.figure}${c.peak ? ' at its peak' : ''}`,
    note: `${QUALIFIERS[c.qualifier] ?? c.qualifier}; ${by(c.claimant)}`,
    evidence: { kind: 'events', id: c.event },
  }));
  return [...tolls, ...crowd];
}

function status(a: ArticleAccount): Item[] {
  const head: Item = a.status === 'asserted'
    ? { text: 'asserted', note: "in the outlet's own voice" }
    : { text: a.status, note: a.claimants.length ? `by ${a.claimants.join(', ')}` : 'no source named' };
  const firstEvent = a.events[0];
  if (firstEvent !== undefined) head.evidence = { kind: 'events', id: firstEvent };
  const triggers = a.triggers.map((t): Item => ({ text: quotedWords(t), note: 'reported as', evidence: { kind: 'trigger', text: t, events: a.events } }));
  return [head, ...triggers];
}

function blamed(a: ArticleAccount): Item[] {
  return a.blamed.map((b) => {
    const notes = [b.party ? `points to ${b.party}` : '', b.alleged ? `alleged${b.allegedBy ? ` by ${b.allegedBy}` : ''}` : "in the outlet's own voice"].filter(Boolean);
    return { text: b.text, note: notes.join('; '), evidence: { kind: 'actor', text: b.text, events: a.events } };
  });
}

function qualifications(a: ArticleAccount): Item[] {
  return a.qualifications.map((q) => ({
    text: quotedWords(q.text),
    note: `${q.statuses.filter((s) => s !== 'attributed' || q.statuses.length === 1).join(', ')}${q.by ? ` by ${q.by}` : ''}`,
    evidence: { kind: 'claims', id: q.claim },
  }));
}

function naming(a: ArticleAccount): Item[] {
  return a.naming.map((n) => {
    const uses = [n.outlet ? `${n.outlet}× in its own words` : '', n.quoted ? `${n.quoted}× quoted` : ''].filter(Boolean).join(', ');
    return { text: n.variant, note: uses, evidence: { kind: 'naming', entry: n.entry, variant: n.variant } };
  });
}

function framing(a: ArticleAccount): Item[] {
  return a.framing.map((f) => ({
    text: quotedWords(f.text),
    note: `${techniqueName(f.technique)}; ${voice(f.voice)}`,
    evidence: { kind: 'span', layer: 'framing', start: f.start, end: f.end },
  }));
}

/** One row per article, outlets in the report's order (by name), each outlet's articles by date. */
export function accountRows(cluster: EventCluster): AccountRow[] {
  return cluster.outlets.flatMap((o) => o.articles.map((a): AccountRow => ({
    outlet: o.outlet,
    documentId: a.documentId,
    title: a.title ?? 'Untitled article',
    published: shortDate(a.publishedAt) || 'date unknown',
    figures: figures(a),
    status: status(a),
    blamed: blamed(a),
    qualifications: qualifications(a),
    naming: naming(a),
    framing: framing(a),
  })));
}

/**
 * What a contradiction's side links to: its words when the report gives their offsets (the figure of a
 * toll, the denied claim), the words that blame the side it names, else the article's report of the event.
 */
export function sideEvidence(cluster: EventCluster, kind: ContradictionKind, side: ContradictionSide): Evidence | undefined {
  if (side.start !== undefined && side.end !== undefined && (kind === 'toll' || kind === 'denial')) {
    return { kind: 'span', layer: kind === 'toll' ? 'casualties' : 'claims', start: side.start, end: side.end };
  }
  const article = cluster.outlets.flatMap((o) => o.articles).find((a) => a.documentId === side.documentId);
  if (!article) return undefined;
  // A side that blames a party ("blames Ukraine (…)") leads to the first words that blame it.
  const blame = article.blamed.find((b) => {
    const party = b.party ?? b.name;
    return party !== undefined && (side.says === `blames ${party}` || side.says.startsWith(`blames ${party} (`));
  });
  if (blame) return { kind: 'actor', text: blame.text, events: article.events };
  const event = article.events[0];
  return event === undefined ? undefined : { kind: 'events', id: event };
}
