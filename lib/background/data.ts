import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { describeIssues, WorkEventSchema } from '../event';
import { describeProblem, parseExport } from '../import';
import { type ManualEntry, manualEntryProblem, manualEvent } from '../manual';
import type { Replies } from '../messages';
import { isOutboxKey } from '../outbox';
import { deleteEvents, importEvents, type Selection, saveManualEvent } from '../store/changes';
import type { ShadowWorkDb } from '../store/db';
import type { Flows } from './flows';

/**
 * The person's own operations on their record, sent by the extension's pages: import,
 * delete, and manual entries. Like recording, they are written by the background only;
 * `afterChange` brings the badge up to date.
 */
export function createDataService(db: ShadowWorkDb, flows: Flows, afterChange: () => Promise<void>) {
  async function importFile(json: string): Promise<Replies['import']> {
    const parsed = parseExport(json);
    if (!parsed.ok) return { ok: false, error: describeProblem(parsed.problem), problem: parsed.problem };
    const counts = await importEvents(db, parsed.events);
    await afterChange();
    return { ok: true, ...counts };
  }

  async function remove(selection: Selection): Promise<Replies['delete']> {
    const deleted = await deleteEvents(db, selection);
    if (selection.scope === 'all') {
      // Work completed but not yet stored, and tasks in progress, are part of the record too.
      const local = await browser.storage.local.get(null);
      const pending = Object.keys(local).filter(isOutboxKey);
      if (pending.length > 0) await browser.storage.local.remove(pending);
      await flows.forgetAll();
    }
    await afterChange();
    return { ok: true, deleted };
  }

  async function saveManual(id: string, entry: ManualEntry, edit: boolean): Promise<string | null> {
    const now = Date.now();
    const problem = manualEntryProblem(entry, now);
    if (problem) return problem;
    const event = manualEvent(id, entry, now);
    const checked = v.safeParse(WorkEventSchema, event);
    if (!checked.success) return describeIssues(checked.issues);
    const refused = await saveManualEvent(db, event, { edit });
    if (!refused) await afterChange();
    return refused;
  }

  return {
    importFile,
    remove,
    async addManual(entry: ManualEntry): Promise<Replies['manual-add']> {
      const id = crypto.randomUUID().replaceAll('-', '');
      const error = await saveManual(id, entry, false);
      return error ? { ok: false, error } : { ok: true, id };
    },
    async editManual(id: string, entry: ManualEntry): Promise<Replies['manual-edit']> {
      const error = await saveManual(id, entry, true);
      return error ? { ok: false, error } : { ok: true };
    },
  };
}
export type DataService = ReturnType<typeof createDataService>;
