import { describe, expect, it } from 'vitest';
import { eventually, type TestPage } from '../harness/driver.ts';
import { BROWSERS, useBrowser } from '../harness/suite.ts';

/** The centre of an element, inside an open shadow root when `inner` is given; scrolled into view. */
function centreOf([selector, inner]: [string, string | null]): { x: number; y: number } {
  const host = document.querySelector(selector) as Element;
  const el = inner ? (host.shadowRoot?.querySelector(inner) as Element) : host;
  el.scrollIntoView({ block: 'center' });
  const box = el.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

async function clickCentre(page: TestPage, selector: string, inner: string | null = null): Promise<void> {
  const { x, y } = await page.evaluate(centreOf, [selector, inner] as [string, string | null]);
  await page.clickAt(x, y);
}

/** Types into whatever has the focus (a rich-text editor's frame), one key at a time. */
async function typeKeys(page: TestPage, text: string): Promise<void> {
  for (const key of text) await page.press(key);
}

/**
 * Each scenario is done on a fixture served under the site's real host name, the way a
 * person would: typing, clicking, pressing Enter. The site's stand-in script then does what
 * the site does (a request, the composer emptied or closed, a new page).
 */
describe.each(BROWSERS)('in %s, support answers and content', (_name, launch) => {
  const env = useBrowser(launch);
  let page: TestPage | undefined;

  /**
   * A fresh tab for each site: reading the database opens and closes an extension page, after
   * which the browser may leave an older tab in the background, where no active time counts.
   */
  const open = async (url: string): Promise<TestPage> => {
    await page?.close();
    page = await env.driver.newPage();
    await page.goto(url);
    await page.focus(); // the person's tab is the one in front, its window focused
    return page;
  };

  /** The one event `detector` stored. */
  const recorded = async (detector: string) => {
    const events = await eventually(
      async () => {
        // Firefox's remote protocol now and then fails to open the extension page: read again.
        const db = await env.driver.database().catch(() => undefined);
        const found = db?.events.filter((e) => e.detector === detector) ?? [];
        return found.length > 0 ? found : undefined;
      },
      15_000,
      `an event from ${detector}`,
    );
    expect(events).toHaveLength(1);
    const event = events[0] as Record<string, unknown>;
    expect(event.activeMs).toBeGreaterThan(0);
    expect(event.activeMs as number).toBeLessThanOrEqual((event.endedAt as number) - (event.startedAt as number));
    return event;
  };

  it('records a reply on a Discourse forum', async () => {
    const tab = await open('https://meta.discourse.org/t/sync-stops-after-update/1234');
    await tab.click('#topic-footer-button-reply');
    await tab.type('#reply-control .d-editor-input', 'Turn off battery saving for the app.');
    await tab.click('#reply-control .save-or-cancel .create');
    expect(await recorded('discourse')).toMatchObject({
      kind: 'support.answered',
      category: 'support',
      site: 'discourse.org',
      beneficiary: 'discourse.org',
      units: { chars: 36 },
    });
  });

  it('records a reply written in a Khoros reply page and its TinyMCE frame', async () => {
    const tab = await open(
      'https://community.verizon.com/t5/forums/replypage/board-id/fios-internet/message-id/123456',
    );
    await clickCentre(tab, '#tinyMceEditor_ifr');
    // A person who clicks into the editor starts typing a moment later. Keys pressed inside the
    // editor's frame before the detectors have started there are not seen (the frame has no
    // sentinel): a whole reply typed within that first moment would go uncounted.
    await new Promise((done) => setTimeout(done, 1000));
    await typeKeys(tab, 'Reboot');
    await tab.click('.lia-button-Submit-action');
    expect(await recorded('khoros')).toMatchObject({
      kind: 'support.answered',
      site: 'verizon.com',
      beneficiary: 'verizon.com',
      units: { chars: 6 },
    });
  });

  it('records a Stack Overflow answer once the site has taken it, not one it refused', async () => {
    const tab = await open('https://stackoverflow.com/questions/41149380/how-to-keep-a-kettle-from-scaling');
    await tab.type('#wmd-input', 'Vinegar.');
    await tab.click('#submit-button');
    await tab.waitFor('.js-stacks-validation-message:not(.d-none)');
    await tab.type('#wmd-input', ' One part to two parts water, boil, rinse.');
    await tab.click('#submit-button');
    expect(await recorded('stack-exchange')).toMatchObject({
      kind: 'support.answered',
      site: 'stackoverflow.com',
      beneficiary: 'Stack Overflow (Prosus)',
      units: { chars: 50 },
    });
  });

  it('records an answer on Apple Support Community and on Microsoft Q&A', async () => {
    let tab = await open('https://discussions.apple.com/thread/255528581');
    await tab.type('.reply-form [role="textbox"]', 'Reset Bluetooth in Control Centre.');
    await tab.click('.reply-form [type="submit"]');
    expect(await recorded('apple-community')).toMatchObject({
      kind: 'support.answered',
      beneficiary: 'Apple',
      units: { chars: 34 },
    });
    tab = await open('https://learn.microsoft.com/en-us/answers/questions/2147483/outlook-keeps-asking-for-password');
    await tab.type('#answer-body', 'Clear the saved credentials.');
    await tab.click('#answer-form [type="submit"]');
    expect(await recorded('microsoft-qna')).toMatchObject({
      kind: 'support.answered',
      beneficiary: 'Microsoft',
      units: { chars: 28 },
    });
  });

  it('records a Reddit comment as support and a Reddit post as content', async () => {
    let tab = await open('https://www.reddit.com/r/techsupport/comments/1abc2de/wifi_drops_every_night/');
    await tab.type('comment-composer-host [role="textbox"]', 'Check the DHCP lease time.');
    await tab.click('[slot="submit-button"]');
    expect(await recorded('reddit-comment')).toMatchObject({
      kind: 'support.commented',
      category: 'support',
      beneficiary: 'Reddit',
      units: { chars: 26 },
    });
    tab = await open('https://www.reddit.com/r/techsupport/submit/');
    await tab.type('faceplate-textarea-input', 'Kettle trips the breaker');
    await tab.type('r-post-composer-form [role="textbox"]', 'Only when full.');
    await clickCentre(tab, '#submit-post-button', '#inner-post-submit-button');
    expect(await recorded('reddit-post')).toMatchObject({
      kind: 'content.posted',
      category: 'content',
      beneficiary: 'Reddit',
      units: { chars: 39 },
    });
  });

  it('records a post on X, a comment on Facebook sent with Enter, and one on Instagram', async () => {
    let tab = await open('https://x.com/home');
    await tab.type('[data-testid="tweetTextarea_0"]', 'Descaled the kettle.');
    await tab.click('[data-testid="tweetButtonInline"]');
    expect(await recorded('x-post')).toMatchObject({
      kind: 'content.posted',
      beneficiary: 'X Corp.',
      units: { chars: 20 },
    });
    tab = await open('https://www.facebook.com/');
    await tab.type('form [role="textbox"]', 'I will bring my toaster!');
    await tab.press('Enter');
    expect(await recorded('facebook')).toMatchObject({
      kind: 'content.commented',
      beneficiary: 'Meta',
      units: { chars: 24 },
    });
    tab = await open('https://www.instagram.com/p/C8xYz12AbCd/');
    await tab.type('form textarea', 'Count me in');
    await tab.click('form [role="button"]');
    expect(await recorded('instagram')).toMatchObject({
      kind: 'content.commented',
      beneficiary: 'Meta',
      units: { chars: 11 },
    });
  });

  it('records a comment on LinkedIn and one on YouTube', async () => {
    let tab = await open('https://www.linkedin.com/feed/');
    await tab.type('.comments-comment-box .ql-editor', 'Happy to help.');
    await tab.click('.comments-comment-box__submit-button--cr');
    expect(await recorded('linkedin')).toMatchObject({
      kind: 'content.commented',
      beneficiary: 'Microsoft',
      units: { chars: 14 },
    });
    tab = await open('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    await tab.type('#contenteditable-root', 'Lemon juice works too.');
    await tab.click('#submit-button button');
    expect(await recorded('youtube-comment')).toMatchObject({
      kind: 'content.commented',
      beneficiary: 'Google',
      units: { chars: 22 },
    });
  });

  it('records listings published on eBay, leboncoin and Vinted', async () => {
    let tab = await open('https://www.ebay.com/lstng?mode=AddItem&draftId=5117');
    await tab.type('[name="title"]', 'Stainless kettle');
    await tab.type('[name="price"]', '18');
    await tab.click('[aria-label="List it"]');
    expect(await recorded('ebay-listing')).toMatchObject({
      kind: 'listing.published',
      category: 'content',
      beneficiary: 'eBay',
      units: { fields: 2 },
    });
    tab = await open('https://www.leboncoin.fr/deposer-une-annonce');
    await tab.type('#subject', 'Bouilloire inox');
    await tab.click('.step:not([hidden]) .next');
    await tab.type('#body', 'Comme neuve.');
    await tab.type('#price', '15');
    await tab.click('.step:not([hidden]) .next');
    await tab.click('.deposit');
    expect(await recorded('leboncoin-listing')).toMatchObject({
      kind: 'listing.published',
      beneficiary: 'Adevinta (leboncoin)',
      units: { fields: 3 },
    });
    tab = await open('https://www.vinted.fr/items/new');
    await tab.type('#title', 'Bouilloire');
    await tab.type('#description', 'Détartrée.');
    await tab.type('#price', '12');
    await tab.click('[data-testid="upload-form-save-button"]');
    expect(await recorded('vinted-listing')).toMatchObject({
      kind: 'listing.published',
      beneficiary: 'Vinted',
      units: { fields: 3 },
    });
  });

  it('records a Wikipedia edit published from the source editor', async () => {
    const tab = await open('https://it.wikipedia.org/wiki/Bollitore?action=edit');
    await tab.type('#wpTextbox1', 'Il primo bollitore elettrico. ');
    await tab.type('#wpSummary', 'storia');
    await tab.click('#wpSave');
    expect(await recorded('wikipedia-edit')).toMatchObject({
      kind: 'wiki.edited',
      site: 'wikipedia.org',
      beneficiary: 'Wikimedia Foundation',
      units: { chars: 36 },
    });
  });

  it('records a changeset uploaded from iD on OpenStreetMap', async () => {
    const tab = await open('https://www.openstreetmap.org/edit');
    await tab.click('.add-point');
    await tab.click('svg.surface');
    await tab.click('.add-point');
    await tab.click('svg.surface');
    await tab.click('button.save');
    await tab.type('#preset-input-comment', 'Added benches');
    await tab.click('.save-section .save-button');
    expect(await recorded('openstreetmap-edit')).toMatchObject({
      kind: 'map.edited',
      beneficiary: 'OpenStreetMap Foundation',
      units: { fields: 2, chars: 13 },
    });
  });

  it('stored each piece of work once, and none of it as a review', async () => {
    const { events } = await eventually(() => env.driver.database().catch(() => undefined), 15_000, 'the database');
    expect(events.map((e) => e.detector).sort()).toEqual(
      [
        'discourse',
        'khoros',
        'stack-exchange',
        'apple-community',
        'microsoft-qna',
        'reddit-comment',
        'reddit-post',
        'x-post',
        'facebook',
        'instagram',
        'linkedin',
        'youtube-comment',
        'ebay-listing',
        'leboncoin-listing',
        'vinted-listing',
        'wikipedia-edit',
        'openstreetmap-edit',
      ].sort(),
    );
  });
});
