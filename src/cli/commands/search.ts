/**
 * `newslens search [QUERY]`: full-text search with filters, quotes ("what did X say about Y"),
 * entities and events, printed as a list or exported as JSONL or CSV.
 */
import { writeFile } from 'node:fs/promises';
import { toCsv, toJsonl } from '../../corpus/export.js';
import { CLAIM_COLUMNS, ClaimCursorError, claimPage, type ClaimRow } from '../../corpus/claim-rows.js';
import type { ClaimStatus } from '../../model/layers/claims.js';
import type { EventHit, Filters, Store } from '../../store/types.js';
import type { Command, ParsedArgs } from '../command.js';
import type { CueKind } from '../../model/layers/quotes.js';
import { EXIT, usageError } from '../errors.js';
import { STORE_OPTION, intOption, openStoreOption } from './store-option.js';

type Kind = 'documents' | 'quotes' | 'entities' | 'events' | 'claims';

const COLUMNS: Record<Kind, string[]> = {
  documents: ['id', 'publishedAt', 'outlet', 'title', 'url', 'status', 'snippet'],
  quotes: ['documentId', 'quoteId', 'publishedAt', 'outlet', 'speaker', 'form', 'cue', 'cueKind', 'content', 'start', 'end', 'title', 'url'],
  entities: ['name', 'type', 'documents'],
  events: ['documentId', 'eventId', 'publishedAt', 'outlet', 'type', 'subtype', 'place', 'date', 'trigger', 'attribution', 'recurring', 'crowd', 'title', 'url'],
  claims: [...CLAIM_COLUMNS],
};

const CLAIM_STATUSES: readonly ClaimStatus[] = ['asserted', 'attributed', 'hedged', 'disputed', 'denied', 'questioned'];

