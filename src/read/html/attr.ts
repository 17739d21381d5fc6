/**
 * Attribute lookup that ignores case. HTML attribute names are case-insensitive and browsers
 * lower-case them, but linkedom keeps them as written: old pages' `<META NAME="date">` answers
 * `getAttribute('NAME')` only.
 */
import type { DomNode } from './collect-blocks.js';

/** The value of attribute `name` (lower case) on `el`, whatever its case in the source; null when absent. */
export function attr(el: DomNode | null | undefined, name: string): string | null {
  if (!el?.getAttribute) return null;
  const direct = el.getAttribute(name);
  if (direct !== null) return direct;
  const attributes = el.attributes;
  if (!attributes || attributes.length === 0) return null;
  for (let i = 0; i < attributes.length; i++) {
    const a = attributes[i]!;
    if (a.name.toLowerCase() === name) return a.value;
  }
  return null;
}
