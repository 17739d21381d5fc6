/**
 * A casualty figure someone rejects right after it is given: "up to 40 servicemen ... had been killed,
 * a figure Ukrainian officials called “pure fiction”", "..., a toll the army dismissed as propaganda".
 * The appositive names who rejects the figure and how (denies or disputes); the claim records it.
 */
import type { EventScene } from './event-scene.js';
import type { FoundCasualty } from './find-casualties.js';

/** Nouns that take up a figure just given ("a figure Ukrainian officials called ..."). */
const FIGURE_NOUN = new Set(['figure', 'figures', 'number', 'toll', 'claim', 'count', 'estimate', 'tally']);
const REJECT_VERB = /^(?:dismissed|rejected|denied|disputed|refuted)$/;
const NAMING_VERB = /^(?:called|described|branded|termed|labelled|labeled)$/;
/** Words that call a figure false or inflated. */
const FALSE_WORD = /^(?:fiction|fictional|false|lie|lies|fabrication|fabricated|fake|invented|propaganda|exaggerated|inflated|baseless|nonsense|untrue|absurd)$/;

/**
 * "up to 40 servicemen ... had been killed, a figure Ukrainian officials called “pure fiction”": an
 * appositive after the casualty words takes the figure up and names who rejects it. Marks the claim.
 */
export function findFigureChallenges(scene: EventScene, found: readonly FoundCasualty[]): void {
  const w = scene.words;
  for (const f of found) {
    const s = scene.sentence[f.start];
    // The appositive follows the casualty words and what places or dates them ("killed in the raid on Wednesday, a figure ...").
    let t = f.end;
    while (t < w.length && t - f.end < 8 && scene.sentence[t] === s && w[t] !== ',' && !/^(?:and|but|while|as|said|says)$/.test(w[t]!)) t++;
    if (w[t] !== ',' || scene.sentence[t] !== s) continue;
    t++;
    if (w[t] !== 'a' && w[t] !== 'the' && w[t] !== 'which') continue;
    if (w[t] !== 'which') {
      t++;
      if (!FIGURE_NOUN.has(w[t] ?? '')) continue;
    }
    const subjectFrom = t + 1;
    let verb = subjectFrom;
    while (verb < w.length && verb - subjectFrom < 6 && scene.sentence[verb] === s && !REJECT_VERB.test(w[verb]!) && !NAMING_VERB.test(w[verb]!)) verb++;
    if (verb === subjectFrom || verb >= w.length || scene.sentence[verb] !== s) continue;
    let stance: FigureChallengeStance | undefined;
    let end = verb + 1;
    if (REJECT_VERB.test(w[verb]!)) {
      stance = 'denies';
      // "dismissed as propaganda": what they call it belongs to the words.
      if (w[end] === 'as') for (let k = end + 1; k < w.length && k - end <= 4 && scene.sentence[k] === s && /^[\p{L}-]/u.test(w[k]!); k++) end = k + 1;
    } else {
      for (let k = verb + 1; k < w.length && k - verb <= 5 && scene.sentence[k] === s && w[k] !== ','; k++) {
        if (FALSE_WORD.test(w[k]!)) {
          stance = 'disputes';
          end = k + 1;
          break;
        }
      }
    }
    if (!stance) continue;
    while (end < w.length && scene.sentence[end] === s && /^[”"’»]$/.test(w[end]!)) end++;
    const claimant = { kind: 'source' as const, name: scene.span(subjectFrom, verb).text };
    (f.claim.disputedBy ??= []).push({ claimant, stance, evidence: [scene.span(verb, end)] });
  }
}

type FigureChallengeStance = 'disputes' | 'denies';
