/** Runs the MUC-4 role tagger over a document's tokens and returns the role filler spans. */
import { ROLE_TAGS, allowed, roleModel, type MucRole, type RoleModel } from './role-model.js';
import { MAX_ROLE_KEYS, NEXT, NEXT2, PREV, PREV2, SELF, roleContextKeys, rolePrevNextKey, rolePrevWordKey, roleSentenceKeys } from './role-features.js';
import { bucket, describeRoleDocument, type RoleDocument, type RoleInput } from './role-document.js';
import type { WeightTable } from '../../pos/weight-table.js';

/** A role filler span found by the tagger: token indices `[start, end)` and its MUC-4 role. */
export interface RoleSpan {
  role: MucRole;
  start: number;
  end: number;
}

/** The role of each BIO tag id (none for O). */
const ROLE_OF_TAG: ReadonlyArray<MucRole | undefined> = ROLE_TAGS.map((t) => (t === 'O' ? undefined : (t.slice(2) as MucRole)));

/** Turns a BIO tag sequence into spans. */
export function spansOfTags(tags: ArrayLike<number>): RoleSpan[] {
  const spans: RoleSpan[] = [];
  for (let i = 0; i < tags.length; ) {
    const tag = tags[i]!;
    if (tag === 0) {
      i++;
      continue;
    }
    // Tags are O, then B- and I- per role: B-x is odd and I-x the id after it.
    const inside = tag % 2 === 1 ? tag + 1 : tag;
    let j = i + 1;
    while (j < tags.length && tags[j] === inside) j++;
    spans.push({ role: ROLE_OF_TAG[tag]!, start: i, end: j });
    i = j;
  }
  return spans;
}

const T = ROLE_TAGS.length;
const keys = new Uint32Array(MAX_ROLE_KEYS);
/** The dense indices of a token's few-valued context features: their count, then the indices. */
const few = new Int32Array(MAX_ROLE_KEYS + 1);
const scores = new Float32Array(T);
const sentenceScores = new Float32Array(T);
/** Per B- tag of a run: how far the sentence's scores and the history of O after O put O ahead of it. */
const outsideFloor = new Float64Array(T);
let offsets = new Int32Array(256);
/** Per token of a run, its scores before the features of the tags chosen (prev-independent). */
let fixed = new Float32Array(256 * T);
/** Rows of the run's context features, token after token, and where each token's rows end. */
let rows = new Int32Array(4096);
let rowEnds = new Int32Array(256);
/** Per token of a run, the rows of its two previous-tag features for the previous tag O (-1: absent). */
let outsideRows = new Int32Array(512);
/** Per token of a run: 1 when its context features were probed before the tags were chosen. */
let probed = new Uint8Array(256);
/** Per token of a run: 1 when its row of `fixed` was filled (a token the floor below settles has none until it is read). */
let filled = new Uint8Array(256);

/**
 * Per word type and position (the word-vector cache's pool offset / T + position): how far that one
 * vector puts O ahead of the B- tag it favours most, the least of O's score minus each B- tag's (NaN:
 * not worked out yet). A token's lead over every B- tag after O is at least its lead from its sentence,
 * history and own word's vector, tag by tag, plus its four neighbours' least leads; where that floor
 * clears `contextBound` the token is O after O without reading its neighbours' vectors (one float each
 * instead of eleven) or summing its scores: about half the tokens the tagger reads. The floor only
 * settles tokens the exact test would; any other is summed and tested as before: the same tags.
 */
let leastLeads = new Float32Array(0);
let leastLeadsOf: RoleModel | undefined;
let leastLeadsClears = -1;
/** How far the floor must clear the bound: its terms are exact integers, but the lead subtracts the (fractional) O bias in another order. */
const FLOOR_MARGIN = 1e-3;

/** The least lead of the vector at pool offset `q` (a word's vector from one position), worked out once per word type. */
function leastLead(pool: Float32Array, q: number): number {
  const at = q / T;
  let least = leastLeads[at]!;
  if (least === least) return least;
  least = Infinity;
  for (let t = 1; t < T; t += 2) least = Math.min(least, pool[q]! - pool[q + t]!);
  leastLeads[at] = least;
  return least;
}

/** The scores of the token at `at` of a run (from `base` in `offsets`) from its sentence and its five word vectors. */
function fillFixed(pool: Float32Array, at: number, base: number): void {
  const self = offsets[base]! + SELF * T;
  const p1 = offsets[base - 1]! + PREV * T;
  const n1 = offsets[base + 1]! + NEXT * T;
  const p2 = offsets[base - 2]! + PREV2 * T;
  const n2 = offsets[base + 2]! + NEXT2 * T;
  for (let t = 0; t < T; t++) fixed[at + t] = sentenceScores[t]! + pool[self + t]! + pool[p1 + t]! + pool[n1 + t]! + pool[p2 + t]! + pool[n2 + t]!;
}

/**
 * How far O leads every B- tag at a token after O, from its scores at `fixed[at..]` without its context
 * features, with the history row at `history[h..]` (tags after O are O or B-: odd ids).
 */
