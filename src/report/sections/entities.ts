/**
 * Report section: who and what the article names. People with the roles the text gives them,
 * organisations (governments that a capital stands for among them), places and other names, each
 * with how often it is mentioned and in which forms (names, pronouns, descriptions).
 */
import type { Document } from '../../model/document.js';
import type { Entity, EntityType, Mention } from '../../model/layers/entities.js';
import type { ReportSection } from '../section.js';
import { escapeHtml } from '../escape.js';
import { textTable } from '../table.js';

const KINDS: Array<[EntityType, string]> = [['person', 'People'], ['organisation', 'Organisations'], ['place', 'Places'], ['other', 'Other names']];

function mentionIndex(doc: Document): Map<string, Mention> {
  return new Map((doc.layers.mentions ?? []).map((m) => [m.id, m]));
}

/** Distinct other forms: aliases seen in the text first, then pronouns and descriptions. */
function forms(entity: Entity, mentions: Map<string, Mention>): string {
  const seen = new Set([entity.name.toLowerCase()]);
  const out: string[] = [];
  for (const id of entity.mentions) {
    const m = mentions.get(id);
    if (!m || seen.has(m.text.toLowerCase())) continue;
    seen.add(m.text.toLowerCase());
    out.push(m.kind === 'name' ? m.text : `${m.text} (${m.kind})`);
  }
  return out.join(', ');
}

function roles(entity: Entity): string {
  return [...new Set(entity.roles.map((r) => r.text.replace(/\s+/g, ' ')))].join('; ');
}

function describe(entity: Entity): string {
  return entity.standsFor ? `${entity.name} = ${entity.standsFor}` : entity.name;
}

function rows(doc: Document, type: EntityType): string[][] {
  const mentions = mentionIndex(doc);
  return (doc.layers.entities ?? []).filter((e) => e.type === type).map((e) => {
    const row = [describe(e), forms(e, mentions), String(e.mentions.length)];
    return type === 'person' ? [row[0]!, roles(e), row[1]!, row[2]!] : row;
  });
}

function header(type: EntityType): string[] {
  return type === 'person' ? ['person', 'roles', 'also as', 'mentions'] : [type === 'other' ? 'name' : type, 'also as', 'mentions'];
}

export const entitiesSection: ReportSection = {
  title: 'People, organisations, places',
  text(doc) {
    if (!doc.layers.entities?.length) return [];
    const lines: string[] = [];
    for (const [type, label] of KINDS) {
      const r = rows(doc, type);
      if (r.length === 0) continue;
      if (lines.length > 0) lines.push('');
      lines.push(`${label}:`, ...textTable(header(type), r));
    }
    return lines;
  },
  html(doc) {
    if (!doc.layers.entities?.length) return '';
    let html = '';
    for (const [type, label] of KINDS) {
      const r = rows(doc, type);
      if (r.length === 0) continue;
      html += `<h3>${escapeHtml(label)}</h3><table class="entities"><thead><tr>${header(type).map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>`;
      html += r.map((row) => `<tr>${row.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('');
      html += '</tbody></table>';
    }
    return html;
  },
  highlights(doc) {
    const entities = new Map((doc.layers.entities ?? []).map((e) => [e.id, e]));
    const spans = [];
    for (const m of doc.layers.mentions ?? []) {
      const e = entities.get(m.entity);
      const name = e ? describe(e) : m.text;
      spans.push({
        start: m.start,
        end: m.end,
        className: m.metonymy ? 'entity-government' : `entity-${m.type}`,
        title: `${name} (${m.metonymy ? 'government' : m.type}, ${m.kind})`,
        data: { entity: m.entity },
      });
      if (m.role) spans.push({ start: m.role.start, end: m.role.end, className: 'entity-role', title: `role of ${name}` });
    }
    return spans;
  },
  legend: {
    'entity-person': ['person', '#e3d7ff'],
    'entity-organisation': ['organisation', '#d7ecff'],
    'entity-place': ['place (named)', '#d8f5e0'],
    'entity-other': ['other name', '#eeeeee'],
    'entity-government': ['capital for its government', '#ffe9c7'],
    'entity-role': ['role or title', '#f7f0c0'],
  },
};
