/**
 * The role tagger's spans, read only near the trigger mentions (its cost is then a fraction of the
 * article) and cut where their noun phrase ends.
 */
import type { EventScene } from './event-scene.js';
import type { TriggerMention } from './find-triggers.js';
import { decodeRoleTags, spansOfTags, type RoleSpan } from './roles/tag-roles.js';
import { trimRoleSpan } from './roles/collect-role-fillers.js';
import { roleModel } from './roles/role-model.js';

/** How far before and after a trigger the role tagger reads: findRoles takes its spans up to 15 tokens away. */
const TAG_BEFORE = 17;
const TAG_AFTER = 22;

/**
 * Scratch for the mask and the tags of one document (the stage analyses one at a time): a typed array
 * of a document's length is allocated outside the heap, at a microsecond or more each.
 */
let scratch = new Uint8Array(1024);

/** A zeroed view of `n` bytes of the scratch from `at` (the scratch holds 2n). */
function zeroed(at: number, n: number): Uint8Array {
  const view = scratch.subarray(at, at + n);
  view.fill(0);
  return view;
}

/** The tokens the role tagger reads: those near a trigger, in its sentence (its cost is a fraction of the article). */
function nearTriggers(scene: EventScene, mentions: readonly TriggerMention[]): Uint8Array {
  const mask = zeroed(0, scene.words.length);
  for (const m of mentions) {
    const to = Math.min(scene.words.length, m.end + TAG_AFTER);
    for (let i = Math.max(0, m.start - TAG_BEFORE); i < to; i++) if (scene.sentence[i] === m.sentence) mask[i] = 1;
  }
  return mask;
}

/** The role spans cut by trimRoleSpan, the empty ones dropped. */
function trimmedSpans(words: readonly string[], spans: readonly RoleSpan[]): RoleSpan[] {
  const out: RoleSpan[] = [];
  for (const span of spans) {
    const kept = trimRoleSpan(words, span);
    if (kept) out.push(kept);
  }
  return out;
}

/** The role spans of the tokens near the mentions, trimmed; none without a mention. */
export function tagNearTriggers(scene: EventScene, mentions: readonly TriggerMention[]): RoleSpan[] {
  // The tagger's spans cut where their noun phrase ends ("Juan Perez escaped unharmed" is a victim's name and more).
  if (mentions.length === 0) return [];
  const n = scene.words.length;
  if (scratch.length < 2 * n) scratch = new Uint8Array(4 * n);
  return trimmedSpans(scene.words, spansOfTags(decodeRoleTags(scene.roles, nearTriggers(scene, mentions), roleModel(), zeroed(n, n))));
}
