/**
 * The content a cue introduces. After the cue: a quotation (direct), or a that-clause, a bare clause,
 * a wh-clause or an infinitive up to the end of the clause (indirect, or mixed where it holds quoted
 * words). PolNeAR's boundaries: "that" and the quotation marks belong to the content; the sentence's
 * final period does not, unless it sits inside the closing mark.
 */
import type { QuoteScene } from './quote-scene.js';
import { withheldPhraseAt } from './find-withheld-phrase.js';
import { opensNewClause, opensSubordinateClause } from './find-new-clause.js';
import { hearerClauseAt } from './find-hearer-clause.js';
import { skipDateline, skipSettingBeforeThat, skipTimeAfter } from './skip-adjuncts.js';
import { cueLexicon } from './cue-lexicon.js';
import { CITING } from './attach-cited-sources.js';
import { CLOSING_MARKS, COMPLEMENTISERS, OPENING_MARKS, SENTENCE_END, W_ASIDE_DASH, W_CLAUSE_BREAKER, W_SENTENCE_END, bitsAt, isFiniteTag, lowerAt, lowerAtOr } from './word-classes.js';

/** Char range `[start, end)` and, when the content is one quotation, its index in `scene.quoted`. */
export interface ContentFind {
  start: number;
  end: number;
  /** Quoted spans wholly inside the content. */
  quoted: number[];
  /** The content is exactly one quotation (with its continuation pieces). */
  direct: boolean;
}

/** Verbs whose object is the hearer, not the content ("told reporters that ..."). */
const TELL_VERBS = new Set(['tell', 'tells', 'told', 'telling', 'assure', 'assured', 'assures', 'inform', 'informed', 'informs', 'remind', 'reminded', 'reminds', 'warn', 'warned', 'warns', 'promise', 'promised', 'promises', 'convince', 'convinced', 'persuade', 'persuaded']);
/** Prepositions that can open what was said ("asked about the delay", "whether ..."). */
const CONTENT_PREPOSITIONS = new Set(['about', 'whether', 'if', 'that', 'like', 'of', 'on', 'for', 'against']);
/** Speech verbs mostly used without an object: a prepositional phrase after them is an adjunct. */
const INTRANSITIVE = new Set(['speak', 'speaks', 'spoke', 'speaking', 'spoken', 'testify', 'testified', 'testifies', 'comment', 'commented', 'comments']);
/**
 * Talk nouns whose "of" phrase names what the talk was about, not its content: "conflicting accounts of
 * the blast", "a statement of condolence", "his version of events". ("claims of abuse", "reports of the
 * explosion" state their content so, as PolNeAR marks them: not listed.)
 */
const TOPIC_OF_NOUNS = new Set(['account', 'accounts', 'version', 'versions', 'statement', 'statements', 'description', 'descriptions']);
/** After a cue and a comma, these open the outlet's next clause, not what was said. */
const OUTLET_CLAUSE = new Set(['and', 'but', 'while', 'whereas', 'although', 'though', 'because', 'which', 'when', 'after', 'before', 'as', 'so']);

/** How far a cited party may run ("citing sources in the regional defence ministry,"). */
const CITED_REACH = 14;

