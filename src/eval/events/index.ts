/**
 * `newslens eval events --data FILE.jsonl [--predictions OUT.jsonl]`: MUC-4 role fillers (PerpInd,
 * PerpOrg, Target, Victim, Weapon) in GRIT's JSONL form, scored with `roles.f1` and per role.
 */
import { writeFileSync } from 'node:fs';
import { limited, type EvalTask } from '../task.js';
import { readRoleDocuments } from './read-roles.js';
import { predictRoles } from './predict-roles.js';
import { scoreRoles } from './score-roles.js';

export const eventsTask: EvalTask = {
  name: 'events',
  summary: 'MUC-4 role fillers (GRIT JSONL): roles.f1 and per-role P/R/F1',
  async run(args) {
    const docs = limited(readRoleDocuments(args.data), args);
    const started = performance.now();
    const predictions = docs.map((d) => predictRoles(d.docid, d.doctext));
    const ms = performance.now() - started;
    if (args.predictions) writeFileSync(args.predictions, predictions.map((p) => JSON.stringify(p)).join('\n') + (predictions.length ? '\n' : ''));
    const metrics = scoreRoles(docs, predictions);
    return { task: 'events', data: args.data, documents: docs.length, metrics, notes: [`predicted in ${Math.round(ms)} ms (${(ms / Math.max(docs.length, 1)).toFixed(1)} ms per document)`] };
  },
};

export default eventsTask;
