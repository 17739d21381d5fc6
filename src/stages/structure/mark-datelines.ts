/**
 * Wire datelines: the place a report was filed from, opening a paragraph before a dash ("KYIV, Ukraine,
 * March 3 (Reuters) - ", "DONETSK, June 5 -", "SAN SALVADOR, 3 JAN 90 (RADIO CADENA) --", "WASHINGTON
 * (AP) —", "Gaza City, Gaza (Reuters) - "). The quote rules leave it out of what was said, the entity
 * rules read its place as a place, the event rules take it as where the lead events happened and its
 * date as the day of the report, not of an event. One reading serves them all: the paragraph's
 * `dateline`, with its parts.
 *
 * The shape, in tokens from the paragraph's first: the place (capitalised words), perhaps a region
 * after a comma ("Ukraine", "N.Y."), perhaps a date after a comma ("March 3", "12 March", "3 JAN 90"),
 * perhaps the agency in parentheses, then a dash and the text. A place in capitals, or one followed by
 * a date or an agency, is a dateline in any paragraph (a roundup files each item from its own place).
 * A place in title case with a bare dash ("Tbilisi — Police detained ...") only opens the article: in
 * its first paragraph, or in the second below a headline line. Further down, "Kharkiv — where a missile
 * struck last week — was quiet" is a sentence about the place.
 */
import { loadLexicon } from '../../data/lexicon.js';
import type { Dateline, Paragraph, Token } from '../../model/layers/structure.js';

const DASHES = new Set(['–', '—', '-', '--', '―']);
const MONTHS = new Set(['january', 'jan', 'february', 'feb', 'march', 'mar', 'april', 'apr', 'may', 'june', 'jun', 'july', 'jul', 'august', 'aug', 'september', 'sep', 'sept', 'october', 'oct', 'november', 'nov', 'december', 'dec']);
/** Words of a place name or a region (a place may run to four: "SAN SALVADOR", "Rio Grande Do Sul"). */
const MAX_PLACE_WORDS = 4;
/** Tokens between the parentheses of an agency ("Example Wire", "RADIO CADENA"). */
const MAX_AGENCY_TOKENS = 5;
/** Wire labels that take a dateline's shape ("EXCLUSIVE -", "ANALYSIS -"): the headline-kickers lexicon, lower-cased. */
let kickers: Set<string> | undefined;
/** Marks that end a sentence of body text (a headline ends without one). */
const SENTENCE_END = /[.!?…]["'”’)\]]*$/;

/** Sets `dateline` (in place) on the paragraphs that open with one. */
export function markDatelines(text: string, paragraphs: Paragraph[], tokens: readonly Token[], title: string | undefined): void {
  let t = 0;
  for (const paragraph of paragraphs) {
    while (t < tokens.length && tokens[t]!.start < paragraph.start) t++;
    const first = tokens[t];
    if (!first || first.start >= paragraph.end || !isCapitalised(first.text)) continue;
    const dateline = readDateline(text, tokens, t, paragraph.end);
    if (!dateline) continue;
    if (!dateline.capitals && !dateline.line.date && !dateline.line.agency && !opensArticle(text, paragraphs, paragraph.index, title)) continue;
    paragraph.dateline = dateline.line;
  }
}

/** The dateline opening at token `k` (a paragraph's first) and ending before `end`, and whether its place is in capitals. */
function readDateline(text: string, tokens: readonly Token[], k: number, end: number): { line: Dateline; capitals: boolean } | undefined {
  const within = (i: number): boolean => i < tokens.length && tokens[i]!.end <= end;
  const place = words(tokens, k, within);
  if (place === k) return undefined;
  let i = place;
  let region: [number, number] | undefined;
  let date: [number, number] | undefined;
  if (within(i) && tokens[i]!.text === ',') {
    const d = dateAt(tokens, i + 1, within);
    if (d > i + 1) [date, i] = [[i + 1, d], d];
    else {
      const r = words(tokens, i + 1, within);
      if (r === i + 1) return undefined;
      [region, i] = [[i + 1, r], r];
      if (within(i) && tokens[i]!.text === ',') {
        const d2 = dateAt(tokens, i + 1, within);
        if (d2 === i + 1) return undefined;
        [date, i] = [[i + 1, d2], d2];
      }
    }
  }
  let agency: [number, number] | undefined;
  if (within(i) && tokens[i]!.text === '(') {
    let close = i + 1;
    while (within(close) && close - i <= MAX_AGENCY_TOKENS && tokens[close]!.text !== ')') close++;
    if (!within(close) || tokens[close]!.text !== ')' || close === i + 1 || !isCapitalised(tokens[i + 1]!.text)) return undefined;
    [agency, i] = [[i + 1, close], close + 1];
  }
  // A dash, then the text: a hyphen only set apart ("UPDATE 2-Ukraine says" has none).
  const dash = tokens[i];
  if (!within(i) || !DASHES.has(dash!.text) || (dash!.text === '-' && !dash!.spaceBefore) || !within(i + 1)) return undefined;
  // Asked last: most paragraphs open with capitalised words that no dash follows, and are no dateline anyway.
  if (isKicker(tokens, k, place)) return undefined;
  const span = (a: number, b: number) => ({ start: tokens[a]!.start, end: tokens[b - 1]!.end, text: text.slice(tokens[a]!.start, tokens[b - 1]!.end) });
  // Fields written out, not spread: `{ ...span, place }` defined place through V8's slow runtime path
  // (Runtime_DefineNamedOwnIC_Slow, .20% of all ticks).
  const whole = span(k, i + 1);
  const line: Dateline = { start: whole.start, end: whole.end, text: whole.text, place: span(k, place) };
  if (region) line.region = span(...region);
  if (date) line.date = span(...date);
  if (agency) line.agency = span(...agency);
  let capitals = true;
  for (let j = k; j < place && capitals; j++) if (!inCapitals(tokens[j]!.text)) capitals = false;
  return { line, capitals };
}

/** `text` is unchanged by `toUpperCase` ("KYIV", "N.Y."): ASCII told by its codes, without a new string. */
function inCapitals(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 128) return text === text.toUpperCase();
  }
  return true;
}

