/**
 * Events: what reportedly happened, where, when, to whom, with what, and who says so. Casualty figures
 * are a layer of their own, one claim per figure and claimant, never merged: an event lists the ids of
 * the casualty claims made about it.
 */
import type { Annotation, Provenance, Span } from '../span.js';
import type { NumberQualifier } from './numbers.js';
import type { PlacePrecision } from './places.js';

export type ActorRole = 'perpetrator' | 'target' | 'victim' | 'participant';

/** Whose word something rests on: the outlet's own voice, or a source it reports. */
export type Claimant = { kind: 'outlet' } | { kind: 'source'; name: string; quote?: string; claim?: string; entity?: string };

/** A part an event gives someone: the span naming them and the role. */
export interface EventActor extends Span {
  role: ActorRole;
  /** For perpetrators, as MUC-4 tells them apart: people ("gunmen", "two men") or an organisation ("the army"). */
  kind?: 'individual' | 'organisation';
  entity?: string;
  /** The text does not state this in its own voice: a source says it, or a hedge ("allegedly") qualifies it. */
  alleged?: boolean;
  /** Who alleges it, when a source does. */
  allegedBy?: Claimant;
  rule: string;
}

/** A weapon or instrument of the event, with its MUC-4 instrument category. */
export interface EventWeapon extends Span {
  category: string;
  alleged?: boolean;
  rule: string;
}

/** A site hit inside the event's location ("a busy market", "a maternity hospital"). */
export interface EventSite extends Span {
  category: string;
  rule: string;
}

export type DatePrecision = 'day' | 'month' | 'year' | 'vague';

export interface EventDate {
  /**
   * TIMEX3 value of the date expression ("2022-06-13"). "Overnight" in a report is the night before
   * publication, dated by the day it began (published 2024-03-21: "2024-03-20").
   */
  value: string;
  precision: DatePrecision;
  /** The date expression in the text, and its id in the dates layer. */
  expression: Span;
  date?: string;
}

export interface EventLocation {
  /** Canonical name of the place ("Donetsk"). */
  name: string;
  /** Id of the place mention in the places layer. */
  place: string;
  lat?: number;
  lon?: number;
  precision: PlacePrecision;
  expression: Span;
  rule: string;
}

export type EventStatus = 'asserted' | 'attributed' | 'hedged' | 'disputed' | 'denied';

export interface NewsEvent extends Provenance {
  id: string;
  /** ACLED event type ("Explosions/Remote violence") and sub-type ("Shelling/artillery/missile attack"). */
  type: string;
  subtype?: string;
  /** A finer kind where ACLED has none: `recognition`, `drone`. */
  kind?: string;
  /**
   * A recurring pattern ("shelled almost daily", "repeated raids"), not one event: it has no date of
   * its own and nothing joins it. Conflict monitors count events, so a pattern must not be counted as one.
   */
  recurring?: boolean;
  /** The first specific word that reports it ("strikes", "shelling"). */
  trigger: Span;
  /** Every span that reports this same event, the trigger included, in text order. */
  mentions: Span[];
  date?: EventDate;
  location?: EventLocation;
  actors: EventActor[];
  weapons: EventWeapon[];
  /** Sites hit inside the location. */
  targets: EventSite[];
  /** Ids of the casualty claims (layer `casualties`) about this event. */
  casualties: string[];
  /**
   * For protests and riots: how many took part, one figure per claimant ("organisers put the crowd
   * at more than 20,000; police estimated it at about 8,000"), never merged. Omitted when the text
   * gives none. Kept on the event rather than in `casualties`: no one was hurt, and every toll reader
   * would have to leave them out.
   */
  crowd?: CrowdSize[];
  /**
   * How the article presents it. `status` is one word for the whole event: `asserted` when the outlet
   * says it in its own voice (in at least one mention); otherwise the weakest of its mentions' statuses
   * (`attributed` before `hedged`, `disputed`, `denied`), so a strike one side claims and the other
   * denies is `attributed`. `claimants` lists everyone who speaks to it, asserting or denying alike, in
   * the order met; `positions` says who takes which side.
   */
  attribution: {
    status: EventStatus;
    claimants: Claimant[];
    claims: string[];
    quotes: string[];
    /**
     * Per claimant, what they say of the event and the words it rests on, never merged into one status
     * (as casualty figures are kept per claimant): "Russia's defence ministry said it struck ..." and
     * "Kyiv denied that ..." are two positions. Omitted on documents analysed before it was added.
     */
    positions?: EventPosition[];
  };
}

