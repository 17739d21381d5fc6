/**
 * Lexicons are data: JSON files in `src/data/lexicons/`, every entry with an id, a note and a source,
 * so editorial judgements are auditable. (retext-equality.) `loadLexicon` validates on load;
 * `scripts/build-lexicon-docs.ts` writes `docs/lexicons.md` from them and a test keeps it current.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dataFile } from './paths.js';

export interface LexiconSource {
  id: string;
  title: string;
  url?: string;
}

export interface LexiconEntry {
  /** Unique within the lexicon; stable, used in provenance (`rule`) and in the docs. */
  id: string;
  /** The words or phrases that match, as written (matching rules are the lexicon's own). */
  terms: string[];
  /** Why the entry is here and what it means. */
  note: string;
  /** Id of one of the lexicon's sources. */
  source: string;
  /** Further entry-specific fields (strength, stance, technique, signals...). */
  [field: string]: unknown;
}

export interface Lexicon<E extends LexiconEntry = LexiconEntry> {
  name: string;
  description: string;
  sources: LexiconSource[];
  entries: E[];
}

const cache = new Map<string, Lexicon>();

/** Loads and validates `src/data/lexicons/<name>.json`; throws on a malformed lexicon (a build error). */
export function loadLexicon<E extends LexiconEntry = LexiconEntry>(name: string): Lexicon<E> {
  const cached = cache.get(name);
  if (cached) return cached as Lexicon<E>;
  const lexicon = JSON.parse(readFileSync(dataFile('lexicons', `${name}.json`), 'utf8')) as Lexicon<E>;
  const problems = validateLexicon(lexicon, name);
  if (problems.length > 0) throw new Error(`lexicon ${name} is invalid:\n${problems.join('\n')}`);
  cache.set(name, lexicon);
  return lexicon;
}

/** The names of all lexicons shipped. */
export function lexiconNames(): string[] {
  return readdirSync(dataFile('lexicons')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
}

/** Returns one line per problem: missing fields, duplicate ids, unknown sources. */
export function validateLexicon(lexicon: Lexicon, name: string): string[] {
  const problems: string[] = [];
  if (lexicon.name !== name) problems.push(`expected name "${name}", found "${lexicon.name}"`);
  if (typeof lexicon.description !== 'string' || lexicon.description.length === 0) problems.push('expected a description');
  const sourceIds = new Set((lexicon.sources ?? []).map((s) => s.id));
  if (sourceIds.size === 0) problems.push('expected at least one source');
  const ids = new Set<string>();
  for (const [i, entry] of (lexicon.entries ?? []).entries()) {
    const where = `entry ${i} (${entry.id})`;
    if (typeof entry.id !== 'string' || entry.id.length === 0) problems.push(`${where}: expected an id`);
    if (ids.has(entry.id)) problems.push(`${where}: duplicate id`);
    ids.add(entry.id);
    if (!Array.isArray(entry.terms) || entry.terms.length === 0 || entry.terms.some((t) => typeof t !== 'string' || t.length === 0)) problems.push(`${where}: expected non-empty terms`);
    if (typeof entry.note !== 'string' || entry.note.length === 0) problems.push(`${where}: expected a note`);
    if (!sourceIds.has(entry.source)) problems.push(`${where}: source "${entry.source}" is not among the lexicon's sources`);
  }
  return problems;
}
