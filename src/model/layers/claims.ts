/** Claims: clause-level statements of fact, with how firmly the outlet stands behind each. */
import type { Span, Annotation } from '../span.js';

export type ClaimStatus = 'asserted' | 'attributed' | 'hedged' | 'disputed' | 'denied' | 'questioned';

export interface Claim extends Annotation {
  /** One or more statuses: a claim can be attributed and hedged at once. */
  statuses: ClaimStatus[];
  /** The quote it is reported through, when attributed. */
  quote?: string;
  /** The entity the claim is attributed to, when known. */
  source?: string;
  /** Evidence for the statuses: hedges ("allegedly"), distancing or denial cues ("insists", "denied"). */
  cues: Array<Span & { kind: ClaimStatus; entry?: string }>;
  negated: boolean;
}
