/** Report section: messages about the input and the analysis. */
import type { ReportSection } from '../section.js';
import { escapeHtml } from '../escape.js';

export const messagesSection: ReportSection = {
  title: 'Messages',
  text: (doc) => doc.messages.map((m) => `${m.severity.padEnd(7)} ${m.code}  ${m.message}${m.span ? ` at ${m.span.start}: "${m.span.text}"` : ''}`),
  html: (doc) =>
    doc.messages.length === 0
      ? ''
      : `<ul class="messages">${doc.messages.map((m) => `<li class="${m.severity}"><code>${escapeHtml(m.code)}</code> ${escapeHtml(m.message)}</li>`).join('')}</ul>`,
};
