/**
 * Finds the words that report an event: lexicon triggers (event-triggers.json), longest match first.
 * A verb after "to" or a modal ("planning to retake", "could strike"), and what is prepared or planned
 * ("preparing new strikes"), report no event that happened, so they are left out. "Struck" and "hit"
 * report a strike only after forces or a weapon ("Ukrainian artillery allegedly struck a market"), or
 * before one in the passive ("was hit by occupation forces"); "fired" only when aimed ("fired on a bus
 * station", "fired rockets at").
 */
import type { Span } from '../../model/span.js';
import { type EventScene, phraseBefore, phraseFrom } from './event-scene.js';
import { eventLexicons } from './lexicons.js';
import { resolveLabourStrikes } from './resolve-labour-strikes.js';
import { addPrisonerExchanges } from './find-exchanges.js';
import type { TriggerEntry } from './lexicons.js';
import { FLAG_STRIKE, LEX_TRIGGER, ROLE_LEXICONS, roleLexiconEntries } from './roles/role-lexicon.js';
import { startsUpperCase } from '../entities/letter-tests.js';

/** One mention of an event: its trigger tokens `[start, end)` and lexicon entry. */
export interface TriggerMention {
  start: number;
  end: number;
  span: Span;
  entry: TriggerEntry;
  sentence: number;
}

const IRREALIS = new Set(['to', 'will', 'would', 'could', 'might', 'may', 'shall', 'should', 'can', 'cannot', "n't", 'not', 'never']);

/** Verbs of intent: what is prepared or planned ("preparing new strikes") has not happened. */
const PLANNING = new Set(['preparing', 'prepare', 'prepares', 'planning', 'plan', 'plans', 'planned', 'plotting', 'plotted', 'threatening', 'threatened', 'threatens', 'intend', 'intends', 'intending', 'vowed', 'vows']);

function isPlanned(scene: EventScene, start: number): boolean {
  for (let i = start - 1; i >= 0 && start - i <= 3 && scene.sentence[i] === scene.sentence[start]; i--) {
    if (PLANNING.has(scene.words[i]!)) return true;
  }
  return false;
}

const L = ROLE_LEXICONS.length;

/**
 * "A blast", "an explosion" say something exploded, not what: in war reports most often a shell or
 * a missile. The lexicon lists them as remote explosives (the role tagger was trained on that
 * feature, so it stays), but as an event they are generic and take the sub-type of another mention
 * of the same event ("the blast ... the shelling") or of their weapon ("artillery hit"), as "strike" does.
 */
export const BLAST_WORDS: ReadonlySet<string> = new Set(['blast', 'blasts', 'explosion', 'explosions', 'exploded', 'explodes']);
const REMOTE_EXPLOSIVE = 'Remote explosive/landmine/IED';
let blast: TriggerEntry | undefined;

function blastEntry(of: TriggerEntry): TriggerEntry {
  if (!blast) {
    blast = { id: 'explosion-generic', terms: of.terms, note: of.note, source: of.source, type: of.type, generic: true };
  }
  return blast;
}

/** Nouns "riot" modifies as a force or its kit ("riot police", "riot gear"), which report no riot. */
const RIOT_KIT = /^(?:police|policemen|officers|troops|squads?|units?|gear|shields?|helmets?|control|vans?|trucks?|batons)$/;

/** Forms of "shoot" that "down" makes an interception ("shot down", "shooting down"). */
const SHOOT = new Set(['shot', 'shooting', 'shoot', 'shoots']);

