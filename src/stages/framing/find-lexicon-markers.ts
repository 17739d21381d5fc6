/**
 * Markers from the lexicons: loaded words and labels, propaganda cues specific enough to mark on their
 * own, euphemisms, hedges and distancing cues. Each marker keeps the entry that matched and a reason
 * built from the entry's note.
 */
import type { FramingMarker, Technique } from '../../model/layers/framing.js';
import type { PhraseMatch } from './match-phrases.js';
import type { CueHit, EuphemismEntry, TechniqueEntry } from './framing-lexicons.js';
import type { ArticleContext } from './model/article-context.js';
import type { VoiceResolver } from './assign-voice.js';

/** A marker whose id (left empty, first so the layer's key order holds) the stage gives after sorting. */
type Draft = FramingMarker;

/** The technique (or newslens marker kind) of a cue, or undefined when it is not marked on its own. */
function markerKind(hit: CueHit): FramingMarker['technique'] | undefined {
  switch (hit.lexicon) {
    case 'loaded-language':
      return (hit.entry as TechniqueEntry).technique as Technique;
    case 'propaganda-cues':
      return (hit.entry as TechniqueEntry).marker ? ((hit.entry as TechniqueEntry).technique as Technique) : undefined;
    case 'euphemisms':
      return 'Euphemism';
    case 'hedges':
      return 'Hedge';
    case 'distancing-cues':
      return 'Distancing';
  }
}

function reasonFor(hit: CueHit, technique: FramingMarker['technique'], text: string): string {
  const note = hit.entry.note.replace(/\.$/, '');
  switch (technique) {
    case 'Euphemism':
      return `"${text}" is a euphemism for ${(hit.entry as EuphemismEntry).standsFor}: ${note}.`;
    case 'Hedge':
      return `"${text}" hedges the claim: it is presented as reported or uncertain, not as fact.`;
    case 'Distancing':
      return `"${text}" distances the writer from what is reported: ${note}.`;
    default:
      return `"${text}" (${technique.replace(/_/g, ' ')}): ${note}.`;
  }
}

/** Turns lexicon matches into markers with voice and reason. */
export function findLexiconMarkers(ctx: ArticleContext, matches: ReadonlyArray<PhraseMatch<CueHit>>, voices: VoiceResolver, stage: string): Draft[] {
  const markers: Draft[] = [];
  for (const m of matches) {
    const technique = markerKind(m.payload);
    if (!technique) continue;
    const start = ctx.tokens[m.tokenStart]!.start;
    const end = ctx.tokens[m.tokenEnd - 1]!.end;
    const text = ctx.text.slice(start, end);
    // Consecutive matches of one entry with only spaces between are one phrase ("You are either" +
    // "with us or against us"): mark it once.
    const previous = markers[markers.length - 1];
    if (previous && previous.entry === m.payload.entry.id && /^\s+$/.test(ctx.text.slice(previous.end, start))) {
      previous.end = end;
      previous.text = ctx.text.slice(previous.start, end);
      previous.reason = reasonFor(m.payload, technique, previous.text);
      previous.voice = voices.voiceOf(previous.start, end);
      continue;
    }
    markers.push({
      id: '',
      start,
      end,
      text,
      stage,
      rule: `${m.payload.lexicon}:${m.payload.entry.id}`,
      technique,
      reason: reasonFor(m.payload, technique, text),
      voice: voices.voiceOf(start, end),
      method: 'lexicon',
      entry: m.payload.entry.id,
    });
  }
  return markers;
}
