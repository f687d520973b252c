import { Dexie, type EntityTable, type Table } from 'dexie';
import type { CategoryId } from '../categories';
import type { Units, WorkEvent } from '../event';
import type { DayKey } from '../week';

/** An event as stored: the facts plus the local day it was completed on, for indexing. */
export interface StoredEvent extends WorkEvent {
  day: DayKey;
}

/** Sums of one day's work in one category on one site (DESIGN §3). */
export interface DailyRollup {
  day: DayKey;
  category: CategoryId;
  site: string;
  beneficiary: string;
  count: number;
  activeMs: number;
  units: Units;
}

export const DB_NAME = 'shadow-work';

export type ShadowWorkDb = Dexie & {
  events: EntityTable<StoredEvent, 'id'>;
  daily: Table<DailyRollup, [DayKey, CategoryId, string]>;
};

/**
 * Every released schema version stays listed here with its upgrade, so that any older
 * database opens and upgrades in place (test/unit/store-upgrade.test.ts keeps one fixture per version).
 */
export function openDb(name = DB_NAME): ShadowWorkDb {
  // Relaxed: a commit waits for the operating system, not for the disk. A browser crash loses
  // nothing; a power cut can lose the last seconds, a fair price for writes many times faster.
  const db = new Dexie(name, { chromeTransactionDurability: 'relaxed' }) as ShadowWorkDb;
  db.version(1).stores({
    events: 'id, day, endedAt, site, beneficiary',
    daily: '[day+category+site], day, site',
  });
  // Sample data (lib/sample.ts) is found and removed by its detector.
  db.version(2).stores({ events: 'id, day, endedAt, site, beneficiary, detector' });
  return db;
}
