/**
 * The canonical text: what every span indexes. Line breaks are `\n` (CRLF and lone CR converted,
 * U+2028/U+2029 too), a leading BOM is dropped, and other control characters become spaces so that
 * the text keeps its length from there on. The reader keeps the decoded input as `raw` for the store.
 */
import { makeMessage, type Message } from '../model/messages.js';

const CARRIAGE_RETURN = /\r\n?/g;
const LINE_SEPARATORS = /[\u2028\u2029]/g;
/** C0 controls except tab and line feed (CR is gone by then), DEL, and C1 controls. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const HAS_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

export interface CanonicalText {
  text: string;
  messages: Message[];
}

/** Normalises line breaks and control characters; warns when control characters were replaced. */
export function canonicalizeText(input: string): CanonicalText {
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.includes('\r')) text = text.replace(CARRIAGE_RETURN, '\n');
  if (text.includes('\u2028') || text.includes('\u2029')) text = text.replace(LINE_SEPARATORS, '\n');
  const messages: Message[] = [];
  if (HAS_CONTROL.test(text)) {
    let count = 0;
    let first = -1;
    let firstCode = 0;
    text = text.replace(CONTROL, (c, offset: number) => {
      if (first < 0) {
        first = offset;
        firstCode = c.charCodeAt(0);
      }
      count++;
      return ' ';
    });
    const what = count === 1 ? 'one control character' : `${count} control characters`;
    messages.push(makeMessage('W_INPUT_CONTROL_CHARS', `${what} (the first, U+${firstCode.toString(16).toUpperCase().padStart(4, '0')}, at offset ${first}) became spaces`));
  }
  return { text, messages };
}
