/**
 * Signs that a page is malformed: cut short (inside a tag, comment or script), elements never
 * closed, end tags that close nothing, and misnesting (`<b><i></b></i>`). The parser repairs all of
 * these silently; counting them lets the reader say W_INPUT_HTML_REPAIRED when the text may suffer.
 * Elements whose end tag HTML makes optional (p, li, td...) and void elements are not counted.
 */
import { scanTags } from './scan-tags.js';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'basefont', 'bgsound', 'frame', 'keygen']);
const OPTIONAL_END = new Set(['html', 'head', 'body', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'option', 'optgroup', 'rb', 'rt', 'rp', 'rtc', 'caption']);

/** Nesting deeper than this is worth a mention; real pages stay well below. */
const DEEP = 100;

export interface HtmlProblems {
  truncated: boolean;
  unclosed: string[];
  strayEndTags: string[];
  misnested: string[];
  /** The deepest nesting of elements that need an end tag (real pages: 10 to 40). */
  maxDepth: number;
}

/** Counts the problems of `html` in one regex pass; stops counting depth past `depthLimit`. */
export function findHtmlProblems(html: string, depthLimit = Infinity): HtmlProblems {
  const problems: HtmlProblems = { truncated: false, unclosed: [], strayEndTags: [], misnested: [], maxDepth: 0 };
  const stack: string[] = [];
  const open = new Map<string, number>(); // open elements per name: a stray end tag costs no stack search
  for (const tag of scanTags(html)) {
    if (tag.truncated) {
      problems.truncated = true;
      continue;
    }
    if (VOID.has(tag.name) || tag.selfClosing || OPTIONAL_END.has(tag.name) || tag.name.includes(':')) continue;
    if (!tag.closing) {
      stack.push(tag.name);
      open.set(tag.name, (open.get(tag.name) ?? 0) + 1);
      if (stack.length > problems.maxDepth) problems.maxDepth = stack.length;
      if (stack.length > depthLimit) break;
      continue;
    }
    if (!open.get(tag.name)) {
      problems.strayEndTags.push(tag.name);
      continue;
    }
    const at = stack.lastIndexOf(tag.name);
    if (at < stack.length - 1) problems.misnested.push(`<${stack[stack.length - 1]}> inside <${tag.name}>`);
    for (let i = at; i < stack.length; i++) open.set(stack[i]!, open.get(stack[i]!)! - 1);
    stack.length = at;
  }
  problems.unclosed = stack;
  return problems;
}

/** One clause for a message, or undefined when the page looks well-formed. */
export function describeHtmlProblems(p: HtmlProblems): string | undefined {
  const parts: string[] = [];
  if (p.truncated) parts.push('it is cut short');
  if (p.unclosed.length > 0) parts.push(`${count(p.unclosed.length, 'element')} never closed (${sample(p.unclosed)})`);
  if (p.maxDepth > DEEP) parts.push(`elements nested ${p.maxDepth} deep`);
  if (p.misnested.length > 0) parts.push(`${count(p.misnested.length, 'element')} closed out of order (${p.misnested.slice(0, 2).join(', ')})`);
  if (p.strayEndTags.length > 0) parts.push(`${count(p.strayEndTags.length, 'end tag')} closing nothing (${sample(p.strayEndTags)})`);
  return parts.length > 0 ? `the HTML is malformed: ${parts.join('; ')}` : undefined;
}

function count(n: number, noun: string): string {
  return n === 1 ? `one ${noun}` : `${n} ${noun}s`;
}

function sample(names: string[]): string {
  const unique = [...new Set(names)].slice(0, 3).map((n) => `<${n}>`);
  return unique.join(', ');
}
