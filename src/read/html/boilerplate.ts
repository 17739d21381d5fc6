/**
 * The boilerplate rules of the HTML reader, from the `html-boilerplate` lexicon: class and id words
 * that mark page furniture, whole lines that are furniture, and "gate" lines (paywalls, script
 * walls) that mean the page holds no article. Loaded once, on first use.
 */
import { loadLexicon, type LexiconEntry } from '../../data/lexicon.js';

interface BoilerplateEntry extends LexiconEntry {
  kind: 'class' | 'line' | 'gate';
}

interface Rules {
  classWords: Set<string>;
  lines: Set<string>;
  gates: Set<string>;
}

let rules: Rules | undefined;

function load(): Rules {
  if (rules) return rules;
  const lexicon = loadLexicon<BoilerplateEntry>('html-boilerplate');
  const pick = (kind: BoilerplateEntry['kind']): Set<string> => new Set(lexicon.entries.filter((e) => e.kind === kind).flatMap((e) => e.terms.map((t) => t.toLowerCase())));
  rules = { classWords: pick('class'), lines: pick('line'), gates: pick('gate') };
  return rules;
}

const CLASS_SPLIT = /\s+/;
const SEPARATORS = /[_\s]+/g;

/**
 * True when a class or id value names page furniture: one of its tokens is a lexicon term, or
 * starts, ends or contains it between hyphens ("share-bar", "article-related", "top-ad-slot").
 */
export function isBoilerplateClass(value: string): boolean {
  if (!value) return false;
  const { classWords } = load();
  for (const raw of value.toLowerCase().split(CLASS_SPLIT)) {
    if (!raw) continue;
    const token = raw.replace(SEPARATORS, '-');
    if (classWords.has(token)) return true;
    const parts = token.split('-');
    for (let i = 0; i < parts.length; i++) {
      for (let j = i + 1; j <= Math.min(parts.length, i + 3); j++) {
        if (classWords.has(parts.slice(i, j).join('-'))) return true;
      }
    }
  }
  return false;
}

/** True for a whole line that is furniture ("Advertisement", "Share this article"). */
export function isBoilerplateLine(line: string): boolean {
  return load().lines.has(line.trim().toLowerCase().replace(/[:.]$/, ''));
}

/** True for a paywall or script-wall line. */
export function isGateLine(line: string): boolean {
  return load().gates.has(line.trim().toLowerCase());
}
