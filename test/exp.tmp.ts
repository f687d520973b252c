import { chromiumDriver } from './harness/driver.ts';
import { startWorld } from './harness/world.ts';
const world = await startWorld();
const d = await chromiumDriver({ proxy: world.proxy });
const page = await d.session.context.newPage();
const cdp = await d.session.context.newCDPSession(page);
const contexts: { origin: string; frameId: string }[] = [];
cdp.on('Runtime.executionContextCreated', (e: any) => contexts.push({ origin: e.context.origin, frameId: e.context.auxData?.frameId }));
cdp.on('Runtime.executionContextsCleared', () => { contexts.length = 0; });
await cdp.send('Runtime.enable');
let missing = 0;
for (let i = 0; i < 40; i++) {
  await page.goto('https://www.etsy.com/invites', { waitUntil: 'load' });
  const has = contexts.some((c) => c.origin.startsWith('chrome-extension://'));
  if (!has) missing++;
}
console.log('missing after load:', missing, '/ 40');
await d.close(); await world.close();
