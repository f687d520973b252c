import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { detectorsRunning } from '../content/handoff';
import { DETECTOR_SITES, DETECTORS } from '../detectors';
import { matchesSites } from '../detectors/shared/sites';
import { describeIssues } from '../event';
import { HEALTH_KEY, type Health, isQuotaError, readHealth } from '../health';
import { type Message, MessageSchema, type OutboxEntry, OutboxEntrySchema, type Replies } from '../messages';
import { isOutboxKey, outboxKey } from '../outbox';
import { SAMPLE_DETECTOR, sampleData } from '../sample';
import { DETECTORS_SCRIPT } from '../scripts';
import { recordingOffReason, type Settings } from '../settings';
import { loadSettings, settingsItem } from '../settings-item';
import type { RecordOutcome } from '../store/record';
import type { DataService } from './data';
import type { FlowOwner, Flows } from './flows';
import { refusal, toWorkEvent } from './intake';
import type { Writer } from './writer';

const setHealth = (health: Health) => browser.storage.local.set({ [HEALTH_KEY]: health });

export interface Sender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; incognito?: boolean; url?: string };
}

function flowOwner(sender: Sender): FlowOwner | null {
  const url = sender.tab?.url ?? sender.url;
  return sender.tab?.id !== undefined && url ? { tabId: sender.tab.id, url } : null;
}

/** How long a new outbox entry waits for its message before the background drains it itself. */
const OUTBOX_GRACE_MS = 1_500;
/** How long acknowledged outbox keys gather before they are removed in one write. */
const OUTBOX_REMOVAL_BATCH_MS = 100;

/** The extension's own pages (options, report): a content script's sender is the web page it runs in. */
function fromExtensionPage(sender: Sender): boolean {
  return sender.url?.startsWith(browser.runtime.getURL('/')) === true;
}

/** Where they also load with the page, so that a frame there may have them already. */
const loadsWithPage = matchesSites(DETECTOR_SITES);

/**
 * The background's intake: the one place where anything from a content script becomes a
 * stored fact. It validates, applies the person's settings, writes, and clears the outbox.
 */
