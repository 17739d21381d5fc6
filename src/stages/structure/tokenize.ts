/**
 * Tokenizer: words, numbers, clitics and punctuation with exact UTF-16 offsets, in the style of the
 * Penn Treebank (and so of CoNLL-2003, which our taggers are trained on): "We're" → "We" "'re",
 * "don't" → "do" "n't", "Ukraine's" → "Ukraine" "'s". Abbreviations keep their period ("Mr.", "U.S.").
 */
import type { Token } from '../../model/layers/structure.js';
import { loadLexicon, type LexiconEntry } from '../../data/lexicon.js';

interface AbbreviationEntry extends LexiconEntry {
  kind: 'title' | 'month' | 'other';
  canEndSentence: boolean;
}

/** Abbreviations (with their period) mapped to whether they may end a sentence. */
export const ABBREVIATIONS: ReadonlyMap<string, AbbreviationEntry> = new Map(
  loadLexicon<AbbreviationEntry>('abbreviations').entries.flatMap((e) => e.terms.map((t) => [t.toLowerCase(), e] as const)),
);

// One alternative per token class, tried in order at each position.
const TOKEN = new RegExp(
  [
    String.raw`https?:\/\/[^\s<>"“”]+[^\s<>"“”.,;:!?)\]'’]`, // URL, without trailing punctuation
    String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`, // e-mail
    String.raw`(?:\p{L}\.){2,}(?!\p{L})`, // initialisms: U.S., e.g.
    String.raw`\d+(?:[.,:/]\d+)+(?:\p{L}+)?`, // numbers with separators: 1,200  3.5  20:30  6/14
    String.raw`[\p{L}\p{M}\p{N}]+(?:[-'’&][\p{L}\p{M}\p{N}]+)*`, // words, with inner hyphens and apostrophes
    String.raw`\.{2,}|-{2,}|[^\s\p{L}\p{M}\p{N}]`, // punctuation and symbols, one by one (ellipsis, dashes)
  ].join('|'),
  'gu',
);

const CLITIC = /^(.+?)(n['’]t|['’](?:s|re|ve|ll|d|m))$/i;

/** Splits `text` into tokens with offsets into it. Tokens never contain whitespace. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const start = match.index;
    let word = match[0];
    const spaceBefore = start === 0 || isSpace(text.charCodeAt(start - 1));
    // An abbreviation keeps its period: "Mr." "Jan." "Inc."
    if (text.charCodeAt(start + word.length) === 46 && ABBREVIATIONS.has(`${word.toLowerCase()}.`)) {
      word += '.';
      TOKEN.lastIndex = start + word.length;
    } else if (word.length === 1 && isUpper(word) && text.charCodeAt(start + 1) === 46 && /^\.\s+\p{Lu}[\p{Ll}.]/u.test(text.slice(start + 1, start + 5))) {
      // A single capital followed by a period and a capitalised word is an initial: "J. Smith".
      word += '.';
      TOKEN.lastIndex = start + 2;
    }
    const clitic = CLITIC.exec(word);
    if (clitic && clitic[1] && /\p{L}/u.test(clitic[1])) {
      const head = clitic[1];
      tokens.push({ start, end: start + head.length, text: head, spaceBefore });
      tokens.push({ start: start + head.length, end: start + word.length, text: word.slice(head.length), spaceBefore: false });
    } else {
      tokens.push({ start, end: start + word.length, text: word, spaceBefore });
    }
  }
  return tokens;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0 || code === 0x2009 || code === 0x202f;
}

function isUpper(s: string): boolean {
  return s !== s.toLowerCase() && s === s.toUpperCase();
}
