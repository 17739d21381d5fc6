/**
 * The map of event places, drawn offline: the world outline ships with newslens
 * (web/static/world-outline.json, from Natural Earth) and the points come from /api/event-places. No
 * tile server, no third-party request. Each place is a link (to its one event, or to the events there),
 * and a table under the map lists the same places for keyboards and screen readers.
 */
import { failureText, getJson, type EventPlaceHit } from './api.js';
import { clusterPlaces, crowdLine, eventTypeClass, type PlaceCluster } from './corpus-groups.js';
import { h, replaceChildren, svg, table } from './dom.js';
import { EVENT_TYPE_OPTIONS, filterForm, paramsOf, type Field } from './forms.js';
import { typeLegendItems } from './view-events.js';

interface Outline {
  width: number;
  height: number;
  bounds: { west: number; east: number; north: number; south: number };
  land: string;
  borders: string;
  source: string;
}

let outline: Promise<Outline> | undefined;

const FIELDS: Field[] = [
  { name: 'type', label: 'Event type', options: EVENT_TYPE_OPTIONS },
  { name: 'outlet', label: 'Outlet', suggest: 'outlets' },
  { name: 'from', label: 'Published from', type: 'date' },
  { name: 'to', label: 'Published to', type: 'date' },
];

/** The crowd sizes of a place's events, each event's claimants on one line: "" when none gives one. */
function crowdsOf(cluster: PlaceCluster): string {
  return cluster.events.map((e) => crowdLine(e.crowd)).filter(Boolean).join('; ');
}

function link(cluster: PlaceCluster): string {
  const only = cluster.events.length === 1 ? cluster.events[0] : undefined;
  return only
    ? `#/doc/${encodeURIComponent(only.documentId)}?focus=events:${encodeURIComponent(only.eventId)}`
    : `#/events?place=${encodeURIComponent(cluster.place)}`;
}