export const searchCommand: Command = {
  name: 'search',
  summary: 'Search the corpus: full text, filters, quotes of a person, "what did X say about Y"; export JSONL or CSV.',
  usage: 'newslens search [QUERY] [--outlet O] [--from D] [--to D] [--person P] [--speaker S] [--quotes|--entities|--events|--claims] [--format text|jsonl|csv]',
  options: {
    ...STORE_OPTION,
    quotes: { type: 'boolean', help: 'list quotes instead of documents; QUERY searches what was said, --speaker who said it' },
    entities: { type: 'boolean', help: 'list people, organisations and places; QUERY matches their names' },
    events: { type: 'boolean', help: 'list events; --event-type narrows them' },
    claims: { type: 'boolean', help: 'list claims, one row each (article, words, status, claimant, event, place, date); --claim-status, --claimant and --event-type narrow the claims themselves; QUERY searches the articles' },
    claimant: { type: 'string', help: 'with --claims: claims whose claimant\'s name holds these words ("outlet": the outlet\'s own voice)' },
    cursor: { type: 'string', help: 'with --claims: start after the last row of a previous page (the "next page" cursor it printed on standard error)' },
    outlet: { type: 'string', help: 'only this outlet' },
    from: { type: 'string', help: 'published on or after this date (YYYY-MM-DD)' },
    to: { type: 'string', help: 'published on or before this date (a bare date includes the whole day)' },
    person: { type: 'string', help: 'documents mentioning this person (words of the name)' },
    organisation: { type: 'string', help: 'documents mentioning this organisation' },
    place: { type: 'string', help: 'documents mentioning this place; with --events, the events placed there' },
    speaker: { type: 'string', help: 'documents quoting this speaker; with --quotes, that speaker\'s quotes' },
    'event-type': { type: 'string', help: 'documents (or events) of this ACLED event type or sub-type' },
    'claim-status': { type: 'string', help: 'documents with a claim of this status: asserted, attributed, hedged, disputed, denied, questioned' },
    type: { type: 'string', help: 'with --entities: person, organisation, place or other' },
    kind: { type: 'string', help: 'with --quotes: only quotes whose cue reports this (speech, cognition, stance, perception, intention, decree, evidence); speech keeps what was said or written' },
    limit: { type: 'string', help: 'at most this many results (default 20, at most 1000 a page)' },
    offset: { type: 'string', help: 'skip this many results' },
    all: { type: 'boolean', help: 'every result, a page at a time (for exports)' },
    full: { type: 'boolean', help: 'with --format jsonl: whole Documents with every layer' },
    format: { type: 'string', help: 'text (default), jsonl or csv' },
    output: { type: 'string', help: 'write to this file instead of standard output' },
  },
  async run(args) {
    const { values } = args;
    const format = (values.format as string | undefined) ?? 'text';
    if (!['text', 'jsonl', 'csv'].includes(format)) throw usageError(`--format must be text, jsonl or csv, found "${format}"`);
    const kinds = (['quotes', 'entities', 'events', 'claims'] as const).filter((k) => values[k]);
    if (kinds.length > 1) throw usageError(`choose one of --quotes, --entities, --events, --claims, found ${kinds.map((k) => `--${k}`).join(' and ')}`);
    const kind: Kind = kinds[0] ?? 'documents';
    if (values.full && (kind !== 'documents' || format !== 'jsonl')) throw usageError('--full goes with document results and --format jsonl');
    if (values.kind !== undefined && kind !== 'quotes') throw usageError('--kind goes with --quotes');
    if (values.claimant !== undefined && kind !== 'claims') throw usageError('--claimant goes with --claims');
    if (values.cursor !== undefined && kind !== 'claims') throw usageError('--cursor goes with --claims');
    if (typeof values['claim-status'] === 'string' && !CLAIM_STATUSES.includes(values['claim-status'] as ClaimStatus)) {
      throw usageError(`--claim-status must be one of ${CLAIM_STATUSES.join(', ')}, found "${values['claim-status']}"`);
    }
    if (values.kind !== undefined) {
      const { CUE_KINDS } = await import('../../server/schemas.js');
      if (!CUE_KINDS.includes(values.kind as CueKind)) throw usageError(`--kind must be one of ${CUE_KINDS.join(', ')}, found "${String(values.kind)}"`);
    }
    const limit = intOption('limit', values.limit, values.all ? 1000 : 20);
    let offset = intOption('offset', values.offset, 0, 0);
    let country: string | undefined;
    if (typeof values.place === 'string' && values.place.trim()) {
      // A place in another spelling ("Gorlovka") is read as the gazetteer's place, as the API does;
      // said on standard error so that exports stay clean. Loaded only when a place is asked for.
      // Events in a country ("Ukraine") are those placed anywhere in it.
      const { readEventPlace, readPlace, placeReadingText } = await import('../../corpus/place-filter.js');
      const { query, placeReadAs } = (kind === 'events' ? readEventPlace : readPlace)({ place: values.place } as { place?: string; country?: string });
      if (placeReadAs) {
        values.place = query.place;
        country = query.country;
        process.stderr.write(`${placeReadingText(placeReadAs)}${query.country ? ` Events placed anywhere in ${placeReadAs.name}.` : ''}\n`);
      }
    }
    const store = await openStoreOption(values.store);
    try {
      const rows: object[] = [];
      if (kind === 'claims') {
        const text = args.positionals.length > 0 ? args.positionals.join(' ') : undefined;
        const { eventType, claimStatus, ...filters } = filtersOf(values);
        let next: string | undefined;
        try {
          const page = await claimPage(store, {
            ...filters, ...(text ? { text } : {}), offset, ...(values.all ? {} : { limit }),
            ...(claimStatus ? { status: claimStatus as ClaimStatus } : {}), ...(eventType ? { eventType } : {}),
            ...(typeof values.claimant === 'string' ? { claimant: values.claimant } : {}),
            ...(typeof values.cursor === 'string' ? { cursor: values.cursor } : {}),
          });
          rows.push(...page.rows), next = page.next;
          if (page.waiting) process.stderr.write(`${waitingNote(page.waiting)}\n`);
        } catch (error) {
          if (error instanceof ClaimCursorError) throw usageError(`--cursor: ${error.message}`);
          throw error;
        }
        // A full page says how to get the next one, on standard error so that exports stay clean.
        if (next) process.stderr.write(`next page: --cursor ${next}\n`);
      }
      for (; kind !== 'claims';) {
        const page = await fetchPage(store, kind, args, limit, offset, country);
        rows.push(...(values.full ? await fullDocuments(store, page as Array<{ id: string }>) : page));
        if (!values.all || page.length < limit) break;
        offset += limit;
      }
      // A claims CSV keeps its header when no claim matches, so a spreadsheet or script still reads its columns.
      const out = format === 'jsonl' ? toJsonl(rows) : format === 'csv' ? (kind === 'claims' && rows.length === 0 ? `${COLUMNS.claims.join(',')}\r\n` : toCsv(rows, COLUMNS[kind])) : formatText(kind, rows);
      if (values.output) await writeFile(values.output as string, out);
      else process.stdout.write(out);
      return EXIT.OK;
    } finally {
      await store.close();
    }
  },
};

