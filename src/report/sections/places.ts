/**
 * Report section: the places named, one row per distinct place with its coordinates, precision and
 * how often it is named; capitals standing for their governments ("Kiev insists") listed apart, as
 * they are actors, not locations.
 */
import type { Document } from '../../model/document.js';
import type { PlaceMention } from '../../model/layers/places.js';
import type { ReportSection } from '../section.js';
import { escapeHtml } from '../escape.js';
import { textTable } from '../table.js';

interface PlaceRow { place: PlaceMention; forms: Set<string>; count: number }

/** Distinct places of one usage, in order of first mention. */
function group(doc: Document, usage: PlaceMention['usage']): PlaceRow[] {
  const rows = new Map<string, PlaceRow>();
  for (const p of doc.layers.places ?? []) {
    if (p.usage !== usage) continue;
    const key = `${p.name}|${p.lat}|${p.lon}`;
    const row = rows.get(key) ?? { place: p, forms: new Set<string>(), count: 0 };
    row.forms.add(p.text);
    row.count++;
    rows.set(key, row);
  }
  return [...rows.values()];
}

function coordinates(p: PlaceMention): string {
  return p.lat === undefined || p.lon === undefined ? '' : `${p.lat.toFixed(3)}, ${p.lon.toFixed(3)}`;
}

function written(row: PlaceRow): string {
  return [...row.forms].filter((f) => f !== row.place.name).join(', ');
}

function cells(row: PlaceRow): string[] {
  const p = row.place;
  return [p.name, written(row), coordinates(p), p.precision, p.featureType ?? '', p.country ?? '', p.geonameId === undefined ? '' : String(p.geonameId), String(row.count)];
}

const HEADER = ['place', 'as written', 'lat, lon', 'precision', 'type', 'country', 'GeoNames', 'mentions'];

export const placesSection: ReportSection = {
  title: 'Places',
  text(doc) {
    const locations = group(doc, 'location');
    const governments = group(doc, 'government');
    if (locations.length + governments.length === 0) return [];
    const lines = locations.length > 0 ? textTable(HEADER, locations.map(cells)) : [];
    if (governments.length > 0) {
      lines.push('', 'Capitals standing for their governments (not locations):');
      lines.push(...textTable(['place', 'as written', 'mentions'], governments.map((r) => [r.place.name, written(r), String(r.count)])));
    }
    return lines;
  },
  html(doc) {
    const locations = group(doc, 'location');
    const governments = group(doc, 'government');
    if (locations.length + governments.length === 0) return '';
    const row = (r: PlaceRow): string => `<tr>${cells(r).map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`;
    let html = `<table class="places"><thead><tr>${HEADER.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${locations.map(row).join('')}</tbody></table>`;
    if (governments.length > 0) {
      html += `<p>Capitals standing for their governments (not locations): ${governments.map((r) => `${escapeHtml(r.place.name)} (${escapeHtml([...r.forms].join(', '))}, ${r.count}×)`).join('; ')}</p>`;
    }
    return html;
  },
  highlights(doc) {
    return (doc.layers.places ?? []).map((p) => ({
      start: p.start,
      end: p.end,
      className: p.usage === 'government' ? 'place-government' : 'place',
      title: p.usage === 'government' ? `${p.name}: its government` : `${p.name} (${p.precision}${p.lat !== undefined ? `, ${coordinates(p)}` : ''})`,
      data: { place: p.name, ...(p.geonameId !== undefined ? { geonameid: String(p.geonameId) } : {}) },
    }));
  },
  legend: { place: ['place', '#d8f5d0'], 'place-government': ['capital for its government', '#f5e6c8'] },
};
