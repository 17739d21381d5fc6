/**
 * Filter forms whose state lives in the address (`#/search?q=...`): submitting one navigates, so the
 * back button, bookmarks and reloads show the same results.
 */
import { getJson } from './api.js';
import { h } from './dom.js';

export interface Field {
  name: string;
  label: string;
  type?: 'text' | 'search' | 'date';
  /** For a select: [value, label] pairs; the first is usually "any". */
  options?: Array<[string, string]>;
  placeholder?: string;
  /** Offer the stored outlets' names as suggestions (the outlet filter matches a name exactly). */
  suggest?: 'outlets';
}

let outletNames: Promise<string[]> | undefined;

/** The stored outlets' names, asked once per page load; none when the API fails (the field still works). */
function storedOutlets(): Promise<string[]> {
  outletNames ??= getJson<{ results: Array<{ outlet: string }> }>('/api/outlets').then((r) => r.results.map((o) => o.outlet), () => []);
  return outletNames;
}

/** A datalist filled with the stored outlets when they arrive. */
function outletList(id: string): HTMLDataListElement {
  const list = h('datalist', { id });
  void storedOutlets().then((names) => list.replaceChildren(...names.map((name) => h('option', { value: name }))));
  return list;
}

let formCounter = 0;

/** A form of labelled fields that navigates to `#/<route>?<fields>` on submit. */
export function filterForm(route: string, fields: readonly Field[], values: URLSearchParams, submitLabel: string, label: string): HTMLFormElement {
  const uid = `f${++formCounter}`;
  const controls = fields.map((f) => {
    const id = `${uid}-${f.name}`;
    const value = values.get(f.name) ?? '';
    const control = f.options
      ? h('select', { id, name: f.name }, f.options.map(([v, l]) => h('option', { value: v, selected: v === value }, l)))
      : h('input', { id, name: f.name, type: f.type ?? 'text', value, placeholder: f.placeholder, autocomplete: 'off', list: f.suggest ? `${id}-list` : undefined });
    return h('div', { class: 'field' }, h('label', { for: id }, f.label), control, f.suggest ? outletList(`${id}-list`) : null);
  });
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': label }, controls, h('div', { class: 'field actions' }, h('button', { type: 'submit' }, submitLabel)));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (typeof v === 'string' && v.trim()) params.set(k, v.trim());
    const query = params.toString();
    location.hash = `#/${route}${query ? `?${query}` : ''}`;
  });
  return form;
}

/** The given names' values from the address, for an API call. */
export function paramsOf(values: URLSearchParams, names: readonly string[]): Record<string, string | undefined> {
  return Object.fromEntries(names.map((n) => [n, values.get(n) ?? undefined]));
}

export const CLAIM_STATUS_OPTIONS: Array<[string, string]> = [
  ['', 'any'], ['asserted', 'asserted'], ['attributed', 'attributed'], ['hedged', 'hedged'], ['disputed', 'disputed'], ['denied', 'denied'], ['questioned', 'questioned'],
];

/** ACLED event types, as the events stage labels them. */
export const EVENT_TYPE_OPTIONS: Array<[string, string]> = [
  ['', 'any'], ['Battles', 'Battles'], ['Explosions/Remote violence', 'Explosions/Remote violence'], ['Violence against civilians', 'Violence against civilians'],
  ['Protests', 'Protests'], ['Riots', 'Riots'], ['Strategic developments', 'Strategic developments'],
];
