/**
 * The classes every match of a time pattern must consume, read off its compiled source. A pattern
 * whose required classes do not all occur in a document's class string cannot match there, so the
 * tagger skips it without running the regex (most documents have no SET, holiday, decade or clock
 * class, and several patterns need one). The analysis is conservative: a construct it does not
 * know makes the answer "nothing required", so a pattern is only ever skipped when it cannot match.
 */

class Unknown extends Error {}

/** Chars (class codes) that every match of the regex source consumes; '' when none or unsure. */
export function requiredClasses(source: string): string {
  let at = 0;
  const peek = (): string => source.charAt(at);

  // A sequence requires the union of its atoms' requirements; an alternation the intersection.
  function alternation(): Set<string> {
    let required = sequence();
    while (peek() === '|') {
      at++;
      const other = sequence();
      required = new Set([...required].filter((c) => other.has(c)));
    }
    return required;
  }

  function sequence(): Set<string> {
    const required = new Set<string>();
    while (at < source.length && peek() !== '|' && peek() !== ')') {
      const atom = atomOf();
      const q = peek();
      if (q === '?' || q === '*') {
        at++;
        if (peek() === '?') at++; // lazy
        continue; // may be absent: requires nothing
      }
      if (q === '+') {
        at++;
        if (peek() === '?') at++;
      } else if (q === '{') throw new Unknown();
      for (const c of atom) required.add(c);
    }
    return required;
  }

  function atomOf(): Set<string> {
    const c = peek();
    if (c === '(') {
      at++;
      let lookaround = false;
      if (source.startsWith('?:', at)) at += 2;
      else if (source.startsWith('?=', at) || source.startsWith('?!', at)) {
        at += 2;
        lookaround = true;
      } else if (source.startsWith('?<=', at) || source.startsWith('?<!', at)) {
        at += 3;
        lookaround = true;
      } else if (c === '(' && peek() === '?') throw new Unknown();
      const inner = alternation();
      if (peek() !== ')') throw new Unknown();
      at++;
      return lookaround ? new Set() : inner; // a lookaround consumes nothing
    }
    if (c === '\\') {
      if (source.charAt(at + 1) !== '|') throw new Unknown();
      at += 2;
      return new Set(['|']);
    }
    if (/^[A-Za-z]$/.test(c)) {
      at++;
      return new Set([c]);
    }
    throw new Unknown(); // '.', '[', '^', '$' and the rest: not analysed
  }

  try {
    const required = alternation();
    if (at !== source.length) return '';
    return [...required].sort().join('');
  } catch (error) {
    if (error instanceof Unknown) return '';
    throw error;
  }
}
