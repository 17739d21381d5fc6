/** Highlighting by slicing in the browser: the pieces tile the text and carry exactly the spans over them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentText, type Range } from '../../web/src/segments.js';

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test('nested and overlapping spans: pieces tile the text, outermost span first', () => {
  const spans: Range[] = [{ start: 0, end: 10 }, { start: 2, end: 5 }, { start: 4, end: 12 }];
  const segments = segmentText(15, spans);
  assert.deepEqual(segments.map((s) => [s.start, s.end, s.active]), [
    [0, 2, [0]], [2, 4, [0, 1]], [4, 5, [0, 1, 2]], [5, 10, [0, 2]], [10, 12, [2]], [12, 15, []],
  ]);
});

test('empty, reversed and out-of-range spans are clamped or ignored', () => {
  const segments = segmentText(5, [{ start: 3, end: 3 }, { start: 4, end: 2 }, { start: -4, end: 2 }, { start: 4, end: 99 }]);
  assert.deepEqual(segments.map((s) => [s.start, s.end, s.active]), [[0, 2, [2]], [2, 4, []], [4, 5, [3]]]);
});

test('random spans: every piece lists exactly the spans covering it, in a stable nesting order', () => {
  const next = random(7);
  for (let round = 0; round < 200; round++) {
    const length = 1 + Math.floor(next() * 60);
    const spans: Range[] = Array.from({ length: Math.floor(next() * 12) }, () => {
      const a = Math.floor(next() * (length + 4)) - 2;
      return { start: a, end: a + Math.floor(next() * 20) };
    });
    const segments = segmentText(length, spans);
    assert.equal(segments[0]?.start, 0);
    assert.equal(segments.at(-1)?.end, length);
    for (let i = 0; i < segments.length; i++) {
      const s = segments[i]!;
      assert.ok(s.start < s.end, 'no empty piece');
      if (i > 0) assert.equal(s.start, segments[i - 1]!.end, 'pieces are contiguous');
      const expected = spans.map((r, k) => ({ r, k })).filter(({ r }) => Math.max(0, r.start) <= s.start && s.end <= Math.min(length, r.end) && r.start < r.end).map(({ k }) => k);
      assert.deepEqual([...s.active].sort((a, b) => a - b), expected, `round ${round}, piece ${s.start}-${s.end}`);
      for (let k = 1; k < s.active.length; k++) {
        const outer = spans[s.active[k - 1]!]!;
        const inner = spans[s.active[k]!]!;
        assert.ok(Math.max(0, outer.start) < Math.max(0, inner.start) || (Math.max(0, outer.start) === Math.max(0, inner.start) && Math.min(length, outer.end) >= Math.min(length, inner.end)), 'outer spans come first');
      }
    }
  }
});
