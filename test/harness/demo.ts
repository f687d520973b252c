/**
 * `npm start`: serves the demo pages and opens a browser with the built extension loaded
 * on them. `npm run start:firefox` does the same in Firefox. Stops when the browser closes.
 */
import { launchChromium } from './chromium.ts';
import { launchFirefox } from './firefox.ts';
import { startFixtureServer } from './server.ts';

const which = process.argv[2] === 'firefox' ? 'firefox' : 'chromium';
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(
    'No display found: npm start opens a browser window. Run it from a desktop session,\n' +
      `or load the built extension by hand (see README, "Install from source").`,
  );
  process.exit(1);
}

const server = await startFixtureServer({ port: Number(process.env.DEMO_PORT ?? 8787) }).catch(() =>
  startFixtureServer(),
);
const demo = `${server.origin}/demo/`;
console.log(`Demo pages: ${demo}`);

if (which === 'chromium') {
  const session = await launchChromium({ headless: false });
  const page = session.context.pages()[0] ?? (await session.context.newPage());
  await page.goto(demo);
  console.log('Chromium is open with Shadow Work loaded. Post a review, then open the popup from the toolbar.');
  session.context.on('close', () => void server.close().then(() => process.exit(0)));
} else {
  const session = await launchFirefox({ headless: false });
  const page = await session.browser.newPage();
  await page.goto(demo);
  console.log('Firefox is open with Shadow Work loaded as a temporary add-on.');
  session.browser.on('disconnected', () => void server.close().then(() => process.exit(0)));
}
