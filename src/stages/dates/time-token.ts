/**
 * The time token: one piece of a sentence (a structure token, or a part of one split at an inner
 * hyphen, or a multi-word term joined) with its time class. Time tokens never leave the dates stage.
 */
import type { TimeClass, TimeWordEntry } from './time-words.js';

export interface TimeToken {
  start: number;
  end: number;
  text: string;
  lower: string;
  cls: TimeClass;
  entry?: TimeWordEntry | undefined;
  /** Numeric value of NUM, YEAR, ORD and DECADE tokens. */
  number?: number | undefined;
  /** Index of the sentence. */
  sentence: number;
}

/** Every time token has the same shape (fast property access). */
export function makeToken(start: number, end: number, text: string, lower: string, cls: TimeClass, sentence: number, entry: TimeWordEntry | undefined, number: number | undefined): TimeToken {
  // `entry` and `number` are always there (undefined when absent): adding either to a made object
  // gave it a new shape and an out-of-object property array. Time tokens never leave the stage.
  return { start, end, text, lower, cls, sentence, entry: entry || undefined, number };
}