/** The place words are a wire label, not a place ("EXCLUSIVE", "FACT CHECK", "Analysis"). */
function isKicker(tokens: readonly Token[], k: number, end: number): boolean {
  kickers ??= new Set(loadLexicon('headline-kickers').entries.flatMap((e) => e.terms.map((t) => t.toLowerCase())));
  let words = tokens[k]!.text;
  for (let j = k + 1; j < end; j++) words += ` ${tokens[j]!.text}`;
  return kickers.has(words.toLowerCase());
}

/** One past the capitalised words from `k` (at most four, "N.Y." and "St." among them), `k` if none. */
function words(tokens: readonly Token[], k: number, within: (i: number) => boolean): number {
  let i = k;
  while (within(i) && i - k < MAX_PLACE_WORDS && isCapitalised(tokens[i]!.text) && !isMonth(tokens[i]!.text)) i++;
  return i;
}

/** One past a date from `k`: a month and a day ("March 3", "Nov. 4") or a day and a month ("12 March", "3 JAN 90"), perhaps a year; `k` if none. */
function dateAt(tokens: readonly Token[], k: number, within: (i: number) => boolean): number {
  const day = (i: number) => within(i) && /^\d{1,2}$/.test(tokens[i]!.text);
  const month = (i: number) => within(i) && isMonth(tokens[i]!.text);
  let i: number;
  if (month(k) && day(k + 1)) i = k + 2;
  else if (day(k) && month(k + 1)) i = k + 2;
  else return k;
  if (within(i) && tokens[i]!.text === ',' && within(i + 1) && /^\d{4}$/.test(tokens[i + 1]!.text)) i += 2;
  else if (within(i) && /^(\d{2}|\d{4})$/.test(tokens[i]!.text)) i++;
  return i;
}

/**
 * Bit per ASCII letter (a = bit 0) that starts a month word, and the longest month word with its
 * period: most words are told no month without lower-casing them (a call into the runtime, through
 * ICU for a two-byte string). Non-ASCII first letters take the lookup.
 */
const MONTH_FIRST_LETTERS = [...MONTHS].reduce((bits, m) => bits | (1 << (m.charCodeAt(0) - 97)), 0);
const MONTH_MAX_LENGTH = Math.max(...[...MONTHS].map((m) => m.length)) + 1;

/** "Nov.", "MARCH", "june": a month's name (with its period when abbreviated). */
function isMonth(text: string): boolean {
  if (text.length > MONTH_MAX_LENGTH) return false;
  const code = text.charCodeAt(0);
  if (code < 128) {
    const letter = (code | 32) - 97;
    if (letter < 0 || letter >= 26 || (MONTH_FIRST_LETTERS & (1 << letter)) === 0) return false;
  }
  return MONTHS.has(monthWord(text));
}

/** "Nov." → "nov". */
function monthWord(text: string): string {
  return (text.endsWith('.') ? text.slice(0, -1) : text).toLowerCase();
}

/** The token opens with a capital letter ("KYIV", "Gaza", "N.Y."). */
function isCapitalised(text: string): boolean {
  // ASCII by its code: every paragraph's first token is asked, and `toLowerCase` is a runtime call.
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const c = text.charAt(0);
  return c !== c.toLowerCase();
}

/**
 * Paragraph `index` opens the article: it is the first, or the second below a headline line (written
 * in title case or capitals, the title given in the metadata, or a line that ends no sentence).
 */
function opensArticle(text: string, paragraphs: readonly Paragraph[], index: number, title: string | undefined): boolean {
  if (index === 0) return true;
  if (index !== 1) return false;
  const head = paragraphs[0]!;
  if (head.titleCase) return true;
  const line = text.slice(head.start, head.end).trim();
  return line === title?.trim() || !SENTENCE_END.test(line);
}
