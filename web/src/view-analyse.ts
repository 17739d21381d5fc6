/**
 * Analyse: paste an article or choose a text or HTML file, and see it analysed (POST /api/analyze;
 * nothing is stored). A file goes to the server as its bytes, which decodes it as the CLI does (so a
 * windows-1251 or latin-1 file reads right; the browser would assume UTF-8). The form and the last
 * result survive a visit to another view.
 */
import type { Document } from '../../src/model/document.js';
import { failureText, getJson, postJson } from './api.js';
import { renderArticle } from './article-view.js';
import { h, replaceChildren } from './dom.js';

interface Draft {
  text: string;
  html: boolean;
  title: string;
  outlet: string;
  publishedAt: string;
  file?: { name: string; base64: string; contentType: string; bytes: number; html: boolean };
}

const draft: Draft = { text: '', html: false, title: '', outlet: '', publishedAt: '' };
let last: { doc: Document; ms: number } | undefined;

const LOOKS_LIKE_PAGE = /^\s*(<!doctype html|<html[\s>])/i;
const HTML_FILE = /\.(html?|xhtml)$/i;
/** The server's default body limit is 2 MiB; JSON escaping adds a little. */
const MAX_CHARS = 1_800_000;
/** Base64 makes 4 characters of 3 bytes. */
const MAX_FILE_BYTES = Math.floor((MAX_CHARS / 4) * 3);

/** Bytes as base64, in chunks (a spread of a whole file would overflow the call stack). */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A TIMEX value with unknown parts ("XXXX-WXX-2"): the date was not placed on a calendar. */
const UNPLACED = /X/;

/**
 * When no publication date was given and relative dates ("on Tuesday", "overnight") were left off the
 * calendar, a line saying so with a button to the Published field: the values alone ("XXXX-WXX-2")
 * do not tell a journalist what to do.
 */
function dateHint(doc: Document, dateField: HTMLInputElement): HTMLElement | null {
  if (doc.meta.publishedAt) return null;
  const unplaced = (doc.layers.dates ?? []).filter((d) => UNPLACED.test(d.value));
  if (unplaced.length === 0) return null;
  const shown = unplaced.slice(0, 4).map((d) => `“${d.text}”`).join(', ');
  return h('p', { class: 'notice date-hint' },
    `No publication date was given, so ${plural(unplaced.length, 'relative date')} (${shown}${unplaced.length > 4 ? ', …' : ''}) ${unplaced.length === 1 ? 'is' : 'are'} not placed on a calendar. `,
    h('button', { type: 'button', onclick: () => { dateField.scrollIntoView({ block: 'center' }); dateField.focus(); } }, 'Give the publication date'),
    ' and analyse again.');
}

function statusLine(ms: number, doc: Document): string {
  const server = (doc.pipeline?.stages ?? []).reduce((sum, s) => sum + s.ms, 0);
  const quotes = doc.layers.quotes?.length ?? 0;
  const speakers = new Set((doc.layers.quotes ?? []).map((q) => q.speaker?.name ?? q.source?.text ?? '')).size;
  return `Analysed in ${Math.round(ms)} ms (analysis ${Math.round(server)} ms): ${plural(quotes, 'quote')} from ${plural(speakers, 'speaker')}, ${plural(doc.layers.events?.length ?? 0, 'event')}.`;
}

