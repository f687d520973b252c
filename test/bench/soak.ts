/**
 * `npm run soak`: 10,000 reviews posted by "a person" on one long-open page, through the
 * real detectors, sentinel and background, with the memory of the service worker and of the
 * page read (after a garbage collection) every 1,000 events. Prints figures; it is not part
 * of the test command (it takes several minutes).
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../harness/chromium.ts';
import { startWorld } from '../harness/world.ts';
import { fmt } from './stats.ts';

const TOTAL = Number(process.env.SOAK_EVENTS ?? 10_000);
/** SOAK_BASELINE=1: the same reviews in a browser without the extension, to tell the page's own growth from ours. */
const BASELINE = process.env.SOAK_BASELINE === '1';
const STEP = Math.min(1_000, Math.ceil(TOTAL / 10));

/** Sends CDP commands to the extension's service worker through a page's session. */
async function workerSession(context: BrowserContext, page: Page, extensionId: string) {
  const cdp: CDPSession = await context.newCDPSession(page);
  let next = 1;
  const pending = new Map<number, (result: unknown) => void>();
  let sessionId = '';
  cdp.on('Target.receivedMessageFromTarget', (m: { sessionId: string; message: string }) => {
    const parsed = JSON.parse(m.message) as { id?: number; result?: unknown };
    if (m.sessionId === sessionId && parsed.id !== undefined) pending.get(parsed.id)?.(parsed.result);
  });
  const attach = async () => {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { type: string; url: string; targetId: string }[];
    };
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(extensionId));
    if (!worker) throw new Error('no service worker');
    ({ sessionId } = (await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false })) as {
      sessionId: string;
    });
  };
  const send = (method: string) =>
    new Promise<unknown>((done) => {
      const id = next++;
      pending.set(id, done);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    });
  await attach();
  return {
    async heapMb(): Promise<number> {
      await send('HeapProfiler.collectGarbage');
      const { usedSize } = (await send('Runtime.getHeapUsage')) as { usedSize: number };
      return usedSize / 2 ** 20;
    },
  };
}

async function pageHeapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 2 ** 20;
}

const world = await startWorld();
const session = await launchChromium({ proxy: world.proxy, ...(BASELINE ? { extensionPath: null } : {}) });
const page = await session.context.newPage();
await page.goto('https://burst.test/reliability/composer.html');
const pageCdp = await session.context.newCDPSession(page);
const probe = await session.context.newPage();
await probe.goto('about:blank');
const worker = BASELINE ? null : await workerSession(session.context, probe, session.extensionId);
await page.bringToFront(); // a background tab draws no frames, and clicks wait for frames

type Point = { x: number; y: number };
/** Where to click, measured once: the composer does not move, and clicking by position skips Playwright's waits. */
const points = await page.evaluate(() =>
  ['[aria-label="1 star"]', '[aria-label="2 stars"]', '[aria-label="3 stars"]', '#review-text', '#post'].map(
    (selector) => {
      const box = (document.querySelector(selector) as Element).getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
  ),
);

console.log(
  `Soak: ${TOTAL} reviews on one open page${BASELINE ? ', without the extension' : ''}, heap after GC every ${STEP}`,
);
console.log('  events   worker MB   page MB   events/s');
const samples: { worker: number; page: number }[] = [];
let last = Date.now();
for (let done = 0; done <= TOTAL; done += 1) {
  if (done % STEP === 0) {
    await page.waitForTimeout(1_500); // let the last acknowledgements land
    const sample = {
      worker: (await worker?.heapMb().catch(() => Number.NaN)) ?? Number.NaN,
      page: await pageHeapMb(pageCdp),
    };
    samples.push(sample);
    const rate = done === 0 ? 0 : STEP / ((Date.now() - last) / 1000);
    console.log(
      `  ${String(done).padStart(6)}   ${fmt(sample.worker, 1).padStart(9)}   ${fmt(sample.page, 1).padStart(7)}   ${fmt(rate, 0).padStart(8)}`,
    );
    last = Date.now();
    if (done === TOTAL) break;
  }
  const star = points[done % 3] as Point;
  await page.mouse.click(star.x, star.y);
  await page.mouse.click(points[3]?.x ?? 0, points[3]?.y ?? 0);
  await page.keyboard.type('ok');
  await page.mouse.click(points[4]?.x ?? 0, points[4]?.y ?? 0);
  // As a person would, the next review starts once the page has emptied the composer: typing
  // into a composer the page is about to empty mixes two reviews into one.
  await page.waitForFunction(
    () =>
      (document.getElementById('review-text') as HTMLTextAreaElement).value === '' &&
      !document.querySelector('[role="radio"][aria-checked="true"]'),
  );
}

await page.waitForTimeout(5_000); // the outbox's grace period and the last acknowledgements
const stored = BASELINE
  ? 0
  : await (async () => {
      const extensionPage = await session.openExtensionPage('popup.html');
      const count = await extensionPage.evaluate(
        () =>
          new Promise<number>((done) => {
            const request = indexedDB.open('shadow-work');
            request.onsuccess = () => {
              const count = request.result.transaction('events').objectStore('events').count();
              count.onsuccess = () => done(count.result);
            };
          }),
      );
      await extensionPage.close();
      return count;
    })();
const first = samples[1] ?? samples[0];
const lastSample = samples.at(-1);
if (!BASELINE) console.log(`\n  stored ${stored} of ${TOTAL} events`);
if (first && lastSample) {
  console.log(
    `  worker heap: ${fmt(first.worker, 1)} MB after ${STEP} events → ${fmt(lastSample.worker, 1)} MB after ${TOTAL}`,
  );
  console.log(
    `  page heap:   ${fmt(first.page, 1)} MB after ${STEP} events → ${fmt(lastSample.page, 1)} MB after ${TOTAL}`,
  );
}
await session.close();
await world.close();
