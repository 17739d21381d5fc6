/** The report's sections, in the order a reader meets them. Each layer adds its section here. */
import type { ReportSection } from '../section.js';
import { summarySection } from './summary.js';
import { messagesSection } from './messages.js';

export const REPORT_SECTIONS: readonly ReportSection[] = [
  summarySection,
  messagesSection,
];
