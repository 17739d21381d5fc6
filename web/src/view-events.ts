/**
 * Events across the corpus (GET /api/events) and their timeline with the quotes around them: a drawn
 * overview (decorative) over a day-by-day list that carries the same items for keyboards and readers.
 */
import { failureText, getJson, type EventHit, type PlaceReading, type QuoteHit } from './api.js';
import { EVENT_TYPES, crowdLine, eventStatusText, placeReadingText, dayNumber, eventTypeClass, shortDate, timelineItems, type TimelineItem } from './corpus-groups.js';
import { quotedWords } from './quoted-words.js';
import { h, replaceChildren, svg, table } from './dom.js';
import { EVENT_TYPE_OPTIONS, filterForm, paramsOf, type Field } from './forms.js';

const FIELDS: Field[] = [
  { name: 'type', label: 'Event type', options: EVENT_TYPE_OPTIONS },
  { name: 'place', label: 'Place' },
  { name: 'outlet', label: 'Outlet', suggest: 'outlets' },
  { name: 'from', label: 'Published from', type: 'date' },
  { name: 'to', label: 'Published to', type: 'date' },
];

/** Legend entries for the event types present (and for "several types" on the map). */
export function typeLegendItems(types: ReadonlySet<string>, mixed = false): HTMLElement[] {
  const known = EVENT_TYPES.filter((t) => types.has(t)).map((t): [string, string] => [eventTypeClass(t), t]);
  if ([...types].some((t) => !EVENT_TYPES.includes(t))) known.push(['et-other', 'other type']);
  if (mixed) known.push(['et-mixed', 'several types']);
  return known.map(([cls, label]) => h('li', null, h('span', { class: `dot ${cls}`, 'aria-hidden': 'true' }), ` ${label}`));
}

function eventLink(e: EventHit, label: string): HTMLAnchorElement {
  return h('a', { href: `#/doc/${encodeURIComponent(e.documentId)}?focus=events:${encodeURIComponent(e.eventId)}` }, label);
}

/** What happened: the type, a recurring pattern said so, and the crowd sizes each claimant gives. */
function whatCell(e: EventHit): HTMLElement {
  const crowd = crowdLine(e.crowd);
  return h('span', null, h('span', { class: `dot ${eventTypeClass(e.type)}`, 'aria-hidden': 'true' }), ` ${e.subtype ?? e.type}`,
    e.recurring ? h('small', { class: 'recurring' }, ' (a recurring pattern, not one event)') : null,
    crowd ? [h('br'), h('small', { class: 'crowd' }, crowd)] : null);
}

/** Renders the events list with its filters. */
export async function eventsView(root: HTMLElement, query: URLSearchParams): Promise<void> {
  const list = h('div', { class: 'results', 'aria-live': 'polite' }, h('p', { role: 'status' }, 'Loading…'));
  replaceChildren(root, h('h1', { tabindex: '-1' }, 'Events'), filterForm('events', FIELDS, query, 'Filter', 'Filter events'), list);
  try {
    const { results, placeReadAs } = await getJson<{ results: EventHit[]; placeReadAs?: PlaceReading }>('/api/events', { ...paramsOf(query, FIELDS.map((f) => f.name)), limit: 500 });
    // A place filter keeps the events placed there (the store reads the event's own place, not the
    // places its article mentions).
    const place = placeReadAs?.name ?? query.get('place')?.trim() ?? '';
    // A country selects the events placed anywhere in it (its towns too).
    const at = placeReadAs?.precision === 'country' ? 'in' : 'at';
    const counted = (n: number): string => `${n} ${n === 1 ? 'event' : 'events'}`;
    replaceChildren(list,
      placeReadAs ? h('p', { class: 'hint place-reading' }, at === 'in'
        ? `Events placed anywhere in ${placeReadAs.name} (country, ${placeReadAs.country})${placeReadAs.query.toLowerCase() === placeReadAs.name.toLowerCase() ? '' : `: “${placeReadAs.query}” read as the country`}.`
        : placeReadingText(placeReadAs)) : null,
      results.length === 0
        ? h('p', null, place ? `No event matching the filters is placed ${at} ${place}.` : 'No events match.')
        : [
          h('ul', { class: 'legend', 'aria-label': 'Legend: colour by event type' }, typeLegendItems(new Set(results.map((e) => e.type)))),
          table(`${counted(results.length)}${place ? ` ${at} ${place}` : ''}; “reported as” opens the article at the event`,
            ['when', 'what', 'where', 'reported as', 'how the article reports it', 'outlet, published'],
            results.map((e) => [
              e.date ?? '',
              whatCell(e),
              e.place ?? '',
              eventLink(e, quotedWords(e.trigger)),
              eventStatusText(e.attribution),
              [e.outlet, shortDate(e.publishedAt)].filter(Boolean).join(', '),
            ])),
        ]);
  } catch (e) {
    replaceChildren(list, h('p', { class: 'error', role: 'alert' }, failureText(e)));
  }
}

/** Days of the first of each year (over long spans), month, or week between `first` and `last`: at most 8. */
function tickDays(first: number, last: number): number[] {
  const span = last - first;
  const days: number[] = [];
  const start = new Date(first * 86_400_000);
  if (span <= 40) {
    for (let d = first; d <= last && days.length < 8; d += Math.max(1, Math.ceil(span / 6))) days.push(d);
    return days;
  }
  const step = span > 400 ? 12 : Math.max(1, Math.ceil(span / 30 / 7));
  let y = start.getUTCFullYear();
  let m = span > 400 ? 0 : start.getUTCMonth();
  for (;;) {
    m += step;
    while (m > 11) { m -= 12; y++; }
    const d = Date.UTC(y, m, 1) / 86_400_000;
    if (d > last) break;
    if (d >= first) days.push(d);
  }
  return days.length > 8 ? days.filter((_, i) => i % Math.ceil(days.length / 8) === 0) : days;
}