function outsideLead(at: number, history: Float32Array, h: number, outsideBias: number): number {
  let best = -Infinity;
  for (let t = 1; t < T; t += 2) best = Math.max(best, fixed[at + t]! + history[h + t]!);
  return fixed[at]! + history[h]! - outsideBias - best;
}

/**
 * The summed weights of the sentence-wide features (role-features.ts `roleSentenceKeys`), per table:
 * they read only the sentence's position bucket, whether it holds a trigger and the document's
 * violence, 72 combinations in all, so each is summed once instead of probing the table per run.
 */
const SENTENCE_KINDS = 6 * 2 * 6;
let sentenceRowsOf: WeightTable | undefined;
const sentenceRows = new Float32Array(SENTENCE_KINDS * T);
const sentenceRowDone = new Uint8Array(SENTENCE_KINDS);

/** The offset in `sentenceRows` of the summed sentence features of sentence `s` of `d`. */
function sentenceRow(d: RoleDocument, s: number, table: WeightTable): number {
  if (sentenceRowsOf !== table) {
    sentenceRowsOf = table;
    sentenceRowDone.fill(0);
  }
  const kind = (bucket(s) * 2 + (d.sentenceHasTrigger[s] ?? 0)) * 6 + d.violence;
  const at = kind * T;
  if (sentenceRowDone[kind] === 0) {
    // Summed in key order from zero, as the per-run loop did: the same float32 values.
    for (let t = 0; t < T; t++) sentenceRows[at + t] = 0;
    const ks = roleSentenceKeys(d, s, keys);
    for (let f = 0; f < ks; f++) table.addAt(keys[f]!, sentenceRows, at);
    sentenceRowDone[kind] = 1;
  }
  return at;
}

/**
 * Adds the dense rows of the few-valued features `roleContextKeys` left in `few` to `scores[at..]`
 * (quantised integers: the float32 sums are exact in any order, so the same as the table's).
 */
function addFewValued(fewRows: Float32Array, fewKept: Uint8Array, scores: Float32Array, at: number): void {
  for (let f = 1, end = few[0]!; f <= end; f++) {
    const index = few[f]!;
    if (fewKept[index] === 0) continue;
    for (let t = 0, row = index * T; t < T; t++) scores[at + t]! += fewRows[row + t]!;
  }
}

/**
 * BIO tag ids of the tokens, greedily left to right; with `mask`, only the tokens marked are scored,
 * and the others get O (the events stage asks only about the words near an event's trigger). Most
 * tokens are O however their context reads: one after O whose word and sentence features alone put O
 * ahead by the model's `contextBound` is tagged O without probing its context features. With `into`
 * (all zero, at least `d.length` long), the tags are written there and it is returned: the events
 * stage passes scratch rather than allocate a typed array per document. `settle` false sums every
 * token's scores before testing it (the same tags, for tests of the floor that settles most without).
 */
