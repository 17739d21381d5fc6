/**
 * Features for the MUC-4 role tagger, hashed into 32-bit keys (pos/hash.ts `mix32`: the signed form,
 * so a key returned from a call that is not inlined is a small integer, not a heap number; every key
 * goes into a Uint32Array or through `| 0`, so the bits are the same as `mix`'s), from lower-cased words
 * only, so that lower-case, mixed-case and all-capitals wire text look the same to the model. Per
 * token: the word and its neighbours, affixes, lexicon classes (triggers, weapons, actor and target
 * nouns, casualty words) of the word and its neighbours, the distance to the nearest event trigger in
 * the sentence, role-marking prepositions before it, and how violent the document is overall (half of
 * MUC-4's articles report no relevant incident).
 *
 * The templates are split by what they read, as the POS tagger's are: `roleWordKeys` reads one word
 * seen from one position (itself, one or two before, one or two after), so the tagger sums their
 * weights once per word type (pos/word-vector-cache.ts); `roleContextKeys` reads the rest. Training
 * (`roleStaticKeys`) sees the union, so both sides score the same features. The document they read is
 * described in role-document.ts.
 */
import { mix32 } from '../../pos/hash.js';
import { FLAG_DIGIT, FLAG_HYPHEN, FLAG_OPEN, FLAG_PUNCT, FLAG_SHORT, LEX_CASUALTY, LEX_TRIGGER, ROLE_LEXICONS, ROLE_PREPOSITIONS } from './role-lexicon.js';
import { bucket, type RoleDocument } from './role-document.js';

/** Positions from which a word's own features are read. */
export const SELF = 0;
export const PREV = 1;
export const NEXT = 2;
export const PREV2 = 3;
export const NEXT2 = 4;
export const WORD_ROLES = 5;

const L = ROLE_LEXICONS.length;
const BOUNDARY = 0x5eed;

/** Keys of the features word `j` yields in `role` (outside the document: the boundary's). */
export function roleWordKeys(d: RoleDocument, j: number, role: number, out: Uint32Array, k = 0): number {
  const w = j >= 0 && j < d.length ? d.info[j]! : undefined;
  if (!w) {
    out[k++] = mix32(10 + role, BOUNDARY);
    return k;
  }
  out[k++] = mix32(10 + role, w.word);
  if (role === SELF) {
    out[k++] = mix32(20, w.suf3);
    out[k++] = mix32(21, w.suf4);
    out[k++] = mix32(22, w.pre3);
    if (w.flags & FLAG_PUNCT) out[k++] = mix32(23, 1);
    if (w.flags & FLAG_DIGIT) out[k++] = mix32(23, 2);
    if (w.flags & FLAG_HYPHEN) out[k++] = mix32(23, 3);
  }
  // One-word lexicon entries of the word, seen from here (none from two before).
  if (role !== PREV2) for (let c = 0; c < w.classes.length; c++) out[k++] = mix32(30 + role, w.classes[c]!);
  return k;
}

/** Keys of the document-wide and sentence-wide features of sentence `s`. */
export function roleSentenceKeys(d: RoleDocument, s: number, out: Uint32Array, k = 0): number {
  const strig = d.sentenceHasTrigger[s] ?? 0;
  out[k++] = mix32(1, 0); // bias
  out[k++] = mix32(2, d.violence);
  out[k++] = mix32(3, bucket(s));
  out[k++] = mix32(4, strig);
  out[k++] = mix32(5, strig, d.violence);
  return k;
}

/**
 * The context templates of few values, each value by a dense index (0 to FEW_VALUED - 1): "(" before
 * a short word; a match's class alone and with the document's violence; a neighbour's match class;
 * the distance bucket to the nearest trigger on each side; a preposition before, and with its distance.
 */
const FEW_OPEN = 0;
const FEW_CLASS = 1; // + cls - 1 (cls 1 to 2L)
const FEW_CLASS_VIOLENCE = FEW_CLASS + 2 * L; // + (cls - 1) * 6 + violence
const FEW_NEIGHBOUR = FEW_CLASS_VIOLENCE + 2 * L * 6; // + neighbour (-1, 1, 2 as 0, 1, 2) * 2L + cls - 1
const FEW_LEFT = FEW_NEIGHBOUR + 3 * 2 * L; // + distance bucket (0-5, 6 for none)
const FEW_RIGHT = FEW_LEFT + 7;
const FEW_PREPOSITION = FEW_RIGHT + 7; // + p
const FEW_PREPOSITION_AT = FEW_PREPOSITION + ROLE_PREPOSITIONS; // + p * 4 + b - 1
/** How many values the templates of few values have in all. */
export const FEW_VALUED = FEW_PREPOSITION_AT + ROLE_PREPOSITIONS * 4;