export function createService(writer: Writer, flows: Flows, data: DataService) {
  /** A copy of the stored health flag, read once per worker start: writes must not wait on storage. */
  let failing: boolean | undefined;
  const storageFailing = async () => {
    failing ??= (await readHealth()).storageFailingSince !== null;
    return failing;
  };

  /** The settings, read once and again whenever they change: every event is checked against them. */
  let settings: Promise<Settings> | undefined;
  const currentSettings = () => {
    settings ??= loadSettings();
    return settings;
  };
  settingsItem.watch(() => {
    settings = undefined;
  });

  /**
   * Outbox keys of stored events, removed together a moment later: one storage write (and one
   * change broadcast to every tab) for a burst, not one per event. A key left a little longer
   * is harmless: delivered again, its event is a duplicate.
   */
  const acknowledged = new Set<string>();
  let removal: Promise<void> | null = null;
  const clearFromOutbox = (id: string) => {
    acknowledged.add(outboxKey(id));
    removal ??= new Promise<void>((done) => setTimeout(done, OUTBOX_REMOVAL_BATCH_MS)).then(async () => {
      const keys = [...acknowledged];
      acknowledged.clear();
      removal = null;
      await browser.storage.local.remove(keys);
    });
    return removal;
  };

  /** Drains the outbox a little later: the message path usually stores and clears an entry before that. */
  let drainTimer: ReturnType<typeof setTimeout> | undefined;
  const drainSoon = () => {
    clearTimeout(drainTimer);
    drainTimer = setTimeout(() => void drainOutbox(), OUTBOX_GRACE_MS);
  };

  async function record(entry: OutboxEntry): Promise<Replies['record']> {
    const draft = entry.event;
    const reason = refusal(draft, {
      settings: await currentSettings(),
      detectors: DETECTORS,
      privateWindow: entry.privateWindow,
      now: Date.now(),
    });
    if (reason) {
      await clearFromOutbox(draft.id);
      return { ok: false, error: reason };
    }
    let outcome: RecordOutcome;
    try {
      outcome = await writer.write(toWorkEvent(draft));
    } catch (error) {
      // The event stays in the outbox; the next write that succeeds drains it.
      if (isQuotaError(error) && !(await storageFailing())) {
        failing = true;
        await setHealth({ storageFailingSince: Date.now() });
      }
      console.error('[Shadow Work] could not store an event', error);
      return { ok: false, error: isQuotaError(error) ? 'storage is full' : 'could not store the event' };
    }
    void clearFromOutbox(draft.id); // acknowledged before the removal lands: a leftover entry is only a duplicate
    if (await storageFailing()) {
      failing = false;
      await setHealth({ storageFailingSince: null });
      void drainOutbox();
    }
    return { ok: true, outcome };
  }

  async function startDetectors(sender: Sender): Promise<Replies['start-detectors']> {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.url === undefined) return { ok: false, error: 'not sent from a tab' };
    const host = new URL(sender.url).hostname;
    const off = recordingOffReason(await currentSettings(), { host, privateWindow: sender.tab?.incognito === true });
    if (off) return { ok: false, error: off };
    const target = { tabId, frameIds: [sender.frameId ?? 0] };
    if (loadsWithPage(new URL(sender.url))) {
      const [probe] = await browser.scripting.executeScript({ target, func: detectorsRunning });
      if (probe?.result === true) return { ok: true };
    }
    await browser.scripting.executeScript({ target, files: [`/${DETECTORS_SCRIPT}`] });
    return { ok: true };
  }

  async function addSample(): Promise<Replies['sample-add']> {
    const { events, week } = sampleData(Date.now());
    const outcomes = await Promise.all(events.map((event) => writer.write(event)));
    return { ok: true, added: outcomes.filter((outcome) => outcome === 'stored').length, week };
  }

  async function removeSample(): Promise<Replies['sample-remove']> {
    const reply = await data.remove({ scope: 'detector', detector: SAMPLE_DETECTOR });
    return reply.ok ? { ok: true, removed: reply.deleted } : reply;
  }

  async function handleMessage(raw: unknown, sender: Sender): Promise<Replies[Message['type']]> {
    if (sender.id !== browser.runtime.id) return { ok: false, error: 'unknown sender' };
    const parsed = v.safeParse(MessageSchema, raw);
    if (!parsed.success) {
      const error = `invalid message: ${describeIssues(parsed.issues)}`;
      console.warn('[Shadow Work] refused', error);
      return { ok: false, error };
    }
    const message = parsed.output;
    switch (message.type) {
      case 'record':
        return record({ event: message.event, privateWindow: sender.tab?.incognito === true });
      case 'start-detectors':
        return startDetectors(sender);
      case 'flow-load':
      case 'flow-save':
      case 'flow-add':
      case 'flow-end': {
        const owner = flowOwner(sender);
        if (!owner) return { ok: false, error: 'not sent from a tab' };
        if (message.type === 'flow-load') return { ok: true, progress: await flows.load(owner, message.detector) };
        if (message.type === 'flow-save') await flows.save(owner, message.detector, message.progress);
        else if (message.type === 'flow-add') await flows.add(owner, message.detector, message.progress);
        else await flows.end(owner, message.detector);
        return { ok: true };
      }
      case 'import':
      case 'delete':
      case 'manual-add':
      case 'manual-edit':
        if (!fromExtensionPage(sender)) return { ok: false, error: 'not sent from an extension page' };
        if (message.type === 'import') return data.importFile(message.json);
        if (message.type === 'delete') return data.remove(message.selection);
        if (message.type === 'manual-add') return data.addManual(message.entry);
        return data.editManual(message.id, message.entry);
      case 'sample-add':
      case 'sample-remove':
        if (!fromExtensionPage(sender)) return { ok: false, error: 'only the extension’s pages manage sample data' };
        return message.type === 'sample-add' ? addSample() : removeSample();
    }
  }

  /** Stores every event waiting in the outbox; invalid entries are dropped with a logged reason. */
  async function drainOutbox(): Promise<void> {
    const all: Record<string, unknown> = (await browser.storage.local.get(null)) ?? {};
    await Promise.all(
      Object.entries(all)
        .filter(([key]) => isOutboxKey(key))
        .map(async ([key, value]) => {
          const parsed = v.safeParse(OutboxEntrySchema, value);
          if (!parsed.success) {
            console.warn('[Shadow Work] dropped outbox entry', describeIssues(parsed.issues));
            await browser.storage.local.remove(key);
            return;
          }
          await record(parsed.output);
        }),
    );
    await removal; // a drain ends with the outbox emptied of what it stored
  }

  return { handleMessage, drainOutbox, drainSoon };
}
