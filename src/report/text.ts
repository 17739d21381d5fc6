/** The terminal report: a readable summary of a Document, section by section. */
import type { Document } from '../model/document.js';
import { REPORT_SECTIONS } from './sections/index.js';

/** Renders the document as a plain-text report for a person. */
export function renderTextReport(doc: Document): string {
  const parts: string[] = [];
  for (const section of REPORT_SECTIONS) {
    const lines = section.text(doc);
    if (lines.length === 0) continue;
    parts.push(`${section.title}\n${'='.repeat(section.title.length)}\n${lines.join('\n')}`);
  }
  return `${parts.join('\n\n')}\n`;
}
