/**
 * Gives every page the skeleton `<html><head>…</head><body>…</body></html>` before parsing.
 * linkedom (an htmlparser2 tree, not the HTML standard's tree builder) keeps a fragment without
 * `<body>` out of `document.body` and drops content after `</html>`; browsers do neither. Here the
 * head is what precedes `<body>` or, without one, the first element that cannot live in a head.
 */
import { scanTags } from './scan-tags.js';

const HEAD_ELEMENTS = new Set(['html', 'head', 'title', 'meta', 'link', 'script', 'style', 'base', 'noscript', 'template']);
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'noscript']);
const SKELETON_TAGS = /<\/?(?:html|head|body)\b[^>]*>|<!doctype[^>]*>/gi;
const ATTRIBUTES = /^<[a-z]+((?:\s[^>]*?)?)\/?>$/i;

/** The page with exactly one html, head and body element, content in document order. */
export function repairSkeleton(html: string): string {
  let htmlAttrs = '';
  let bodyAttrs = '';
  let split = html.length;
  let afterSplit = html.length;
  let previousEnd = 0;
  let inRaw = false;
  for (const tag of scanTags(html)) {
    if (!inRaw && /\S/.test(stripComments(html.slice(previousEnd, tag.start)))) {
      split = afterSplit = previousEnd; // text before any body element starts the body
      break;
    }
    previousEnd = tag.end;
    inRaw = !tag.closing && RAW_TEXT.has(tag.name) && !tag.truncated;
    if (tag.closing) continue;
    if (tag.name === 'html' && !htmlAttrs) htmlAttrs = attributes(html.slice(tag.start, tag.end));
    if (tag.name === 'body') {
      bodyAttrs = attributes(html.slice(tag.start, tag.end));
      split = tag.start;
      afterSplit = tag.end;
      break;
    }
    if (!HEAD_ELEMENTS.has(tag.name)) {
      split = afterSplit = tag.start;
      break;
    }
  }
  if (split === html.length && previousEnd < html.length && /\S/.test(html.slice(previousEnd))) split = afterSplit = previousEnd;
  const head = html.slice(0, split).replace(SKELETON_TAGS, '');
  const body = html.slice(afterSplit).replace(SKELETON_TAGS, '');
  return `<!DOCTYPE html><html${htmlAttrs}><head>${head}</head><body${bodyAttrs}>${body}</body></html>`;
}

function attributes(tag: string): string {
  return ATTRIBUTES.exec(tag)?.[1] ?? '';
}

function stripComments(text: string): string {
  return text.includes('<!') ? text.replace(/<!--[\s\S]*?-->|<![^>]*>/g, '') : text;
}
