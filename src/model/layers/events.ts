/** Events: what reportedly happened, where, when, to whom, and who says so; casualties per claimant. */
import type { Span, Provenance } from '../span.js';
import type { NumberQualifier } from './numbers.js';

export type ActorRole = 'perpetrator' | 'target' | 'victim' | 'participant';

export interface EventActor {
  role: ActorRole;
  span: Span;
  entity?: string;
  /** Who says this actor had this role, when it is attributed ("alleged, by the DPR"). */
  alleged?: boolean;
}

export type CasualtyKind = 'killed' | 'injured' | 'missing' | 'detained' | 'displaced';

export interface CasualtyClaim extends Provenance {
  id: string;
  kind: CasualtyKind;
  /** civilians, combatants, children ...: as stated. */
  group?: string;
  span: Span;
  low?: number;
  best?: number;
  high?: number;
  qualifier: NumberQualifier;
  approximate: boolean;
  /** Who claims the figure: a quote id and its speaker, or the outlet itself. */
  claimant: { kind: 'outlet' } | { kind: 'source'; quote: string; name: string; entity?: string };
  /** When the figure was claimed, as a TIMEX3 value, when the text says. */
  claimedAt?: string;
}

export interface NewsEvent extends Provenance {
  id: string;
  /** ACLED event type and sub-type ("Explosions/Remote violence", "Shelling/artillery/missile attack"). */
  type: string;
  subtype?: string;
  trigger: Span;
  date?: { value: string; precision: 'day' | 'month' | 'year' | 'vague'; expression?: string };
  location?: { place: string; name: string; lat?: number; lon?: number; precision: string };
  actors: EventActor[];
  weapons: Span[];
  /** Sites hit inside the location ("a busy market", "a maternity hospital"). */
  targets: Span[];
  casualties: CasualtyClaim[];
  /** `asserted` when the outlet says it in its own voice; `attributed` with the claim ids otherwise. */
  attribution: { status: 'asserted' | 'attributed' | 'hedged' | 'disputed' | 'denied'; claims: string[]; quotes: string[] };
}
