/**
 * The role tagger's spans, read only near the trigger mentions (its cost is then a fraction of the
 * article) and cut where their noun phrase ends.
 */
import type { EventScene } from './event-scene.js';
import type { TriggerMention } from './find-triggers.js';
import { decodeRoleTags, spansOfTags, type RoleSpan } from './roles/tag-roles.js';
import { trimRoleSpan } from './roles/collect-role-fillers.js';

/** How far before and after a trigger the role tagger reads: findRoles takes its spans up to 15 tokens away. */
const TAG_BEFORE = 17;
const TAG_AFTER = 22;

/** The tokens the role tagger reads: those near a trigger, in its sentence (its cost is a fraction of the article). */
function nearTriggers(scene: EventScene, mentions: readonly TriggerMention[]): Uint8Array {
  const mask = new Uint8Array(scene.words.length);
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
  return mentions.length > 0 ? trimmedSpans(scene.words, spansOfTags(decodeRoleTags(scene.roles, nearTriggers(scene, mentions)))) : [];
}
