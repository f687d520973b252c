import type { WorkEvent } from './event';
import type { Settings } from './settings';
import type { StoredEvent } from './store/db';

/** The export contract (DESIGN §8, README "Export format"): a public format, versioned. */
export const EXPORT_FORMAT = 'shadow-work';
export const EXPORT_VERSION = 1;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  events: WorkEvent[];
  settings: Settings;
}

/** The stored facts only: indexing fields of the database stay behind. */
export function toExportedEvent({ day: _day, ...event }: StoredEvent): WorkEvent {
  return event;
}

export function buildExport(events: readonly StoredEvent[], settings: Settings, now = new Date()): ExportFile {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    events: events.map(toExportedEvent),
    settings,
  };
}

/** "shadow-work-2026-11-23.json", "….csv", or "shadow-work-weeks-2026-11-23.csv" for the weekly summary. */
export function exportFileName(kind: 'json' | 'csv' | 'weeks', now = new Date()): string {
  const date = now.toISOString().slice(0, 10);
  return kind === 'weeks' ? `shadow-work-weeks-${date}.csv` : `shadow-work-${date}.${kind}`;
}