/** The crowd-control weapons that name a protest's dispersal ("fired tear gas at protesters"). */
const CROWD_WEAPONS = new Set(['tear gas', 'teargas', 'water cannon', 'rubber bullets', 'pepper spray', 'stun grenades']);
/** Words that put a crowd-control weapon in a crowd ("demonstrators", "the rally"). */
const CROWD = new Set(['protesters', 'protestors', 'protester', 'protestor', 'demonstrators', 'demonstrator', 'crowd', 'crowds', 'marchers', 'rally', 'rallies', 'protest', 'protests', 'demonstration', 'demonstrations', 'march', 'sit-in', 'strikers', 'mourners', 'rioters', 'students', 'supporters', 'fans', 'gathering', 'vigil']);
/** The shell nouns: ammunition until something fires, drops or hits with it. */
const SHELL_NOUNS = new Set(['shell', 'shells']);
/** Words near a shell noun that make it a shelling ("the shells fell", "fired shells", "hit by a shell"). */
const SHELL_IMPACT = new Set(['fired', 'fire', 'fires', 'firing', 'fell', 'fall', 'falls', 'falling', 'landed', 'land', 'lands', 'landing', 'hit', 'hits', 'struck', 'strike', 'strikes', 'exploded', 'explode', 'explodes', 'exploding', 'rained', 'killed', 'killing', 'kills', 'wounded', 'wounding', 'injured', 'injuring', 'damaged', 'damaging', 'destroyed', 'by', 'from', 'under', 'pounded', 'slammed', 'shelled']);

/** Words that open the object of a verb ("shells the city"), never a noun's next word. */
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'residential', 'civilian']);

/**
 * Whether a trigger that names a weapon reports its use. A crowd-control weapon ("pepper spray",
 * "water cannon") reports a dispersal only among a crowd, in its sentence or after a protest the
 * article reported: "a man attacked a bus driver with pepper spray", "the ministry bought water
 * cannon" disperse no one. A shell is ammunition ("stockpiled artillery shells", and "Shell" the
 * company) until it is fired, falls or hits.
 */
function weaponInUse(scene: EventScene, start: number, end: number, entry: TriggerEntry, before: readonly TriggerMention[]): boolean {
  const w = scene.words;
  const s = scene.sentence[start];
  const term = end - start === 1 ? w[start]! : w.slice(start, end).join(' ');
  if (CROWD_WEAPONS.has(term)) {
    if (before.some((m) => m.entry.type === 'Protests' && m.entry.subtype === 'Peaceful protest')) return true;
    for (let i = start - 1; i >= 0 && scene.sentence[i] === s; i--) if (CROWD.has(w[i]!)) return true;
    for (let i = end; i < w.length && scene.sentence[i] === s; i++) if (CROWD.has(w[i]!)) return true;
    return false;
  }
  if (entry.id === 'shelling' && end - start === 1 && SHELL_NOUNS.has(term) && !scene.tokens[start]!.pos?.startsWith('VB')) {
    for (let i = Math.max(0, start - 3); i < Math.min(w.length, end + 4); i++) if (i !== start && scene.sentence[i] === s && SHELL_IMPACT.has(w[i]!)) return true;
    // A verb the tagger took for a noun, as headlines write it: "Kiev regime shells Gorlovka bus station".
    const next = scene.tokens[end];
    return next !== undefined && scene.sentence[end] === s && (OBJECT_OPENERS.has(w[end]!) || (scene.mixedCase && startsUpperCase(next.text)));
  }
  return true;
}