/** Content after a cue ending at token `k`, within the sentence ending at token `sentenceEnd`; `stop` cuts it. */
export function findContentAfter(scene: QuoteScene, cueHead: number, k: number, sentenceEnd: number, stop: number): ContentFind | undefined {
  const { tokens } = scene;
  if (k >= sentenceEnd) {
    // "Reporter X says:" at a paragraph's end, the quotation in the next paragraph.
    if (tokens[k - 1]?.text !== ':' || !scene.opensAt.has(k)) return undefined;
    sentenceEnd = k + 1;
  }
  // "gave conflicting accounts of the blast": what such a noun's "of" names is the topic, not what was said.
  if (lowerAt(tokens, k) === 'of' && TOPIC_OF_NOUNS.has(lowerAt(tokens, k - 1))) return undefined;
  // "said on Tuesday that", "said earlier,": a time adjunct is neither cue nor content.
  const adjunct = k;
  k = skipTimeAfter(scene, k, sentenceEnd);
  if (k > adjunct && (k >= sentenceEnd || SENTENCE_END.has(tokens[k]!.text) || (tokens[k]!.text === ',' && !scene.opensAt.has(k + 1) && !CITING.has(lowerAtOr(tokens, k + 1, k))))) return undefined;
  // "said, and I quote, “...”": the writer's aside stands between the cue and the quotation.
  const aside = quoteAsideEnd(scene.tokens, k);
  if (aside > k && scene.opensAt.has(aside)) k = aside - 1;
  if ((tokens[k]!.text === ',' || tokens[k]!.text === ':') && scene.opensAt.has(k + 1)) k++;
  // "officials said, and the market reopened": a new clause of the outlet's after the comma, no content.
  else if (tokens[k]!.text === ',' && OUTLET_CLAUSE.has(lowerAtOr(tokens, k + 1, k))) return undefined;
  else if (tokens[k]!.text === ',') {
    // "said, however, that ...": an aside before the clause; "reported, citing the ministry, (that)
    // ...": the cited party, whom attach-cited-sources makes the inner source.
    const citing = CITING.has(lowerAtOr(tokens, k + 1, k));
    let j = k + 1;
    while (j < Math.min(sentenceEnd, k + (citing ? CITED_REACH : 6)) && tokens[j]!.text !== ',') j++;
    if (tokens[j]?.text === ',' && (lowerAtOr(tokens, j + 1, k) === 'that' || (citing && j + 2 < sentenceEnd))) k = j + 1;
  }
  // "added to the uncertainty", "added up to": a sum, not speech ("added that" and "added:" are).
  const adding = ADD_VERBS.has(lowerAt(tokens, cueHead));
  if (adding && isAddingUp(scene, k)) return undefined;
  if (TELL_VERBS.has(lowerAt(tokens, cueHead)) || (adding && lowerAt(tokens, k) === 'to')) k = skipHearer(scene, k, sentenceEnd);
  k = skipSettingBeforeThat(scene, k, sentenceEnd);
  // "spoke at length about her differences with Obama": the manner phrase stands between the verb and
  // what was said (PolNeAR: cue "has spoken at length about").
  if (INTRANSITIVE.has(lowerAt(tokens, cueHead)) && lowerAt(tokens, k) === 'at' && lowerAtOr(tokens, k + 1, k) === 'length' && CONTENT_PREPOSITIONS.has(lowerAtOr(tokens, k + 2, k))) k += 2;
  const direct = quotationAt(scene, k) ?? (lowerAt(tokens, k) === 'that' ? quotationAt(scene, k + 1) : undefined);
  if (direct !== undefined && (endsClause(scene, direct.lastToken + 1, sentenceEnd) || shortTail(scene, direct.lastToken + 1, sentenceEnd))) {
    return { start: scene.quoted[direct.indexes[0]!]!.start, end: scene.quoted[direct.indexes.at(-1)!]!.end, quoted: direct.indexes, direct: true };
  }
  let end = clauseEnd(scene, k, Math.min(sentenceEnd, stop));
  // Only a content that crosses a dash needs to know whether its cue stands in a dashed aside.
  if (crossesDash(scene, k, end)) end = clauseEnd(scene, k, Math.min(sentenceEnd, stop, asideEnd(scene, cueHead, k, sentenceEnd)));
  if (end <= k) return undefined;
  // "spoke in the chamber", "spoke to Olena Petrenko": a place or hearer, not what was said.
  if (INTRANSITIVE.has(lowerAt(scene.tokens, cueHead)) && (scene.tokens[k]!.pos === 'IN' || scene.tokens[k]!.pos === 'TO') && !CONTENT_PREPOSITIONS.has(lowerAt(scene.tokens, k))) return undefined;
  return clauseContent(scene, k, end);
}

/**
 * ", and I quote," / ", I quote:" at token `k` (a comma): one past the aside's closing comma or colon,
 * else `k`. The writer vouches for the words that follow; the quote is the cue before the aside's.
 */
export function quoteAsideEnd(tokens: QuoteScene['tokens'], k: number): number {
  if (tokens[k]?.text !== ',') return k;
  let j = k + 1;
  if (lowerAtOr(tokens, j, k) === 'and') j++;
  if (tokens[j]?.text !== 'I' || lowerAtOr(tokens, j + 1, k) !== 'quote') return k;
  const after = tokens[j + 2]?.text;
  return after === ',' || after === ':' ? j + 3 : k;
}

/**
 * "Trump - who previously said he would bomb the oil fields - said at a rally ...": a cue inside a
 * dashed aside has its content end at the aside's closing dash. The sentence end when the cue is in none.
 */
function asideEnd(scene: QuoteScene, cueHead: number, k: number, sentenceEnd: number): number {
  const sentence = scene.sentences[scene.sentenceOf[cueHead]!];
  if (!sentence) return sentenceEnd;
  let open = false;
  for (let t = sentence.tokenStart; t < cueHead; t++) if (isAsideDash(scene, t)) open = !open;
  if (!open) return sentenceEnd;
  for (let t = k; t < sentenceEnd; t++) if (isAsideDash(scene, t)) return t;
  return sentenceEnd;
}

function crossesDash(scene: QuoteScene, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (isAsideDash(scene, t)) return true;
  return false;
}

