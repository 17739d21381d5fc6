/**
 * Writes attributions as brat standoff in PolNeAR's layout: `T` lines labelled `Source`, `Cue` and
 * `Content` (discontinuous fragments joined with `;`), and one `E` line per attribution whose
 * `Attribution` trigger is its cue. A source shared by several attributions is written once.
 */
import type { BratAttribution, Fragment } from './read-brat.js';

/** Renders attributions over `text` as the content of one `.ann` file. */
export function writeBrat(text: string, attributions: readonly BratAttribution[]): string {
  const lines: string[] = [];
  const ids = new Map<string, string>();
  let t = 0;
  const span = (label: string, fragments: Fragment[]): string | undefined => {
    if (fragments.length === 0) return undefined;
    const key = `${label} ${fragments.map((f) => `${f.start} ${f.end}`).join(';')}`;
    const known = ids.get(key);
    if (known) return known;
    const id = `T${++t}`;
    ids.set(key, id);
    // brat keeps the covered text on one line; fragments are joined by a space.
    const covered = fragments.map((f) => text.slice(f.start, f.end)).join(' ').replace(/[\r\n\t]/g, ' ');
    lines.push(`${id}\t${key}\t${covered}`);
    return id;
  };
  let e = 0;
  for (const a of attributions) {
    const source = span('Source', a.source);
    const cue = span('Cue', a.cue);
    const content = span('Content', a.content);
    if (!cue || !content) continue;
    const args = [`Attribution:${cue}`, `Content:${content}`, `Cue:${cue}`];
    if (source) args.push(`Source:${source}`);
    lines.push(`E${++e}\t${args.join(' ')}`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
