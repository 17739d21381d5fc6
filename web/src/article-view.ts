/**
 * The article view: the text with highlights (one mode at a time, with its legend), the record behind
 * any span on hover, focus or click, and the side panel with the structured record. The text is cut
 * into pieces (segments.ts) and each piece becomes a text node inside the marks of its spans: the
 * article is never parsed as HTML. The first piece of every span is focusable, so the keyboard walks
 * the findings in text order; Enter or a click pins its record in the side panel.
 */
import type { Document } from '../../src/model/document.js';
import { h, isSafeUrl, replaceChildren } from './dom.js';
import { shortDate } from './corpus-groups.js';
import { MODES, highlightsFor, modeOf, type Mode, type RecordRef, type UiSpan } from './highlights.js';
import { describeRecord, type RecordView } from './records.js';
import { segmentText } from './segments.js';
import { sidePanel } from './side-panel.js';
import { hidePopover, showPopover } from './popover.js';
import { DEFAULT_QUOTE_SCOPE, QUOTE_SCOPES, inQuoteScope, quoteScopeSummary, type QuoteScope } from './quote-kinds.js';
import { matchRanges, queryStems } from './snippet-marks.js';

export interface ArticleOptions {
  /** A record to select once shown (from a person's page, an event list, the map). */
  focus?: RecordRef;
  /** The heading level of the title: h1 when the article is the page, h2 under the Analyse form. */
  heading?: 'h1' | 'h2';
  /** Which quotes to show at first: speech only, or every attribution (the default). */
  quoteScope?: QuoteScope;
  /** Told when the reader changes the quotes filter (a stored article keeps it in the address). */
  onQuoteScope?: (scope: QuoteScope) => void;
  /**
   * Quotes of a stored article whose kind the server read from their cue's lexicon entry: the article
   * was stored before quotes carried their kind. The quotes filter says so.
   */
  cueKindsFilled?: number;
  /** The search that led here (`?q=` from a search hit): its words are marked in the text, under any highlight. */
  search?: string;
}

let counter = 0;

function sameRef(a: RecordRef, b: RecordRef): boolean {
  return a.layer === b.layer && a.id === b.id;
}

/** The records of a mark and the marks around it, innermost first, each once. */
function recordsAt(doc: Document, spans: readonly UiSpan[], mark: Element, stop: Element): RecordView[] {
  const refs: RecordRef[] = [];
  for (let el: Element | null = mark; el && el !== stop; el = el.parentElement) {
    const index = Number(el.getAttribute('data-h'));
    const span = el.hasAttribute('data-h') ? spans[index] : undefined;
    if (span && !refs.some((r) => sameRef(r, span.ref) && r.part === span.ref.part)) refs.push(span.ref);
  }
  return refs.map((r) => describeRecord(doc, r)).filter((r): r is RecordView => r !== undefined);
}

/** A record as a heading and a description list. */
export function recordBlock(record: RecordView, level: 'h3' | 'h4' = 'h3'): HTMLElement {
  return h('div', { class: 'record' },
    h(level, null, record.title),
    h('dl', null, record.rows.map(([k, v]) => [h('dt', null, k), h('dd', null, v)])));
}

function metaLine(doc: Document): HTMLElement {
  const m = doc.meta;
  const parts: Array<string | HTMLElement> = [m.outlet, shortDate(m.publishedAt), m.author ? `by ${m.author}` : undefined].filter((x): x is string => Boolean(x));
  if (m.url && isSafeUrl(m.url)) parts.push(h('a', { href: m.url, rel: 'noopener noreferrer nofollow' }, 'original'));
  return h('p', { class: 'meta' }, parts.flatMap((p, i) => (i ? [' · ', p] : [p])));
}

/** "“shelling”: 3 words of the search marked in the text." with a button to walk them. */
function searchLine(search: string, count: number, next: () => void): HTMLElement {
  if (count === 0) return h('p', { class: 'hint search-line', role: 'note' }, `No word of the search “${search}” appears in the text as written (it matched elsewhere: the title, or another form of a word).`);
  return h('p', { class: 'hint search-line', role: 'note' },
    h('mark', { class: 'search-hit swatch', 'aria-hidden': 'true' }, 'Aa'),
    ` “${search}”: ${count} ${count === 1 ? 'word' : 'words'} of the search marked in the text. `,
    h('button', { type: 'button', class: 'next-hit', onclick: next }, count === 1 ? 'Show it' : 'Next match'));
}