/** The key of each few-valued feature, by its dense index: the key `roleContextKeys` yields for it without `few`. */
export function roleFewValuedKeys(): Uint32Array {
  const keys = new Uint32Array(FEW_VALUED);
  keys[FEW_OPEN] = mix32(42, 1);
  for (let cls = 1; cls <= 2 * L; cls++) {
    keys[FEW_CLASS + cls - 1] = mix32(44, cls);
    for (let v = 0; v < 6; v++) keys[FEW_CLASS_VIOLENCE + (cls - 1) * 6 + v] = mix32(46, cls, v);
    for (let o = 0; o < 3; o++) keys[FEW_NEIGHBOUR + o * 2 * L + cls - 1] = mix32(52 + [-1, 1, 2][o]!, cls);
  }
  for (let b = 0; b < 7; b++) {
    keys[FEW_LEFT + b] = mix32(56, b === 6 ? 9 : b);
    keys[FEW_RIGHT + b] = mix32(58, b === 6 ? 9 : b);
  }
  for (let p = 0; p < ROLE_PREPOSITIONS; p++) {
    keys[FEW_PREPOSITION + p] = mix32(60, p);
    for (let b = 1; b <= 4; b++) keys[FEW_PREPOSITION_AT + p * 4 + b - 1] = mix32(61, p, b);
  }
  return keys;
}

/**
 * Keys of the features of token `i` that read more than one word (or the document's violence). With
 * `few`, the features of few values go there instead, by their dense index (`roleFewValuedKeys`),
 * their count in `few[0]` and the indices from `few[1]`: the tagger keeps their rows in a small dense
 * array rather than probing the large table for each. Without it (training), every feature is a key.
 */
export function roleContextKeys(d: RoleDocument, i: number, out: Uint32Array, k = 0, few?: Int32Array): number {
  if (few) few[0] = 0;
  const n = d.length;
  const info = d.info;
  const w = info[i]!;
  const before = i > 0 ? info[i - 1]!.word : BOUNDARY;
  const after = i + 1 < n ? info[i + 1]!.word : BOUNDARY;
  out[k++] = mix32(40, before, w.word);
  out[k++] = mix32(41, w.word, after);
  if (w.flags & FLAG_SHORT && i > 0 && info[i - 1]!.flags & FLAG_OPEN) {
    if (few) few[++few[0]!] = FEW_OPEN;
    else out[k++] = mix32(42, 1);
  }
  // Lexicon matches over the token and its neighbours (-1, +1, +2), with the entry and without.
  if (d.lexicons[i] !== 0) k = matchKeys(d, i, out, k, few);
  if (i > 0 && d.lexicons[i - 1] !== 0) k = neighbourMatchKeys(d, i - 1, -1, out, k, few);
  if (i + 1 < n && d.lexicons[i + 1] !== 0) k = neighbourMatchKeys(d, i + 1, 1, out, k, few);
  if (i + 2 < n && d.lexicons[i + 2] !== 0) k = neighbourMatchKeys(d, i + 2, 2, out, k, few);
  for (let c = 0; c < w.classes.length; c++) out[k++] = mix32(55, w.classes[c]!, d.violence);
  // The nearest trigger on each side: distance, and distance with the trigger word.
  const s = d.sentence[i]!;
  const l = d.left[i]!;
  const r = d.right[i]!;
  if (l >= 0) {
    const b = bucket(i - l);
    if (few) few[++few[0]!] = FEW_LEFT + b;
    else out[k++] = mix32(56, b);
    out[k++] = mix32(57, b, info[l]!.word);
    out[k++] = mix32(62, b, triggerEntry(d, l));
  } else if (few) few[++few[0]!] = FEW_LEFT + 6;
  else out[k++] = mix32(56, 9);
  if (r >= 0) {
    const b = bucket(r - i);
    if (few) few[++few[0]!] = FEW_RIGHT + b;
    else out[k++] = mix32(58, b);
    out[k++] = mix32(59, b, info[r]!.word);
    out[k++] = mix32(63, b, triggerEntry(d, r));
  } else if (few) few[++few[0]!] = FEW_RIGHT + 6;
  else out[k++] = mix32(58, 9);
  // Two words before with the word (trigram to the left).
  if (i > 1) out[k++] = mix32(64, mix32(info[i - 2]!.word, before), w.word);
  // Prepositions that mark roles: "by" (agent), "against"/"on" (target), "with" (instrument), "of".
  for (let b = 1; b <= 4 && i - b >= 0 && d.sentence[i - b] === s; b++) {
    const p = info[i - b]!.preposition;
    if (p < 0) continue;
    if (few) {
      few[++few[0]!] = FEW_PREPOSITION + p;
      few[++few[0]!] = FEW_PREPOSITION_AT + p * 4 + b - 1;
    } else {
      out[k++] = mix32(60, p);
      out[k++] = mix32(61, p, b);
    }
  }
  return k;
}

