import type { WorkEvent } from '../event';
import type { ShadowWorkDb } from '../store/db';
import { type RecordOutcome, recordEvents } from '../store/record';

interface Pending {
  event: WorkEvent;
  resolve: (outcome: RecordOutcome) => void;
  reject: (error: unknown) => void;
}

/**
 * Writes events in batches: everything that arrives while a transaction is open goes into
 * the next one, so a burst from many tabs costs a few transactions, not one per event.
 * Nothing here must survive a worker restart: an unacknowledged event is still in the outbox.
 */
export function createWriter(db: ShadowWorkDb, afterWrite: () => void) {
  let queue: Pending[] = [];
  let flushing = false;

  async function flush(): Promise<void> {
    flushing = true;
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      try {
        const outcomes = await recordEvents(
          db,
          batch.map((p) => p.event),
        );
        for (const [i, pending] of batch.entries()) pending.resolve(outcomes[i] ?? 'duplicate');
        afterWrite();
      } catch (error) {
        for (const pending of batch) pending.reject(error);
      }
    }
    flushing = false;
  }

  return {
    write(event: WorkEvent): Promise<RecordOutcome> {
      return new Promise((resolve, reject) => {
        queue.push({ event, resolve, reject });
        if (!flushing) void flush();
      });
    },
  };
}
export type Writer = ReturnType<typeof createWriter>;
