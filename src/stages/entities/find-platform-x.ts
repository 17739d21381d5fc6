/**
 * "X", the platform formerly called Twitter: the bare letter is too ambiguous to be a lexicon name
 * ("Generation X", "X-rays", "Malcolm X"), so it is read as the platform only where the context says
 * so: published on it ("posted on X", "wrote on X", "in a post on X", "his X account"), named as a
 * platform ("the social media platform X"), or with its former name ("X, formerly Twitter", "X
 * (formerly known as Twitter)"), by the words of the `platform-x-cues` lexicon. It joins the entity of
 * Twitter (alias `twitter`).
 */
import { loadLexicon, type LexiconEntry } from '../../data/lexicon.js';
import { newDraft, type Draft, type EntityContext } from './context.js';
import { hashString } from '../pos/hash.js';
import { normaliseWord } from '../pos/describe-words.js';

interface Cues {
  /** Words that publish on a platform, one to three words before "on X" ("posted a video on X"). */
  publishing: Set<string>;
  /** Nouns that name X as a platform right before it ("the social media platform X"). */
  platform: Set<string>;
  /** Words right after X that say what it is ("X account", "X post", "X users"). */
  after: Set<string>;
}

let cues: Cues | undefined;

/** `EntityContext.hash` of "X". */
const X_HASH = hashString(normaliseWord('X')) >>> 0;

/** The `platform-x-cues` lexicon by position, loaded on first use. */
function platformCues(): Cues {
  if (cues) return cues;
  cues = { publishing: new Set(), platform: new Set(), after: new Set() };
  for (const e of loadLexicon<LexiconEntry & { position: keyof Cues }>('platform-x-cues').entries) for (const t of e.terms) cues[e.position].add(t);
  return cues;
}

/** Adds (or retypes) the drafts for X the platform; `drafts` is changed in place. */
export function addPlatformX(ctx: EntityContext, drafts: Draft[]): void {
  if (!ctx.cased) return;
  const { tokens, hash } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    // "X" is "x" normalised: any other hash is another word (0: a token outside every sentence, read as before).
    if ((hash[i] !== X_HASH && hash[i] !== 0) || tokens[i]!.text !== 'X' || !isPlatform(ctx, i)) continue;
    const existing = drafts.find((d) => d.start <= i && i < d.end);
    // A longer name around the letter ("Space X Corp", "Malcolm X") is another name.
    if (existing && (existing.end - existing.start > 1)) continue;
    const d = existing ?? newDraft(i, i + 1, 'organisation', 'name', 'platform-x');
    d.type = 'organisation';
    d.alias = 'twitter';
    if (!existing) drafts.push(d);
  }
}

function isPlatform(ctx: EntityContext, i: number): boolean {
  const { norm, sentenceOf } = ctx;
  const { publishing, platform, after } = platformCues();
  const same = (k: number): boolean => k >= 0 && k < norm.length && sentenceOf[k] === sentenceOf[i];
  // "X, formerly Twitter", "X (formerly known as Twitter)".
  for (let k = i + 1; k <= i + 2 && same(k); k++) if (norm[k] === 'formerly') return true;
  if (same(i + 1) && after.has(norm[i + 1]!)) return same(i - 1) && (norm[i - 1] === 'on' || /^(?:his|her|their|its|the|an?|own)$/.test(norm[i - 1]!) || norm[i - 1]!.endsWith("'s"));
  if (!same(i - 1)) return false;
  if (platform.has(norm[i - 1]!)) return true;
  if (norm[i - 1] !== 'on') return false;
  for (let k = i - 2; k >= i - 4 && same(k); k--) if (publishing.has(norm[k]!)) return true;
  return false;
}
