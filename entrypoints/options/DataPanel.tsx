import { useCallback, useEffect, useState } from 'preact/hooks';
import { DataSection, type ExportKind, type ImportResult } from '@/components/DataSection';
import { EventList } from '@/components/EventList';
import { ManualEntries } from '@/components/ManualEntries';
import { eventRows, toCsv, weekRows } from '@/lib/csv';
import { saveFile } from '@/lib/download';
import type { WorkEvent } from '@/lib/event';
import { buildExport, exportFileName } from '@/lib/export';
import { MAX_IMPORT_CHARS } from '@/lib/import';
import { isManual, type ManualEntry, OFFLINE_SITE } from '@/lib/manual';
import { sendToBackground } from '@/lib/send';
import { loadSettings } from '@/lib/settings-item';
import { type Selection, selectedEvents } from '@/lib/store/changes';
import { openDb } from '@/lib/store/db';
import { allEvents, firstEvents } from '@/lib/store/queries';
import { dayKey } from '@/lib/week';

const db = openDb();
const PAGE = 50;

async function exportAs(kind: ExportKind): Promise<number> {
  if (kind === 'json') {
    const [events, settings] = await Promise.all([allEvents(db), loadSettings()]);
    const file = buildExport(events, settings);
    saveFile(exportFileName('json'), `${JSON.stringify(file, null, 2)}\n`, 'application/json');
    return file.events.length;
  }
  const rows = kind === 'csv' ? eventRows(await allEvents(db)) : weekRows(await db.daily.toArray());
  saveFile(exportFileName(kind), toCsv(rows), 'text/csv;charset=utf-8');
  return rows.length - 1;
}

async function importText(text: string): Promise<ImportResult> {
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, problem: { code: 'bad-file', detail: 'too large' } };
  const reply = await sendToBackground({ type: 'import', json: text });
  return reply.ok ? reply : { ok: false, ...(reply.problem && { problem: reply.problem }) };
}

async function deleteSelection(selection: Selection): Promise<number> {
  const reply = await sendToBackground({ type: 'delete', selection });
  if (!reply.ok) throw new Error(reply.error);
  return reply.deleted;
}

interface Overview {
  sites: string[];
  companies: string[];
  manual: WorkEvent[];
  recent: WorkEvent[];
  hasMore: boolean;
}

async function loadOverview(shown: number): Promise<Overview> {
  const [sites, companies, manual, recent] = await Promise.all([
    db.events.orderBy('site').uniqueKeys(),
    db.events.orderBy('beneficiary').uniqueKeys(),
    db.events.orderBy('endedAt').reverse().filter(isManual).toArray(),
    firstEvents(db.events.orderBy('endedAt').reverse(), shown),
  ]);
  return {
    sites: sites as string[],
    companies: companies as string[],
    manual,
    recent: recent.events,
    hasMore: recent.hasMore,
  };
}

/** The options page's part about the person's own data: export, import, delete, manual entries, the event list. */
export function DataPanel() {
  const [shown, setShown] = useState(PAGE);
  const [overview, setOverview] = useState<Overview | null>(null);
  const today = dayKey(Date.now());
  const refresh = useCallback(() => loadOverview(shown).then(setOverview), [shown]);
  useEffect(() => void refresh(), [refresh]);

  const changed =
    <A extends unknown[], R>(action: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const result = await action(...args);
      await refresh();
      return result;
    };
  const manualReply = async (reply: Promise<{ ok: true } | { ok: false; error: string }>) => {
    const r = await reply;
    return r.ok ? null : r.error;
  };
  const deleteOne = changed(async (id: string) => void (await deleteSelection({ scope: 'event', id })));

  if (!overview) return null;
  return (
    <>
      <ManualEntries
        entries={overview.manual}
        companies={[...new Set(overview.manual.filter((e) => e.site !== OFFLINE_SITE).map((e) => e.beneficiary))]}
        today={today}
        onAdd={changed((entry: ManualEntry) => manualReply(sendToBackground({ type: 'manual-add', entry })))}
        onEdit={changed((id: string, entry: ManualEntry) =>
          manualReply(sendToBackground({ type: 'manual-edit', id, entry })),
        )}
        onDelete={deleteOne}
      />
      <EventList
        events={overview.recent}
        hasMore={overview.hasMore}
        onShowMore={() => setShown(shown + PAGE)}
        onDelete={deleteOne}
      />
      <DataSection
        sites={overview.sites}
        companies={overview.companies}
        today={today}
        onExport={exportAs}
        onImport={changed(importText)}
        countSelected={(selection) => selectedEvents(db, selection).count()}
        onDelete={changed(deleteSelection)}
      />
    </>
  );
}
