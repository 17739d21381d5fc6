/**
 * The dates stage's work on one document: classify tokens, find pattern matches, keep the longest
 * matches that resolve, then resolve them in text order so that chained references ("the previous
 * day") can point at the expression before them.
 */
import type { TimeExpression } from '../../model/layers/dates.js';
import type { Sentence, Token } from '../../model/layers/structure.js';
import { parseIsoDay, type Day } from './calendar.js';
import { attachClockDays, type ResolvedExpression } from './attach-clock-days.js';
import { classifyTokens } from './classify-tokens.js';
import type { TimeToken } from './time-token.js';
import { detectTense, tenseCues, type Tense } from './detect-tense.js';
import { findCandidates, selectCandidates, type Candidate } from './find-candidates.js';
import { readFrame, type TimeFrame } from './read-frame.js';
import type { Resolution, ResolveContext } from './resolve-context.js';
import { resolveFrame } from './resolve-expression.js';
import { isComplete } from './time-point.js';

export const DATES_STAGE = 'dates';

export interface TaggedTimes {
  expressions: TimeExpression[];
  /** How many values were left with X because no publication date was known. */
  unresolved: number;
}

interface Resolvable extends Candidate {
  frame: TimeFrame;
  /** The tense around the candidate, read once for both resolutions. */
  tense: Tense;
  /**
   * The first resolution, when it read no earlier expression (`anchor`, `quarter`): the second one,
   * in text order, then gives the same (the frame and the rest of the context are the same, and
   * resolving is a pure function of them), so it is not worked out again.
   */
  standalone?: Resolution;
}

/** Finds and resolves the time expressions of a text against its publication date (ISO 8601). */
export function tagTimeExpressions(text: string, tokens: readonly Token[], sentences: readonly Sentence[], publishedAt?: string): TaggedTimes {
  const dct: Day | undefined = parseIsoDay(publishedAt);
  const classified = classifyTokens(text, tokens, sentences, true);
  const timeTokens = classified.tokens;
  const candidates: Resolvable[] = [];
  const cues = tenseCues(timeTokens.length);
  for (const c of findCandidates(classified.classes)) {
    const frame = readFrame(timeTokens, c.from, c.to);
    const tense = detectTense(timeTokens, c.from, c.to, cues);
    const standalone = new StandaloneContext(timeTokens, c, dct, tense);
    const first = resolveFrame(frame, standalone);
    if (!first) continue;
    const candidate: Resolvable = { rule: c.rule, priority: c.priority, from: c.from, to: c.to, frame, tense };
    if (!standalone.chainRead) candidate.standalone = first;
    candidates.push(candidate);
  }
  const expressions: TimeExpression[] = [];
  const resolved: ResolvedExpression[] = [];
  let anchor: ResolveContext['anchor'];
  let quarter: ResolveContext['quarter'];
  let unresolved = 0;
  for (const c of selectCandidates(candidates)) {
    let res = c.standalone;
    if (!res) {
      const ctx = contextFor(timeTokens, c, dct, anchor, c.tense);
      if (quarter) ctx.quarter = quarter;
      res = resolveFrame(c.frame, ctx);
      if (!res) continue;
    }
    const id = `t${expressions.length + 1}`;
    const from = trimmedStart(timeTokens, c);
    const first = timeTokens[from]!;
    const last = timeTokens[c.to - 1]!;
    const expression = toExpression(id, text, first.start, last.end, c.rule, res);
    expressions.push(expression);
    resolved.push(res.point ? { expression, point: res.point } : { expression });
    if (res.unresolved) unresolved++;
    if (res.point && isComplete(res.point) && res.type !== 'DURATION' && res.type !== 'SET') {
      anchor = { id, point: res.point, sentence: first.sentence };
      if (res.point.gran === 'Q' && (c.rule === 'ordinal-period' || c.rule === 'relative-unit')) quarter = { id, point: res.point, sentence: first.sentence };
    }
  }
  attachClockDays(text, resolved);
  return { expressions, unresolved };
}

/**
 * TimeML extents leave out an article that belongs to a noun after the expression: "a 24-hour strike",
 * "the third-quarter results", "the year-ago figure" (but "the year-ago period" keeps it), and "the"
 * before a bare count ("the two days").
 */
function trimmedStart(tokens: readonly TimeToken[], c: Resolvable): number {
  const first = tokens[c.from]!;
  if (first.cls !== 'THE' && first.cls !== 'ART') return c.from;
  const last = tokens[c.to - 1]!;
  const endsInCompound = c.frame.hyphenated === true || (tokens[c.to - 2]?.cls === 'HYPHEN' && last.cls === 'DIR');
  if (endsInCompound && (last.cls === 'UNIT' || last.cls === 'HALF' || last.cls === 'DIR')) return c.from + 1;
  const second = tokens[c.from + 1];
  if (first.cls === 'THE' && c.rule === 'count-unit' && (second?.cls === 'NUM' || second?.cls === 'VAGUE') && c.frame.dir === undefined) return c.from + 1;
  return c.from;
}

/**
 * The context of a first resolution, as `contextFor` makes it without an earlier expression, that
 * notes when the resolution asks for one (`anchor`, `quarter`). Resolving reads the context's fields
 * only (no `in`, no spreading), so a field never read cannot change the answer. Every instance has
 * the same fields in the same order (one shape for the resolvers' property reads).
 */
class StandaloneContext implements ResolveContext {
  readonly tense: Tense;
  readonly sentence: number;
  readonly rule: string;
  readonly dct: Day | undefined;
  readonly before: TimeToken | undefined;
  readonly after: TimeToken | undefined;
  /** Whether the resolution read `anchor` or `quarter`, i.e. would have used an earlier expression. */
  chainRead = false;

  constructor(tokens: readonly TimeToken[], c: Candidate, dct: Day | undefined, tense: Tense) {
    this.tense = tense;
    this.sentence = tokens[c.from]!.sentence;
    this.rule = c.rule;
    this.dct = dct;
    const before = tokens[c.from - 1];
    this.before = before && before.cls !== 'END' ? before : undefined;
    const after = tokens[c.to];
    this.after = after && after.cls !== 'END' ? after : undefined;
  }

  get anchor(): undefined {
    this.chainRead = true;
    return undefined;
  }

  get quarter(): undefined {
    this.chainRead = true;
    return undefined;
  }
}

function contextFor(tokens: readonly TimeToken[], c: Candidate, dct: Day | undefined, anchor: ResolveContext['anchor'], tense: Tense): ResolveContext {
  const ctx: ResolveContext = { tense, sentence: tokens[c.from]!.sentence, rule: c.rule };
  if (dct) ctx.dct = dct;
  if (anchor) ctx.anchor = anchor;
  const before = tokens[c.from - 1];
  if (before && before.cls !== 'END') ctx.before = before;
  const after = tokens[c.to];
  if (after && after.cls !== 'END') ctx.after = after;
  return ctx;
}

function toExpression(id: string, text: string, start: number, end: number, rule: string, res: Resolution): TimeExpression {
  const e: TimeExpression = { id, start, end, text: text.slice(start, end), stage: DATES_STAGE, rule, type: res.type, value: res.value, stated: res.stated, implied: res.implied };
  if (res.mod) e.mod = res.mod;
  if (res.anchor) e.anchor = res.anchor;
  if (res.range) e.range = res.range;
  return e;
}
