/**
 * Features for the MUC-4 role tagger, from lower-cased words only, so that lower-case, mixed-case and
 * all-capitals wire text look the same to the model. Per token: the word and its neighbours, affixes,
 * lexicon classes (triggers, weapons, actor and target nouns, casualty words) of the word and its
 * neighbours, the distance to the nearest event trigger in the sentence, and how violent the document
 * is overall (half of MUC-4's articles report no relevant incident).
 */
import { eventLexicons } from '../lexicons.js';
import type { TermMatcher, TermMatch } from '../match-terms.js';
import type { LexiconEntry } from '../../../data/lexicon.js';

/** What the tagger sees of a document: lower-cased words and the sentence of each. */
export interface RoleInput {
  words: string[];
  sentence: Int32Array;
}

const DIGITS = /\d/g;
const PUNCT = /^[^\p{L}\p{N}]+$/u;

/** Coarse lexicon classes per token: `L:entry` with a B/I mark, one string per lexicon hit. */
function lexiconClasses(words: string[], name: string, matcher: TermMatcher<LexiconEntry>, out: string[][]): void {
  const matches: TermMatch[] = matcher.findAll(words);
  for (const m of matches) {
    for (let i = m.start; i < m.end; i++) out[i]!.push(`${name}${i === m.start ? 'B' : 'I'}:${m.entry.id}`, `${name}${i === m.start ? 'B' : 'I'}`);
  }
  for (let i = 0; i < words.length; i++) for (const e of matcher.entriesOf(words[i]!)) out[i]!.push(`${name}w:${e.id}`);
}

function bucket(n: number): string {
  return n <= 0 ? '0' : n === 1 ? '1' : n <= 3 ? '2-3' : n <= 6 ? '4-6' : n <= 12 ? '7-12' : 'far';
}

/**
 * Static features of every token (they do not depend on the tags before it). With `only`, tokens of
 * other sentences get no features (the decoder tags them O): the events stage asks only about the
 * sentences that report an event, which keeps the tagger's cost to a fraction of the article.
 */
export function roleFeatures(input: RoleInput, only?: Uint8Array): string[][] {
  const { words, sentence } = input;
  const n = words.length;
  const lex = eventLexicons();
  const classes: string[][] = Array.from({ length: n }, () => []);
  lexiconClasses(words, 'T', lex.triggers, classes);
  lexiconClasses(words, 'W', lex.weapons, classes);
  lexiconClasses(words, 'A', lex.actors, classes);
  lexiconClasses(words, 'G', lex.targets, classes);
  lexiconClasses(words, 'C', lex.casualties, classes);

  // Triggers: event words and casualty words; their positions give distances.
  const isTrigger = new Uint8Array(n);
  let violent = 0;
  for (let i = 0; i < n; i++) {
    if (classes[i]!.some((c) => c.startsWith('TB:') || c.startsWith('CB:'))) {
      isTrigger[i] = 1;
      violent++;
    }
  }
  const docClass = `doc=${bucket(violent)}`;
  const sentHasTrigger = new Uint8Array((sentence[n - 1] ?? 0) + 1);
  for (let i = 0; i < n; i++) if (isTrigger[i]) sentHasTrigger[sentence[i]!] = 1;

  // Nearest trigger on each side within the sentence.
  const left = new Int32Array(n).fill(-1);
  const right = new Int32Array(n).fill(-1);
  for (let i = 0, last = -1; i < n; i++) {
    if (i > 0 && sentence[i] !== sentence[i - 1]) last = -1;
    left[i] = last;
    if (isTrigger[i]) last = i;
  }
  for (let i = n - 1, next = -1; i >= 0; i--) {
    if (i < n - 1 && sentence[i] !== sentence[i + 1]) next = -1;
    right[i] = next;
    if (isTrigger[i]) next = i;
  }

  const norm = words.map((w) => w.replace(DIGITS, '0'));
  const at = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : norm[i]!);
  const features: string[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    if (only && !only[sentence[i]!]) {
      features[i] = [];
      continue;
    }
    const w = norm[i]!;
    const f: string[] = ['b', `w=${w}`, `w-1=${at(i - 1)}`, `w+1=${at(i + 1)}`, `w-2=${at(i - 2)}`, `w+2=${at(i + 2)}`, `w-1w=${at(i - 1)}|${w}`, `ww+1=${w}|${at(i + 1)}`, `s3=${w.slice(-3)}`, `s4=${w.slice(-4)}`, `p3=${w.slice(0, 3)}`, docClass];
    if (PUNCT.test(w)) f.push('punct');
    if (w.includes('0')) f.push('digit');
    if (w.includes('-')) f.push('hyphen');
    if (w.length <= 4 && i > 0 && at(i - 1) === '(') f.push('in-parens');
    for (const c of classes[i]!) f.push(c, `${c}|${docClass}`);
    for (const c of classes[i - 1] ?? []) f.push(`-1${c}`);
    for (const c of classes[i + 1] ?? []) f.push(`+1${c}`);
    for (const c of classes[i + 2] ?? []) f.push(`+2${c}`);
    const s = sentence[i]!;
    f.push(`sent=${bucket(s)}`, `strig=${sentHasTrigger[s]}`, `strig=${sentHasTrigger[s]}|${docClass}`);
    const l = left[i]!;
    const r = right[i]!;
    if (l >= 0) {
      const d = bucket(i - l);
      f.push(`tl=${d}`, `tlw=${d}|${norm[l]}`);
    } else f.push('tl=none');
    if (r >= 0) {
      const d = bucket(r - i);
      f.push(`tr=${d}`, `trw=${d}|${norm[r]}`);
    } else f.push('tr=none');
    // Prepositions that mark roles: "by" (agent), "against"/"on" (target), "with" (instrument), "of".
    for (let k = 1; k <= 4 && i - k >= 0 && sentence[i - k] === s; k++) {
      const p = norm[i - k]!;
      if (p === 'by' || p === 'against' || p === 'with' || p === 'on' || p === 'of' || p === 'at' || p === 'to') f.push(`prep=${p}`, `prep=${p}|${k}`);
    }
    features[i] = f;
  }
  return features;
}
