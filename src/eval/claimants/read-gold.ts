/**
 * Reads newslens' own event-claimant gold set (eval-data/event-claimants): per article `NN-slug.txt` and
 * `NN-slug.gold.json` with its events, their mentions, claimants, positions and figures. Mentions are
 * written as words ("strike", "strike@2" for the second occurrence) and resolved here to spans; a word
 * that is missing, or ambiguous without `@n`, is a data error naming the file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type GoldPosition = 'asserts' | 'hedges' | 'disputes' | 'denies';

export interface GoldFigure {
  /** killed, injured, missing, detained, displaced, crowd, exchanged. */
  kind: string;
  /** As stated; null for a vague quantity ("dozens"). */
  number: number | null;
  qualifier: string;
  subset?: boolean;
  increment?: boolean;
}

export interface GoldClaimant {
  /** `outlet` for the outlet's own voice. */
  name: string;
  aliases: string[];
  position: GoldPosition;
  about?: 'event' | 'responsibility';
  figures: GoldFigure[];
}

export interface MentionSpan {
  start: number;
  end: number;
  text: string;
}

export interface GoldEvent {
  id: string;
  type: string;
  subtype?: string;
  /** Accepted place names; empty when the text gives none. */
  place: string[];
  /** Accepted TIMEX3 values; empty when the text does not date the event. */
  date: string[];
  mentions: MentionSpan[];
  claimants: GoldClaimant[];
}

export interface GoldArticle {
  /** The file stem ("02-wire-kherson-market-disputed"). */
  id: string;
  text: string;
  outlet: string;
  publishedAt: string;
  style: string;
  events: GoldEvent[];
}

const POSITIONS = new Set<GoldPosition>(['asserts', 'hedges', 'disputes', 'denies']);

/** Reads every `*.gold.json` of a folder with its article. */
export function readClaimantGold(dir: string): GoldArticle[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort();
  if (files.length === 0) throw new Error(`${dir}: expected *.gold.json files with their articles, found none`);
  return files.map((file) => readGoldArticle(dir, file));
}

function readGoldArticle(dir: string, file: string): GoldArticle {
  const path = join(dir, file);
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { article?: string; outlet?: string; publishedAt?: string; style?: string; events?: Array<Omit<GoldEvent, 'mentions'> & { mentions: string[] }> };
  if (typeof raw.article !== 'string' || !Array.isArray(raw.events)) throw new Error(`${path}: expected {article, events}, found keys ${Object.keys(raw).join(', ')}`);
  const text = readFileSync(join(dir, raw.article), 'utf8');
  const events = raw.events.map((event): GoldEvent => {
    for (const c of event.claimants) {
      if (!POSITIONS.has(c.position)) throw new Error(`${path}: ${event.id}: expected a position of ${[...POSITIONS].join('/')}, found "${c.position}"`);
    }
    return { ...event, mentions: event.mentions.map((m) => resolveMention(text, m, `${path}: ${event.id}`)) };
  });
  return { id: file.replace(/\.gold\.json$/, ''), text, outlet: raw.outlet ?? '', publishedAt: raw.publishedAt ?? '', style: raw.style ?? '', events };
}

/** "strike@2" → the second whole-word, case-sensitive occurrence of "strike"; "strike" must occur once. */
export function resolveMention(text: string, written: string, where: string): MentionSpan {
  const at = written.lastIndexOf('@');
  const words = at > 0 ? written.slice(0, at) : written;
  const nth = at > 0 ? Number(written.slice(at + 1)) : undefined;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
  const starts = [...text.matchAll(pattern)].map((m) => m.index);
  if (nth === undefined && starts.length > 1) throw new Error(`${where}: mention "${written}" occurs ${starts.length} times; write "${words}@N" for the Nth`);
  const start = starts[(nth ?? 1) - 1];
  if (start === undefined) throw new Error(`${where}: mention "${written}" not found (${starts.length} occurrences)`);
  return { start, end: start + words.length, text: words };
}