/** Renders the Analyse view into `root`: the form, and the last result if there is one. */
export function analyseView(root: HTMLElement): void {
  const status = h('p', { class: 'status', role: 'status' });
  const hint = h('div', { class: 'hints' });
  const error = h('div', { class: 'error', role: 'alert' });
  const result = h('div', { class: 'result' });
  const text = h('textarea', { id: 'an-text', name: 'text', rows: 14, spellcheck: 'false', 'aria-describedby': 'an-text-help' });
  text.value = draft.text;
  const asHtml = h('input', { type: 'checkbox', id: 'an-html', checked: draft.html });
  const file = h('input', { type: 'file', id: 'an-file', accept: '.txt,.text,.md,.html,.htm,.xhtml,text/plain,text/html' });
  const fileNote = h('p', { class: 'hint', id: 'an-file-note' }, draft.file ? `Using ${draft.file.name}.` : '');
  const meta = (name: 'title' | 'outlet' | 'publishedAt', label: string, type = 'text'): [HTMLElement, HTMLInputElement] => {
    const input = h('input', { id: `an-${name}`, name, type, value: draft[name], autocomplete: 'off' });
    input.addEventListener('input', () => { draft[name] = input.value; });
    return [h('div', { class: 'field' }, h('label', { for: `an-${name}` }, label), input), input];
  };
  const [titleField] = meta('title', 'Title');
  const [outletField] = meta('outlet', 'Outlet');
  const [dateField, dateInput] = meta('publishedAt', 'Published (resolves “on Monday”)', 'date');
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Analyse');
  const example = h('button', { type: 'button' }, 'Load an example article');
  const clearFile = h('button', { type: 'button', hidden: !draft.file }, 'Use the pasted text instead');

  text.addEventListener('input', () => {
    draft.text = text.value;
    if (LOOKS_LIKE_PAGE.test(text.value.slice(0, 200)) && !asHtml.checked) { asHtml.checked = true; draft.html = true; }
  });
  asHtml.addEventListener('change', () => { draft.html = asHtml.checked; });
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    error.textContent = '';
    if (chosen.size > MAX_FILE_BYTES) { error.textContent = `The file is too large (${chosen.size} bytes; at most ${MAX_FILE_BYTES}).`; file.value = ''; return; }
    const bytes = new Uint8Array(await chosen.arrayBuffer());
    // The head read as single bytes: enough to see "<html" in any ASCII-compatible encoding.
    const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 200));
    draft.file = { name: chosen.name, base64: toBase64(bytes), contentType: chosen.type, bytes: bytes.length, html: HTML_FILE.test(chosen.name) || LOOKS_LIKE_PAGE.test(head) };
    fileNote.textContent = `Using ${chosen.name} (${draft.file.html ? 'an HTML page: the article is extracted from it' : 'plain text'}; its encoding is found on the server).`;
    clearFile.hidden = false;
  });
  clearFile.addEventListener('click', () => {
    delete draft.file;
    file.value = '';
    fileNote.textContent = '';
    clearFile.hidden = true;
    text.focus();
  });
  example.addEventListener('click', async () => {
    try {
      const sample = await getJson<{ title: string; outlet: string; publishedAt: string; text: string }>('/static/example-article.json');
      draft.text = text.value = sample.text;
      draft.title = sample.title;
      draft.outlet = sample.outlet;
      draft.publishedAt = sample.publishedAt;
      for (const [el, v] of [[titleField, sample.title], [outletField, sample.outlet], [dateField, sample.publishedAt]] as const) {
        const input = el.querySelector('input');
        if (input) input.value = v;
      }
      text.focus();
    } catch (e) {
      error.textContent = failureText(e);
    }
  });

  const form = h('form', { class: 'analyse', 'aria-label': 'Article to analyse' },
    h('div', { class: 'field text-column' },
      h('label', { for: 'an-text' }, 'Article text'),
      h('p', { class: 'hint', id: 'an-text-help' }, 'Paste the article: headline, then paragraphs. Nothing is stored.'),
      text,
      h('label', { for: 'an-html', class: 'inline' }, asHtml, ' The pasted text is an HTML page (extract the article from it)')),
    h('div', { class: 'side-column' },
      h('div', { class: 'field' }, h('label', { for: 'an-file' }, 'Or choose a file (.txt or .html)'), file, fileNote, clearFile),
      h('fieldset', { class: 'meta-fields' }, h('legend', null, 'About the article (optional)'), titleField, outletField, dateField),
      h('div', { class: 'actions' }, submit, example)));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    const body: Record<string, unknown> = {};
    const chosen = draft.file;
    if (chosen) {
      if (chosen.bytes === 0) { error.textContent = `${chosen.name} is empty.`; return; }
      body.file = { name: chosen.name, base64: chosen.base64, ...(chosen.contentType ? { contentType: chosen.contentType } : {}) };
    } else {
      const content = text.value;
      if (!content.trim()) { error.textContent = 'Paste an article or choose a file first.'; text.focus(); return; }
      if (content.length > MAX_CHARS) { error.textContent = `The article is too long (${content.length} characters; at most ${MAX_CHARS}).`; return; }
      body[asHtml.checked ? 'html' : 'text'] = content;
    }
    if (draft.title.trim()) body.title = draft.title.trim();
    if (draft.outlet.trim()) body.outlet = draft.outlet.trim();
    if (draft.publishedAt) body.publishedAt = draft.publishedAt;
    submit.disabled = true;
    status.textContent = 'Analysing…';
    for (const name of ['data-fetch-ms', 'data-ms', 'data-painted-ms']) result.removeAttribute(name);
    const started = performance.now();
    try {
      const doc = await postJson<Document>('/api/analyze', body);
      const fetched = performance.now() - started;
      const view = renderArticle(doc, { heading: 'h2' });
      replaceChildren(result, view);
      const ms = performance.now() - started;
      last = { doc, ms };
      status.textContent = statusLine(ms, doc);
      replaceChildren(hint, dateHint(doc, dateInput));
      const decoded = chosen ? doc.messages.find((m) => m.code === 'W_INPUT_DECODED_LEGACY') : undefined;
      if (chosen && chosen === draft.file) fileNote.textContent = `Used ${chosen.name}${decoded ? `: ${decoded.message}` : ''}.`;
      // The parts of the wait, for tests and for anyone asking why it was slow: the answer, the DOM
      // built, and the first frame painted with it.
      result.setAttribute('data-fetch-ms', String(Math.round(fetched)));
      result.setAttribute('data-ms', String(Math.round(ms)));
      requestAnimationFrame(() => setTimeout(() => { result.setAttribute('data-painted-ms', String(Math.round(performance.now() - started))); }, 0));
      const heading = view.querySelector<HTMLElement>('.article-title');
      heading?.setAttribute('tabindex', '-1');
      status.scrollIntoView({ block: 'start' });
      heading?.focus({ preventScroll: true });
    } catch (e) {
      status.textContent = '';
      replaceChildren(hint);
      error.textContent = failureText(e);
    } finally {
      submit.disabled = false;
    }
  });

  replaceChildren(root,
    h('h1', { tabindex: '-1' }, 'Analyse an article'),
    h('p', { class: 'lede' }, 'See who said what, how firmly each claim is made, what reportedly happened and how it was framed, each finding with the words it rests on.'),
    form, status, hint, error, result);
  if (last) {
    replaceChildren(result, renderArticle(last.doc, { heading: 'h2' }));
    status.textContent = statusLine(last.ms, last.doc);
    replaceChildren(hint, dateHint(last.doc, dateInput));
  }
}
