/**
 * MUC-4 role predictions from raw text: the events stage's role tagger over the structure stage's
 * tokens, then one filler string per entity and role. Works on lower-case, mixed-case and all-capitals
 * text alike (the tagger sees lower-cased words only).
 */
import { tokenize } from '../../stages/structure/tokenize.js';
import { tagRoles } from '../../stages/events/roles/tag-roles.js';
import { roleInput } from '../../stages/events/roles/role-input.js';
import { collectRoleFillers } from '../../stages/events/roles/collect-role-fillers.js';
import type { RolePrediction } from './read-roles.js';

/** Predicts the five MUC-4 role fillers of one document. */
export function predictRoles(docid: string, text: string): RolePrediction {
  const tokens = tokenize(text);
  return { docid, ...collectRoleFillers(text, tokens, tagRoles(roleInput(tokens, text))) };
}