/** The lexicon entry that makes token `t` a trigger (an event entry, else a casualty entry). */
function triggerEntry(d: RoleDocument, t: number): number {
  const at = t * L;
  return d.place[at + LEX_TRIGGER] === 1 ? d.entry[at + LEX_TRIGGER]! : mix32(7, d.entry[at + LEX_CASUALTY]!);
}

/** Keys of the lexicon matches over token `i`, with the entry and without, alone and with the document's violence. */
function matchKeys(d: RoleDocument, i: number, out: Uint32Array, k: number, few: Int32Array | undefined): number {
  for (let l = 0; l < L; l++) {
    const at = i * L + l;
    const p = d.place[at]!;
    if (p === 0) continue;
    const cls = l * 2 + p;
    const withEntry = mix32(cls, d.entry[at]!);
    out[k++] = mix32(43, withEntry);
    if (few) few[++few[0]!] = FEW_CLASS + cls - 1;
    else out[k++] = mix32(44, cls);
    out[k++] = mix32(45, withEntry, d.violence);
    if (few) few[++few[0]!] = FEW_CLASS_VIOLENCE + (cls - 1) * 6 + d.violence;
    else out[k++] = mix32(46, cls, d.violence);
  }
  return k;
}

/** Keys of the lexicon matches over the neighbour `j` at offset `o` (-1, 1, 2). */
function neighbourMatchKeys(d: RoleDocument, j: number, o: number, out: Uint32Array, k: number, few: Int32Array | undefined): number {
  for (let l = 0; l < L; l++) {
    const q = d.place[j * L + l]!;
    if (q === 0) continue;
    const cls = l * 2 + q;
    out[k++] = mix32(48 + o, mix32(cls, d.entry[j * L + l]!));
    if (few) few[++few[0]!] = FEW_NEIGHBOUR + (o === -1 ? 0 : o) * 2 * L + cls - 1;
    else out[k++] = mix32(52 + o, cls);
  }
  return k;
}

/** Upper bound on the keys one token yields (all templates together). */
export const MAX_ROLE_KEYS = 160;

/** Every static key of token `i` (for training; the tagger reads the same keys in parts). */
export function roleStaticKeys(d: RoleDocument, i: number, out: Uint32Array): number {
  let k = roleWordKeys(d, i, SELF, out, 0);
  k = roleWordKeys(d, i - 1, PREV, out, k);
  k = roleWordKeys(d, i + 1, NEXT, out, k);
  k = roleWordKeys(d, i - 2, PREV2, out, k);
  k = roleWordKeys(d, i + 2, NEXT2, out, k);
  k = roleSentenceKeys(d, d.sentence[i]!, out, k);
  return roleContextKeys(d, i, out, k);
}

/** Keys of the features that depend on the tags already chosen (`prev`, `prev2`) and the word. */
export function roleHistoryKeys(prev: number, prev2: number, out: Uint32Array, k = 0): number {
  out[k++] = mix32(70, prev);
  out[k++] = mix32(71, prev2, prev);
  return k;
}

/** The previous tag with the word. */
export function rolePrevWordKey(d: RoleDocument, i: number, prev: number): number {
  return mix32(72, prev, d.info[i]!.word);
}

/** The previous tag with the next word. */
export function rolePrevNextKey(d: RoleDocument, i: number, prev: number): number {
  return mix32(73, prev, i + 1 < d.length ? d.info[i + 1]!.word : BOUNDARY);
}
