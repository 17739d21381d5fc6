/**
 * Whether two claimants' names are one name whatever its case ("Militia denies ...", "the militia
 * denied"). `addPosition` asks it for every position of an event; the names are sliced from the text,
 * which on most articles holds a curly quote or a dash and so makes every slice a two-byte string,
 * whose `toLowerCase()` runs in ICU (Runtime_StringToLowerCaseIntl under addPosition: .17% of all
 * ticks, cpp.sh). Letters are compared by code first; only a difference outside ASCII lower-cases.
 */
import { isAscii } from '../entities/letter-tests.js';

/** Whether an ASCII code is a letter A-Z or a-z. */
function isAsciiLetter(c: number): boolean {
  const lower = c | 32;
  return lower >= 97 && lower <= 122;
}

/** `a.toLowerCase() === b.toLowerCase()`, without lower-casing where ASCII settles it. */
export function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === b.length) {
    let i = 0;
    for (; i < a.length; i++) {
      const x = a.charCodeAt(i);
      const y = b.charCodeAt(i);
      if (x === y) continue;
      if (x >= 128 || y >= 128) break;
      // Two ASCII codes lower-case alike only when they are one letter in both cases.
      if ((x | 32) !== (y | 32) || !isAsciiLetter(x)) return false;
    }
    if (i === a.length) return true;
  } else if (isAscii(a) && isAscii(b)) return false; // lower-casing ASCII keeps its length
  return a.toLowerCase() === b.toLowerCase();
}
