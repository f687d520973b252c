import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import sentinel from '@/entrypoints/sentinel';
import { createFlows } from '@/lib/background/flows';
import { createService } from '@/lib/background/service';
import { markDetectorsRunning, takeHandoff } from '@/lib/content/handoff';
import { actor, person } from './support/dom';
import { goTo } from './support/flows';

const fakePage = actor(false);

type Injection = { func?: () => unknown; files?: string[] };

describe('the detectors stage', () => {
  let injected: string[][];

  beforeEach(() => {
    injected = [];
    delete (globalThis as { __shadowWorkHandoff?: unknown }).__shadowWorkHandoff;
    // The background's injections run in this test's global, which stands for the page's isolated world.
    fakeBrowser.scripting.executeScript = vi.fn(async (injection: Injection) => {
      if (injection.files) injected.push(injection.files);
      return [{ frameId: 0, documentId: 'doc', result: injection.func?.() }];
    }) as never;
  });
  afterEach(() => {
    delete (globalThis as { __shadowWorkHandoff?: unknown }).__shadowWorkHandoff;
  });

  describe('is injected by the background', () => {
    const service = () => createService(undefined as never, createFlows(), undefined as never);
    const from = (url: string) => ({ id: fakeBrowser.runtime.id, url, frameId: 0, tab: { id: 3 } });
    const namedSite = 'https://www.amazon.fr/gp/buy/thankyou/handlers/display.html';

    it('into the frame that asks for it', async () => {
      expect(
        await service().handleMessage({ type: 'start-detectors' }, from('https://shop.example/thank-you')),
      ).toEqual({
        ok: true,
      });
      expect(injected).toEqual([['/content-scripts/detectors.js']]);
    });

    it('not a second time where it already runs (loaded with a named site, whose page asked at once)', async () => {
      markDetectorsRunning();
      expect(await service().handleMessage({ type: 'start-detectors' }, from(namedSite))).toEqual({ ok: true });
      expect(injected).toEqual([]);
    });

    it('on a named site where it does not run yet (a single-page app that came from another address)', async () => {
      const pageLocation = globalThis.Location;
      vi.stubGlobal('Location', undefined); // a service worker has none
      expect(await service().handleMessage({ type: 'start-detectors' }, from(namedSite))).toEqual({ ok: true });
      expect(injected).toEqual([['/content-scripts/detectors.js']]);
      // Only this stub goes: the extension API stays the fake one for the tests that follow.
      vi.stubGlobal('Location', pageLocation);
    });
  });

  describe('is asked for by the sentinel', () => {
    let asked: unknown[];
    beforeEach(() => {
      asked = [];
      fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
        asked.push(message);
        sendResponse({ ok: true });
        return true;
      });
    });

    const load = async (url: string) => {
      goTo(url);
      sentinel.main();
      await new Promise((done) => setTimeout(done, 0));
    };

    it.each([
      'https://www.example-shop.fr/confirmation-commande?id_cart=4417&id_order=1203',
      'https://shop.example.com/checkout/onepage/success/',
      'https://www.allbirds.com/checkouts/cn/hWN2pDTlCMJoVn3HUDvQHNgm/thank-you',
      'https://boutique.example.net/commande/commande-recue/4321/?key=wc_order_Q8dLxVp2Rk1aM',
      'https://www.teehaus.example.de/checkout/finish?orderId=0191',
      'https://www.teehaus.example.de/bestellung/best%C3%A4tigung',
      'https://www.tienda.example.es/pedido/gracias',
    ])('at once on a page that looks like a confirmation: %s', async (url) => {
      await load(url);
      expect(asked).toEqual([{ type: 'start-detectors' }]);
    });

    it('hands the detectors what a first sentinel kept when a second one is injected before they start', async () => {
      await load('https://www.etsy.com/invites');
      document.body.innerHTML = '<button type="button">Copy link</button>';
      person.click(document.querySelector('button') as Element);
      expect(asked).toEqual([{ type: 'start-detectors' }]);
      sentinel.main(); // the background injects it into open tabs as the extension is installed
      person.click(document.querySelector('button') as Element);
      expect(takeHandoff().map(({ event }) => event.type)).toEqual([
        ...['pointerdown', 'focusin', 'click'],
        ...['pointerdown', 'focusin', 'click'],
      ]);
    });

    it('as the pointer reaches a control or a form, ahead of the click, keeping nothing until the person acts', async () => {
      await load('https://help.example.com/articles/42');
      document.body.innerHTML =
        '<article><p>Some help.</p></article><form><p>Was this helpful?</p><button type="button">Yes</button></form>';
      const text = document.querySelector('article p') as Element;
      person.hover(text);
      fakePage.hover(document.querySelector('button') as Element);
      expect(asked).toEqual([]);
      person.hover(document.querySelector('form p') as Element);
      person.hover(document.querySelector('button') as Element);
      expect(asked).toEqual([{ type: 'start-detectors' }]);
      expect(takeHandoff()).toEqual([]);
    });

    it.each(['https://www.example-shop.fr/commande', 'https://en.wikipedia.org/wiki/Shadow_work'])(
      'only once the person acts anywhere else: %s',
      async (url) => {
        await load(url);
        expect(asked).toEqual([]);
      },
    );
  });
});
