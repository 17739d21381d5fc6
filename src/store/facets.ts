/**
 * Facet tokens: the filterable facts of a document (outlet, month, names of its people,
 * organisations, places and speakers, event types, claim statuses) written as made-up words into a
 * third column of the SQLite full-text index. A text query with filters then narrows inside the index
 * (doclist intersection) instead of joining thousands of matches to the documents table; the exact
 * filters still run on what remains, so facets only need to be a necessary condition.
 * Tokens are letters and digits only, so the FTS5 tokenizer keeps each one whole.
 */
import { createHash } from 'node:crypto';
import type { Filters } from './types.js';
import type { IndexRows } from './index-rows.js';
import { wordsOf } from './search-syntax.js';

const TYPE_PREFIX: Record<string, string> = { person: 'zp', organisation: 'zg', place: 'zl' };
const MONTH = /^(\d{4})-(\d{2})/;
const YEAR = /^(\d{4})$/;
const MAX_MONTHS = 48;

// Outlets and event types are few and repeat in every document: hash each once.
const hashed = new Map<string, string>();

function hashToken(prefix: string, value: string): string {
  const key = prefix + value;
  let token = hashed.get(key);
  if (token === undefined) {
    if (hashed.size >= 10_000) hashed.clear();
    token = prefix + createHash('sha1').update(value.trim().toLowerCase()).digest('hex').slice(0, 12);
    hashed.set(key, token);
  }
  return token;
}

/** The facet tokens of a document, space-separated. */
export function facetTokens(outlet: string | undefined, publishedAt: string | undefined, rows: IndexRows): string {
  const tokens = new Set<string>();
  if (outlet) tokens.add(hashToken('zo', outlet));
  const month = publishedAt ? MONTH.exec(publishedAt) : null;
  if (month) tokens.add(`zm${month[1]}${month[2]}`);
  else if (publishedAt && YEAR.test(publishedAt)) tokens.add(`zy${publishedAt}`);
  for (const e of rows.entities) {
    const prefix = TYPE_PREFIX[e.type];
    if (prefix) for (const w of wordsOf(e.names)) tokens.add(prefix + w);
  }
  for (const q of rows.quotes) if (q.speaker) for (const w of wordsOf(q.speaker)) tokens.add(`zs${w}`);
  for (const e of rows.events) {
    tokens.add(hashToken('ze', e.type));
    if (e.subtype) tokens.add(hashToken('ze', e.subtype));
  }
  for (const c of rows.claims) tokens.add(`zc${c.status.replace(/[^a-z]/g, '')}`);
  return [...tokens].join(' ');
}

/** An FTS5 expression over the facets that every document passing `filters` satisfies, if any. */
export function facetMatch(filters: Filters): string | undefined {
  const parts: string[] = [];
  const q = (token: string): string => `"${token}"`;
  if (filters.outlet) parts.push(q(hashToken('zo', filters.outlet)));
  const months = filters.from && filters.to ? monthsBetween(filters.from, filters.to) : undefined;
  if (months) parts.push(`(${months.map(q).join(' OR ')})`);
  for (const [name, prefix] of [[filters.person, 'zp'], [filters.organisation, 'zg'], [filters.place, 'zl'], [filters.speaker, 'zs']] as const) {
    if (name === undefined) continue;
    const words = wordsOf(name);
    if (words.length > 0) parts.push(words.map((w) => q(prefix + w)).join(' AND '));
  }
  if (filters.eventType) parts.push(q(hashToken('ze', filters.eventType)));
  if (filters.claimStatus) parts.push(q(`zc${filters.claimStatus.replace(/[^a-z]/g, '')}`));
  return parts.length === 0 ? undefined : parts.join(' AND ');
}

/** Month and year tokens from `from` to `to` inclusive; undefined when unbounded or too wide. */
function monthsBetween(from: string, to: string): string[] | undefined {
  const start = /^(\d{4})(?:-(\d{2}))?/.exec(from.trim());
  const end = /^(\d{4})(?:-(\d{2}))?/.exec(to.trim());
  if (!start || !end) return undefined;
  let y = Number(start[1]);
  let m = Number(start[2] ?? 1);
  const lastY = Number(end[1]);
  const lastM = Number(end[2] ?? 12);
  const tokens: string[] = [];
  for (let year = y; year <= lastY; year++) tokens.push(`zy${year}`);
  while (y < lastY || (y === lastY && m <= lastM)) {
    tokens.push(`zm${y}${String(m).padStart(2, '0')}`);
    if (tokens.length > MAX_MONTHS) return undefined;
    m++;
    if (m > 12) { m = 1; y++; }
  }
  return tokens;
}
