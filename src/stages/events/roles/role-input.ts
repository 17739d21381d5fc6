/**
 * The role tagger's input: the tokens' lower-cased words, their role-lexicon descriptions and their
 * sentence numbers (cut at every terminal mark and paragraph break), as the tagger's features expect.
 */
import type { Token } from '../../../model/layers/structure.js';
import { FLAG_TERMINAL, roleWordAsWritten, roleWordOfType, type RoleWord } from './role-lexicon.js';
import type { WordInfo } from '../../pos/describe-words.js';
import { rememberDescriptions, type RoleInput } from './role-document.js';

const PARAGRAPH_BREAK = /\n[^\S\n]*\n/;

/** Scratch behind the sentence numbers `roleInput(..., true)` hands out (grown as needed). */
let sentenceScratch = new Int32Array(1024);

/**
 * A view of the first `n` numbers of the scratch, valid until the next such call: the events stage
 * builds one scene at a time. A view of exactly `n` (reads past the last token still give undefined)
 * costs no new buffer: a typed array of a document's length was allocated outside the heap, about a
 * microsecond each (ArrayBufferConstructor under buildScene, cpp.sh). Every number is written before
 * it is read.
 */
function sharedSentence(n: number): Int32Array {
  if (sentenceScratch.length < n) sentenceScratch = new Int32Array(2 * n);
  return sentenceScratch.subarray(0, n);
}

/**
 * Lower-cased words and sentence numbers of the tokens, as the tagger's features expect. Sentences are
 * cut here at every terminal mark, not taken from the sentences layer: that splitter needs capitals to
 * see a sentence start, and lower-cased text (as in MUC-4's GRIT form) has none. With the text, a
 * blank line (a paragraph break, such as after a headline without a full stop) also ends a sentence.
 * With `types` (pos/describe-sentence.ts `documentWordInfos(tokens)`, which the pipeline has already
 * computed), each word is found by its word-type id rather than by its text: the same descriptions.
 * With `reuse`, the sentence numbers are scratch shared with the next such call (`sharedSentence`).
 */
export function roleInput(tokens: readonly Token[], text?: string, types?: readonly WordInfo[], reuse = false): RoleInput {
  const words = new Array<string>(tokens.length);
  const info = new Array<RoleWord>(tokens.length);
  const sentence = reuse ? sharedSentence(tokens.length) : new Int32Array(tokens.length);
  let s = 0;
  let seenFlags = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const described = types ? roleWordOfType(types[i]!.id, t.text) : roleWordAsWritten(t.text);
    const word = described.lower;
    info[i] = described;
    words[i] = word;
    seenFlags |= described.flags;
    if (text !== undefined && i > 0 && sentence[i - 1] === s && t.start - tokens[i - 1]!.end >= 2 && PARAGRAPH_BREAK.test(text.slice(tokens[i - 1]!.end, t.start))) s++;
    sentence[i] = s;
    if (described.flags & FLAG_TERMINAL) s++;
  }
  rememberDescriptions(words, info);
  return { words, sentence, seenFlags };
}
