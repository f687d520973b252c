import { browser } from 'wxt/browser';
import type { FlowProgress } from '../detectors/types';
import type { Units } from '../event-limits';
import { siteOf } from '../site';

/** A task that has not moved for this long was abandoned. */
export const FLOW_TTL_MS = 2 * 60 * 60 * 1000;
const PREFIX = 'flow:';

interface StoredFlow {
  progress: FlowProgress;
  updatedAt: number;
}

export interface FlowOwner {
  tabId: number;
  /** The page's address: only its registrable domain is used, to keep one site's flows apart from another's. */
  url: string;
}

const keyOf = (owner: FlowOwner, detector: string) =>
  `${PREFIX}${owner.tabId}:${detector}:${siteOf(new URL(owner.url).hostname)}`;

function addUnits(a: Units, b: Units): Units {
  const sum: Units = { ...a };
  for (const [name, n] of Object.entries(b) as [keyof Units, number][]) sum[name] = (sum[name] ?? 0) + n;
  return sum;
}

/** Two parts of one task: the earliest start, the active times and the counts added up. */
export function addProgress(base: FlowProgress | null, part: FlowProgress): FlowProgress {
  if (!base) return part;
  return {
    startedAt: Math.min(base.startedAt, part.startedAt),
    activeMs: base.activeMs + part.activeMs,
    units: addUnits(base.units, part.units),
  };
}

/**
 * Progress of tasks that span pages (lib/detectors/types.ts `flow`), per tab, detector and
 * site, in session storage: in memory only, gone when the browser closes, and kept across
 * restarts of the worker. A closed tab's flows are left to expire rather than listened for:
 * tab ids are not reused, and waking the worker at every tab closed would cost more.
 */
export function createFlows(storage = browser.storage.session, now = () => Date.now()) {
  // One operation at a time, in the order the messages came: the frames of one widget add
  // to a flow and read it moments apart, and a read must see every addition sent before it.
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(operation: () => Promise<T>): Promise<T> => {
    const result = queue.then(operation);
    queue = result.catch(() => {});
    return result;
  };
  const load = async (owner: FlowOwner, detector: string): Promise<FlowProgress | null> => {
    const key = keyOf(owner, detector);
    const flow = (await storage.get(key))[key] as StoredFlow | undefined;
    if (!flow) return null;
    if (now() - flow.updatedAt > FLOW_TTL_MS) {
      await storage.remove(key);
      return null;
    }
    return flow.progress;
  };
  const save = async (owner: FlowOwner, detector: string, progress: FlowProgress): Promise<void> => {
    await storage.set({ [keyOf(owner, detector)]: { progress, updatedAt: now() } satisfies StoredFlow });
  };
  return {
    load: (owner: FlowOwner, detector: string) => inTurn(() => load(owner, detector)),
    save: (owner: FlowOwner, detector: string, progress: FlowProgress) => inTurn(() => save(owner, detector, progress)),
    /** Adds a part done elsewhere (another frame of the same widget) to what is saved. */
    add: (owner: FlowOwner, detector: string, part: FlowProgress) =>
      inTurn(async () => save(owner, detector, addProgress(await load(owner, detector), part))),
    end: (owner: FlowOwner, detector: string) => inTurn(() => storage.remove(keyOf(owner, detector))),
    forgetAll: () =>
      inTurn(async () => {
        const keys = Object.keys(await storage.get(null)).filter((key) => key.startsWith(PREFIX));
        if (keys.length > 0) await storage.remove(keys);
      }),
  };
}
export type Flows = ReturnType<typeof createFlows>;
