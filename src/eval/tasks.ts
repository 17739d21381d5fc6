/** The evaluation tasks `newslens eval <task>` knows, loaded on demand. */
import type { EvalTask } from './task.js';

export const EVAL_TASKS: Record<string, () => Promise<EvalTask>> = {
  entities: async () => (await import('./entities/index.js')).entitiesTask,
  quotes: async () => (await import('./quotes/index.js')).quotesTask,
  framing: async () => (await import('./framing/index.js')).framingTask,
  events: async () => (await import('./events/index.js')).eventsTask,
  dates: async () => (await import('./dates/index.js')).datesTask,
  places: async () => (await import('./places/index.js')).placesTask,
  claimants: async () => (await import('./claimants/index.js')).claimantsTask,
};
