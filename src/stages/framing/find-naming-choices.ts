/**
 * Naming choices: every mention of a contested name or term (Kiev/Kyiv, "special military operation"/
 * "invasion"/"war", "separatists"/"militia"/"defenders", "regime") with the usage the chosen variant
 * signals and the variants not chosen. Entries with a `context` apply only to articles that mention
 * one of its words, so "war" in an article on other matters is not a choice about Ukraine.
 */
import type { NamingChoice } from '../../model/layers/framing.js';
import { framingLexicons, STARTS_NAME } from './framing-lexicons.js';
import { matchPhrases } from './match-phrases.js';
import { hasWord, nameFirstNodes, type ArticleContext } from './model/article-context.js';
import type { VoiceResolver } from './assign-voice.js';

/** A choice whose id (left empty, first so the layer's key order holds) the stage gives. */
type Draft = NamingChoice;

/** Finds the naming choices of an article, in text order, never overlapping. */
export function findNamingChoices(ctx: ArticleContext, voices: VoiceResolver, stage: string): Draft[] {
  const { names } = framingLexicons();
  const choices: Draft[] = [];
  for (const m of matchPhrases(names, ctx.words, 0, ctx.words.length, undefined, ctx.starts, STARTS_NAME, nameFirstNodes(ctx))) {
    const { entry, variant } = m.payload;
    if (!variant) continue; // an ignored phrase such as "war crimes"
    if (entry.context && !entry.context.some((w) => hasWord(ctx, w))) continue;
    const start = ctx.tokens[m.tokenStart]!.start;
    const end = ctx.tokens[m.tokenEnd - 1]!.end;
    choices.push({
      id: '',
      start,
      end,
      text: ctx.text.slice(start, end),
      stage,
      rule: `contested-names:${entry.id}`,
      entry: entry.id,
      variant: variant.name,
      signals: variant.signals,
      alternatives: entry.variants.filter((v) => v !== variant).map((v) => v.name),
      voice: voices.voiceOf(start, end),
    });
  }
  return choices;
}
