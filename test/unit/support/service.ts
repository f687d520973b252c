import { createDataService } from '@/lib/background/data';
import { createFlows } from '@/lib/background/flows';
import { createService } from '@/lib/background/service';
import { createWriter } from '@/lib/background/writer';
import type { ShadowWorkDb } from '@/lib/store/db';

/** The background's intake over `db`, as entrypoints/background.ts wires it; `afterChange` follows the person's data changes. */
export function backgroundService(db: ShadowWorkDb, afterChange: () => Promise<void> = async () => {}) {
  const flows = createFlows();
  return createService(
    createWriter(db, () => {}),
    flows,
    createDataService(db, flows, afterChange),
  );
}