/** The drawn overview: events above the axis, quotes below, one mark per item. */
function overview(items: readonly TimelineItem[]): SVGSVGElement | null {
  if (items.length === 0) return null;
  const days = items.map((i) => dayNumber(i.when));
  const first = Math.min(...days);
  const last = Math.max(...days);
  const span = Math.max(1, last - first);
  const width = 1000;
  const x = (d: number): number => 40 + ((d - first) / span) * (width - 80);
  const marks = items.map((item, i) => {
    const cx = x(days[i]!);
    return item.kind === 'event'
      ? svg('circle', { cx: cx.toFixed(1), cy: 30, r: 6, class: `tl-event ${eventTypeClass(item.event!.type)}` })
      : svg('rect', { x: (cx - 5).toFixed(1), y: 64, width: 10, height: 10, class: 'tl-quote' });
  });
  const ticks = tickDays(first, last).map((d) => svg('text', { x: x(d).toFixed(1), y: 104, 'text-anchor': 'middle', class: 'tl-tick' }, new Date(d * 86_400_000).toISOString().slice(0, span > 400 ? 4 : span > 40 ? 7 : 10)));
  const rules = tickDays(first, last).map((d) => svg('line', { x1: x(d).toFixed(1), x2: x(d).toFixed(1), y1: 46, y2: 58, class: 'tl-axis' }));
  return svg('svg', { viewBox: `0 0 ${width} 112`, class: 'timeline-overview', 'aria-hidden': 'true', focusable: 'false' },
    svg('line', { x1: 30, x2: width - 30, y1: 52, y2: 52, class: 'tl-axis' }), rules, marks, ticks);
}

/** Renders the timeline: the drawn overview and the day-by-day list of events and quotes. */
export async function timelineView(root: HTMLElement, query: URLSearchParams): Promise<void> {
  const body = h('div', { class: 'results', 'aria-live': 'polite' }, h('p', { role: 'status' }, 'Loading…'));
  replaceChildren(root,
    h('h1', { tabindex: '-1' }, 'Timeline of events and quotes'),
    filterForm('timeline', [{ name: 'speaker', label: 'Quotes by' }, { name: 'from', label: 'Published from', type: 'date' }, { name: 'to', label: 'Published to', type: 'date' }], query, 'Filter', 'Filter the timeline'),
    body);
  try {
    const filters = paramsOf(query, ['from', 'to']);
    const [{ results: events }, { results: quotes }] = await Promise.all([
      query.get('speaker') ? Promise.resolve({ results: [] as EventHit[] }) : getJson<{ results: EventHit[] }>('/api/events', { ...filters, limit: 500 }),
      getJson<{ results: QuoteHit[] }>('/api/quotes', { ...filters, speaker: query.get('speaker') ?? undefined, limit: 500 }),
    ]);
    const items = timelineItems(events, quotes);
    const byDay = new Map<string, TimelineItem[]>();
    for (const item of items) byDay.set(item.when, [...(byDay.get(item.when) ?? []), item]);
    replaceChildren(body,
      h('ul', { class: 'legend', 'aria-label': 'Legend' },
        h('li', null, 'Circles: events, on their own date when the text gives one, else on the day the article was published; by type:'),
        typeLegendItems(new Set(events.map((e) => e.type))),
        h('li', null, h('span', { class: 'square', 'aria-hidden': 'true' }), ' quote (on the day it was published)')),
      overview(items),
      items.length === 0 ? h('p', null, 'Nothing to show.') : h('ol', { class: 'timeline' }, [...byDay].map(([day, list]) => h('li', { class: 'tl-day' },
        h('h2', null, day),
        h('ul', null, list.map((item) => item.kind === 'event'
          ? h('li', { class: 'tl-item event' },
            h('span', { class: `dot ${eventTypeClass(item.event!.type)}`, 'aria-hidden': 'true' }), ' ', h('strong', null, 'Event: '),
            `${item.event!.subtype ?? item.event!.type}${item.event!.place ? ` in ${item.event!.place}` : ''}${item.dated ? '' : ' (published that day)'} — `,
            eventLink(item.event!, quotedWords(item.event!.trigger)), ` · ${[eventStatusText(item.event!.attribution), item.event!.outlet].filter(Boolean).join(' · ')}`,
            item.event!.crowd ? h('small', { class: 'crowd' }, ` · ${crowdLine(item.event!.crowd)}`) : null)
          : h('li', { class: 'tl-item quote' },
            h('span', { class: 'square', 'aria-hidden': 'true' }), ' ', h('strong', null, `${item.quote!.speaker ?? 'Unknown speaker'}: `),
            h('a', { href: `#/doc/${encodeURIComponent(item.quote!.documentId)}?focus=quotes:${encodeURIComponent(item.quote!.quoteId)}` }, quotedWords(item.quote!.content, 140)),
            item.quote!.outlet ? ` · ${item.quote!.outlet}` : '')))))));
  } catch (e) {
    replaceChildren(body, h('p', { class: 'error', role: 'alert' }, failureText(e)));
  }
}
