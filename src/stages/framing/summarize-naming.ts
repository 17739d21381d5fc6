/**
 * The article-level summary of naming choices: per contested name or term, which variants the article
 * used and how often, in whose voice, and which it never used.
 */
import type { NamingChoice } from '../../model/layers/framing.js';
import { framingLexicons } from './framing-lexicons.js';

export interface NamingSummary {
  /** Id of the contested-names entry. */
  entry: string;
  /** What the entry is about ("The capital of Ukraine."). */
  about: string;
  /**
   * Variants used, most frequent first, with counts split by voice and the words as the article wrote
   * them (`written`, distinct, in order of first use: the variant "separatists" may be written "Rebels").
   */
  used: Array<{ variant: string; count: number; outlet: number; quoted: number; signals: string; written: string[] }>;
  /** Variants of the entry the article never used. */
  unused: string[];
}

/** Summarises the naming layer by entry, in the order entries first occur. */
export function summarizeNaming(naming: readonly NamingChoice[]): NamingSummary[] {
  const entries = new Map(framingLexicons().contestedNames.map((e) => [e.id, e]));
  const byEntry = new Map<string, NamingSummary>();
  for (const choice of naming) {
    let summary = byEntry.get(choice.entry);
    if (!summary) {
      const variants = entries.get(choice.entry)?.variants.map((v) => v.name) ?? [choice.variant, ...choice.alternatives];
      byEntry.set(choice.entry, (summary = { entry: choice.entry, about: entries.get(choice.entry)?.note ?? '', used: [], unused: variants }));
    }
    let used = summary.used.find((u) => u.variant === choice.variant);
    if (!used) summary.used.push((used = { variant: choice.variant, count: 0, outlet: 0, quoted: 0, signals: choice.signals, written: [] }));
    used.count++;
    if (!used.written.includes(choice.text)) used.written.push(choice.text);
    if (choice.voice.kind === 'outlet') used.outlet++;
    else used.quoted++;
    summary.unused = summary.unused.filter((v) => v !== choice.variant);
  }
  for (const s of byEntry.values()) s.used.sort((a, b) => b.count - a.count);
  return [...byEntry.values()];
}
