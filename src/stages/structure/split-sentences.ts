/**
 * Sentences from tokens, inside paragraphs. A boundary follows `.`, `!`, `?` or an ellipsis, together
 * with any closing quotation marks and brackets, when the next token can start a sentence. Titles
 * ("Mr.", "Gen.") never end one; "U.S." ends one only before a word that usually starts a sentence.
 * Sentences may fall inside a quotation: the quotes stage finds quotations on the raw text, so a
 * three-sentence quote remains one quote.
 */
import type { Paragraph, Sentence, Token } from '../../model/layers/structure.js';
import { ABBREVIATIONS } from './tokenize.js';

const TERMINAL = new Set(['.', '!', '?', '…', '...']);
const CLOSING = new Set(['”', '’', '"', "'", ')', ']', '»']);
const OPENING = new Set(['“', '‘', '"', "'", '(', '[', '«', '—', '-']);
/** Words that commonly open a sentence, used after an abbreviation that may end one ("the U.S. The"). */
const SENTENCE_STARTERS = new Set(
  'The A An He She It They We I You This That These Those There In On At But And However Meanwhile Its His Her Their Our Earlier Later Last When While After Before If As Some Many Most No Now So Still Yet Then Also Since'.split(' '),
);

/** Splits each paragraph's tokens into sentences; `tokens` must be in text order. */
export function splitSentences(text: string, paragraphs: Paragraph[], tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let t = 0;
  for (const paragraph of paragraphs) {
    while (t < tokens.length && tokens[t]!.start < paragraph.start) t++;
    let first = t;
    let last = t;
    let inDoubleQuote = false;
    for (; last < tokens.length && tokens[last]!.end <= paragraph.end; last++) {
      const token = tokens[last]!;
      if (token.text === '"') inDoubleQuote = !inDoubleQuote;
      if (!endsSentence(tokens, last, paragraph.end)) continue;
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
      if (next && next.end <= paragraph.end && !canStartSentence(next, tokens[close + 2])) continue;
      sentences.push(makeSentence(text, tokens, first, close + 1, paragraph.index, sentences.length));
      first = close + 1;
      last = close;
    }
    if (first < last) sentences.push(makeSentence(text, tokens, first, last, paragraph.index, sentences.length));
    t = last;
  }
  return sentences;
}

function endsSentence(tokens: Token[], i: number, paragraphEnd: number): boolean {
  const token = tokens[i]!;
  if (TERMINAL.has(token.text)) return true;
  const abbreviation = ABBREVIATIONS.get(token.text.toLowerCase());
  const next = tokens[i + 1];
  if (abbreviation?.canEndSentence || (/^(?:\p{L}\.){2,}$/u.test(token.text) && !abbreviation)) {
    return !next || next.end > paragraphEnd || SENTENCE_STARTERS.has(next.text);
  }
  return false;
}

function canStartSentence(token: Token, after: Token | undefined): boolean {
  const c = token.text[0]!;
  if (OPENING.has(token.text)) return after === undefined || !/^\p{Ll}/u.test(after.text) || token.text === '(';
  return /[\p{Lu}\p{N}]/u.test(c) || c === '[' || c === '•';
}

function makeSentence(text: string, tokens: Token[], from: number, to: number, paragraph: number, index: number): Sentence {
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  return { start, end, text: text.slice(start, end), index, paragraph, tokenStart: from, tokenEnd: to };
}