/**
 * Where a claimant stands on an event: `asserts` (reports or claims it), `disputes` (calls it into
 * doubt without denying it: "fakes about the strike", "questioned"), `denies` ("denied carrying out
 * the strike", "dismissed the accusation as a fabrication").
 */
export type EventStance = 'asserts' | 'disputes' | 'denies';

/** One claimant's position on one event, with the words it rests on. */
export interface EventPosition {
  claimant: Claimant;
  stance: EventStance;
  /**
   * What the stance is about: that the event happened (`event`), or who did it (`responsibility`:
   * "claimed responsibility", "denied any involvement", "denied striking the market", "dismissed the
   * accusations"). A party that denies a strike was theirs does not say that no strike happened.
   */
  about: 'event' | 'responsibility';
  /**
   * How the outlet presents this claimant's word, when it qualifies it: `hedged` ("allegedly",
   * "reportedly") or `distanced` ("claims", "insists", "so-called"). The claimant's own stance is `stance`.
   */
  qualified?: 'hedged' | 'distanced';
  /** The words it rests on, in text order: the event's mentions in this voice and the cue that denies or disputes ("denied", "dismissed"). */
  evidence: Span[];
  /** Ids of the quotes and claims it rests on. */
  quotes: string[];
  claims: string[];
}

/**
 * What a figure counts: people killed, injured, missing (abductees included), detained or displaced, or
 * `exchanged`: prisoners handed over in an exchange ("swapped 150 prisoners each"), no detention.
 */
export type CasualtyKind = 'killed' | 'injured' | 'missing' | 'detained' | 'displaced' | 'exchanged';

/** A number as a claimant states it: the words, the bounds they give and their qualifier. */
export interface StatedFigure {
  /** The number as written, with its qualifier ("almost 40", "more than 20,000"). */
  figure: Span;
  low?: number;
  best?: number;
  high?: number;
  qualifier: NumberQualifier;
  approximate: boolean;
}

/** One casualty figure as one claimant states it. The span covers the figure and its casualty word. */
export interface CasualtyClaim extends Annotation, StatedFigure {
  kind: CasualtyKind;
  /** civilians or combatants, when the text says. */
  group?: 'civilians' | 'combatants';
  /** The words that say who was hit ("civilians", "soldiers"), when there are any. */
  who?: Span;
  /** The figure counts part of the toll, not all of it ("two children were among the dead"). */
  subset?: boolean;
  /**
   * The figure adds to a toll given before, it is no total ("two more bodies were found", "four more
   * people had died", "two of the injured died overnight"): summing or comparing it as a toll misleads.
   */
  increment?: boolean;
  claimant: Claimant;
  /**
   * Who rejects this figure, as the text says next to it ("up to 40 servicemen ... had been killed, a
   * figure Ukrainian officials called “pure fiction”"): each with its stance and the words. The figure
   * stays the claimant's; omitted when no one contests it.
   */
  disputedBy?: FigureChallenge[];
  /** When the claim was made, as a TIMEX3 value, when the text says. */
  claimedAt?: string;
  /** Id of the event it is about. */
  event?: string;
}

/** Someone who rejects a figure: `denies` ("dismissed", "rejected", "denied"), `disputes` (calls it "fiction", "exaggerated"). */
export interface FigureChallenge {
  claimant: Claimant;
  stance: 'disputes' | 'denies';
  /** The words that contest it ("called “pure fiction”"). */
  evidence: Span[];
}

/** One crowd-size figure as one claimant states it. The span covers the estimate ("put the crowd at more than 20,000"). */
export interface CrowdSize extends Span, StatedFigure {
  /** The figure counts the crowd at its largest ("at its peak"). */
  peak?: boolean;
  claimant: Claimant;
  rule: string;
}
