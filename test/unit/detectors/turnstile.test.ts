import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import turnstile from '@/lib/detectors/turnstile';
import { beforeDetectorsStart, outbox, startDetectors } from '../support/detectors';
import { loadFixture, pageScript, person } from '../support/dom';
import { leave, settle, visit } from '../support/frames';

const WIDGET =
  'https://challenges.cloudflare.com/cdn-cgi/challenge-platform/h/b/turnstile/if/ov2/av0/rcv0/0/p8x2k/0x4AAAAAAADnPIDROrmt1Wwj/light/fbE/new/normal/auto/';

/**
 * The widget's closed shadow root, made as Turnstile's script makes it; the extension API
 * that opens closed roots to content scripts (chrome.dom) is stood in for.
 */
function renderWidget(): ShadowRoot {
  const host = document.getElementById('widget') as HTMLElement;
  const root = host.attachShadow({ mode: 'closed' });
  root.append((document.getElementById('widget-markup') as HTMLTemplateElement).content.cloneNode(true));
  vi.stubGlobal('chrome', { dom: { openOrClosedShadowRoot: (el: Element) => (el === host ? root : null) } });
  return root;
}

function succeed(root: ParentNode): void {
  (root.querySelector('#challenge-stage') as HTMLElement).style.display = 'none';
  (root.querySelector('#success') as HTMLElement).style.display = 'flex';
}

describe('turnstile detector', () => {
  let ctx: ContentScriptContext | undefined;
  beforeEach(() => visit(WIDGET));
  afterEach(() => {
    ctx?.abort();
    vi.unstubAllGlobals();
    leave();
  });

  it("runs in Turnstile's frame only", () => {
    expect(turnstile.matches(new URL(WIDGET))).toBe(true);
    expect(turnstile.matches(new URL('https://challenges.cloudflare.com/turnstile/v0/api.js'))).toBe(true);
    expect(turnstile.matches(new URL('https://www.cloudflare.com/products/turnstile/'))).toBe(false);
  });

  it('records the tick when the widget shows its success mark, inside its closed shadow root', async () => {
    loadFixture(
      'sites/challenges.cloudflare.com/cdn-cgi/challenge-platform/h/b/turnstile/if/ov2/av0/rcv0/0/p8x2k/0x4AAAAAAADnPIDROrmt1Wwj/light/fbE/new/normal/auto/index.html',
    );
    const root = renderWidget();
    ctx = await startDetectors([turnstile]);
    person.click(root.querySelector('.cb-lb-t') as Element);
    succeed(root);
    await settle();
    const entries = await outbox();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.event).toMatchObject({
      kind: 'captcha.solved',
      category: 'captcha',
      detector: 'turnstile',
      via: 'challenges.cloudflare.com',
      units: {},
    });
  });

  it('records a tick made before the detectors started, which the widget had passed by then', async () => {
    loadFixture(
      'sites/challenges.cloudflare.com/cdn-cgi/challenge-platform/h/b/turnstile/if/ov2/av0/rcv0/0/p8x2k/0x4AAAAAAADnPIDROrmt1Wwj/light/fbE/new/normal/auto/index.html',
    );
    const root = renderWidget();
    beforeDetectorsStart(() => person.click(root.querySelector('.cb-lb-t') as Element));
    succeed(root);
    ctx = await startDetectors([turnstile]);
    await settle();
    expect((await outbox()).map((entry) => entry.event.kind)).toEqual(['captcha.solved']);
  });

  it('records the tick in the older widget drawn without a shadow root', async () => {
    loadFixture(
      'sites/challenges.cloudflare.com/cdn-cgi/challenge-platform/h/b/turnstile/if/ov2/av0/rcv0/0/p8x2k/0x4AAAAAAADnPIDROrmt1Wwj/light/fbE/new/normal/auto/index.html',
    );
    const host = document.getElementById('widget') as HTMLElement;
    host.append((document.getElementById('widget-markup') as HTMLTemplateElement).content.cloneNode(true));
    ctx = await startDetectors([turnstile]);
    person.click(host.querySelector('input[type="checkbox"]') as Element);
    succeed(host);
    await settle();
    expect(await outbox()).toHaveLength(1);
  });

  it('records nothing for a tick that never succeeds, or a success nobody ticked for', async () => {
    loadFixture(
      'sites/challenges.cloudflare.com/cdn-cgi/challenge-platform/h/b/turnstile/if/ov2/av0/rcv0/0/p8x2k/0x4AAAAAAADnPIDROrmt1Wwj/light/fbE/new/normal/auto/index.html',
    );
    const root = renderWidget();
    ctx = await startDetectors([turnstile]);
    succeed(root); // a widget that passes on its own ("non-interactive" mode): no work done
    await settle();
    (root.querySelector('#success') as HTMLElement).style.display = 'none';
    person.click(root.querySelector('.cb-lb-t') as Element);
    (root.querySelector('#fail') as HTMLElement).style.display = 'flex';
    await settle();
    ctx.abort();
    expect(await outbox()).toEqual([]);
  });

  it('records nothing for a tick made up by a script', async () => {
    loadFixture(
      'sites/challenges.cloudflare.com/cdn-cgi/challenge-platform/h/b/turnstile/if/ov2/av0/rcv0/0/p8x2k/0x4AAAAAAADnPIDROrmt1Wwj/light/fbE/new/normal/auto/index.html',
    );
    const root = renderWidget();
    ctx = await startDetectors([turnstile]);
    pageScript.click(root.querySelector('.cb-lb-t') as Element);
    succeed(root);
    await settle();
    expect(await outbox()).toEqual([]);
  });
});
