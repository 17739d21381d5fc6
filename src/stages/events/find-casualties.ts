/**
 * Finds casualty figures: a number with a casualty word after it ("five civilians dead", "almost 40
 * injured", "12 people were killed", "three deaths"), a casualty verb before it ("killing at least 12
 * people"), or a toll before it ("the death toll rose to 9"), or "among the dead" (a part of the toll: "two children were
 * among the dead", "among the injured are three children"). Each figure becomes one claim, with its
 * qualifier and bounds, the group it counts where the text says, and who claims it.
 */
import type { CasualtyClaim, CasualtyKind, EventStatus } from '../../model/layers/events.js';
import type { EventScene } from './event-scene.js';
import { eventLexicons } from './lexicons.js';
import { readFigures, type Figure } from './read-figures.js';
import { saidOn, voiceOf, type Voice } from './attach-claimants.js';
import { tollSetBy } from './toll-setter.js';
import { FLAG_EXCHANGE } from './roles/role-lexicon.js';

/** A casualty claim with the token range of the figure phrase, for attaching it to an event. */
export interface FoundCasualty {
  claim: CasualtyClaim;
  start: number;
  end: number;
  /** Token range of the group words ("civilians"), a victim of the event. */
  who?: [number, number];
  /** How the claimant gives the figure (asserted, attributed, hedged ...): a toll stands behind its event. */
  status: EventStatus;
  /** The claimant's own stance on the toll (a figure inside a denial is denied) and how the outlet qualifies it. */
  stance: Voice['stance'];
  qualified?: Voice['qualified'];
}

/** Words allowed between a figure and its casualty word ("five [unarmed] civilians [were] killed"). */
const FILLER = new Set(['were', 'was', 'have', 'has', 'had', 'been', 'are', 'being', 'reportedly', 'other', 'others', 'more', 'of', 'them', 'whom', 'their', 'its', 'our', 'the', 'only', 'people', 'unarmed', 'innocent', 'local', 'ukrainian', 'russian', 'israeli', 'palestinian', 'syrian', 'more', 'also', 'later', 'seriously', 'critically', 'slightly', 'badly', 'fatally', 'being', 'still', 'be', 'feared', 'believed', 'could', 'may', 'might', 'officers']);
const TOLL_FILLER = new Set(['has', 'had', 'have', 'rose', 'risen', 'rises', 'climbed', 'climbs', 'reached', 'reaches', 'stood', 'stands', 'at', 'of', 'to', 'is', 'was', 'now', 'increased', 'jumped', 'the']);
/** Verbs that give a toll its figure further on ("the number of people killed in ... has risen to nine"). */
const TOLL_VERBS = new Set(['rose', 'risen', 'rises', 'climbed', 'climbs', 'reached', 'reaches', 'stood', 'stands', 'increased', 'jumped']);

/** Verbs that set prisoners free: their figure counts no detention. */
const RELEASE = /^(?:exchanged|exchange|exchanging|swapped|swap|swapping|freed|free|freeing|released|release|releasing|returned|return|handed|repatriated)$/;

/** Whether a release verb stands at most 3 words before the figure in its sentence ("exchanged 100 prisoners"). */
function releasedBefore(scene: EventScene, figureStart: number): boolean {
  for (let j = figureStart - 1; j >= 0 && figureStart - j <= 3 && scene.sentence[j] === scene.sentence[figureStart]; j--) if (RELEASE.test(scene.words[j]!)) return true;
  return false;
}

/** Auxiliaries and adverbs between a figure's noun and a passive release verb ("were freed", "have since been released"). */
const RELEASE_AUX = new Set(['were', 'was', 'have', 'has', 'had', 'been', 'be', 'being', 'since', 'also', 'later', 'finally', 'all', 'reportedly']);

