/**
 * Attributions about the statement right before them: "..., a charge the rebel negotiators denied",
 * "..., which his lawyer disputes", "..., which the army called “pure invention”". The source takes a
 * position on that statement, so its denial (or dispute) belongs on the statement's claim, with the
 * cue as evidence; the relative pronoun or the outlet's appositive ("which", "a charge") that the
 * quotes stage gives as the content (as PolNeAR does) is no statement of its own, so it makes no claim.
 */
import { loadLexicon, type LexiconEntry } from '../../data/lexicon.js';
import type { ClaimStatus } from '../../model/layers/claims.js';
import type { Quote } from '../../model/layers/quotes.js';
import type { Span } from '../../model/span.js';
import { APPOSITIVE_NOUNS } from '../quotes/find-content.js';

/** A position a quote takes on the statement ending before `before`. */
export interface BackReference {
  /** Offset of the comma (or dash) that opens the relative clause or appositive. */
  before: number;
  status: ClaimStatus;
  cue: Span;
  entry: string | undefined;
}

/** "which" or "a charge", "an unfounded allegation": what the quotes stage gives as a back-reference content. */
const ANTECEDENT = /^(?:which|an? (?:[\p{L}-]+ ){0,2}([\p{L}]+))$/u;
/** A comma or dash, and spaces, right before the relative clause or appositive. */
const OPENING = /[,—–]\s*$/u;
/** ", which " or an appositive (", a figure ", ", a claim ") right before a source. */
const WHICH_BEFORE = /[,—–]\s*(?:which|an? (?:[\p{L}-]+ ){0,2}([\p{L}]+))\s+$/u;

/** The quote's content is a back-reference ("which", "a charge") right after a comma: no statement. */
export function isBackReferenceContent(text: string, q: Quote): boolean {
  return antecedentStart(text, q) >= 0;
}

/** Where the comma before a back-reference content is, else -1. */
function antecedentStart(text: string, q: Quote): number {
  if (q.content.length !== 1 || !q.cue || q.cue.start < q.content[0]!.end) return -1;
  const content = q.content[0]!;
  const m = ANTECEDENT.exec(content.text);
  if (!m || (m[1] !== undefined && !APPOSITIVE_NOUNS.has(m[1].toLowerCase()))) return -1;
  const before = text.slice(Math.max(0, content.start - 4), content.start);
  return OPENING.test(before) ? content.start - before.length + before.search(OPENING) : -1;
}

/**
 * The position `q` takes on the statement before it, with the status its cue's stance gives (`stanceStatus`
 * of its lexicon entry), or, for a naming cue ("which the army called “pure invention”"), the status
 * its words give (lexicon `account-stance-words`, kind `stance`); else undefined.
 */
export function backReference(text: string, q: Quote, stanceStatus: (entry: string | undefined) => ClaimStatus | undefined): BackReference | undefined {
  if (!q.cue) return undefined;
  let before = antecedentStart(text, q);
  let status = before >= 0 ? stanceStatus(q.cueEntry) : undefined;
  if (before < 0 && q.source && q.content[0] && q.content[0].start > q.cue.start) {
    const lead = text.slice(Math.max(0, q.source.start - 40), q.source.start);
    const m = WHICH_BEFORE.exec(lead);
    if (!m || (m[1] !== undefined && !APPOSITIVE_NOUNS.has(m[1].toLowerCase()))) return undefined;
    before = q.source.start - lead.length + m.index;
    status = stanceStatus(q.cueEntry) ?? wordsStatus(q.content);
  }
  return before >= 0 && status ? { before, status, cue: q.cue, entry: q.cueEntry } : undefined;
}

/** Statuses by the `stance` of account-stance-words' stance entries ("pure invention": disputes). */
const STANCE_STATUS: Record<string, ClaimStatus> = { disputes: 'disputed', denies: 'denied' };

let stanceWords: Map<string, ClaimStatus> | undefined;
function wordsStatus(content: readonly Span[]): ClaimStatus | undefined {
  stanceWords ??= new Map(
    loadLexicon<LexiconEntry & { kind?: string; stance?: string }>('account-stance-words')
      .entries.filter((e) => e.kind === 'stance' && e.stance && STANCE_STATUS[e.stance])
      .flatMap((e) => e.terms.map((t) => [t.toLowerCase(), STANCE_STATUS[e.stance!]!] as const)),
  );
  for (const span of content) for (const word of span.text.toLowerCase().split(/[^\p{L}-]+/u)) {
    const status = stanceWords.get(word);
    if (status) return status;
  }
  return undefined;
}
