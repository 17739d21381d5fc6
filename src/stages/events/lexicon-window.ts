/**
 * The matches of one of the role tagger's lexicons (roles/role-lexicon.ts `ROLE_LEXICONS`) in a window
 * of the scene's words, read off the matches the role description already found over the whole
 * document (`scene.roles`), instead of a fresh look-up of every word of the window.
 */
import type { LexiconEntry } from '../../data/lexicon.js';
import type { EventScene } from './event-scene.js';
import type { TermMatch, TermMatcher } from './match-terms.js';
import { ROLE_LEXICONS, roleLexiconEntries } from './roles/role-lexicon.js';

const L = ROLE_LEXICONS.length;

/**
 * `matcher.findAll(scene.words, from, to)`, where `matcher` holds the terms of role lexicon `l`. Both
 * scans take the longest term left to right, so from a word where no document match is under way they
 * agree, up to a match that runs past `to` (the window's scan must stop at `to`: it goes on from there
 * with `matcher`), and a window that starts inside a document match is left to `matcher` altogether.
 */
export function lexiconMatchesIn<E extends LexiconEntry>(scene: EventScene, l: number, matcher: TermMatcher<E>, from: number, to: number): Array<TermMatch<E>> {
  const { place, entryIndex } = scene.roles;
  if (from < to && place[from * L + l] === 2) return matcher.findAll(scene.words, from, to);
  const entries = roleLexiconEntries<E>(l);
  const out: Array<TermMatch<E>> = [];
  for (let i = from; i < to; ) {
    if (place[i * L + l] !== 1) {
      i++;
      continue;
    }
    // A match's later words are marked 2; the next match starts with a 1 again.
    let end = i + 1;
    while (end < scene.roles.length && place[end * L + l] === 2) end++;
    if (end > to) {
      for (const m of matcher.findAll(scene.words, i, to)) out.push(m);
      return out;
    }
    out.push({ start: i, end, entry: entries[entryIndex[i * L + l]!]! });
    i = end;
  }
  return out;
}