/** Whether a passive release verb follows the figure's phrase ending at `end` ("40 prisoners were freed", "12 detainees have been released"). */
function releasedAfter(scene: EventScene, end: number): boolean {
  const w = scene.words;
  let j = end;
  while (j < w.length && j - end < 3 && scene.sentence[j] === scene.sentence[end - 1] && RELEASE_AUX.has(w[j]!)) j++;
  return j > end && scene.sentence[j] === scene.sentence[end - 1] && RELEASE.test(w[j]!);
}

/**
 * Whether the sentence of token `t` speaks of an exchange, each side handing prisoners over ("in an
 * exchange mediated by ...", "swapped"): a form of "exchange", "swap" or "trade" (the words role-lexicon.ts
 * marks FLAG_EXCHANGE, and the noun "trade"), not "exchanged fire".
 */
function exchangeInSentence(scene: EventScene, t: number): boolean {
  const s = scene.sentence[t];
  const flags = scene.roles.flags;
  let i = t;
  while (i > 0 && scene.sentence[i - 1] === s) i--;
  for (; i < scene.words.length && scene.sentence[i] === s; i++) if (((flags[i]! & FLAG_EXCHANGE) !== 0 || scene.words[i] === 'trade') && scene.words[i + 1] !== 'fire') return true;
  return false;
}

