/**
 * A stored quote's cue kind, read from the stored Document without re-analysing it: for quote rows
 * indexed before the cue_kind column existed (SQLite migration 004, PostgreSQL 005). The quote's own
 * `cueKind` when the analysis that stored it gave one; for documents analysed before quotes carried a
 * kind, the kind the quotes stage gives the same cue: its lexicon entry's kind (`verb:<id>` in
 * reporting-verbs; a cue phrase or a layout colon is speech), a cue the model found takes the kind of
 * its words in reporting-verbs or attitude-cues, and a quotation with no known kind is speech.
 */
import { loadLexicon, type LexiconEntry } from '../data/lexicon.js';
import type { CueKind, Quote } from '../model/layers/quotes.js';

/**
 * What quotes.cue_kind holds for a quote whose kind is not known, so that NULL means only "indexed
 * before kinds were": queries read it as absent (NULLIF), and `stats().quotesWithoutCueKind` counts NULLs.
 */
export const KIND_NOT_KNOWN = '';

interface KindEntry extends LexiconEntry {
  kind: CueKind;
}

let lexicons: { byId: Map<string, CueKind>; byWord: Map<string, CueKind> } | undefined;

function kinds(): NonNullable<typeof lexicons> {
  if (lexicons) return lexicons;
  const byId = new Map<string, CueKind>();
  const byWord = new Map<string, CueKind>();
  for (const entry of loadLexicon<KindEntry>('reporting-verbs').entries) {
    byId.set(`verb:${entry.id}`, entry.kind);
    for (const term of entry.terms) if (!byWord.has(term)) byWord.set(term, entry.kind);
  }
  // The quotes stage looks words up in reporting-verbs first, then attitude-cues.
  for (const entry of loadLexicon<KindEntry>('attitude-cues').entries) for (const term of entry.terms) if (!byWord.has(term)) byWord.set(term, entry.kind);
  lexicons = { byId, byWord };
  return lexicons;
}

/** The cue kind of a stored quote, or undefined when neither the quote nor its cue's lexicon entry gives one. */
export function storedCueKind(q: Pick<Quote, 'cueKind' | 'cueEntry' | 'cue' | 'form'>): CueKind | undefined {
  if (q.cueKind) return q.cueKind;
  const entry = q.cueEntry;
  let kind: CueKind | undefined;
  if (entry?.startsWith('phrase:') || entry === 'colon') kind = 'speech';
  else if (entry?.startsWith('verb:')) kind = kinds().byId.get(entry);
  else if (entry === 'model' && q.cue) {
    for (const word of q.cue.text.toLowerCase().split(/[^\p{L}’'-]+/u)) {
      kind = kinds().byWord.get(word);
      if (kind) break;
    }
  }
  return kind ?? (q.form === 'direct' ? 'speech' : undefined);
}
