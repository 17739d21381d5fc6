/** Cross-outlet comparison of stored events: `compareEvents(store, query)` and its text report. */
export { compareEvents, DEFAULTS as COMPARE_DEFAULTS } from './compare.js';
export { formatCompareReport } from './format-report.js';
export type * from './types.js';