/** The viewBox around the points, at least 60° by 35° so there is context, inside the outline. */
function frame(o: Outline, clusters: readonly PlaceCluster[], world: boolean): [number, number, number, number] {
  if (world || clusters.length === 0) return [0, 0, o.width, o.height];
  const xs = clusters.map((c) => (c.lon - o.bounds.west) * 10);
  const ys = clusters.map((c) => (o.bounds.north - c.lat) * 10);
  let [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const w = Math.max(600, (x1 - x0) * 1.3);
  const hgt = Math.max(350, (y1 - y0) * 1.3, w * 0.5);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  x0 = Math.max(0, Math.min(o.width - w, cx - w / 2));
  y0 = Math.max(0, Math.min(o.height - hgt, cy - hgt / 2));
  return [x0, y0, Math.min(w, o.width), Math.min(hgt, o.height)];
}

interface Box { x0: number; y0: number; x1: number; y1: number }

function overlapsAny(box: Box, boxes: readonly Box[]): boolean {
  return boxes.some((b) => box.x0 < b.x1 && b.x0 < box.x1 && box.y0 < b.y1 && b.y0 < box.y1);
}

/**
 * Draws the outline and the places. `pixelWidth` is the width the map is shown at, so circles and
 * labels keep their size on screen whatever the zoom. A label that would cover another is left out
 * (the place keeps its tooltip, and the table lists it).
 */
function drawMap(o: Outline, clusters: readonly PlaceCluster[], world: boolean, pixelWidth: number): SVGSVGElement {
  const [x, y, w, hgt] = frame(o, clusters, world);
  const scale = w / Math.max(300, pixelWidth);
  const placed: Box[] = [];
  const circles: Array<{ c: PlaceCluster; cx: number; cy: number; r: number }> = clusters.map((c) => {
    const r = (5 + 3 * Math.sqrt(c.events.length)) * scale;
    const cx = (c.lon - o.bounds.west) * 10;
    const cy = (o.bounds.north - c.lat) * 10;
    placed.push({ x0: cx - r, y0: cy - r, x1: cx + r, y1: cy + r });
    return { c, cx, cy, r };
  });
  const fontSize = 13 * scale;
  const points = circles.map(({ c, cx, cy, r }) => {
    const types = [...new Set(c.events.map((e) => e.type))];
    const crowds = crowdsOf(c);
    const label = `${c.place}: ${c.events.length} event${c.events.length === 1 ? '' : 's'} (${types.join(', ')})${crowds ? `; ${crowds}` : ''}`;
    const width = c.place.length * fontSize * 0.62;
    const gap = r + 3 * scale;
    const spots: Array<[number, number, 'start' | 'end']> = [[cx + gap, cy + fontSize * 0.35, 'start'], [cx - gap, cy + fontSize * 0.35, 'end'], [cx - width / 2, cy - gap, 'start'], [cx - width / 2, cy + gap + fontSize * 0.8, 'start']];
    let text: SVGTextElement | null = null;
    for (const [tx, ty, anchor] of spots) {
      const box = anchor === 'start' ? { x0: tx, y0: ty - fontSize, x1: tx + width, y1: ty + fontSize * 0.25 } : { x0: tx - width, y0: ty - fontSize, x1: tx, y1: ty + fontSize * 0.25 };
      if (overlapsAny(box, placed)) continue;
      placed.push(box);
      text = svg('text', { x: tx.toFixed(1), y: ty.toFixed(1), 'text-anchor': anchor, 'font-size': fontSize.toFixed(1), class: 'map-label', 'stroke-width': (3 * scale).toFixed(2) }, c.place);
      break;
    }
    return svg('a', { href: link(c), 'aria-label': label, class: 'map-point' },
      svg('title', null, label),
      svg('circle', { cx: cx.toFixed(1), cy: cy.toFixed(1), r: r.toFixed(1), class: types.length === 1 ? eventTypeClass(types[0]!) : 'et-mixed', 'stroke-width': (1.5 * scale).toFixed(2) }),
      text);
  });
  return svg('svg', { viewBox: `${x.toFixed(0)} ${y.toFixed(0)} ${w.toFixed(0)} ${hgt.toFixed(0)}`, class: 'world-map', role: 'group', 'aria-label': 'Map of event places; each place is a link' },
    svg('rect', { x: 0, y: 0, width: o.width, height: o.height, class: 'sea' }),
    svg('path', { d: o.land, class: 'land', 'stroke-width': (0.8 * scale).toFixed(2) }),
    svg('path', { d: o.borders, class: 'borders', 'stroke-width': (0.6 * scale).toFixed(2) }),
    points);
}

/** The places under the map, for keyboards and screen readers; a crowd-size column when any place has one. */
function placesTable(clusters: readonly PlaceCluster[]): HTMLElement {
  const crowds = clusters.map(crowdsOf);
  const withCrowds = crowds.some(Boolean);
  return table('Places with events', ['place', 'events', 'types', ...(withCrowds ? ['crowd sizes'] : []), 'coordinates'], clusters.map((c, i) => [
    h('a', { href: link(c) }, c.place),
    String(c.events.length),
    [...new Set(c.events.map((e) => e.subtype ?? e.type))].join(', '),
    ...(withCrowds ? [crowds[i]!] : []),
    `${c.lat.toFixed(2)}, ${c.lon.toFixed(2)}`,
  ]));
}

/** Renders the map of event places with its legend and the table of places. */
export async function mapView(root: HTMLElement, query: URLSearchParams): Promise<void> {
  const body = h('div', { class: 'results', 'aria-live': 'polite' }, h('p', { role: 'status' }, 'Loading the map…'));
  replaceChildren(root, h('h1', { tabindex: '-1' }, 'Map of event places'), filterForm('map', FIELDS, query, 'Filter', 'Filter the map'), body);
  try {
    outline ??= getJson<Outline>('/static/world-outline.json');
    const [o, { results }] = await Promise.all([outline, getJson<{ results: EventPlaceHit[] }>('/api/event-places', { ...paramsOf(query, FIELDS.map((f) => f.name)), limit: 1000 })]);
    const clusters = clusterPlaces(results);
    const unplaced = results.filter((r) => r.lat === undefined || r.lon === undefined).length;
    let world = false;
    const pixelWidth = (): number => root.clientWidth || 1000;
    const holder = h('div', { class: 'map-holder' }, drawMap(o, clusters, world, pixelWidth()));
    const toggle = h('button', { type: 'button', 'aria-pressed': 'false' }, 'Show the whole world');
    toggle.addEventListener('click', () => {
      world = !world;
      toggle.setAttribute('aria-pressed', String(world));
      toggle.textContent = world ? 'Zoom to the events' : 'Show the whole world';
      replaceChildren(holder, drawMap(o, clusters, world, pixelWidth()));
    });
    const single = new Set(clusters.filter((c) => new Set(c.events.map((e) => e.type)).size === 1).map((c) => c.events[0]!.type));
    const mixed = clusters.some((c) => new Set(c.events.map((e) => e.type)).size > 1);
    let drawnAt = pixelWidth();
    const onResize = (): void => {
      if (!holder.isConnected) { window.removeEventListener('resize', onResize); return; }
      if (Math.abs(pixelWidth() - drawnAt) < 40) return;
      drawnAt = pixelWidth();
      // Keep keyboard focus on the same place across the redraw.
      const focused = holder.contains(document.activeElement) ? document.activeElement?.getAttribute('href') : null;
      replaceChildren(holder, drawMap(o, clusters, world, drawnAt));
      if (focused) [...holder.querySelectorAll<SVGAElement>('a.map-point')].find((a) => a.getAttribute('href') === focused)?.focus();
    };
    window.addEventListener('resize', onResize);
    replaceChildren(body,
      h('div', { class: 'map-tools' }, toggle, h('p', { class: 'hint' }, `${clusters.length} places, ${results.length - unplaced} events on the map${unplaced ? `; ${unplaced} events have no resolved place` : ''}.`)),
      h('ul', { class: 'legend', 'aria-label': 'Legend: colour by event type' },
        typeLegendItems(single, mixed),
        h('li', null, 'a larger circle: more events')),
      holder,
      h('p', { class: 'credit' }, 'Country outlines: Natural Earth (public domain), via world-atlas. Places: GeoNames (CC BY 4.0). Drawn without any tile server.'),
      clusters.length ? placesTable(clusters) : h('p', null, 'No events with a resolved place.'));
  } catch (e) {
    replaceChildren(body, h('p', { class: 'error', role: 'alert' }, failureText(e)));
  }
}