/** A dash standing between spaces outside quotations (not the hyphen of "second- or third-tier"). */
function isAsideDash(scene: QuoteScene, t: number): boolean {
  const token = scene.tokens[t]!;
  // The word's bit (word-classes.ts ASIDE_DASHES, a dash lower-cased is itself): asked of every token of a content.
  return (bitsAt(scene.tokens, t) & W_ASIDE_DASH) !== 0 && scene.insideQuote[t]! < 0 && /\s/.test(scene.text[token.start - 1] ?? ' ') && /\s/.test(scene.text[token.end] ?? ' ');
}

const ADD_VERBS = new Set(['add', 'adds', 'added', 'adding']);

/** "to the toll" (a noun after "to") or "up" right after a form of "add". */
function isAddingUp(scene: QuoteScene, k: number): boolean {
  const w = lowerAtOr(scene.tokens, k, 0);
  if (w === 'up') return true;
  if (w !== 'to' || /^VB/.test(scene.tokens[k + 1]?.pos ?? 'VB')) return false;
  // "added to reporters that ...": a hearer, then what was said.
  for (let j = k + 1; j < Math.min(scene.tokens.length, k + 7); j++) {
    const t = scene.tokens[j]!;
    if (t.text === 'that' || t.text === ':' || scene.opensAt.has(j)) return false;
  }
  return true;
}

/** Content before a cue: from `from` to the comma before the cue's source (trailing attribution). */
export function findContentBefore(scene: QuoteScene, from: number, to: number): ContentFind | undefined {
  from = skipDateline(scene, from, to);
  let end = to;
  while (end > from && (scene.tokens[end - 1]!.text === ',' || scene.tokens[end - 1]!.text === '—')) end--;
  if (end - from < 3) return undefined;
  return clauseContent(scene, from, end);
}

/** A content over tokens `[from, to)`: direct when it is exactly one quotation. */
export function clauseContent(scene: QuoteScene, from: number, to: number): ContentFind {
  const { tokens, quoted } = scene;
  const start = tokens[from]!.start;
  let end = tokens[to - 1]!.end;
  const inside: number[] = [];
  for (let t = from; t < to; t++) {
    const q = scene.opensAt.get(t);
    if (q !== undefined && quoted[q]!.end <= end + 1) inside.push(q);
  }
  const only = inside.length === 1 ? quoted[inside[0]!]! : undefined;
  const direct = only !== undefined && only.start === start && only.end >= end;
  if (only && direct) end = only.end;
  return { start, end, quoted: inside, direct };
}

/** The quotation opening at token `k`, with its continuation pieces and its last token. */
export function quotationAt(scene: QuoteScene, k: number): { indexes: number[]; lastToken: number } | undefined {
  const first = scene.opensAt.get(k);
  if (first === undefined) return undefined;
  const indexes = [first];
  while (scene.quoted[indexes.at(-1)!]!.continues && scene.quoted[indexes.at(-1)! + 1]?.continuation) indexes.push(indexes.at(-1)! + 1);
  const lastQuote = scene.quoted[indexes.at(-1)!]!;
  let lastToken = k;
  while (lastToken + 1 < scene.tokens.length && scene.tokens[lastToken + 1]!.end <= lastQuote.end) lastToken++;
  return { indexes, lastToken };
}

/** Whether nothing but closing punctuation, a trailing phrase after a comma, or the sentence end follows. */
function endsClause(scene: QuoteScene, k: number, sentenceEnd: number): boolean {
  if (k >= sentenceEnd) return true;
  const w = scene.tokens[k]!.text;
  return SENTENCE_END.has(w) || w === ',' || w === ';' || w === ')' || k >= scene.tokens.length;
}

