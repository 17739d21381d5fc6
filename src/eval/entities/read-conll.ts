/**
 * Reads CoNLL-2003 files: one token per line (`word POS chunk tag`), blank lines between sentences,
 * optional `-DOCSTART-` lines between documents. Tags may be IOB1 or IOB2; `toIob2` normalises them.
 */

export interface ConllLine {
  /** The line as written (without its newline). */
  raw: string;
  columns: string[];
}

export interface ConllSentence {
  words: string[];
  /** The lines of the sentence, one per word. */
  lines: ConllLine[];
}

export interface ConllFile {
  sentences: ConllSentence[];
  /** Every line of the file in order, `null` for blank lines, so predictions keep the layout. */
  lines: Array<ConllLine | null>;
  /** Number of `-DOCSTART-` lines (0 when the file has none). */
  documents: number;
}

const DOCSTART = /^-DOCSTART-/;

/** Parses a CoNLL file's text. */
export function readConll(text: string): ConllFile {
  const sentences: ConllSentence[] = [];
  const lines: Array<ConllLine | null> = [];
  let documents = 0;
  let current: ConllSentence = { words: [], lines: [] };
  const flush = (): void => {
    if (current.words.length > 0) sentences.push(current);
    current = { words: [], lines: [] };
  };
  for (const raw of text.split(/\r?\n/)) {
    if (raw.trim() === '') {
      flush();
      lines.push(null);
      continue;
    }
    const line: ConllLine = { raw, columns: raw.trim().split(/\s+/) };
    lines.push(line);
    if (DOCSTART.test(raw)) {
      documents++;
      flush();
      continue;
    }
    current.words.push(line.columns[0]!);
    current.lines.push(line);
  }
  flush();
  if (lines.length > 0 && lines[lines.length - 1] === null) lines.pop();
  return { sentences, lines, documents };
}

/** IOB1 or IOB2 tags to IOB2: an `I-X` that does not continue an X entity begins one. */
export function toIob2(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    if (tag.startsWith('I-')) {
      const prev = i > 0 ? out[i - 1]! : 'O';
      out.push(prev === 'O' || prev.slice(2) !== tag.slice(2) ? `B-${tag.slice(2)}` : tag);
    } else out.push(tag);
  }
  return out;
}