/** Every trigger mention in the document, in text order (the lexicon matches made for the role tagger). */
export function findTriggers(scene: EventScene): TriggerMention[] {
  const entries = roleLexiconEntries<TriggerEntry>(LEX_TRIGGER);
  const { place, entryIndex, lexicons, length: n } = scene.roles;
  const mentions: TriggerMention[] = [];
  for (let start = 0; start < n; start++) {
    if ((lexicons[start]! & (1 << LEX_TRIGGER)) === 0 || place[start * L + LEX_TRIGGER] !== 1) continue;
    let end = start + 1;
    while (end < n && place[end * L + LEX_TRIGGER] === 2) end++;
    const before = scene.words[start - 1];
    const tag = scene.tokens[start]!.pos;
    const verbal = tag ? tag.startsWith('VB') : true;
    if (before && IRREALIS.has(before) && verbal && end - start === 1) continue;
    if (isPlanned(scene, start)) continue;
    // "broke up without agreement", "no ceasefire": what did not happen.
    if (before === 'without' || (before === 'no' && !verbal)) continue;
    let entry = entries[entryIndex[start * L + LEX_TRIGGER]!]!;
    // "riot police", "riot gear": the force or kit, not a riot.
    if (end - start === 1 && scene.words[start] === 'riot' && RIOT_KIT.test(scene.words[end] ?? '')) continue;
    // "shot down 30 drones": air defence intercepting, not shooting at anyone.
    if (scene.words[end] === 'down' && SHOOT.has(scene.words[end - 1]!)) continue;
    if (!weaponInUse(scene, start, end, entry, mentions)) continue;
    // "the army strikes only military targets", "attacks only ...": a policy claimed, not an event.
    if (entry.generic && scene.words[end] === 'only' && !/^VB[DN]$/.test(tag ?? '')) continue;
    if (end - start === 1 && BLAST_WORDS.has(scene.words[start]!) && entry.subtype === REMOTE_EXPLOSIVE) entry = blastEntry(entry);
    mentions.push({ start, end, span: scene.span(start, end), entry, sentence: scene.sentence[start]! });
  }
  resolveLabourStrikes(scene, mentions, entries);
  return addPrisonerExchanges(scene, addStrikeVerbs(scene, mentions, entries));
}

/** Perpetrator nouns that hit with other things than weapons ("the government hit importers with tariffs"). */
const CIVIL_HEADS = new Set(['government', 'regime', 'authorities', 'police', 'ministry', 'administration']);
/** Words between a subject and its verb ("artillery allegedly struck", "its forces had hit"). */
const BETWEEN = new Set(['allegedly', 'reportedly', 'had', 'have', 'has', 'also', 'again', 'then', 'later', 'deliberately', 'themselves', 'repeatedly']);

/** Pronouns by which a speaker names itself as the subject of what it says ("said it had struck", "said we hit"). */
const SELF_PRONOUNS = new Set(['it', 'we']);
/** Verbs of saying before such a pronoun ("said it had struck", "claimed that it hit"). */
const SAYING = new Set(['said', 'says', 'claimed', 'claims', 'stated', 'announced', 'reported', 'confirmed']);
/** Speakers that strike: armed forces' own offices ("the defence ministry", "the general staff"), beside the perpetrator nouns ("the army"). */
const ARMED_OFFICES = [['defence', 'ministry'], ['defense', 'ministry'], ['ministry', 'of', 'defence'], ['ministry', 'of', 'defense'], ['general', 'staff']];

/**
 * Whether the self pronoun at `p` follows a verb of saying whose subject strikes: forces or an
 * armed office ("Russia's defence ministry said it had struck", "the army claimed that it hit").
 */
function armedSpeakerBefore(scene: EventScene, p: number): boolean {
  const w = scene.words;
  let v = p - 1;
  if (w[v] === 'that') v--;
  if (v <= 0 || !SAYING.has(w[v]!)) return false;
  const speaker = phraseBefore(scene, v);
  if (!speaker || scene.sentence[speaker[0]] !== scene.sentence[p]) return false;
  const end = speaker[1];
  if (ARMED_OFFICES.some((o) => o.length <= end - speaker[0] && o.every((x, j) => w[end - o.length + j] === x))) return true;
  return !CIVIL_HEADS.has(w[end - 1]!) && endsWith(eventLexicons().perpetrators.findAll(w, speaker[0], end), end);
}

