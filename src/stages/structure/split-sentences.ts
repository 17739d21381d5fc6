/**
 * Sentences from tokens, inside paragraphs. A boundary follows `.`, `!`, `?` or an ellipsis, together
 * with any closing quotation marks and brackets, when the next token can start a sentence. Titles
 * ("Mr.", "Gen.") never end one; "U.S." ends one only before a word that usually starts a sentence.
 * Sentences may fall inside a quotation: the quotes stage finds quotations on the raw text, so a
 * three-sentence quote remains one quote.
 *
 * Caseless paragraphs (all lower case, as in lower-cased corpora; ALL CAPS, as in wire copy) give no
 * capital to look for: there a full stop, `!` or `?` ends a sentence before any word, and the marks that
 * need a capital in ordinary text (an ellipsis, an initialism, a lone letter with a period: "j. smith",
 * "J. SMITH") end one only before a word that nearly always opens a sentence ("the", "he", "they").
 */
import type { Paragraph, Sentence, Token } from '../../model/layers/structure.js';
import { ABBREVIATIONS } from './tokenize.js';
import { caseOf, CASED, LOWER } from './case-of.js';

const TERMINAL = new Set(['.', '!', '?', '…', '...']);
const ELLIPSIS = new Set(['…', '...']);
const CLOSING = new Set(['”', '’', '"', "'", ')', ']', '»']);
const OPENING = new Set(['“', '‘', '"', "'", '(', '[', '«', '—', '-']);
/** Words that commonly open a sentence, used after an abbreviation that may end one ("the U.S. The"). */
const SENTENCE_STARTERS = new Set(
  'The A An He She It They We I You This That These Those There In On At But And However Meanwhile Its His Her Their Our Earlier Later Last When While After Before If As Some Many Most No Now So Still Yet Then Also Since'.split(' '),
);
/**
 * In caseless text only words that rarely follow "U.S." or an initial inside a sentence count
 * ("in the u.s. in may" is one sentence; "in the u.s. the army" is two).
 */
const CASELESS_STARTERS = new Set('the he she they we this these those there however meanwhile but'.split(' '));
const INITIALISM = /^(?:\p{L}\.){2,}$/u;
const LOWER_START = /^\p{Ll}/u;
const CAN_START = /[\p{Lu}\p{N}]/u;
const CAN_START_CASELESS = /[\p{L}\p{N}]/u;

/** Splits each paragraph's tokens into sentences; `tokens` must be in text order. */
export function splitSentences(text: string, paragraphs: Paragraph[], tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let t = 0;
  for (const paragraph of paragraphs) {
    while (t < tokens.length && tokens[t]!.start < paragraph.start) t++;
    const mode = caseOf(text, paragraph.start, paragraph.end);
    let first = t;
    let last = t;
    let inDoubleQuote = false;
    for (; last < tokens.length && tokens[last]!.end <= paragraph.end; last++) {
      const token = tokens[last]!;
      if (token.text === '"') inDoubleQuote = !inDoubleQuote;
      if (!endsSentence(tokens, last, paragraph.end, mode)) continue;
      // Closing marks belong to the sentence they close.
      let close = last;
      while (close + 1 < tokens.length && tokens[close + 1]!.end <= paragraph.end && CLOSING.has(tokens[close + 1]!.text) && !tokens[close + 1]!.spaceBefore) {
        close++;
        if (tokens[close]!.text === '"') {
          if (!inDoubleQuote) { close--; break; } // an opening straight quote: next sentence
          inDoubleQuote = false;
        }
      }
      const next = tokens[close + 1];
      if (next && next.end <= paragraph.end && !canStartSentence(next, tokens[close + 2], mode)) continue;
      sentences.push(makeSentence(text, tokens, first, close + 1, paragraph.index, sentences.length));
      first = close + 1;
      last = close;
    }
    if (first < last) sentences.push(makeSentence(text, tokens, first, last, paragraph.index, sentences.length));
    t = last;
  }
  return sentences;
}

function endsSentence(tokens: Token[], i: number, paragraphEnd: number, mode: number): boolean {
  const token = tokens[i]!;
  const word = token.text;
  // Only terminal marks and words with a final period can end a sentence: most tokens stop here.
  const lastChar = word.charCodeAt(word.length - 1);
  if (lastChar !== 46 && lastChar !== 33 && lastChar !== 63 && lastChar !== 0x2026) return false;
  const next = tokens[i + 1];
  const atEnd = !next || next.end > paragraphEnd;
  if (TERMINAL.has(word)) {
    if (mode === CASED) return true;
    // Caseless: "j. smith", "J. SMITH" and "... unprepared" need a sentence opener after them.
    const initial = word === '.' && i > 0 && !token.spaceBefore && isLetter(tokens[i - 1]!.text);
    return !(initial || ELLIPSIS.has(word)) || atEnd || startsSentence(next!.text, mode);
  }
  if (lastChar !== 46) return false;
  const abbreviation = ABBREVIATIONS.get(word.toLowerCase());
  if (abbreviation?.canEndSentence || (!abbreviation && INITIALISM.test(word))) return atEnd || startsSentence(next!.text, mode);
  return false;
}

function startsSentence(word: string, mode: number): boolean {
  return mode === CASED ? SENTENCE_STARTERS.has(word) : CASELESS_STARTERS.has(word.toLowerCase());
}

/** A one-letter word: "J" or "j" before a period is an initial. */
function isLetter(word: string): boolean {
  return word.length === 1 && word.toLowerCase() !== word.toUpperCase();
}

function canStartSentence(token: Token, after: Token | undefined, mode: number): boolean {
  const c = token.text[0]!;
  if (OPENING.has(token.text)) return after === undefined || mode === LOWER || !LOWER_START.test(after.text) || token.text === '(';
  return (mode === LOWER ? CAN_START_CASELESS : CAN_START).test(c) || c === '[' || c === '•';
}

function makeSentence(text: string, tokens: Token[], from: number, to: number, paragraph: number, index: number): Sentence {
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  return { start, end, text: text.slice(start, end), index, paragraph, tokenStart: from, tokenEnd: to };
}
