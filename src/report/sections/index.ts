/** The report's sections, in the order a reader meets them. Each layer adds its section here. */
import type { ReportSection } from '../section.js';
import { summarySection } from './summary.js';
import { messagesSection } from './messages.js';
import { entitiesSection } from './entities.js';
import { datesSection } from './dates.js';
import { numbersSection } from './numbers.js';
import { placesSection } from './places.js';
import { attributionSection } from './attribution.js';
import { eventsSection } from './events.js';
import { framingSection } from './framing.js';

export const REPORT_SECTIONS: readonly ReportSection[] = [
  summarySection,
  entitiesSection,
  datesSection,
  numbersSection,
  placesSection,
  attributionSection,
  eventsSection,
  framingSection,
  messagesSection,
];
