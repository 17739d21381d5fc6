/**
 * A cue with a noun phrase for its object ("Kremlin condemns 'barbaric' attack", "lamented the
 * “disheartened” state of the campaign") reports a stance towards a thing the outlet names; only the
 * quoted words are the source's own. Such a content shrinks to its quotations.
 */
import { tokensIn } from '../../model/text-index.js';
import type { ContentFind } from './find-content.js';
import type { QuoteScene } from './quote-scene.js';
import { COMPLEMENTISERS, isFiniteTag, lowerAt } from './word-classes.js';


/**
 * The quotations of a noun-phrase content that holds quoted words but is more than them; any other
 * content unchanged. Untagged text is left alone: without tags a clause cannot be told from a phrase.
 */
export function narrowNounContent(scene: QuoteScene, content: ContentFind): ContentFind {
  if (content.direct || content.quoted.length === 0) return content;
  const { tokens } = scene;
  const [from, to] = tokensIn(tokens, content.start, content.end);
  if (from >= to || tokens[from]!.pos === undefined || COMPLEMENTISERS.has(lowerAt(tokens, from))) return content;
  for (let t = from; t < to; t++) {
    // Words inside the quotation are the source's; a verb there does not make the content a clause.
    if (scene.insideQuote[t]! >= 0) continue;
    if (isFiniteTag(tokens[t]!.pos) || tokens[t]!.pos === 'VBG' || tokens[t]!.pos === 'TO') return content;
    // "described the offer as “an insult” and unworkable": all of the characterisation is the source's.
    if (lowerAt(tokens, t) === 'as') return content;
  }
  const first = scene.quoted[content.quoted[0]!]!;
  const last = scene.quoted[content.quoted.at(-1)!]!;
  return { start: first.start, end: last.end, quoted: content.quoted, direct: content.quoted.length === 1 };
}
