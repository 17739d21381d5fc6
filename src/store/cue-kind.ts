/**
 * A stored quote's cue kind, read from the stored Document without re-analysing it: for quote rows
 * indexed before the cue_kind column existed (SQLite migration 004, PostgreSQL 005). The quote's own
 * `cueKind` when the analysis that stored it gave one; for documents analysed before quotes carried a
 * kind, the kind the quotes stage gives the same cue: its lexicon entry's kind (`verb:<id>` in
 * reporting-verbs; a cue phrase or a layout colon is speech), a cue the model found takes the kind of
 * its words in reporting-verbs or attitude-cues, and a quotation with no known kind is speech.
 */
import type { CueKind, Quote } from '../model/layers/quotes.js';
import { cueLexicon, type ReportingVerbEntry } from '../stages/quotes/cue-lexicon.js';

/**
 * What quotes.cue_kind holds for a quote whose kind is not known, so that NULL means only "indexed
 * before kinds were": queries read it as absent (NULLIF), and `stats().quotesWithoutCueKind` counts NULLs.
 */
export const KIND_NOT_KNOWN = '';

/** The kind of a cue word as the quotes stage looks it up: reporting-verbs first, then attitude-cues. */
function kindOfWord(word: string): CueKind | undefined {
  const { verbs, attitudes } = cueLexicon();
  return verbs.get(word)?.kind ?? attitudes.get(word)?.kind;
}

/** The cue kind of a stored quote, or undefined when neither the quote nor its cue's lexicon entry gives one. */
export function storedCueKind(q: Pick<Quote, 'cueKind' | 'cueEntry' | 'cue' | 'form'>): CueKind | undefined {
  if (q.cueKind) return q.cueKind;
  const entry = q.cueEntry;
  let kind: CueKind | undefined;
  if (entry?.startsWith('phrase:') || entry === 'colon') kind = 'speech';
  // A `verb:` id names a reporting-verbs entry.
  else if (entry?.startsWith('verb:')) kind = (cueLexicon().byId.get(entry) as ReportingVerbEntry | undefined)?.kind;
  else if (entry === 'model' && q.cue) {
    for (const word of q.cue.text.toLowerCase().split(/[^\p{L}’'-]+/u)) {
      kind = kindOfWord(word);
      if (kind) break;
    }
  }
  return kind ?? (q.form === 'direct' ? 'speech' : undefined);
}
