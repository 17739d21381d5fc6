/**
 * "at 2330 GMT on Tuesday": TimeML tags the clock time and the day apart, but the time is on that day,
 * not on the publication day. A clock time whose day was only implied by publication takes the day of a
 * date that follows it directly ("on Tuesday", ", June 3"), and names that date as its anchor.
 */
import type { TimeExpression } from '../../model/layers/dates.js';
import { formatPoint, type TimePoint } from './time-point.js';

const JOINER = /^\s*(?:,|on|of)?\s*$/i;

export interface ResolvedExpression {
  expression: TimeExpression;
  point?: TimePoint;
}

/** Re-dates clock times from the day expression right after them; changes expressions in place. */
export function attachClockDays(text: string, items: readonly ResolvedExpression[]): void {
  for (let i = 0; i + 1 < items.length; i++) {
    const clock = items[i]!;
    const day = items[i + 1]!;
    const e = clock.expression;
    if (e.type !== 'TIME' || e.stated.day !== undefined || e.stated.weekday !== undefined || clock.point?.gran !== 'T') continue;
    if (!day.point || day.point.gran !== 'D' || day.point.year === undefined || day.point.day === undefined) continue;
    if (!JOINER.test(text.slice(e.end, day.expression.start))) continue;
    const point: TimePoint = { ...clock.point, year: day.point.year, month: day.point.month!, day: day.point.day };
    clock.point = point;
    e.value = formatPoint(point);
    e.implied = { year: day.point.year, month: day.point.month!, day: day.point.day };
    e.anchor = day.expression.id;
  }
}