/** Words after "fired" that aim it ("fired on", "fired at", "fired into"). */
const FIRED_AT = new Set(['on', 'at', 'into', 'upon']);
/** Words after "hit" or "struck" that make it figurative ("hit out at", "struck a deal"). */
const FIGURATIVE_AFTER = new Set(['out', 'deal', 'deals', 'agreement', 'accord', 'compromise', 'bargain', 'chord', 'note', 'tone', 'balance', 'pose', 'gold', 'home', 'headlines', 'record', 'snag', 'wall', 'nerve']);
const ARTICLES = new Set(['a', 'an', 'the']);
/** Auxiliaries of a passive strike verb ("was hit by", "were struck by"). */
const PASSIVE_BE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be']);

/**
 * Whether a match ends at `end` (the phrase's head). A function of its own: a closure over the loop's
 * `subject` made V8 allocate a context for every token the loop visited, struck or not.
 */
function endsWith(matches: ReadonlyArray<{ end: number }>, end: number): boolean {
  for (const m of matches) if (m.end === end) return true;
  return false;
}

/** Whether a match starts at `start`; a function for the same reason as `endsWith` (a closure over the loop's `i`). */
function startsAt(matches: ReadonlyArray<{ start: number }>, start: number): boolean {
  for (const m of matches) if (m.start === start) return true;
  return false;
}

/** Whether a mention covers token `i`; a function, as `endsWith`. */
function covers(mentions: readonly TriggerMention[], i: number): boolean {
  for (const m of mentions) if (m.start <= i && i < m.end) return true;
  return false;
}

/** Adds "struck", "hit" after a forces or weapon subject as generic strikes, in text order. */
function addStrikeVerbs(scene: EventScene, mentions: TriggerMention[], entries: readonly TriggerEntry[]): TriggerMention[] {
  const w = scene.words;
  let entry: TriggerEntry | undefined;
  const added: TriggerMention[] = [];
  // The strike verbs (role-lexicon.ts STRIKE_VERBS) are marked per token: a scan of bytes, no lookups.
  const flags = scene.roles.flags;
  for (let i = 1; i < w.length; i++) {
    const fired = w[i] === 'fired';
    if ((flags[i]! & FLAG_STRIKE) === 0 && !fired) continue;
    const tag = scene.tokens[i]!.pos;
    if (tag && !tag.startsWith('VB')) continue;
    const lex = eventLexicons();
    // "fired on a bus station", "fired rockets at": not "fired its chief executive".
    if (fired && !FIRED_AT.has(w[i + 1] ?? '') && !startsAt(lex.weapons.findAll(w, i + 1, Math.min(w.length, i + 4)), i + 1)) continue;
    // "hit out at the government", "struck a deal": words, not blows.
    if (FIGURATIVE_AFTER.has(w[i + 1] ?? '') || (ARTICLES.has(w[i + 1] ?? '') && FIGURATIVE_AFTER.has(w[i + 2] ?? ''))) continue;
    // "A clinic was hit by occupation forces": the agent after "by" instead of the subject.
    const passive = PASSIVE_BE.has(w[i - 1]!) && w[i + 1] === 'by';
    let k = i;
    while (k > 0 && BETWEEN.has(w[k - 1]!)) k--;
    const subject = passive ? phraseFrom(scene, i + 2) : phraseBefore(scene, k);
    if (!subject || scene.sentence[subject[0]] !== scene.sentence[i]) {
      // "the defence ministry said it had struck ...": the pronoun is the armed speaker itself.
      if (passive || !SELF_PRONOUNS.has(w[k - 1]!) || !armedSpeakerBefore(scene, k - 1)) continue;
    } else {
      if (CIVIL_HEADS.has(w[subject[1] - 1]!)) continue;
      if (!endsWith(lex.perpetrators.findAll(w, subject[0], subject[1]), subject[1]) && !endsWith(lex.weapons.findAll(w, subject[0], subject[1]), subject[1])) continue;
    }
    if (covers(mentions, i)) continue;
    entry ??= entries.find((e) => e.id === 'strike-generic');
    if (!entry) break;
    added.push({ start: i, end: i + 1, span: scene.span(i, i + 1), entry, sentence: scene.sentence[i]! });
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start);
}
