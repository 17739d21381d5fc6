/** The ingest progress line for a terminal: a bar when the total is known, rate, ETA, and counts. */
import type { IngestProgress } from './ingest.js';

const WIDTH = 24;

/** One line (no newline) describing progress. */
export function renderProgress(p: IngestProgress): string {
  const done = p.stored + p.duplicates + p.failed;
  const seconds = p.elapsedMs / 1000;
  const rate = seconds > 0 ? done / seconds : 0;
  const counts = `${done.toLocaleString('en')} done (${p.stored.toLocaleString('en')} stored, ${p.duplicates.toLocaleString('en')} duplicate, ${p.failed.toLocaleString('en')} failed)`;
  const speed = `${rate.toFixed(rate < 10 ? 1 : 0)}/s`;
  if (p.totalBytes <= 0) return `${counts}  ${speed}  ${formatDuration(seconds)}`;
  const fraction = Math.min(1, p.bytesRead / p.totalBytes);
  const filled = Math.round(fraction * WIDTH);
  const eta = fraction > 0.005 ? formatDuration((seconds / fraction) * (1 - fraction)) : '?';
  return `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}%  ${counts}  ${speed}  ETA ${eta}`;
}

/** 75 → "1m15s". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
