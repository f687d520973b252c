import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from '@/lib/store/db';
import { countByDetector } from '@/lib/store/queries';

interface DbFixture {
  idbVersion: number;
  stores: Record<string, { keyPath: string | string[]; indexes: string[] }>;
  data: Record<string, Record<string, unknown>[]>;
}

const DIR = resolve(import.meta.dirname, '../fixtures/db');
const fixtures = readdirSync(DIR).filter((name) => /^v\d+\.json$/.test(name));

/** Builds, with the bare IndexedDB API, the database exactly as an older release left it. */
async function createFrom(fixture: DbFixture, name: string): Promise<void> {
  const db = await new Promise<IDBDatabase>((done, fail) => {
    const request = indexedDB.open(name, fixture.idbVersion);
    request.onupgradeneeded = () => {
      for (const [store, { keyPath, indexes }] of Object.entries(fixture.stores)) {
        const created = request.result.createObjectStore(store, { keyPath });
        for (const index of indexes) created.createIndex(index, index);
      }
    };
    request.onsuccess = () => done(request.result);
    request.onerror = () => fail(request.error);
  });
  const tx = db.transaction(Object.keys(fixture.data), 'readwrite');
  for (const [store, rows] of Object.entries(fixture.data)) for (const row of rows) tx.objectStore(store).put(row);
  await new Promise((done, fail) => {
    tx.oncomplete = done;
    tx.onerror = () => fail(tx.error);
  });
  db.close();
}

describe('database upgrades', () => {
  it('has a fixture for schema version 1 at least', () => {
    expect(fixtures).toContain('v1.json');
  });

  it.each(fixtures)('opens a database left by %s with every event and rollup intact', async (file) => {
    const fixture = JSON.parse(readFileSync(resolve(DIR, file), 'utf8')) as DbFixture;
    const name = `upgrade-${file}-${Math.random()}`;
    await createFrom(fixture, name);
    const db = openDb(name);
    const events = await db.events.orderBy('id').toArray();
    const daily = await db.daily.toArray();
    const byId = (a: Record<string, unknown>, b: Record<string, unknown>) => String(a.id).localeCompare(String(b.id));
    expect(events).toEqual([...(fixture.data.events ?? [])].sort(byId));
    expect(daily).toEqual(expect.arrayContaining(fixture.data.daily ?? []));
    expect(daily).toHaveLength(fixture.data.daily?.length ?? 0);
    // The upgraded database is fully usable: its indexes answer queries.
    expect(await db.daily.where('day').equals('2026-11-23').count()).toBeGreaterThan(0);
    // Version 2 indexes events by detector (the sample data is found and removed by it).
    const reviews = (fixture.data.events ?? []).filter((event) => event.detector === 'review-form').length;
    expect(reviews).toBeGreaterThan(0);
    expect(await countByDetector(db, 'review-form')).toBe(reviews);
    await db.delete();
  });
});
