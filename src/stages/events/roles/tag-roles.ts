/** Runs the MUC-4 role tagger over a document's tokens and returns the role filler spans. */
import type { Token } from '../../../model/layers/structure.js';
import { decode, ROLE_TAGS, roleModel, type MucRole } from './role-model.js';
import { roleFeatures, type RoleInput } from './role-features.js';

/** A role filler span found by the tagger: token indices `[start, end)` and its MUC-4 role. */
export interface RoleSpan {
  role: MucRole;
  start: number;
  end: number;
}

const TERMINAL = new Set(['.', '!', '?', '...', '…']);

/**
 * Lower-cased words and sentence numbers of the tokens, as the tagger's features expect. Sentences are
 * cut here at every terminal mark, not taken from the sentences layer: that splitter needs capitals to
 * see a sentence start, and lower-cased text (as in MUC-4's GRIT form) has none.
 */
export function roleInput(tokens: readonly Token[]): RoleInput {
  const words = tokens.map((t) => t.text.toLowerCase());
  const sentence = new Int32Array(tokens.length);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    sentence[i] = s;
    if (TERMINAL.has(words[i]!)) s++;
  }
  return { words, sentence };
}

/** Turns a BIO tag sequence into spans. */
export function spansOfTags(tags: readonly number[]): RoleSpan[] {
  const spans: RoleSpan[] = [];
  for (let i = 0; i < tags.length; ) {
    const tag = tags[i]!;
    if (tag === 0) {
      i++;
      continue;
    }
    const role = ROLE_TAGS[tag]!.slice(2) as MucRole;
    let j = i + 1;
    while (j < tags.length && ROLE_TAGS[tags[j]!] === `I-${role}`) j++;
    spans.push({ role, start: i, end: j });
    i = j;
  }
  return spans;
}

/** Tags the role fillers of a document, or of the sentences marked in `only`. */
export function tagRoles(input: RoleInput, only?: Uint8Array): RoleSpan[] {
  if (input.words.length === 0) return [];
  const { weights, outsideBias } = roleModel();
  const features = roleFeatures(input, only);
  const tags = decode(features, input.words, (f, scores) => {
    const row = weights.get(f);
    if (row) for (let t = 0; t < row.length; t++) scores[t]! += row[t]!;
  }, outsideBias);
  return spansOfTags(tags);
}
