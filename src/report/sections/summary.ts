/** Report section: what the document is and how the analysis went. */
import type { ReportSection } from '../section.js';

export const summarySection: ReportSection = {
  title: 'Article',
  text(doc) {
    const m = doc.meta;
    const lines = [
      m.title ? `Title:     ${m.title}` : '',
      m.outlet ? `Outlet:    ${m.outlet}` : '',
      m.author ? `Author:    ${m.author}` : '',
      m.publishedAt ? `Published: ${m.publishedAt}` : 'Published: unknown (relative dates unresolved; pass --published)',
      m.url ? `URL:       ${m.url}` : '',
      `Length:    ${doc.text.length} characters, ${doc.layers.sentences?.length ?? 0} sentences, ${doc.layers.paragraphs?.length ?? 0} paragraphs`,
      `Status:    ${doc.status}${doc.pipeline ? ` (pipeline ${doc.pipeline.version})` : ''}`,
    ];
    return lines.filter((l) => l.length > 0);
  },
};