/** Token index one past the clause that starts at `k`, jumping over quotations. */
function clauseEnd(scene: QuoteScene, k: number, limit: number): number {
  const { tokens } = scene;
  let t = k;
  let end = k;
  let hasVerb = false;
  /** Any verb but a participle in -ing: the content so far is a noun phrase ("him of hiding the budget"). */
  let hasAnyVerb = false;
  let sawComma = false;
  // Whether the content opens with a complementiser: asked of every token below, so looked up once (the
  // Set lookups under clauseEnd were .16% of all ticks).
  const afterComplementiser = k < limit && COMPLEMENTISERS.has(lowerAt(tokens, k));
  while (t < limit) {
    const w = lowerAt(tokens, t);
    const q = scene.opensAt.get(t);
    if (q !== undefined && t > k - 1) {
      const quote = quotationAt(scene, t)!;
      // A quotation holds a clause of its own: the content is no mere noun phrase.
      hasAnyVerb = true;
      t = quote.lastToken + 1;
      end = t;
      continue;
    }
    // After a comma, a word of word-classes' CLAUSE_BREAKERS opens a new clause that is not part of the content.
    if (w === ';' || (w === ',' && t + 1 < limit && bitsAt(tokens, t + 1) & W_CLAUSE_BREAKER && t > k + 2)) break;
    // "The plan, which the union dismissed as a sham, was dropped": the first comma of the content
    // before a finite verb closes the parenthetical the cue stood in.
    if (w === ',' && !sawComma && isFiniteTag(tokens[t + 1]?.pos)) break;
    if (w === ',') sawComma = true;
    // ", a claim the rebels denied": the outlet's apposition to the content, not part of it.
    if (w === ',' && t > k + 2 && isDeterminerA(tokens[t + 1]) && APPOSITIVE_NOUNS.has(lowerAtOr(tokens, t + 2, t))) break;
    // "confirmed an arrest but did not name the man": a second verb phrase of the source, when the
    // content so far is a noun phrase (no verb of its own).
    if ((w === 'and' || w === 'but') && t > k && !hasVerb && startsVerbPhrase(scene, t + 1, limit)) break;
    // "distanced himself from the movement by saying ...": how the source did it, a cue of its own.
    if (w === 'by' && t > k && !hasVerb && tokens[t + 1]?.pos === 'VBG' && !afterComplementiser && cueLexicon().verbs.has(lowerAt(tokens, t + 1))) break;
    // "said the strikes were barbaric but stopped short of blaming Kyiv": the source's next step.
    if ((w === 'and' || w === 'but') && t > k && withheldPhraseAt(tokens, t + 1, limit)) break;
    if (w === ',' && t > k && !hasVerb && opensNewClause(scene, k, t, limit)) break;
    if (t > k && !hasAnyVerb && !afterComplementiser && opensSubordinateClause(scene, t, limit)) break;
    // Tags compared directly (`/^(VB[DPZ]|MD)$/`, `/^(VB[DPZN]?|MD)$/`): this runs for every token of a content.
    const pos = tokens[t]!.pos;
    if (pos === 'VBD' || pos === 'VBP' || pos === 'VBZ' || pos === 'MD') hasVerb = true;
    if (pos === 'VB' || pos === 'VBD' || pos === 'VBP' || pos === 'VBZ' || pos === 'VBN' || pos === 'MD') hasAnyVerb = true;
    const sentenceEnd = (bitsAt(tokens, t) & W_SENTENCE_END) !== 0;
    if (sentenceEnd && t === limit - 1) break;
    if (sentenceEnd && t + 1 < limit && CLOSING_MARKS.has(tokens[t + 1]!.text)) {
      end = t + 2;
      t += 2;
      continue;
    }
    t++;
    end = t;
  }
  while (end > k && [',', '—', '–', '-', ':', '('].includes(tokens[end - 1]!.text)) end--;
  while (end > k && OPENING_MARKS.has(tokens[end - 1]!.text) && !scene.opensAt.has(end - 1) && !scene.closesAt.has(end - 1)) end--;
  return end;
}

/** Nouns an outlet puts in apposition to reported content (", a claim Kyiv denies"). */
export const APPOSITIVE_NOUNS = new Set(['claim', 'charge', 'accusation', 'allegation', 'assertion', 'statement', 'move', 'step', 'decision', 'reference', 'remark', 'comment', 'sentiment', 'view', 'figure', 'version', 'account', 'suggestion', 'notion', 'position', 'stance', 'message']);

function isDeterminerA(token: { text: string } | undefined): boolean {
  return token !== undefined && (token.text === 'a' || token.text === 'an');
}

/** A finite verb (after adverbs and a negation) at `k`: "did not name", "also said". */
function startsVerbPhrase(scene: QuoteScene, k: number, limit: number): boolean {
  let j = k;
  while (j < limit && scene.tokens[j]!.pos === 'RB') j++;
  return j < limit && /^(VBD|VBZ|MD)$/.test(scene.tokens[j]!.pos ?? '');
}

/** Skips the hearer after "told" ("told reporters that", "told him"): up to "that", a quote or a colon. */
function skipHearer(scene: QuoteScene, k: number, sentenceEnd: number): number {
  const { tokens } = scene;
  for (let j = k; j < Math.min(sentenceEnd, k + 6); j++) {
    const w = lowerAt(tokens, j);
    if (hearerClauseAt(scene, k, j, sentenceEnd) >= 0) return j;
    if (w === 'that' || scene.opensAt.has(j)) return j;
    if (w === ':' || (w === ',' && scene.opensAt.has(j + 1))) return j + 1;
    if (SENTENCE_END.has(w)) break;
  }
  return k;
}

/** A short prepositional tail after a quotation ("... operation” in Ukraine."): the outlet's words. */
function shortTail(scene: QuoteScene, k: number, sentenceEnd: number): boolean {
  let end = sentenceEnd;
  while (end > k && SENTENCE_END.has(scene.tokens[end - 1]!.text)) end--;
  return end - k <= 4 && /^(IN|TO|RB)$/.test(scene.tokens[k]?.pos ?? '');
}