/** The article view for a document. */
export function renderArticle(doc: Document, options: ArticleOptions = {}): HTMLElement {
  const uid = `a${++counter}`;
  let mode: Mode = options.focus ? modeOf(options.focus.layer) : 'quotes';
  let spans: UiSpan[] = [];
  let marksBySpan = new Map<number, HTMLElement[]>();
  let related: HTMLElement[] = [];
  let scope: QuoteScope = options.quoteScope ?? DEFAULT_QUOTE_SCOPE;
  const quotes = doc.layers.quotes ?? [];

  const legend = h('ul', { class: 'legend', 'aria-label': 'Legend: what each colour means' });
  const text = h('div', { class: 'article-text', id: `${uid}-text`, role: 'region', 'aria-label': 'Article text with highlights' });
  const selected = h('div', { class: 'selected-body' }, h('p', { class: 'hint' }, 'Select a highlighted span (click it, or Tab to it and press Enter) to see the record behind it.'));
  const selectedBox = h('section', { class: 'selected', 'aria-live': 'polite', 'aria-labelledby': `${uid}-sel` }, h('h3', { id: `${uid}-sel` }, 'Selected'), selected);

  // The quotes count follows the quotes filter (draw() updates it); the other counts never change.
  let quotesCount: HTMLElement | undefined;
  const radios = MODES.map(({ mode: m, label }) => {
    const count = h('span', { class: 'count' }, `(${highlightsFor(doc, m, m === 'quotes' ? scope : 'all').spans.length})`);
    if (m === 'quotes') quotesCount = count;
    const input = h('input', { type: 'radio', name: `${uid}-mode`, value: m, id: `${uid}-${m}`, checked: m === mode, onchange: () => { mode = m; draw(); } });
    return h('label', { for: `${uid}-${m}`, class: 'mode-option' }, input, ` ${label} `, count);
  });
  const modes = h('fieldset', { class: 'modes' }, h('legend', null, 'Highlight'), radios);

  // The quotes filter acts on the quotes highlights and on the attribution table alike.
  const scopeStatus = h('p', { class: 'hint scope-status', role: 'status', id: `${uid}-scope-status` });
  const scopeRadios = QUOTE_SCOPES.map(({ scope: s, label }) => h('label', { for: `${uid}-scope-${s}`, class: 'mode-option' },
    h('input', { type: 'radio', name: `${uid}-scope`, value: s, id: `${uid}-scope-${s}`, checked: s === scope, 'aria-describedby': `${uid}-scope-status`, onchange: () => setScope(s, true) }), ` ${label}`));
  const filled = options.cueKindsFilled ?? 0;
  const kindsNote = filled > 0 ? h('p', { class: 'notice cue-kinds-filled', role: 'note' },
    `This article was stored before quotes carried what their cue reports: the kind of ${filled === 1 ? '1 quote is' : `${filled} quotes are`} read here from ${filled === 1 ? 'its cue’s' : 'their cues’'} lexicon entry, so that “Speech only” can keep to speech.`) : null;
  const scopes = quotes.length ? h('fieldset', { class: 'modes quote-scope' }, h('legend', null, 'Quotes to show'), scopeRadios, scopeStatus, kindsNote) : null;

  // The search's words: marks of their own (no record behind them) inside the highlights of any mode.
  const searchHits = options.search ? matchRanges(doc.text, queryStems(options.search)) : [];
  let hitMarks: HTMLElement[] = [];
  let currentHit = -1;
  const searchBar = options.search?.trim() ? searchLine(options.search.trim(), searchHits.length, () => {
    if (hitMarks.length === 0) return;
    hitMarks[currentHit]?.classList.remove('current');
    currentHit = (currentHit + 1) % hitMarks.length;
    const mark = hitMarks[currentHit]!;
    mark.classList.add('current');
    mark.scrollIntoView({ block: 'center' });
  }) : null;

  function draw(): void {
    const result = highlightsFor(doc, mode, scope);
    spans = result.spans;
    marksBySpan = new Map();
    related = [];
    hitMarks = [];
    currentHit = -1;
    const started = new Set<number>();
    const fragment = document.createDocumentFragment();
    for (const seg of segmentText(doc.text.length, [...spans, ...searchHits])) {
      let node: Node = document.createTextNode(doc.text.slice(seg.start, seg.end));
      for (let k = seg.active.length - 1; k >= 0; k--) {
        const i = seg.active[k]!;
        if (i >= spans.length) {
          // A searched word: one mark per piece, no record, not a stop for the keyboard.
          const hit = h('mark', { class: 'search-hit' });
          hit.appendChild(node);
          node = hit;
          if (!hitMarks.length || hitMarks.at(-1)!.dataset.hit !== String(i)) hitMarks.push(hit);
          hit.dataset.hit = String(i);
          continue;
        }
        const mark = h('mark', { class: spans[i]!.cls, 'data-h': i });
        if (!started.has(i)) {
          started.add(i);
          mark.tabIndex = 0;
          mark.setAttribute('role', 'button');
        }
        mark.appendChild(node);
        node = mark;
        const list = marksBySpan.get(i);
        if (list) list.push(mark);
        else marksBySpan.set(i, [mark]);
      }
      fragment.appendChild(node);
    }
    replaceChildren(text, fragment);
    replaceChildren(legend, result.legend.length
      ? result.legend.map((e) => h('li', null, h('mark', { class: `${e.cls} swatch`, 'aria-hidden': 'true' }, 'Aa'), ` ${e.label}`))
      : h('li', null, 'Nothing of this kind was found in this text.'));
    if (quotesCount) quotesCount.textContent = `(${(mode === 'quotes' ? result : highlightsFor(doc, 'quotes', scope)).spans.length})`;
    for (const r of radios) {
      const input = r.querySelector('input');
      if (input) input.checked = input.value === mode;
    }
  }

  function markOf(target: EventTarget | null): HTMLElement | null {
    return target instanceof Element ? (target.closest('mark[data-h]') as HTMLElement | null) : null;
  }

  function select(mark: HTMLElement): void {
    for (const el of related) el.classList.remove('related');
    const span = spans[Number(mark.getAttribute('data-h'))];
    related = span ? spans.flatMap((s, i) => (s.group === span.group ? marksBySpan.get(i) ?? [] : [])) : [];
    for (const el of related) el.classList.add('related');
    const records = recordsAt(doc, spans, mark, text);
    replaceChildren(selected, records.map((r) => recordBlock(r, 'h4')), h('p', { class: 'hint' }, related.length > 1 ? 'Its evidence is outlined in the text.' : ''));
  }

  /** Applies a quotes filter: highlights, the table's rows, the line saying what is hidden. */
  function setScope(next: QuoteScope, byReader: boolean): void {
    scope = next;
    const byId = new Map(quotes.map((q) => [q.id, q]));
    for (const cell of view.querySelectorAll<HTMLElement>('table.attribution [data-quote]')) {
      const q = byId.get(cell.getAttribute('data-quote') ?? '');
      const row = cell.closest('tr');
      if (q && row) row.hidden = !inQuoteScope(q, scope);
    }
    for (const input of scopes?.querySelectorAll('input') ?? []) input.checked = input.value === scope;
    scopeStatus.textContent = quoteScopeSummary(quotes, scope);
    draw();
    if (byReader) options.onQuoteScope?.(scope);
  }

  /** Shows a record: switches to its mode, focuses its first span and pins it. */
  function show(ref: RecordRef): void {
    // A quote the filter hides is shown with every attribution rather than not at all.
    const quote = ref.layer === 'quotes' ? quotes.find((q) => q.id === ref.id) : undefined;
    if (quote && !inQuoteScope(quote, scope)) setScope('all', true);
    if (modeOf(ref.layer) !== mode) {
      mode = modeOf(ref.layer);
      draw();
    }
    let index = ref.start === undefined ? -1 : spans.findIndex((s) => sameRef(s.ref, ref) && s.ref.part === ref.part && s.start === ref.start);
    if (index < 0) index = spans.findIndex((s) => sameRef(s.ref, ref) && s.ref.part === ref.part);
    if (index < 0) index = spans.findIndex((s) => sameRef(s.ref, ref));
    const mark = marksBySpan.get(index)?.find((m) => m.tabIndex === 0) ?? marksBySpan.get(index)?.[0];
    if (!mark) return;
    mark.scrollIntoView({ block: 'center' });
    mark.focus({ preventScroll: true });
    select(mark);
  }

  text.addEventListener('click', (event) => { const mark = markOf(event.target); if (mark) select(mark); });
  text.addEventListener('keydown', (event) => {
    const mark = markOf(event.target);
    if (mark && (event.key === 'Enter' || event.key === ' ')) { event.preventDefault(); select(mark); }
    if (event.key === 'Escape') hidePopover();
  });
  text.addEventListener('mouseover', (event) => { const mark = markOf(event.target); if (mark) showPopover(mark, recordsAt(doc, spans, mark, text).slice(0, 2), recordBlock); });
  text.addEventListener('mouseleave', () => hidePopover());
  text.addEventListener('focusin', (event) => { const mark = markOf(event.target); if (mark) showPopover(mark, recordsAt(doc, spans, mark, text).slice(0, 2), recordBlock); });
  text.addEventListener('focusout', () => hidePopover());

  // The headline rule of the store's listed titles (src/store/listed-title.ts): a short first line, not
  // a lead sentence ending in a full stop, with more text after it.
  const trimmed = doc.text.trim();
  const firstLine = trimmed.split('\n', 1)[0]?.trim() ?? '';
  const headline = firstLine && firstLine.length <= 160 && !firstLine.endsWith('.') && trimmed.length > firstLine.length ? firstLine : undefined;
  const title = doc.meta.title?.trim() ? doc.meta.title : headline ?? 'Untitled article';
  const partial = doc.status === 'ok' ? null : h('p', { class: 'notice', role: 'note' }, `Analysis ${doc.status}: ${doc.messages.filter((m) => m.severity === 'error').map((m) => m.message).join(' ') || 'some layers are missing.'}`);
  const view = h('div', { class: 'article-layout' },
    h('section', { class: 'article', 'aria-labelledby': `${uid}-title` },
      h(options.heading ?? 'h1', { id: `${uid}-title`, class: 'article-title' }, title),
      metaLine(doc), partial, searchBar, modes, scopes, legend, text),
    h('aside', { class: 'record-panel', 'aria-label': 'Structured record' }, selectedBox, sidePanel(doc, show)));
  setScope(scope, false);
  if (options.focus) {
    const focus = options.focus;
    setTimeout(() => { if (view.isConnected) show(focus); }, 0);
  }
  return view;
}
