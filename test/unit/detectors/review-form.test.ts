import { afterEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import reviewForm from '@/lib/detectors/review-form';
import { outbox, startDetectors } from '../support/detectors';
import { loadFixture, pageScript, person } from '../support/dom';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;

describe('review-form detector', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => ctx?.abort());

  describe('a classic form with radio-button stars (demo/review-form.html)', () => {
    it('records the review, its length and its stars when the person submits', async () => {
      loadFixture('demo/review-form.html');
      ctx = await startDetectors([reviewForm]);
      person.check($('#star4'));
      person.type($('#review-body'), 'Boils fast, a bit loud.');
      person.submit($('#review-form'));
      const [entry, ...rest] = await outbox();
      expect(rest).toHaveLength(0);
      expect(entry?.event).toMatchObject({
        kind: 'review.posted',
        category: 'review',
        detector: 'review-form',
        host: 'shop.example',
        units: { chars: 23, stars: 4 },
      });
      expect(entry?.event.endedAt).toBeGreaterThanOrEqual(entry?.event.startedAt ?? Infinity);
      expect(JSON.stringify(entry)).not.toContain('Boils');
    });

    it('records nothing when the person leaves without submitting', async () => {
      loadFixture('demo/review-form.html');
      ctx = await startDetectors([reviewForm]);
      person.check($('#star2'));
      person.type($('#review-body'), 'Never mind');
      ctx.abort();
      expect(await outbox()).toEqual([]);
    });

    it('records nothing from events a page script makes up', async () => {
      loadFixture('demo/review-form.html');
      ctx = await startDetectors([reviewForm]);
      pageScript.check($('#star5'));
      pageScript.type($('#review-body'), 'Fake praise from the page itself');
      pageScript.submit($('#review-form'));
      person.submit($('#review-form')); // even a real submit of a form the person never touched
      expect(await outbox()).toEqual([]);
    });

    it('records nothing when the page fills in a form the person only clicked into, then submits it', async () => {
      loadFixture('demo/review-form.html');
      ctx = await startDetectors([reviewForm]);
      person.click($('#review-body'));
      // A page's radio.click(): the browser itself then fires input and change, trusted.
      const star = $<HTMLInputElement>('#star5');
      star.checked = true;
      for (const type of ['input', 'change']) {
        const event = new Event(type, { bubbles: true });
        Object.defineProperty(event, 'isTrusted', { value: true });
        star.dispatchEvent(event);
      }
      pageScript.type($('#review-body'), 'Fake praise typed by the page');
      person.submit($('#review-form')); // form.requestSubmit() fires a trusted submit
      expect(await outbox()).toEqual([]);
    });
  });

  describe('a script-driven block with no form (demo/review-script.html)', () => {
    it('records the review when the person clicks "Post review"', async () => {
      loadFixture('demo/review-script.html');
      ctx = await startDetectors([reviewForm]);
      const star = $('[aria-label="4 stars"]');
      person.click(star);
      star.setAttribute('aria-checked', 'true'); // what the page's own script does
      person.type($('#review-text'), 'Great coffee');
      person.click($('#post'));
      const entries = await outbox();
      expect(entries).toHaveLength(1);
      expect(entries[0]?.event).toMatchObject({ kind: 'review.posted', units: { chars: 12, stars: 4 } });
    });

    it('records nothing for a click the page makes itself', async () => {
      loadFixture('demo/review-script.html');
      ctx = await startDetectors([reviewForm]);
      person.type($('#review-text'), 'Draft only');
      pageScript.click($('#post'));
      expect(await outbox()).toEqual([]);
    });
  });

  describe('a French page (demo/avis.html)', () => {
    it('recognises "Envoyer mon avis" and the "note" stars', async () => {
      loadFixture('demo/avis.html');
      ctx = await startDetectors([reviewForm]);
      person.check($('#e5'));
      person.type($('#commentaire'), 'Très bon accueil');
      person.click($('#envoyer'));
      const entries = await outbox();
      expect(entries).toHaveLength(1);
      expect(entries[0]?.event).toMatchObject({ kind: 'review.posted', units: { chars: 16, stars: 5 } });
    });
  });

  describe('a rating without text (demo/rate-ride.html)', () => {
    it('records a rating with its own kind', async () => {
      loadFixture('demo/rate-ride.html');
      ctx = await startDetectors([reviewForm]);
      person.check($('#r5'));
      person.submit($('form') as HTMLFormElement);
      const entries = await outbox();
      expect(entries).toHaveLength(1);
      expect(entries[0]?.event).toMatchObject({ kind: 'review.rated', units: { stars: 5 } });
      expect(entries[0]?.event.units).not.toHaveProperty('chars');
    });
  });

  it('ignores forms that are not about reviewing (a login form, a search box)', async () => {
    document.body.innerHTML = `
      <form id="login"><input name="email"><input type="password" name="password"><button>Submit</button></form>
      <form id="search" role="search"><textarea name="q"></textarea><button>Send</button></form>`;
    ctx = await startDetectors([reviewForm]);
    person.type($('[name=email]'), 'me@example.org');
    person.submit($('#login'));
    person.type($('[name=q]'), 'kettles');
    person.submit($('#search'));
    expect(await outbox()).toEqual([]);
  });
});