export function decodeRoleTags(d: RoleDocument, mask?: Uint8Array, m: RoleModel = roleModel(), into?: Uint8Array, settle = true): Uint8Array {
  const n = d.length;
  const tags = into ?? new Uint8Array(n);
  // Per-token features are looked up in the table (one cache line per lookup); word vectors come from the cache.
  const { cache, table, history, outsideBias, contextBound, fewRows, fewKept } = m;
  // The tags chosen carry over from one sentence to the next; a token left out starts afresh.
  let prev = 0;
  let prev2 = 0;
  for (let a = 0; a < n; ) {
    if (mask && !mask[a]) {
      prev = prev2 = 0;
      a++;
      continue;
    }
    // A run of tokens to tag within one sentence.
    const s = d.sentence[a]!;
    let b = a + 1;
    while (b < n && d.sentence[b] === s && (!mask || mask[b])) b++;
    const len = b - a;
    // Word vectors of the run's words and two on each side, valid through the run; the boundary's
    // vectors sit in the same pool, so a token's five vectors are summed in one pass with no branch.
    cache.reserve(len + 4);
    const edge = cache.edgeOffset(0, d);
    if (offsets.length < len + 4) offsets = new Int32Array((len + 4) * 2);
    for (let j = a - 2; j < b + 2; j++) offsets[j - a + 2] = j < 0 || j >= n ? edge : cache.offsetOf(d.info[j]!.id, 0, d, j);
    const pool = cache.pool;
    if (leastLeadsOf !== m || leastLeadsClears !== cache.clears || leastLeads.length !== pool.length / T) {
      if (leastLeads.length !== pool.length / T) leastLeads = new Float32Array(pool.length / T);
      leastLeads.fill(NaN);
      leastLeadsOf = m;
      leastLeadsClears = cache.clears;
    }
    const row = sentenceRow(d, s, table);
    for (let t = 0; t < T; t++) sentenceScores[t] = sentenceRows[row + t]!; // a loop: TypedArray fill and set are calls into the runtime
    for (let t = 1; t < T; t += 2) outsideFloor[t] = sentenceScores[0]! + history[0]! - sentenceScores[t]! - history[t]!;
    // First each token's scores from its sentence and its five word vectors (all weights are quantised
    // integers, so summing in one expression gives the same float32 values as adding them one by one),
    // and whether its context features can matter (after O and O before it: the usual case). A token
    // whose floor clears the bound cannot have them matter there: its scores wait until they are read.
    if (fixed.length < len * T) fixed = new Float32Array(len * T * 2);
    if (probed.length < len) {
      probed = new Uint8Array(len * 2);
      filled = new Uint8Array(len * 2);
    }
    for (let i = a; i < b; i++) {
      const base = i - a + 2;
      const at = (i - a) * T;
      // The token's own vector tag by tag, its neighbours' by their least leads.
      const self = offsets[base]! + SELF * T;
      let own = Infinity;
      for (let t = 1; t < T; t += 2) own = Math.min(own, pool[self]! - pool[self + t]! + outsideFloor[t]!);
      const least = own - outsideBias - FLOOR_MARGIN + leastLead(pool, offsets[base - 1]! + PREV * T) + leastLead(pool, offsets[base + 1]! + NEXT * T) + leastLead(pool, offsets[base - 2]! + PREV2 * T) + leastLead(pool, offsets[base + 2]! + NEXT2 * T);
      if (settle && least >= contextBound) {
        probed[i - a] = 0;
        filled[i - a] = 0;
        continue;
      }
      fillFixed(pool, at, base);
      filled[i - a] = 1;
      probed[i - a] = outsideLead(at, history, 0, outsideBias) < contextBound ? 1 : 0;
    }
    // Then the rows of those tokens' context features (none depends on the tags chosen), in one loop
    // with nothing between the probes: most of a probe is waiting for memory, and probes that do not
    // wait on each other overlap.
    if (rowEnds.length < len) rowEnds = new Int32Array(len * 2);
    if (rows.length < len * MAX_ROLE_KEYS) rows = new Int32Array(len * MAX_ROLE_KEYS);
    if (outsideRows.length < 2 * len) outsideRows = new Int32Array(4 * len);
    let r = 0;
    for (let i = a; i < b; i++) {
      if (probed[i - a]) {
        const k = roleContextKeys(d, i, keys, 0, few);
        for (let f = 0; f < k; f++) {
          const row = table.find(keys[f]!);
          if (row >= 0) rows[r++] = row;
        }
        addFewValued(fewRows, fewKept, fixed, (i - a) * T);
        // The features of the previous tag with the word and the next word depend on the tag chosen,
        // but that tag is mostly O: their rows for O are found here, among probes that overlap.
        outsideRows[2 * (i - a)] = table.find(rolePrevWordKey(d, i, 0));
        outsideRows[2 * (i - a) + 1] = table.find(rolePrevNextKey(d, i, 0));
      }
      rowEnds[i - a] = r;
    }
    r = 0;
    for (let i = a; i < b; i++) for (const at = (i - a) * T, end = rowEnds[i - a]!; r < end; r++) table.addRow(rows[r]!, fixed, at);
    // Then the tags, left to right: only the features of the tags chosen are left to add.
    for (let i = a; i < b; i++) {
      const at = (i - a) * T;
      const h = (prev * T + prev2) * T;
      const early = probed[i - a] === 1;
      if (!early) {
        if (filled[i - a] === 0) {
          // Its floor cleared the bound with the history of O after O: O, as the exact test says.
          if (prev === 0 && prev2 === 0) {
            tags[i] = 0;
            continue;
          }
          fillFixed(pool, at, i - a + 2);
          filled[i - a] = 1;
        }
        // Left out above: O after O unless this token's history lets a B- tag come close.
        if (prev === 0 && outsideLead(at, history, h, outsideBias) >= contextBound) {
          tags[i] = 0;
          prev2 = prev;
          continue;
        }
        const k = roleContextKeys(d, i, keys, 0, few);
        for (let f = 0; f < k; f++) table.addAt(keys[f]!, fixed, at);
        addFewValued(fewRows, fewKept, fixed, at);
      }
      for (let t = 0; t < T; t++) scores[t] = fixed[at + t]!;
      if (prev === 0 && early) {
        const word = outsideRows[2 * (i - a)]!;
        const next = outsideRows[2 * (i - a) + 1]!;
        if (word >= 0) table.addRow(word, scores, 0);
        if (next >= 0) table.addRow(next, scores, 0);
      } else {
        table.add(rolePrevWordKey(d, i, prev), scores);
        table.add(rolePrevNextKey(d, i, prev), scores);
      }
      for (let t = 0; t < T; t++) scores[t]! += history[h + t]!;
      scores[0]! -= outsideBias;
      let best = 0;
      let bestScore = -Infinity;
      for (let t = 0; t < T; t++) {
        if (scores[t]! > bestScore && allowed(prev, t)) {
          bestScore = scores[t]!;
          best = t;
        }
      }
      tags[i] = best;
      prev2 = prev;
      prev = best;
    }
    a = b;
  }
  return tags;
}

/** Tags the role fillers of a whole document. */
export function tagRoles(input: RoleInput, m?: RoleModel): RoleSpan[] {
  return spansOfTags(decodeRoleTags(describeRoleDocument(input), undefined, m));
}