function filtersOf(values: ParsedArgs['values']): Filters {
  const f: Filters = {};
  const take = (key: keyof Filters, option: string): void => { if (typeof values[option] === 'string') f[key] = values[option] as string; };
  take('outlet', 'outlet'); take('from', 'from'); take('to', 'to'); take('person', 'person'); take('organisation', 'organisation');
  take('place', 'place'); take('speaker', 'speaker'); take('eventType', 'event-type'); take('claimStatus', 'claim-status');
  return f;
}

async function fetchPage(store: Store, kind: Kind, { values, positionals }: ParsedArgs, limit: number, offset: number, country?: string): Promise<object[]> {
  const text = positionals.length > 0 ? positionals.join(' ') : undefined;
  const page = { limit, offset };
  const filters = filtersOf(values);
  if (kind === 'quotes') return store.quotes({ ...filters, ...page, ...(text ? { about: text } : {}), ...(typeof values.kind === 'string' ? { kind: values.kind as CueKind } : {}) });
  if (kind === 'entities') return store.entities({ ...page, ...(text ? { name: text } : {}), ...(typeof values.type === 'string' ? { type: values.type } : {}) });
  if (kind === 'events') {
    const { eventType, ...rest } = filters;
    return store.events({ ...rest, ...page, ...(eventType ? { type: eventType } : {}), ...(country ? { country } : {}) });
  }
  // Exports page through every match: newest first gives stable pages.
  return store.search({ ...filters, ...page, ...(text ? { text } : {}), ...(values.all ? { sort: 'date' as const } : {}) });
}

async function fullDocuments(store: Store, hits: Array<{ id: string }>): Promise<object[]> {
  const docs: object[] = [];
  for (const hit of hits) {
    const stored = await store.get(hit.id);
    if (stored) docs.push(stored.doc);
  }
  return docs;
}

function formatText(kind: Kind, rows: object[]): string {
  if (rows.length === 0) return 'No results.\n';
  const lines = rows.map((row) => {
    const r = row as Record<string, string | number | undefined>;
    const where = [r.publishedAt?.toString().slice(0, 10), r.outlet].filter(Boolean).join(' · ');
    if (kind === 'quotes') return `${r.speaker ?? '(unknown speaker)'}: ${/^["“‘«']/.test(String(r.content)) ? r.content : `“${r.content}”`}\n    ${[r.cueKind ?? 'kind not known', where].filter(Boolean).join(' · ')}  ${r.title ?? ''}  [${r.documentId}]`;
    if (kind === 'entities') return `${r.name} (${r.type}): ${r.documents} document${r.documents === 1 ? '' : 's'}`;
    if (kind === 'claims') {
      const c = row as ClaimRow;
      const event = c.eventId ? `${c.eventSubtype ?? c.eventType}${c.place ? ` in ${c.place}` : ''}${c.date ? ` on ${c.date}` : ''}${c.stance ? ` (${c.stance})` : ''}` : '';
      return `${c.status} · ${c.claimant === 'outlet' ? "the outlet's own voice" : c.claimant}: “${c.text.replace(/\s+/g, ' ')}”${event ? `\n    event: ${event}` : ''}\n    ${[where, c.title].filter(Boolean).join('  ')}  [${c.documentId} ${c.claimId}]`;
    }
    if (kind === 'events') {
      const e = row as EventHit;
      const crowd = (e.crowd ?? []).map((c) => `${c.figure}${c.peak ? ' at its peak' : ''} (${c.claimant === 'outlet' ? 'the outlet' : `per ${c.claimant}`})`).join('; ');
      return `${r.type}${r.subtype ? ` / ${r.subtype}` : ''}${r.place ? ` in ${r.place}` : ''}${r.date ? ` on ${r.date}` : ''}: "${r.trigger}"${e.recurring ? ' (recurring)' : ''}${crowd ? `\n    crowd: ${crowd}` : ''}\n    ${[where, r.title].filter(Boolean).join('  ')}  [${r.documentId}]`;
    }
    const place = `${where}${r.url ? `  ${r.url}` : ''}`.trim();
    return `${r.title ?? '(untitled)'}  [${r.id}]\n${place ? `    ${place}\n` : ''}    ${String(r.snippet ?? '').replace(/\s+/g, ' ').trim()}`;
  });
  return `${lines.join('\n')}\n`;
}

/** What to run when articles wait for the claim index (they are decoded whole, and slowly, meanwhile). */
function waitingNote(n: number): string {
  return `${n.toLocaleString('en')} ${n === 1 ? 'article' : 'articles'} read for these rows ${n === 1 ? 'waits' : 'wait'} for the claim index and ${n === 1 ? 'was' : 'were'} decoded from the stored documents, slowly: \`newslens reanalyze --index-only\` indexes every waiting article (no re-analysis; from the claim rows already stored when it has them), \`newslens stats\` counts them`;
}
