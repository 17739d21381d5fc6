/**
 * Where malformed JSON goes wrong. V8's JSON.parse messages do not always give a position (Node 20:
 * `Unexpected token '}', "{"a": }" is not valid JSON`), so after a failed parse this small scanner
 * walks the text and reports the offset, line, column and a reason a person can act on. It runs only
 * on failure.
 */

export interface JsonErrorLocation {
  /** UTF-16 offset of the offending character (the text length at an unexpected end). */
  offset: number;
  /** 1-based. */
  line: number;
  /** 1-based, in characters. */
  column: number;
  reason: string;
}

const LITERAL = /true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;

class Stop {
  constructor(readonly offset: number, readonly reason: string) {}
}

/** Locates the first syntax error in `text`; undefined when the text is valid JSON. */
export function locateJsonError(text: string): JsonErrorLocation | undefined {
  let i = 0;
  const n = text.length;
  const fail = (reason: string, at = i): never => {
    throw new Stop(at, reason);
  };
  const describe = (): string => (i >= n ? 'the end of the input' : `${JSON.stringify(text[i])}`);
  const skipSpace = (): void => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const parseString = (): void => {
    const start = i;
    i++; // opening quote
    while (i < n && text[i] !== '"') {
      const c = text.charCodeAt(i);
      if (c < 0x20) fail(c === 10 ? 'a line break inside a string (strings must be closed on their line; write \\n)' : 'a control character inside a string');
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!HEX4.test(text.slice(i + 1, i + 5))) fail('a \\u escape needs four hex digits');
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? '')) fail(`an invalid escape \\${text[i] ?? ''}`);
      }
      i++;
    }
    if (i >= n) fail('a string that is never closed (missing ")', start);
    i++;
  };
  const parseValue = (depth: number): void => {
    if (depth > 512) fail('nesting deeper than 512 levels');
    skipSpace();
    const c = text[i];
    if (c === '{') {
      i++;
      skipSpace();
      if (text[i] === '}') return void i++;
      for (;;) {
        skipSpace();
        if (text[i] !== '"') fail(text[i] === '}' ? 'a trailing comma before }' : `expected a property name in double quotes, found ${describe()}`);
        parseString();
        skipSpace();
        if (text[i] !== ':') fail(`expected : after the property name, found ${describe()}`);
        i++;
        parseValue(depth + 1);
        skipSpace();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === '}') return void i++;
        fail(`expected , or } after a property value, found ${describe()}`);
      }
    }
    if (c === '[') {
      i++;
      skipSpace();
      if (text[i] === ']') return void i++;
      for (;;) {
        skipSpace();
        if (text[i] === ']') fail('a trailing comma before ]');
        parseValue(depth + 1);
        skipSpace();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === ']') return void i++;
        fail(`expected , or ] after an array element, found ${describe()}`);
      }
    }
    if (c === '"') return parseString();
    LITERAL.lastIndex = i;
    const literal = LITERAL.exec(text);
    if (literal) return void (i += literal[0].length);
    if (c === "'") fail('a single-quoted string (JSON needs double quotes)');
    fail(i >= n ? 'an unexpected end of the input (the JSON is cut short)' : `expected a value, found ${describe()}`);
  };
  try {
    parseValue(0);
    skipSpace();
    if (i < n) fail(`more content after the JSON value (${describe()}): one JSON object per file, or use JSON Lines`);
    return undefined;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return { offset: error.offset, ...lineColumn(text, error.offset), reason: error.reason };
  }
}

/** 1-based line and column of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
