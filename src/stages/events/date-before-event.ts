/**
 * An event told as the time before another ("a missile struck ... on Monday, a day after a strike on a
 * residential building killed nine", "two days after the attack"): the gap and the other event's date
 * date it, so it is not taken for the event it dates ("a strike" on Sunday, not Monday's). And a date
 * in the possessive right before a trigger is its own ("the toll from Sunday's attack"), however the
 * trigger refers back.
 */
import type { EventDate } from '../../model/layers/events.js';
import { addDays, parseIsoDay } from '../dates/calendar.js';
import { formatPoint, pointOfDay } from '../dates/time-point.js';
import type { EventScene } from './event-scene.js';
import type { TriggerMention } from './find-triggers.js';
import { isPossessiveS } from '../structure/possessive-marks.js';

const UNIT_DAYS: Record<string, number> = { day: 1, days: 1, week: 7, weeks: 7 };
const COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
/** Words between "after" and the trigger ("a day after a deadly strike"). */
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their']);
/** A day's value, nothing finer ("2024-03-03"). */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The date of mention `m` when it follows "N days after" ("a day after a strike"), N days before the
 * date of the nearest dated mention before it in its sentence; undefined otherwise.
 */
export function dateBeforeEvent(scene: EventScene, m: TriggerMention, mentions: readonly TriggerMention[], dates: ReadonlyMap<TriggerMention, EventDate>): EventDate | undefined {
  const w = scene.words;
  let k = m.start - 1;
  // At most a determiner and an adjective between "after" and the trigger.
  for (let skipped = 0; k > 0 && skipped < 2 && scene.sentence[k] === m.sentence && (DETERMINERS.has(w[k]!) || scene.tokens[k]!.pos === 'JJ'); skipped++) k--;
  if (w[k] !== 'after' || k < 2 || scene.sentence[k - 2] !== m.sentence) return undefined;
  const unit = UNIT_DAYS[w[k - 1]!];
  const count = COUNTS[w[k - 2]!] ?? (/^\d{1,2}$/.test(w[k - 2]!) ? Number(w[k - 2]) : undefined);
  if (unit === undefined || count === undefined) return undefined;
  let other: EventDate | undefined;
  for (const o of mentions) {
    if (o.start >= k - 2) break;
    if (o.sentence === m.sentence && dates.has(o)) other = dates.get(o);
  }
  const day = other && DAY.test(other.value) ? parseIsoDay(other.value) : undefined;
  if (!day) return undefined;
  return { value: formatPoint(pointOfDay(addDays(day, -count * unit), 'D')), precision: 'day', expression: scene.span(k - 2, k + 1) };
}

/** Whether `date` stands in the possessive right before mention `m` ("Sunday's attack", "Monday's deadly strike"). */
export function possessiveDateOf(scene: EventScene, m: TriggerMention, date: EventDate): boolean {
  const last = scene.tokenOf(date.expression.end - 1);
  const mark = scene.words[last + 1];
  if (!isPossessiveS(mark ?? '')) return false;
  return m.start === last + 2 || (m.start === last + 3 && scene.tokens[last + 2]!.pos === 'JJ');
}
