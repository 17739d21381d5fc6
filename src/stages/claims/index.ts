/**
 * The `claims` stage: how firmly the outlet stands behind each statement. Every quote's content is
 * `attributed` (to the quote's speaker, through the quote), every clause left in the outlet's own voice
 * is `asserted`; hedges make a claim `hedged` (and no longer asserted), distancing cues `disputed`,
 * denials `denied`, questions `questioned`. A claim can carry several; negation is recorded.
 */
import type { LexiconEntry } from '../../data/lexicon.js';
import type { Claim, ClaimStatus } from '../../model/layers/claims.js';
import type { Quote } from '../../model/layers/quotes.js';
import type { Sentence, Token } from '../../model/layers/structure.js';
import { spanOf, type Span } from '../../model/span.js';
import { sentenceAt, tokensIn } from '../../model/text-index.js';
import type { Stage } from '../../pipeline/stage.js';
import { findClaimUnits, type ClaimUnit } from './find-claims.js';
import { cueWithholds, resolveWithheld } from './resolve-withheld-claims.js';
import { lexiconBit, matchTerms, normalisedWords, startBits } from './match-cue-terms.js';
import { cueLexicon } from '../quotes/cue-lexicon.js';
import { backReference, isBackReferenceContent } from './find-back-references.js';

/** Quote cue stances (from the cue lexicons) and the claim status each implies. */
/** Bits of the lexicons a claim is matched against (`startBits`). */
const HEDGES = lexiconBit('hedges'), DISTANCING = lexiconBit('distancing-cues'), DENIAL = lexiconBit('denial-cues'), NEGATION = lexiconBit('negation-cues');

const STANCE_STATUS: Record<string, ClaimStatus> = { distancing: 'disputed', denial: 'denied', questioning: 'questioned' };

export const claimsStage: Stage = {
  name: 'claims',
  needs: ['sentences', 'tokens', 'quotes'],
  provides: ['claims'],
  version: '1',
  run(doc) {
    const tokens = doc.layers.tokens ?? [];
    const quotes = doc.layers.quotes ?? [];
    const { byId } = cueLexicon();
    const words = normalisedWords(tokens);
    const claims: Claim[] = [];
    const sentences = doc.layers.sentences ?? [];
    for (const found of findClaimUnits(doc.text, sentences, tokens, quotes)) {
      // "..., a charge the rebels denied": the content "a charge" is no statement (its stance goes below).
      if (found.quote && isBackReferenceContent(doc.text, found.quote)) continue;
      const [foundFrom, foundTo] = tokensIn(tokens, found.start, found.end);
      const withheld = found.quote ? undefined : resolveWithheld(found, foundFrom, foundTo, tokens, sentences, quotes);
      const unit: ClaimUnit = withheld ?? found;
      const [from, to] = withheld ? tokensIn(tokens, unit.start, unit.end) : [foundFrom, foundTo];
      const cues: ClaimCue[] = [];
      const statuses = new Set<ClaimStatus>();
      const q = unit.quote;
      const characterising = q !== undefined && characterises(doc.text, q);
      if (withheld) addCue(cues, spanOfTokens(doc.text, tokens, withheld.phrase.from, withheld.phrase.to), 'attributed', `withheld-claim-cues:${withheld.phrase.entry.id}`);
      if (q) {
        statuses.add('attributed');
        const entry = q.cueEntry ? byId.get(q.cueEntry) : undefined;
        const stance = entry && !neutralObject(entry, q) ? (entry.stance as string | undefined) : undefined;
        const status = stance ? STANCE_STATUS[stance] : undefined;
        if (status && q.cue && !withheld && !(status === 'denied' && characterising)) {
          statuses.add(status);
          addCue(cues, q.cue, status, q.cueEntry);
        }
      }
      // Which lexicons have a term starting in the claim: most claims hold none, and skip their matching.
      const bits = startBits(words, from, to);
      if (bits & HEDGES) for (const hit of matchTerms('hedges', words, from, to)) {
        statuses.add('hedged');
        addCue(cues, spanOfTokens(doc.text, tokens, hit.from, hit.to), 'hedged', `hedges:${hit.entry.id}`);
      }
      if (bits & DISTANCING) for (const hit of matchTerms('distancing-cues', words, from, to)) {
        if (hit.entry.id !== 'so-called') continue; // verbs and "claims" are judged as cues, not inside content
        statuses.add('disputed');
        addCue(cues, spanOfTokens(doc.text, tokens, hit.from, hit.to), 'disputed', `distancing-cues:${hit.entry.id}`);
      }
      // "has denied claims it was ...", "cast doubt on ...": a cue right before the claim, in its own
      // sentence: a headline's "Army denies role" is no cue of the body's first sentence.
      const denialFrom = characterising ? from : Math.max(sentenceTokenStart(sentences, tokens, from), from - 4);
      const denialTo = q ? from : to;
      if (startBits(words, denialFrom, denialTo) & DENIAL) for (const hit of matchTerms('denial-cues', words, denialFrom, denialTo)) {
        // "Army denies bombing the market as toll rises": a denial that is another quote's cue is that quote's.
        if (isOtherQuotesCue(quotes, q, tokens[hit.from]!.start)) continue;
        const kind = (hit.entry.kind as ClaimStatus | undefined) ?? 'denied';
        statuses.add(kind);
        addCue(cues, spanOfTokens(doc.text, tokens, hit.from, hit.to), kind, `denial-cues:${hit.entry.id}`);
      }
      if (!q && doc.text.slice(unit.end, unit.end + 1) === '?') statuses.add('questioned');
      if (!q && !statuses.has('hedged')) statuses.add('asserted');
      // The span's fields written out, not spread in: a spread in the middle of a literal defines the
      // fields after it one by one through the runtime's slow path (bprof: DefineNamedOwnIC_Slow).
      const span = spanOf(doc.text, unit.start, unit.end);
      const claim: Claim = {
        id: `c${claims.length + 1}`,
        stage: 'claims',
        rule: withheld ? 'withheld-claim' : q ? 'quote-content' : 'outlet-voice',
        start: span.start,
        end: span.end,
        text: span.text,
        statuses: ORDER.filter((s) => statuses.has(s)),
        cues: cues.sort((a, b) => a.start - b.start),
        // A claim the source stopped short of making is recorded as not made.
        negated: withheld !== undefined || (q !== undefined && cueWithholds(q, tokens)) || (bits & NEGATION) !== 0 && matchTerms('negation-cues', words, from, to).length > 0,
      };
      if (q) {
        claim.quote = q.id;
        if (q.speaker?.entity) claim.source = q.speaker.entity;
      }
      claims.push(claim);
    }
    addBackReferences(doc.text, quotes, claims);
    doc.layers.claims = claims;
  },
};

