/**
 * The hover card: the record behind the span under the pointer (or the focused span), placed under it.
 * One element for the page, positioned through the CSSOM (which the Content-Security-Policy allows,
 * unlike inline style attributes).
 */
import { replaceChildren } from './dom.js';
import type { RecordView } from './records.js';

let card: HTMLElement | undefined;
let described: HTMLElement | undefined;

function element(): HTMLElement {
  if (!card) {
    card = document.createElement('div');
    card.className = 'popover';
    card.id = 'popover';
    card.setAttribute('role', 'tooltip');
    card.hidden = true;
    document.body.appendChild(card);
  }
  return card;
}

/** Shows `records` under `anchor`. */
export function showPopover(anchor: HTMLElement, records: RecordView[], render: (r: RecordView, level: 'h4') => HTMLElement): void {
  const el = element();
  if (records.length === 0) { hidePopover(); return; }
  replaceChildren(el, records.map((r) => render(r, 'h4')));
  el.hidden = false;
  const box = anchor.getBoundingClientRect();
  const width = Math.min(420, document.documentElement.clientWidth - 16);
  el.style.width = `${width}px`;
  const left = Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8));
  el.style.left = `${left}px`;
  el.style.top = `${box.bottom + window.scrollY + 6}px`;
  described?.removeAttribute('aria-describedby');
  anchor.setAttribute('aria-describedby', 'popover');
  described = anchor;
}

/** Hides the card. */
export function hidePopover(): void {
  if (card) card.hidden = true;
  described?.removeAttribute('aria-describedby');
  described = undefined;
}
