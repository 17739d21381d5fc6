/**
 * A source quoted after an event, in words that name no event, that disputes the account of it:
 * "Moscow called the reports a provocation", "the minister said the crowd figures were wildly
 * exaggerated". (A source that cannot verify the reports hedges: positions have no such stance yet.)
 * No mention lies in the quote, so voiceOf never reads it. Words of the lexicon
 * `account-stance-words` make it a position on the event mentioned nearest (attach-positions' nearestEvent: in its sentence, else the
 * last in the few sentences before): a noun for what was reported ("the reports", "the figures",
 * "the accusations", which says whether the dispute is of the event or of who did it) and a word
 * that calls it false or overstated. A party's version ("the organisers' figures", "Yerevan's account")
 * called false is disputed as that party tells it, unless the source gives its own account beside it.
 */
import { loadLexicon, type LexiconEntry } from '../../data/lexicon.js';
import type { EventPosition, EventStance, NewsEvent } from '../../model/layers/events.js';
import type { EventScene } from './event-scene.js';
import type { Quote } from '../../model/layers/quotes.js';
import { TermMatcher } from './match-terms.js';
import { addPosition, nearestEvent } from './attach-positions.js';
import { claimOfQuote, sourceClaimant } from './source-claimant.js';
import { FLAG_ACCOUNT_STANCE } from './roles/role-lexicon.js';

interface AccountWordEntry extends LexiconEntry {
  kind: 'stance' | 'talk';
  stance?: Extract<EventStance, 'disputes'>;
  about?: EventPosition['about'];
}

let words: TermMatcher<AccountWordEntry> | undefined;

/** Whether a mention of an event lies in `[start, end)`. */
function namesEvent(events: readonly NewsEvent[], start: number, end: number): boolean {
  return events.some((e) => e.mentions.some((m) => m.start < end && start < m.end));
}

/**
 * Whether a possessive marker ("the army's", "the organisers'") stands before token `at` in the quote's
 * words or between its cue and them ("called the army's account “a lie”").
 */
function ownedBefore(scene: EventScene, from: number, at: number): boolean {
  for (let t = from; t < at; t++) if (scene.tokens[t]!.pos === 'POS') return true;
  return false;
}

/** ", which " right before a source: the clause is about the account given before the comma. */
const WHICH_BEFORE = /[,—–]\s*which\s+$/u;
/** What such a "which" stands for: the account of the event. */
const BACK_REFERENCE: AccountWordEntry = { id: 'which', terms: ['which'], note: 'the account before the comma', source: 'newslens', kind: 'talk', about: 'event' };

/** Words after a talk noun that give it a topic of its own ("claims about retaliation", "reports on the talks"). */
const TOPIC = new Set(['about', 'on', 'over', 'regarding', 'concerning', 'that', 'of']);

/** Another quote of the same source in the sentence of quote `q`, before it: the source's own account. */
function ownAccount(scene: EventScene, quotes: readonly Quote[], q: Quote): Quote | undefined {
  const sentence = scene.sentence[scene.tokenOf(q.cue!.start)];
  return quotes.find((o) => o !== q && o.cue !== undefined && o.parent === undefined && o.content.length > 0 && o.cue.start < q.cue!.start && o.source?.text === q.source?.text && scene.sentence[scene.tokenOf(o.cue.start)] === sentence);
}

/** Adds the positions of sources whose quotes name no event but dispute the one reported before. */
export function attachLaterAccounts(scene: EventScene, events: readonly NewsEvent[]): void {
  const quotes = scene.doc.layers.quotes;
  // Each position needs a stance word ("a provocation", "exaggerated"): an article with none has no such position.
  if (events.length === 0 || !quotes?.length || (scene.wordFlags & FLAG_ACCOUNT_STANCE) === 0) return;
  words ??= new TermMatcher(loadLexicon<AccountWordEntry>('account-stance-words').entries);
  for (const q of quotes) {
    if (!q.cue || q.parent !== undefined || q.content.length === 0) continue;
    if (q.content.some((c) => namesEvent(events, c.start, c.end))) continue;
    // The words from the cue on ("called the reports a provocation": the object stands between cue and content).
    const from = scene.tokenOf(Math.min(q.cue.end, q.content[0]!.start));
    const last = q.content[q.content.length - 1]!;
    let to = from;
    while (to < scene.tokens.length && scene.tokens[to]!.start < last.end) to++;
    let talk: AccountWordEntry | undefined;
    let talkEnd = -1;
    let stance: { start: number; end: number; entry: AccountWordEntry } | undefined;
    for (const m of words.findAll(scene.words, from, to)) {
      if (m.entry.kind === 'talk' && !talk) [talk, talkEnd] = [m.entry, m.end];
      else if (m.entry.kind !== 'talk') stance ??= m;
    }
    // A stance word needs a word for what was reported ("the reports ... a provocation"): "citing an
    // unfounded theory" speaks of something else.
    // ", which the army called “pure invention”": the relative pronoun stands for the account just given.
    if (!talk && stance?.entry.stance && q.source && WHICH_BEFORE.test(scene.text.slice(Math.max(0, q.source.start - 12), q.source.start))) {
      talk = BACK_REFERENCE;
      talkEnd = scene.tokenOf(q.source.start);
    }
    if (!talk || !stance?.entry.stance) continue;
    // "called the army's account “a lie”", "Yerevan's figures were exaggerated": a party's version is
    // disputed, which may be its version of who did it or who died, not whether the event happened.
    const owned = stance.entry.stance === 'disputes' && ownedBefore(scene, from, stance.start);
    // "the president's claims about potential retaliation are unfounded": a party's words on another topic.
    if (owned && TOPIC.has(scene.words[talkEnd] ?? '')) continue;
    const event = nearestEvent(scene, events, q.cue.start);
    // Only an event reported before the source speaks, or in its sentence: not one the next sentence opens.
    if (!event || !event.mentions.some((m) => scene.sentence[scene.tokenOf(m.start)]! <= scene.sentence[scene.tokenOf(q.cue!.start)]!)) continue;
    if (event.attribution.positions?.some((p) => p.quotes.includes(q.id))) continue;
    const claim = claimOfQuote(scene, q);
    const claimant = sourceClaimant(q, claim);
    // A party's version called false ("called the organisers' figures exaggerated", "called Yerevan's
    // account disinformation") disputes the event as that party tells it. A source that gives its own
    // account beside it ("said it had identified 19 civilian victims and called the army's account a
    // lie") tells the event another way: it asserts it; one already placed keeps its position.
    if (owned && (event.attribution.positions ?? []).some((p) => p.claimant.kind === 'source' && p.claimant.name === claimant.name)) continue;
    const own = owned ? ownAccount(scene, quotes, q) : undefined;
    const evidence = [{ start: q.cue.start, end: q.cue.end, text: q.cue.text }, scene.span(stance.start, stance.end)];
    if (own) addPosition(event, claimant, 'asserts', 'event', [{ start: own.cue!.start, end: own.cue!.end, text: own.cue!.text }], [own.id, q.id], claim ? [claim.id] : []);
    else addPosition(event, claimant, stance.entry.stance, talk.about ?? 'event', evidence, [q.id], claim ? [claim.id] : []);
  }
}
