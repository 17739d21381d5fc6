/**
 * Capitals used for their governments: "Kiev insists", "Moscow could deploy", "used by Kiev",
 * "Moscow's eventual recognition", "lashed out at Kiev". Such a mention becomes an organisation with
 * `metonymy: 'government'` and the government it stands for; it is not a location of anything.
 * Everywhere else ("in Kiev", "the road to Moscow") a capital stays a place.
 */
import type { Draft, EntityContext } from './context.js';
import { normText } from './context.js';
import { entityLexicons } from './lexicons.js';

/** Forms of "be" after which a capital is usually still a place ("Kiev is a city of three million"). */
const COPULA = new Set(['is', 'was', 'are', 'were', "'s", 'remains', 'lies', 'sits', 'has been', 'looks', 'seems']);
const ADVERB = /^(RB|RBR|RBS)$/;
/** Prepositions that make a capital a location ("in Kiev said" is not Kiev saying); "that" is fine. */
const LOCATIVE = new Set(['in', 'at', 'from', 'to', 'near', 'into', 'outside', 'inside', 'across', 'around', 'toward', 'towards', 'over', 'of', 'for', 'on', 'via', 'through', 'between', 'beyond', 'within', 'throughout', 'the', 'a']);
const FINITE_VERB = /^(VBZ|VBD|VBP|MD)$/;

export function markGovernmentMetonyms(ctx: EntityContext, drafts: readonly Draft[]): void {
  const { capitals } = entityLexicons();
  for (const d of drafts) {
    if (d.kind !== 'name' || (d.type !== 'place' && d.type !== 'organisation')) continue;
    const government = capitals.get(normText(ctx, d.start, d.end));
    if (!government) continue;
    const rule = subjectOfVerb(ctx, d) ?? afterCue(ctx, d) ?? possessivePolicy(ctx, d);
    if (!rule) continue;
    d.type = 'organisation';
    d.metonymy = 'government';
    d.standsFor = government;
    d.rule = `${d.rule}+government:${rule}`;
  }
}

function sentenceEnd(ctx: EntityContext, d: Draft): number {
  return ctx.sentences[ctx.sentenceOf[d.start]!]!.tokenEnd;
}

/** "Kiev insists", "Moscow could deploy", "Kiev has since denied". */
function subjectOfVerb(ctx: EntityContext, d: Draft): string | undefined {
  if (d.start > 0 && LOCATIVE.has(ctx.norm[d.start - 1]!)) return undefined;
  const end = sentenceEnd(ctx, d);
  let k = d.end;
  while (k < end && ADVERB.test(ctx.tokens[k]!.pos ?? '')) k++;
  // A finite verb, or an auxiliary or speech verb of the lexicon where the tagger missed it (caseless text).
  if (k >= end || !(FINITE_VERB.test(ctx.tokens[k]!.pos ?? '') || entityLexicons().subjectVerbs.has(ctx.norm[k]!))) return undefined;
  if (COPULA.has(ctx.norm[k]!)) {
    // "Kiev is demanding", "Moscow was accused": a copula before a participle is still an act.
    const next = ctx.tokens[k + 1]?.pos ?? '';
    if (next !== 'VBG' && next !== 'VBN') return undefined;
  }
  return 'subject';
}

/** A cue just before the capital: "lashed out at Kiev", "talks with Moscow", "used by Kiev". */
function afterCue(ctx: EntityContext, d: Draft): string | undefined {
  const { cuesBefore } = entityLexicons();
  const floor = ctx.sentences[ctx.sentenceOf[d.start]!]!.tokenStart;
  for (let len = Math.min(4, d.start - floor); len >= 1; len--) {
    const cue = cuesBefore.matchExactly(ctx.norm, d.start - len, d.start, ctx.tokens, true);
    if (!cue) continue;
    if (cue.afterParticiple) {
      let k = d.start - len - 1;
      while (k > floor && ADVERB.test(ctx.tokens[k]!.pos ?? '')) k--;
      if (ctx.tokens[k]?.pos !== 'VBN') return undefined;
    }
    return cue.id;
  }
  return undefined;
}

/** "Moscow's eventual recognition": 's, adjectives, then a noun of policy or its agents. */
function possessivePolicy(ctx: EntityContext, d: Draft): string | undefined {
  const { possessiveCues } = entityLexicons();
  if (ctx.norm[d.end] !== "'s") return undefined;
  const end = sentenceEnd(ctx, d);
  for (let k = d.end + 1; k < end && k <= d.end + 4; k++) {
    if (possessiveCues.has(ctx.norm[k]!)) return 'possessive';
    if (!/^(JJ|RB|VBN|NN)/.test(ctx.tokens[k]!.pos ?? '')) return undefined;
  }
  return undefined;
}