const AUXILIARY = /^(?:were|was|had|have|has|been)$/;
/** Words that end a participle phrase before its verb could come. */
const PHRASE_BREAK = /^(?:[,.;:()“”"]|and|or|but|who|which|that)$/;

/** The passive casualty words ("had been killed") at most 4 tokens after the participle at `i`, in the figure's sentence. */
function passiveCasualtyAfterPhrase(scene: EventScene, i: number, figureStart: number): ReturnType<ReturnType<typeof eventLexicons>['casualtiesAfter']['matchAt']> | undefined {
  const w = scene.words;
  for (let j = i + 1; j < w.length && j - i <= 4 && scene.sentence[j] === scene.sentence[figureStart] && !PHRASE_BREAK.test(w[j]!); j++) {
    if (!AUXILIARY.test(w[j]!)) continue;
    const casualty = eventLexicons().casualtiesAfter.matchAt(w, j);
    return casualty ?? undefined;
  }
  return undefined;
}

/** Finds the casualty claims of a document; `nextId` numbers them. */
export function findCasualties(scene: EventScene, nextId: () => string): FoundCasualty[] {
  const lex = eventLexicons();
  const w = scene.words;
  const found: FoundCasualty[] = [];
  const used = new Set<number>();
  const emit = (figure: Figure, kind: CasualtyKind, from: number, to: number, rule: string, who?: [number, number], subset = false, increment = isIncrement(scene, figure)): FoundCasualty | undefined => {
    if (used.has(figure.start)) return undefined;
    // "exchanged 100 prisoners of war", "freed 30 hostages": a release, no one detained. In an exchange
    // ("swapped 150 prisoners", "returned 150 prisoners of war in an exchange") it counts those exchanged.
    if (kind === 'detained' && (releasedBefore(scene, figure.start) || (from === figure.start && releasedAfter(scene, to)))) {
      if (!exchangeInSentence(scene, figure.start)) return undefined;
      kind = 'exchanged';
    }
    used.add(figure.start);
    const span = scene.span(from, to);
    const voice = voiceOf(scene, from, to);
    // Every field in one order, absent ones undefined: one hidden class (layer-objects.ts strips them when written).
    const claim: CasualtyClaim = {
      id: nextId(),
      start: span.start,
      end: span.end,
      text: span.text,
      stage: 'events',
      rule,
      kind,
      figure: scene.span(figure.start, figure.end),
      low: figure.low,
      best: figure.qualifier === 'exact' || figure.qualifier === 'approximately' ? figure.value : undefined,
      high: figure.high,
      qualifier: figure.qualifier,
      approximate: figure.approximate,
      group: who ? lex.groups.findAll(w, who[0], who[1]).reverse().find((m) => m.entry.group)?.entry.group || undefined : undefined,
      who: who ? scene.span(who[0], who[1]) : undefined,
      subset: subset || undefined,
      increment: increment || undefined,
      claimant: voice.claimant,
      disputedBy: undefined,
      claimedAt: voice.claimant.kind === 'source' && voice.claimant.quote ? saidOn(scene, voice.claimant.quote) || undefined : undefined,
      event: undefined,
    };
    const f: FoundCasualty = { claim, start: from, end: to, who, status: voice.status, stance: voice.stance, qualified: voice.qualified || undefined };
    found.push(f);
    return f;
  };
  const figures = readFigures(scene);
  for (const figure of figures) {
    // Figure, then group words and fillers, then a casualty word.
    let i = figure.end;
    let who: [number, number] | undefined;
    while (i < w.length && i - figure.end < 5 && scene.sentence[i] === scene.sentence[figure.start]) {
      const casualty = lex.casualtiesAfter.matchAt(w, i);
      if (casualty) {
        // "21 of the detained": some of them.
        const part = w[figure.end] === 'of' && (w[figure.end + 1] === 'the' || w[figure.end + 1] === 'those');
        // "Two of the injured died overnight": deaths added to the toll, not a count of the injured.
        const died = part && casualty.entry.kind === 'injured' ? diedAfter(scene, casualty.end, figure.start) : -1;
        if (died >= 0) {
          emit(figure, 'killed', figure.start, died, 'casualties:died-of-injuries', who, false, true);
          break;
        }
        emit(figure, casualty.entry.kind, figure.start, casualty.end, `casualties:${casualty.entry.id}`, who, part);
        break;
      }
      const group = lex.groups.matchAt(w, i);
      if (group) {
        who = [who?.[0] ?? i, group.end];
        i = group.end;
        continue;
      }
      // "up to 40 servicemen guarding the site had been killed": a participle phrase describes the group
      // before a passive casualty verb.
      if (who && i === who[1] && scene.tokens[i]!.pos === 'VBG') {
        const passive = passiveCasualtyAfterPhrase(scene, i, figure.start);
        if (passive) {
          emit(figure, passive.entry.kind, figure.start, passive.end, `casualties:${passive.entry.id}`, who);
          break;
        }
      }
      if (w[i] === 'among' && w[i + 1] === 'the') {
        // "two children were among the dead": part of the toll.
        const among = lex.casualtiesAfter.matchAt(w, i + 2);
        if (among && scene.sentence[among.start] === scene.sentence[figure.start]) emit(figure, among.entry.kind, figure.start, among.end, 'casualties:among', who, true);
        break;
      }
      if (!FILLER.has(w[i]!)) break;
      i++;
    }
    if (used.has(figure.start)) continue;
    // "Among the injured are three children".
    const among = amongBefore(scene, figure.start);
    if (among) {
      const group = lex.groups.matchAt(w, figure.end);
      emit(figure, among.kind, among.start, group ? group.end : figure.end, 'casualties:among', group ? [group.start, group.end] : undefined, true);
      continue;
    }
    // "Police put the number of dead at nine": in the outlet's words, the figure is the subject's.
    const set = tollSetBy(scene, figure.start);
    if (set) {
      const f = emit(figure, set.kind, set.start, figure.end, `casualties:${set.id}`);
      if (f && f.claim.claimant.kind === 'outlet') {
        f.claim.claimant = set.claimant;
        if (f.status === 'asserted') f.status = 'attributed';
      }
      if (f) continue;
    }
    const toll = tollBefore(scene, figure.start);
    if (toll) {
      emit(figure, toll.kind, toll.start, figure.end, `casualties:${toll.id}`);
      continue;
    }
    // A casualty verb or a toll just before the figure.
    for (let j = figure.start - 1; j >= 0 && figure.start - j <= 4 && scene.sentence[j] === scene.sentence[figure.start]; j--) {
      const verb = lex.casualtiesBefore.matchAt(w, j);
      if (verb && verb.end === figure.start) {
        let end = figure.end;
        let groupSpan: [number, number] | undefined;
        const group = lex.groups.matchAt(w, end) ?? (w[end] && FILLER.has(w[end]!) ? lex.groups.matchAt(w, end + 1) : undefined);
        if (group) {
          groupSpan = [group.start, group.end];
          end = group.end;
        }
        emit(figure, verb.entry.kind, verb.start, end, `casualties:${verb.entry.id}`, groupSpan);
        break;
      }
      const toll = lex.casualtyTolls.matchAt(w, j);
      if (toll && w.slice(toll.end, figure.start).every((x) => TOLL_FILLER.has(x))) {
        emit(figure, toll.entry.kind, toll.start, figure.end, `casualties:${toll.entry.id}`);
        break;
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Words after a figure that make it an addition to a toll ("two more bodies", "four more people had died"). */
const MORE = new Set(['more', 'additional', 'further']);
/** Words before a figure that do ("another 12 bodies", "a further three"). */
const ANOTHER_BEFORE = new Set(['another', 'further', 'additional']);

/** Whether a figure adds to a toll given before rather than giving a total ("two more bodies were found"). */
function isIncrement(scene: EventScene, figure: Figure): boolean {
  const w = scene.words;
  if (MORE.has(w[figure.end] ?? '') && scene.sentence[figure.end] === scene.sentence[figure.start]) return true;
  return figure.start > 0 && ANOTHER_BEFORE.has(w[figure.start - 1]!) && scene.sentence[figure.start - 1] === scene.sentence[figure.start];
}

const DIED = /^(?:died|succumbed)$/;

/** The token after "died" when the words after the injured ("of the injured [have] died") say they died; -1 otherwise. */
function diedAfter(scene: EventScene, from: number, figureStart: number): number {
  let t = from;
  while (t < scene.words.length && /^(?:have|has|had|later|since|subsequently)$/.test(scene.words[t]!)) t++;
  return t < scene.words.length && DIED.test(scene.words[t]!) && scene.sentence[t] === scene.sentence[figureStart] ? t + 1 : -1;
}

const COPULA = new Set(['are', 'were', 'is', 'was', 'included', 'include', 'includes']);

/** "Among the injured are": the casualty kind and first token of the phrase that ends just before a figure. */
function amongBefore(scene: EventScene, figureStart: number): { kind: CasualtyKind; start: number } | undefined {
  const w = scene.words;
  const verb = figureStart - 1;
  if (!COPULA.has(w[verb] ?? '')) return undefined;
  for (let k = verb - 1; k >= 2 && verb - k <= 3; k--) {
    if (w[k - 1] !== 'the' || w[k - 2] !== 'among' || scene.sentence[k - 2] !== scene.sentence[figureStart]) continue;
    const m = eventLexicons().casualtiesAfter.matchAt(w, k);
    if (m && m.end === verb) return { kind: m.entry.kind, start: k - 2 };
  }
  return undefined;
}

/**
 * A toll whose verb gives it the figure further on in the sentence: "The number of people killed in
 * Tuesday's missile strike on Kharkiv has risen to nine".
 */
function tollBefore(scene: EventScene, figureStart: number): { kind: CasualtyKind; id: string; start: number } | undefined {
  const w = scene.words;
  let v = figureStart - 1;
  if (w[v] === 'to' || w[v] === 'at') v--;
  if (!TOLL_VERBS.has(w[v] ?? '')) return undefined;
  const tolls = eventLexicons().casualtyTolls;
  for (let k = v - 1; k >= 0 && v - k <= 16 && scene.sentence[k] === scene.sentence[figureStart]; k--) {
    const m = tolls.matchAt(w, k);
    if (m && m.end <= v) return { kind: m.entry.kind, id: m.entry.id, start: m.start };
  }
  return undefined;
}
