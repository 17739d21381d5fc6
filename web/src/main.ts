/**
 * The web UI's entry: a router over the address's hash (`#/search?q=...`, `#/person/<name>`,
 * `#/doc/<id>?focus=quotes:q3`) so every view can be bookmarked and the back button works. On a change
 * of view, focus moves to the new view's heading so keyboard and screen-reader users land on it.
 */
import { h, replaceChildren } from './dom.js';
import { hidePopover } from './popover.js';
import { analyseView } from './view-analyse.js';
import { compareView } from './view-compare.js';
import { eventsView, timelineView } from './view-events.js';
import { mapView } from './view-map.js';
import { peopleView, personView } from './view-people.js';
import { documentView, searchView } from './view-search.js';

interface Route {
  name: string;
  arg: string;
  query: URLSearchParams;
}

const TITLES: Record<string, string> = { analyse: 'Analyse', search: 'Search', people: 'People', person: 'Person', events: 'Events', timeline: 'Timeline', map: 'Map', compare: 'Compare', doc: 'Article' };

/** `#/person/Dmitry%20Peskov?x=1` → { name: 'person', arg: 'Dmitry Peskov', query }. */
function parseRoute(hash: string): Route | undefined {
  if (!hash.startsWith('#/')) return hash === '' || hash === '#' ? { name: 'analyse', arg: '', query: new URLSearchParams() } : undefined;
  const [path = '', search = ''] = hash.slice(2).split('?', 2);
  const [name = '', ...rest] = path.split('/');
  let arg = rest.join('/');
  try {
    arg = decodeURIComponent(arg);
  } catch {
    // A malformed escape: keep the raw text.
  }
  return { name: TITLES[name] ? name : 'analyse', arg, query: new URLSearchParams(search) };
}

function render(route: Route, main: HTMLElement): Promise<void> | void {
  switch (route.name) {
    case 'search': return searchView(main, route.query);
    case 'people': return peopleView(main, route.query);
    case 'person': return personView(main, route.arg, route.query);
    case 'events': return eventsView(main, route.query);
    case 'timeline': return timelineView(main, route.query);
    case 'map': return mapView(main, route.query);
    case 'compare': return compareView(main, route.query);
    case 'doc': return documentView(main, route.arg, route.query);
    default: return analyseView(main);
  }
}

let firstView = true;

async function navigate(): Promise<void> {
  // A hash that is not a route (the skip link's #main) leaves the view as it is; on a fresh load
  // there is none yet, so it opens the Analyse view.
  const route = parseRoute(location.hash) ?? (firstView ? parseRoute('') : undefined);
  if (!route) return;
  hidePopover();
  document.body.removeAttribute('data-ready');
  const main = document.getElementById('main');
  if (!main) return;
  const navName = route.name === 'person' ? 'people' : route.name === 'doc' ? 'search' : route.name;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('nav a[data-route]')) {
    if (link.dataset.route === navName) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  document.title = `${route.arg || TITLES[route.name]} · newslens`;
  const view = h('div', { class: `view view-${route.name}` });
  replaceChildren(main, view);
  await render(route, view);
  if (!firstView && !route.query.has('focus')) {
    // A view may name the heading to land on (the compare view's chosen event), else its h1.
    const heading = view.querySelector<HTMLElement>('[data-focus-first]') ?? view.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }
  firstView = false;
  document.body.setAttribute('data-ready', route.name);
}

window.addEventListener('hashchange', () => { void navigate(); });
document.addEventListener('keydown', (event) => { if (event.key === 'Escape') hidePopover(); });
void navigate();
