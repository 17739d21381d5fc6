/**
 * A cluster's id, from its content rather than its place in the result: a short hash of its first
 * report (the member event published first; ties by document id, then event id). A link an analyst
 * shares (`#/compare?place=…&cluster=e3f1…`) keeps naming the same event when other articles are stored:
 * an unrelated article never joins the cluster, and a later report of the same event joins it without
 * changing its first report. Document ids hash the article's text and URL, so the same articles give the
 * same id on every store (SQLite, PostgreSQL, a copy made by export and ingest). The id changes only when
 * a report published earlier than every member is stored later, or a re-analysis renumbers the events.
 */
import { createHash } from 'node:crypto';

/** The parts of a member the id is made from. */
export interface ClusterMember {
  documentId: string;
  eventId: string;
  publishedAt?: string;
}

/** Ids look like `e` and 10 hex digits: never like the positional `c1`, `c2` of older links. */
export const CLUSTER_ID = /^e[0-9a-f]{10}$/;
/** The positional ids of older links (`c3`: the third cluster of the result as it was then). */
export const POSITIONAL_CLUSTER_ID = /^c([1-9]\d{0,3})$/;

/** The member the id is made from: published first; undated members after dated ones. */
export function firstReport<T extends ClusterMember>(members: readonly T[]): T {
  let first = members[0]!;
  for (const m of members) if (earlier(m, first)) first = m;
  return first;
}

/** The id of a cluster with these members (at least one). */
export function clusterId(members: readonly ClusterMember[]): string {
  const first = firstReport(members);
  return `e${createHash('sha256').update(`${first.documentId}\u0000${first.eventId}`).digest('hex').slice(0, 10)}`;
}

function earlier(a: ClusterMember, b: ClusterMember): boolean {
  const pa = a.publishedAt ?? '\uffff', pb = b.publishedAt ?? '\uffff';
  if (pa !== pb) return pa < pb;
  if (a.documentId !== b.documentId) return a.documentId < b.documentId;
  return a.eventId < b.eventId;
}