type ClaimCue = Claim['cues'][number];

/**
 * "claimed responsibility for the bombing": the content opens with a word of the cue entry's
 * `neutralObjects` (reporting-verbs), with which the verb is an admission, not a distancing.
 */
function neutralObject(entry: LexiconEntry, q: Quote): boolean {
  const objects = entry.neutralObjects;
  if (!Array.isArray(objects) || !q.content[0]) return false;
  const first = /^[\p{L}]+/u.exec(q.content[0].text)?.[0]?.toLowerCase();
  return first !== undefined && objects.includes(first);
}

/** Whether a quote other than `own` has its cue at offset `start`. */
function isOtherQuotesCue(quotes: readonly Quote[], own: Quote | undefined, start: number): boolean {
  for (const o of quotes) if (o !== own && o.cue && o.cue.start <= start && start < o.cue.end) return true;
  return false;
}

/** What may stand between a statement's claim and the comma of a relative clause about it: closing marks. */
const BETWEEN_CLAIM_AND_COMMA = /^[\s"”’'»)]*$/u;

/**
 * "..., a charge the rebels denied", "..., which the army called “pure invention”": the source's
 * denial or dispute goes on the claim of the statement right before the comma, with its cue.
 */
function addBackReferences(text: string, quotes: readonly Quote[], claims: Claim[]): void {
  const { byId } = cueLexicon();
  const stanceStatus = (entry: string | undefined): ClaimStatus | undefined => {
    const stance = entry ? (byId.get(entry)?.stance as string | undefined) : undefined;
    return stance ? STANCE_STATUS[stance] : undefined;
  };
  for (const q of quotes) {
    const ref = backReference(text, q, stanceStatus);
    if (!ref) continue;
    const target = claims.findLast((c) => c.end <= ref.before && c.quote !== q.id && BETWEEN_CLAIM_AND_COMMA.test(text.slice(c.end, ref.before)));
    if (!target) continue;
    const statuses = new Set(target.statuses).add(ref.status);
    target.statuses = ORDER.filter((s) => statuses.has(s));
    addCue(target.cues, ref.cue, ref.status, ref.entry);
    target.cues.sort((a, b) => a.start - b.start);
  }
}

/**
 * Adds a cue to a claim's list unless one of its kind starts there. A module function building the cue
 * literal field by field: a closure per claim spreading the span (`{ ...span, kind, entry }`) defined
 * `kind` and `entry` through the runtime's slow path (DefineNamedOwnIC_Slow, .3% of all ticks).
 */
function addCue(cues: ClaimCue[], span: Span, kind: ClaimStatus, entry?: string): void {
  for (const c of cues) if (c.start === span.start && c.kind === kind) return;
  cues.push(entry ? { start: span.start, end: span.end, text: span.text, kind, entry } : { start: span.start, end: span.end, text: span.text, kind });
}

/**
 * "dismissed the vote as a sham": the content after "as" is what the source calls the thing, a claim
 * it makes, not one it denies. Read from the characters around the content's start (no slicing).
 */
function characterises(text: string, q: Quote): boolean {
  const start = q.content[0]!.start;
  const isAs = (at: number): boolean => at >= 0 && (text.charCodeAt(at) | 32) === 97 && (text.charCodeAt(at + 1) | 32) === 115 && !WORD_CHAR.test(text[at - 1] ?? ' ');
  if (isAs(start) && SPACE.test(text[start + 2] ?? '')) return true;
  let k = start - 1;
  while (k >= 0 && SPACE.test(text[k]!)) k--;
  return isAs(k - 1);
}

const WORD_CHAR = /\w/;
const SPACE = /\s/;

const ORDER: ClaimStatus[] = ['asserted', 'attributed', 'hedged', 'disputed', 'denied', 'questioned'];

/** The first token of the sentence holding token `t` (0 when there is none). */
function sentenceTokenStart(sentences: readonly Sentence[], tokens: readonly Token[], t: number): number {
  const token = tokens[t];
  return token ? (sentenceAt(sentences, token.start)?.tokenStart ?? 0) : 0;
}

function spanOfTokens(text: string, tokens: readonly Token[], from: number, to: number): Span {
  return spanOf(text, tokens[from]!.start, tokens[to - 1]!.end);
}
