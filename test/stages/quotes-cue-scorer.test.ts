/**
 * The stage scores cue tokens with sums and weights cached per word type, tag, pair of neighbours and
 * constant feature (cue-scorer.ts); the training script scores from the features themselves
 * (`chainScores`). Both must give the same numbers to the last bit, or the stage would not be the model
 * that was trained and measured. Checked on every token of the example articles, with the committed
 * model and with random weights whose sums are exact (multiples of 2^-40); weights whose sums round
 * differently in another order are refused (the stage scores those with `chainScores`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/analyze.js';
import { PACKAGE_ROOT } from '../../src/data/paths.js';
import { FEATURE_BITS, type CueFeatureContext } from '../../src/stages/quotes/cue-features.js';
import { chainScores, cueModel } from '../../src/stages/quotes/cue-model.js';
import { frozenChainScores, orderFree } from '../../src/stages/quotes/cue-scorer.js';
import { findQuotedSpans } from '../../src/stages/quotes/find-quoted-spans.js';
import { buildScene, type QuoteScene } from '../../src/stages/quotes/quote-scene.js';

const EXAMPLES = join(PACKAGE_ROOT, 'examples');

function exampleScenes(): QuoteScene[] {
  const texts: string[] = [];
  for (const file of readdirSync(EXAMPLES).sort()) {
    if (!/\.(txt|jsonl)$/.test(file)) continue;
    const content = readFileSync(join(EXAMPLES, file), 'utf8');
    if (file.endsWith('.txt')) texts.push(content);
    if (file.endsWith('.jsonl')) for (const line of content.split('\n')) if (line.trim()) texts.push((JSON.parse(line) as { text?: string }).text ?? '');
  }
  return texts.map((text) => {
    const doc = analyze(text, { meta: { publishedAt: '2024-03-12' } });
    return buildScene(doc, findQuotedSpans(doc.text, doc.layers.paragraphs ?? [], () => {}));
  });
}

function context(scene: QuoteScene): CueFeatureContext {
  const opens = new Uint8Array(scene.tokens.length);
  const closes = new Uint8Array(scene.tokens.length);
  for (const t of scene.opensAt.keys()) opens[t] = 1;
  for (const t of scene.closesAt.keys()) closes[t] = 1;
  return { tokens: scene.tokens, insideQuote: scene.insideQuote, opens, closes };
}

/** Scores every sentence both ways; returns how many tokens were scored (NaN-skipped ones included). */
function compare(m: Float32Array, scenes: QuoteScene[]): number {
  let compared = 0;
  for (const scene of scenes) {
    // Separate contexts: the frozen scorer must not lean on what the other one cached.
    const a = context(scene), b = context(scene);
    for (const s of scene.sentences) {
      const n = s.tokenEnd - s.tokenStart;
      const a0 = new Float64Array(n), a1 = new Float64Array(n), b0 = new Float64Array(n), b1 = new Float64Array(n);
      chainScores(m, a, s.tokenStart, s.tokenEnd, a0, a1);
      frozenChainScores(m, b, s.tokenStart, s.tokenEnd, b0, b1);
      for (let i = 0; i < n; i++) {
        const where = `"${scene.tokens[s.tokenStart + i]!.text}" at token ${s.tokenStart + i}`;
        assert.ok(Object.is(b0[i], a0[i]), `after a non-cue token, ${where}: ${b0[i]} != ${a0[i]}`);
        assert.ok(Object.is(b1[i], a1[i]), `after a cue token, ${where}: ${b1[i]} != ${a1[i]}`);
        compared++;
      }
    }
  }
  return compared;
}

test('cue scorer: the cached weights give the features\' scores bit for bit, with the committed model and with random weights', () => {
  const scenes = exampleScenes();
  assert.ok(compare(cueModel(), scenes) > 1000);
  // Random weights of many magnitudes, multiples of 2^-40 as the scorer requires (its sums then exact in any order).
  let seed = 7;
  const random = new Float32Array(1 << FEATURE_BITS).map(() => Math.round(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648 - 0.5) * 2 ** ((seed % 24) - 18) * 2 ** 40) / 2 ** 40);
  assert.ok(orderFree(random));
  assert.ok(compare(random, scenes) > 1000);
  // Weights of every magnitude, whose sums round differently in another order: not for the frozen scorer.
  const unrounded = new Float32Array(1 << FEATURE_BITS).map(() => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648 - 0.5) * 2 ** ((seed % 40) - 20));
  assert.equal(orderFree(unrounded), false);
  assert.throws(() => compare(unrounded, scenes.slice(0, 1)));
  // And back: the tables follow the model they are given.
  compare(cueModel(), scenes.slice(0, 3));
});
