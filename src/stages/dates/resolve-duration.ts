/** TIMEX3 values of durations ("three years" → P3Y) and sets ("every week" → P1W, "daily" → P1D). */
import type { TimeFrame } from './read-frame.js';

const DURATION_UNIT: Record<string, [prefix: string, letter: string, factor: number]> = {
  S: ['PT', 'S', 1], MIN: ['PT', 'M', 1], H: ['PT', 'H', 1], D: ['P', 'D', 1], W: ['P', 'W', 1], WE: ['P', 'D', 2], FN: ['P', 'W', 2],
  M: ['P', 'M', 1], Q: ['P', 'Q', 1], Y: ['P', 'Y', 1], DE: ['P', 'Y', 10], CE: ['P', 'Y', 100], ML: ['P', 'Y', 1000], HA: ['P', 'M', 6],
};

/** "P3Y", "PT4H", "PXW" (a vague count); undefined for a unit with no duration form. */
export function durationValue(unit: string, count: number | undefined): string | undefined {
  const spec = DURATION_UNIT[unit];
  if (!spec) return undefined;
  const [prefix, letter, factor] = spec;
  if (count === undefined) return `${prefix}X${letter}`;
  const n = Math.round(count * factor * 1000) / 1000;
  return `${prefix}${n}${letter}`;
}

/** The SET value of "every week", "each Monday", "every two years", "daily". */
export function setValue(f: TimeFrame): string | undefined {
  if (f.setUnit) return durationValue(f.setUnit, 1);
  if (f.weekday !== undefined) return `XXXX-WXX-${f.weekday}`;
  if (f.daypart !== undefined) return `XXXX-XX-XXT${f.daypart}`;
  if (f.season !== undefined) return `XXXX-${f.season}`;
  if (f.month !== undefined) return `XXXX-${String(f.month).padStart(2, '0')}`;
  if (f.holiday?.month !== undefined) return `XXXX-${String(f.holiday.month).padStart(2, '0')}-${String(f.holiday.day).padStart(2, '0')}`;
  if (f.unit) return durationValue(f.unit, f.count ?? 1);
  return undefined;
}
