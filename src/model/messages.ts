/**
 * Messages: problems found in the text or during analysis, recorded on the document instead of thrown.
 * (vfile messages.) Every code lives in `CATALOGUE`; `docs/messages.md` documents each one and a test
 * keeps the two in step both ways. Add a code here and a section there, in the same commit.
 */
import type { Span } from './span.js';

export type Severity = 'error' | 'warning' | 'info';

export interface CatalogueEntry {
  severity: Severity;
  /** One line: what went wrong. */
  summary: string;
  /** One line: what the user can do about it. */
  help: string;
}

/** The one catalogue of message codes. `E_` codes are errors, `W_` warnings, `I_` information. */
export const CATALOGUE = {
  // Input (readers)
  E_INPUT_EMPTY: { severity: 'error', summary: 'The input holds no text.', help: 'Check the file or URL; an article needs at least one word.' },
  E_INPUT_BINARY: { severity: 'error', summary: 'The input looks like binary data, not text or HTML.', help: 'Pass a plain-text, HTML, JSON or JSONL file; convert PDFs and office documents to text first.' },
  E_INPUT_UNDECODABLE: { severity: 'error', summary: 'The input bytes are not valid UTF-8 and match no supported legacy encoding.', help: 'Re-save the file as UTF-8, or pass --encoding with its encoding (windows-1251, latin1, ...).' },
  E_INPUT_TOO_LARGE: { severity: 'error', summary: 'The input is larger than the size limit.', help: 'Split the input into articles, or raise the limit with --max-bytes.' },
  E_INPUT_MALFORMED: { severity: 'error', summary: 'The input could not be parsed in its declared format.', help: 'Check that the file is well-formed (JSON, JSONL, HTML, feed), or pass --input-format text to read it as plain text.' },
  E_INPUT_NO_ARTICLE: { severity: 'error', summary: 'No article text could be extracted from the HTML page.', help: 'The page may be a front page, a paywall or rendered by scripts; save the article text and pass it as plain text.' },
  E_INPUT_MANY_RECORDS: { severity: 'error', summary: 'The input holds more than one article record; analyze reads one article.', help: 'Use `newslens ingest` to read every record of a JSON Lines file, JSON array or feed, or pass a single record.' },
  E_INPUT_UNREADABLE: { severity: 'error', summary: 'The input file or URL could not be read.', help: 'Check the path or URL, and your permissions or network.' },
  W_INPUT_DECODED_LEGACY: { severity: 'warning', summary: 'The input was not UTF-8; it was decoded from a legacy encoding that was detected.', help: 'Check the text for mojibake; pass --encoding to override the detection.' },
  W_INPUT_REPLACEMENT_CHARS: { severity: 'warning', summary: 'Some bytes could not be decoded and were replaced by U+FFFD.', help: 'Pass --encoding with the file encoding, or re-save it as UTF-8.' },
  W_INPUT_CONTROL_CHARS: { severity: 'warning', summary: 'Control characters in the input were replaced by spaces.', help: 'Usually harmless; check the source if text looks broken.' },
  W_INPUT_BAD_DATE: { severity: 'warning', summary: 'The publication date given could not be parsed; relative dates are resolved without it.', help: 'Pass --published as YYYY-MM-DD or an ISO 8601 timestamp.' },
  I_INPUT_NO_DATE: { severity: 'info', summary: 'No publication date is known; relative dates ("on Monday") are left unresolved.', help: 'Pass --published YYYY-MM-DD, or a JSON record with publishedAt.' },
  W_INPUT_HTML_REPAIRED: { severity: 'warning', summary: 'The HTML was malformed; text was extracted from a repaired parse.', help: 'Check that the extracted text is the article.' },
  // Corpus ingest
  E_WARC_RECORD: { severity: 'error', summary: 'A WARC record is broken: bad header, missing Content-Length, truncated block, or a corrupt archive.', help: 'The other records were still read; re-fetch or repair the archive (warcio check) to recover this one.' },
  E_ANALYSIS_INTERNAL: { severity: 'error', summary: 'Reading or analysing the input crashed with an internal error; the input was recorded as failed.', help: 'Report the bug with the input (newslens stats --failures shows its source); the rest of the ingest went on.' },
  E_ANALYSIS_TIMEOUT: { severity: 'error', summary: 'The analysis of the input took longer than the time limit and was stopped.', help: 'Split very long inputs into articles, or raise the limit (buildApp analysisTimeoutMs).' },
  // Pipeline
  E_STAGE_FAILED: { severity: 'error', summary: 'A pipeline stage failed with an internal error; its layers are missing and the document is partial.', help: 'Report the bug with the input; the other stages still ran.' },
  W_STAGE_SKIPPED: { severity: 'warning', summary: 'A stage was skipped because a layer it needs is missing after an earlier failure.', help: 'Fix the earlier failure; see the E_STAGE_FAILED message.' },
  // Text problems found by stages
  W_QUOTE_UNMATCHED: { severity: 'warning', summary: 'A quotation mark has no matching closing mark.', help: 'The quote was closed at the end of its paragraph; check the source text.' },
  W_DATE_UNRESOLVED: { severity: 'warning', summary: 'A time expression could not be resolved to a calendar value.', help: 'Give the publication date (--published) so relative dates can be resolved.' },
} as const satisfies Record<string, CatalogueEntry>;

export type MessageCode = keyof typeof CATALOGUE;

/** A message on a document: a problem in the input or in its analysis. */
export interface Message {
  code: MessageCode;
  severity: Severity;
  /** A sentence for a person, specific to this occurrence. */
  message: string;
  /** Where in the text, when the problem has a place. */
  span?: Span;
  /** The stage that raised it, when it came from one. */
  stage?: string;
}

/** Builds a message with the catalogue's severity, and the catalogue's summary when none is given. */
export function makeMessage(code: MessageCode, message?: string, extra: { span?: Span; stage?: string } = {}): Message {
  const entry: CatalogueEntry = CATALOGUE[code];
  const result: Message = { code, severity: entry.severity, message: message ?? entry.summary };
  if (extra.span) result.span = extra.span;
  if (extra.stage) result.stage = extra.stage;
  return result;
}

/** The help line for a code: what to do about it. */
export function helpFor(code: MessageCode): string {
  return CATALOGUE[code].help;
}
