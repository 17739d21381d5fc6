/**
 * An article element → lines of text: one line per paragraph, heading, list item, quotation block
 * or data-table row (cells separated by a tab); `<br>` breaks a line. Whitespace inside a line is
 * collapsed, soft hyphens dropped. Page furniture is left out: navigation, forms, figures' captions,
 * hidden elements, blocks whose class names boilerplate (see the html-boilerplate lexicon), lines
 * that are mostly link text, and furniture lines ("Advertisement").
 */
import { attr } from './attr.js';
import { isBoilerplateClass, isBoilerplateLine } from './boilerplate.js';

/** The subset of the DOM this module reads (linkedom implements it). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
  attributes?: ArrayLike<{ name: string; value: string }>;
}

export interface Line {
  text: string;
  /** Characters of the line that are link text. */
  linkChars: number;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'PICTURE', 'IMG', 'FORM', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'LABEL', 'NAV', 'ASIDE', 'FOOTER', 'HEADER', 'FIGCAPTION', 'DIALOG', 'MENU']);
const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGURE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HGROUP', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'UL', 'CAPTION', 'BODY', 'HTML']);
const LAYOUT_INSIDE_TABLE = new Set(['P', 'DIV', 'TABLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'BLOCKQUOTE', 'ARTICLE', 'SECTION']);
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
/** Whitespace runs, and control characters (invisible in a rendered page), become one space. */
const SPACE_RUN = /[ \t\n\r\f\v\u2028\u2029\u0000-\u0008\u000e-\u001f\u007f-\u009f]+|\s{2,}/g;
const SOFT_HYPHEN = /\u00ad/g;
const FLUSH = 'flush' as const;
/** A line whose link text exceeds this share is a list of links, not prose. */
const MAX_LINK_SHARE = 0.6;
/** A boilerplate-classed element holding more than this share of the article is kept: it is the article. */
const MAX_BOILERPLATE_SHARE = 0.3;

/** The article's lines, furniture removed. */
export function collectLines(root: DomNode): Line[] {
  const raw: Line[] = [];
  const rootChars = (root.textContent ?? '').length;
  let text = '';
  let linkChars = 0;
  const flush = (): void => {
    const line = normalizeSpace(text);
    if (line) raw.push({ text: line, linkChars: Math.min(linkChars, line.length) });
    text = '';
    linkChars = 0;
  };
  // An explicit stack, not recursion: broken pages nest elements thousands deep.
  const work: Array<{ node: DomNode; inLink: boolean } | typeof FLUSH> = [{ node: root, inLink: false }];
  const visit = (node: DomNode, inLink: boolean): void => {
    if (node.nodeType === 3) {
      const data = node.textContent ?? '';
      text += data;
      if (inLink) linkChars += data.trim().length;
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name) || isHidden(node) || isFurniture(node, rootChars)) return;
    if (name === 'BR') return flush();
    if (name === 'TABLE' && !isLayoutTable(node)) return tableRows(node);
    if (BLOCK.has(name)) {
      flush();
      work.push(FLUSH);
    }
    const link = inLink || name === 'A';
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) work.push({ node: children[i]!, inLink: link });
  };
  const tableRows = (table: DomNode): void => {
    flush();
    for (const row of descendants(table, 'TR')) {
      const cells = descendants(row, 'TD', 'TH').map((cell) => normalizeSpace(cell.textContent ?? '')).filter(Boolean);
      if (cells.length > 0) raw.push({ text: cells.join('\t'), linkChars: 0 });
    }
  };
  while (work.length > 0) {
    const item = work.pop()!;
    if (item === FLUSH) flush();
    else visit(item.node, item.inLink);
  }
  flush();
  return raw.filter((l) => l.linkChars / l.text.length <= MAX_LINK_SHARE && !isBoilerplateLine(l.text));
}

/** Collapses whitespace runs to one space (a lone no-break space stays) and trims. */
export function normalizeSpace(text: string): string {
  return text.replace(SOFT_HYPHEN, '').replace(SPACE_RUN, ' ').trim();
}

function isHidden(node: DomNode): boolean {
  if (!node.attributes || node.attributes.length === 0) return false;
  if (attr(node, 'hidden') !== null || attr(node, 'aria-hidden') === 'true') return true;
  const style = attr(node, 'style');
  return style !== null && HIDDEN_STYLE.test(style);
}

function isFurniture(node: DomNode, rootChars: number): boolean {
  if (!node.attributes || node.attributes.length === 0) return false;
  const names = `${attr(node, 'class') ?? ''} ${attr(node, 'id') ?? ''}`;
  if (!isBoilerplateClass(names)) return false;
  return (node.textContent ?? '').length <= rootChars * MAX_BOILERPLATE_SHARE;
}

/** Old sites lay pages out with tables: a table whose cells hold paragraphs is layout, not data. */
function isLayoutTable(table: DomNode): boolean {
  for (const cell of descendants(table, 'TD', 'TH')) {
    for (const child of Array.from(cell.childNodes)) if (LAYOUT_INSIDE_TABLE.has(child.nodeName.toUpperCase())) return true;
  }
  return false;
}

/** Descendants with one of `names`, in document order, not looking inside a match or a nested table. */
function descendants(node: DomNode, ...names: string[]): DomNode[] {
  const out: DomNode[] = [];
  const work: DomNode[] = [];
  const pushChildren = (n: DomNode): void => {
    for (let i = n.childNodes.length - 1; i >= 0; i--) if (n.childNodes[i]!.nodeType === 1) work.push(n.childNodes[i]!);
  };
  pushChildren(node);
  while (work.length > 0) {
    const n = work.pop()!;
    const name = n.nodeName.toUpperCase();
    if (names.includes(name)) out.push(n);
    else if (name !== 'TABLE') pushChildren(n);
  }
  return out;
}
