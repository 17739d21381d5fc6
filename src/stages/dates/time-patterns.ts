/**
 * The time patterns (`src/data/lexicons/time-patterns.json`) compiled once into regular expressions over
 * the class string: each class name becomes its one-character code, each macro its expansion.
 */
import { loadLexicon, type Lexicon, type LexiconEntry } from '../../data/lexicon.js';
import { CLASS_CHARS, type TimeClass } from './time-words.js';
import { requiredClasses } from './required-classes.js';

export interface TimePattern {
  id: string;
  /** Order in the file: on equal length the earlier pattern wins. */
  priority: number;
  regex: RegExp;
  /** Classes every match consumes (required-classes.ts): where one is missing the pattern cannot match. */
  required: string;
}

let compiled: TimePattern[] | undefined;

/** The compiled patterns, in file order. */
export function timePatterns(): TimePattern[] {
  if (compiled) return compiled;
  const lexicon = loadLexicon('time-patterns') as Lexicon<LexiconEntry> & { macros?: Record<string, string> };
  const macros = lexicon.macros ?? {};
  compiled = lexicon.entries.flatMap((entry, priority) =>
    entry.terms.map((term) => {
      const source = compilePattern(term, macros);
      return { id: entry.id, priority, regex: new RegExp(source, 'g'), required: requiredClasses(source) };
    }),
  );
  return compiled;
}

/** Compiles one pattern: macros expanded, class names replaced by their codes, groups made non-capturing. */
export function compilePattern(pattern: string, macros: Record<string, string>): string {
  let source = pattern;
  for (let round = 0; round < 3; round++) source = source.replace(/\b[A-Z][A-Z_]*\b/g, (name) => (name in macros ? `(${macros[name]})` : name));
  return source
    .replace(/\b[A-Z][A-Z_]*\b/g, (name) => {
      const code = CLASS_CHARS[name as TimeClass];
      if (code === undefined) throw new Error(`time-patterns: expected a class or macro name, found "${name}" in ${pattern}`);
      return code === '|' ? '\\|' : code;
    })
    .replace(/\((?!\?)/g, '(?:')
    .replace(/\s+/g, '');
}
