/**
 * Building DOM nodes safely. Article text and metadata are untrusted: strings become text nodes, never
 * markup (no innerHTML anywhere in the UI); event handlers are functions, never attribute strings; links
 * take only same-page, same-origin or http(s) targets, so a `javascript:` URL in an article's metadata
 * cannot become a link.
 */

export type Child = Node | string | number | null | undefined | false | Child[];
type AttrValue = string | number | boolean | null | undefined | ((event: Event) => void);
export type Attrs = Record<string, AttrValue>;

const SAFE_URL = /^(#|\/(?!\/)|https?:\/\/)/i;
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'xlink:href']);

/** Whether a URL may be a link target: `#…`, `/…` (not `//…`) or http(s). */
export function isSafeUrl(url: string): boolean {
  return SAFE_URL.test(url.trim());
}

function apply(el: Element, attrs: Attrs | null | undefined): void {
  if (!attrs) return;
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (typeof value === 'function') {
      if (!name.startsWith('on')) throw new TypeError(`expected an on* name for a handler, found ${name}`);
      el.addEventListener(name.slice(2), value);
      continue;
    }
    if (name.startsWith('on')) throw new TypeError(`expected a function for ${name}, found ${typeof value}`);
    const text = value === true ? '' : String(value);
    if (URL_ATTRIBUTES.has(name) && !isSafeUrl(text)) continue;
    el.setAttribute(name, text);
  }
}

function append(el: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** An HTML element with attributes and children (strings become text nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  apply(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes and children. */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  apply(el, attrs);
  append(el, children);
  return el;
}

/** Replaces an element's children. */
export function replaceChildren(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

/** A table from a header row and rows of cells, in a box that scrolls sideways if a screen is too narrow. */
export function table(caption: string | null, head: readonly string[], rows: readonly Child[][], cls = 'data'): HTMLElement {
  return h('div', { class: 'table-scroll' }, h('table', { class: cls },
    caption ? h('caption', null, caption) : null,
    h('thead', null, h('tr', null, head.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', null, rows.map((r) => h('tr', null, r.map((c, i) => h('td', { 'data-label': head[i] ?? '' }, c)))))));
}
