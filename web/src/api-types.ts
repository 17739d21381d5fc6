/** The shapes of the API's answers that the UI reads (see src/server/schemas.ts). */
import type { Document } from '../../src/model/document.js';
import type { CueKind } from '../../src/model/layers/quotes.js';

export interface DocumentHit { id: string; title?: string; outlet?: string; url?: string; publishedAt?: string; status: string; snippet: string }
export interface QuoteHit {
  documentId: string; quoteId: string; speaker?: string; form: string; content: string; cue?: string; cueKind?: CueKind;
  start: number; end: number; outlet?: string; publishedAt?: string; title?: string; url?: string;
}
export interface EntityHit { name: string; type: string; documents: number }
/** A title or role the articles give a person, with how many give it and the newest one (GET /api/person-roles). */
export interface PersonRole {
  role: string; documents: number;
  example: { documentId: string; mentionId?: string; start: number; end: number; outlet?: string; publishedAt?: string; title?: string };
}
/** `total`: distinct roles (results holds the first 100); `documents`: articles that mention the person; `notIndexed`: of those, stored before roles were indexed (their roles are missing). */
export interface PersonRoles { results: PersonRole[]; total: number; documents: number; notIndexed: number }
export interface EventHit {
  documentId: string; eventId: string; type: string; subtype?: string; place?: string; date?: string;
  trigger: string; attribution?: string; outlet?: string; publishedAt?: string; recurring?: true; crowd?: CrowdHit[];
}
/** A crowd size as one claimant gives it (`outlet`: the outlet's own voice). */
export interface CrowdHit { figure: string; qualifier: string; low?: number; best?: number; high?: number; peak?: true; claimant: string }
export interface EventPlaceHit extends EventHit { lat?: number; lon?: number; precision?: string; title?: string }
export type { ArticleAccount, CompareReport, Contradiction, ContradictionKind, ContradictionSide, EventCluster } from '../../src/corpus/compare/types.js';
/** How the API read a place filter given in another spelling ("Gorlovka" as Horlivka). */
export interface PlaceReading { query: string; name: string; precision: string; country: string }
export interface Stats { documents: number; failed: number; quotes: number; entities: number; events: number; quotesWithoutCueKind?: number }
/** A stored document; with `?cueKinds=fill`, how many of its quotes got their kind from their cue's lexicon entry (stored before quotes carried one). */
export interface StoredDocument { document: Document; pipelineVersion?: string; ingestedAt?: string; cueKindsFilled?: number }
