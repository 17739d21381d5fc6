/**
 * Reads brat standoff attribution files in PolNeAR's layout: `T` lines for the spans (`Source`, `Cue`,
 * `Content`, discontinuous ones joined with `;`) and one `E` line per attribution pointing at them.
 * Text lines that continue a multi-line `T` annotation are skipped; `Discuss`/`Discard` notes are ignored.
 */

/** A fragment `[start, end)` of an annotated span. */
export interface Fragment {
  start: number;
  end: number;
}

/** One gold or predicted attribution: each role is a list of fragments (empty when absent). */
export interface BratAttribution {
  source: Fragment[];
  cue: Fragment[];
  content: Fragment[];
}

const T_LINE = /^(T\d+)\t(\S+) ([\d ;]+)\t?/;
const E_LINE = /^(E\d+)\t(.+)$/;

/** Parses one `.ann` file into attributions, in file order. */
export function readBrat(ann: string): BratAttribution[] {
  const spans = new Map<string, Fragment[]>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    const t = T_LINE.exec(line);
    if (t) {
      spans.set(t[1]!, parseFragments(t[3]!));
      continue;
    }
    const e = E_LINE.exec(line);
    if (e) events.push(e[2]!);
  }
  const attributions: BratAttribution[] = [];
  for (const event of events) {
    const attribution: BratAttribution = { source: [], cue: [], content: [] };
    for (const arg of event.trim().split(/\s+/)) {
      const [role, id] = arg.split(':');
      const fragments = id ? spans.get(id) : undefined;
      if (!role || !fragments) continue;
      // "Content2" is a second content of the same attribution: one content with more fragments.
      const key = role.startsWith('Source') ? 'source' : role.startsWith('Cue') ? 'cue' : role.startsWith('Content') ? 'content' : undefined;
      if (key) attribution[key] = mergeFragments([...attribution[key], ...fragments]);
    }
    if (attribution.content.length > 0 || attribution.cue.length > 0) attributions.push(attribution);
  }
  return attributions;
}

function parseFragments(offsets: string): Fragment[] {
  return offsets
    .trim()
    .split(';')
    .map((part) => part.trim().split(/\s+/).map(Number))
    .filter((pair): pair is [number, number] => pair.length === 2 && pair.every(Number.isInteger))
    .map(([start, end]) => ({ start, end }));
}

/** Sorts fragments and drops exact duplicates. */
export function mergeFragments(fragments: Fragment[]): Fragment[] {
  const sorted = [...fragments].sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted.filter((f, i) => i === 0 || f.start !== sorted[i - 1]!.start || f.end !== sorted[i - 1]!.end);
}
