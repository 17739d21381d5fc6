/**
 * What the cue model reads of a token's POS tag, computed once per tag (there are a few dozen): its
 * hash, its id in order of first sight, and the TAG_* flags the feature templates and cue finders test.
 * Split from cue-token-facts.ts, which reads these per token.
 */
import { hashString } from './cue-hash.js';

/**
 * Tags of tokens that are (almost) never part of a PolNeAR cue: names, numbers, determiners; and, as
 * measured on 60 held-out train articles, tags the model never scored above the accept threshold
 * (conjunctions, wh-words, comparatives, existential "there": 1,500 of 28,000 scored tokens).
 */
export const NEVER_CUE_TAGS = new Set(['NNP', 'NNPS', 'CD', 'DT', 'PDT', 'PRP$', 'POS', 'WDT', 'WP$', 'SYM', 'FW', 'LS', 'CC', 'WP', 'WRB', 'JJR', 'RBR', 'RBS', 'EX', 'UH']);
const NP_TAGS = new Set(['DT', 'PDT', 'JJ', 'JJR', 'JJS', 'NN', 'NNS', 'NNP', 'NNPS', 'PRP', 'PRP$', 'CD', 'POS', 'RB']);
const SUBJECT_SKIP = new Set(['RB', 'MD', 'VBZ', 'VBD', 'VBP', 'VB', 'VBN', 'VBG', 'TO']);

/** Tag flags: the low 3 bits are `leftOf`'s category of the tag (1 pronoun, 2 name, 3 noun, 4 wh-word/IN). */
export const TAG_LEFT = 7;
export const TAG_NP = 8;
export const TAG_SUBJECT_SKIP = 16;
export const TAG_RP_IN = 32;
export const TAG_IN = 64;
export const TAG_VERB = 128;
export const TAG_NEVER_CUE = 256;
/** A tag `headlineVerbAt` (find-cues.ts) takes a headline's verb in: NNP, NNPS, VB, VBD, VBZ, VBP. */
export const TAG_HEADLINE_VERB = 512;
/** A past or present verb form, VBD, VBZ or VBN: the tags `findQuotationVerbCues` (find-quotation-verb.ts) reads. */
export const TAG_SAYING_FORM = 1024;

export interface TagInfo {
  /** The tag ('?' for none). */
  name: string;
  hash: number;
  flags: number;
  /** Tags in order of first sight: 0, 1, 2... */
  id: number;
}
/** Tag facts, computed once per tag (there are a few dozen tags); keyed by the tag, '?' for none. */
const tagInfos = new Map<string, TagInfo>();
export function tagInfo(pos: string | undefined): TagInfo {
  const key = pos ?? '?';
  let info = tagInfos.get(key);
  if (info === undefined) {
    const tag = pos ?? '';
    let flags = tag === 'PRP' ? 1 : tag === 'NNP' || tag === 'NNPS' ? 2 : tag === 'NN' || tag === 'NNS' ? 3 : tag === 'WDT' || tag === 'WP' || tag === 'IN' ? 4 : 0;
    if (NP_TAGS.has(tag)) flags |= TAG_NP;
    if (SUBJECT_SKIP.has(tag)) flags |= TAG_SUBJECT_SKIP;
    if (tag === 'RP' || tag === 'IN') flags |= TAG_RP_IN;
    if (tag === 'IN') flags |= TAG_IN;
    if (tag.startsWith('VB')) flags |= TAG_VERB;
    if (pos !== undefined && NEVER_CUE_TAGS.has(pos)) flags |= TAG_NEVER_CUE;
    if (tag === 'NNP' || tag === 'NNPS' || tag === 'VB' || tag === 'VBD' || tag === 'VBZ' || tag === 'VBP') flags |= TAG_HEADLINE_VERB;
    if (tag === 'VBD' || tag === 'VBZ' || tag === 'VBN') flags |= TAG_SAYING_FORM;
    tagInfos.set(key, (info = { name: key, hash: hashString(key), flags, id: tagInfos.size }));
  }
  return info;
}

/**
 * Tag facts by the pos stage's class id (`rememberedPosTags`), met so far: an array read instead of a
 * lookup by the tag's string per token (that lookup was .14% of all ticks under prepareFeatures). An
 * entry is used only when its tag is the token's own (a tag changed after tagging, or an id of another
 * class list, takes the lookup), as the framing stage's `tagSlotsById` does.
 */
const tagInfosByPosId: Array<TagInfo | undefined> = [];

export function tagInfoOf(posId: number, pos: string | undefined): TagInfo {
  const kept = tagInfosByPosId[posId];
  if (kept !== undefined && kept.name === pos) return kept;
  const info = tagInfo(pos);
  if (kept === undefined && pos !== undefined) tagInfosByPosId[posId] = info;
  return info;
}

/** The number of distinct tags seen so far (tag ids are below it). */
export function tagCount(): number {
  return tagInfos.size;
}
