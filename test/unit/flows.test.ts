import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createFlows, FLOW_TTL_MS } from '@/lib/background/flows';

const progress = { startedAt: Date.UTC(2026, 10, 20, 9), activeMs: 42_000, units: { fields: 6, steps: 2 } };
const shopTab = { tabId: 7, url: 'https://www.example-shop.fr/checkout/shipping?session=secret' };

describe('flows of tasks that span pages', () => {
  it('carry progress to the next page of the same tab and site, until ended', async () => {
    const flows = createFlows(fakeBrowser.storage.session);
    await flows.save(shopTab, 'checkout', progress);
    expect(await flows.load({ tabId: 7, url: 'https://example-shop.fr/checkout/payment' }, 'checkout')).toEqual(
      progress,
    );
    await flows.end(shopTab, 'checkout');
    expect(await flows.load(shopTab, 'checkout')).toBeNull();
  });

  it('are kept apart by tab, site and detector', async () => {
    const flows = createFlows(fakeBrowser.storage.session);
    await flows.save(shopTab, 'checkout', progress);
    expect(await flows.load({ ...shopTab, tabId: 8 }, 'checkout')).toBeNull();
    expect(await flows.load({ tabId: 7, url: 'https://other-shop.com/checkout' }, 'checkout')).toBeNull();
    expect(await flows.load(shopTab, 'booking')).toBeNull();
  });

  it('keep no address, only the site', async () => {
    const flows = createFlows(fakeBrowser.storage.session);
    await flows.save(shopTab, 'checkout', progress);
    const stored = JSON.stringify(await fakeBrowser.storage.session.get(null));
    expect(stored).toContain('example-shop.fr');
    expect(stored).not.toContain('secret');
    expect(stored).not.toContain('shipping');
  });

  it('add up the parts other frames send, and are read after every part sent before', async () => {
    const flows = createFlows(fakeBrowser.storage.session);
    const round = { startedAt: Date.UTC(2026, 10, 20, 9, 30), activeMs: 5_000, units: { rounds: 1, images: 3 } };
    const later = { startedAt: round.startedAt + 9_000, activeMs: 4_000, units: { rounds: 1 } };
    // Sent one after the other without waiting, as a challenge frame and a checkbox frame do.
    const [, , read] = await Promise.all([
      flows.add(shopTab, 'recaptcha', round),
      flows.add(shopTab, 'recaptcha', later),
      flows.load(shopTab, 'recaptcha'),
    ]);
    expect(read).toEqual({ startedAt: round.startedAt, activeMs: 9_000, units: { rounds: 2, images: 3 } });
  });

  it('expire when abandoned for two hours', async () => {
    let now = Date.UTC(2026, 10, 20, 10);
    const flows = createFlows(fakeBrowser.storage.session, () => now);
    await flows.save(shopTab, 'checkout', progress);
    now += FLOW_TTL_MS + 1;
    expect(await flows.load(shopTab, 'checkout')).toBeNull();
  });
});
