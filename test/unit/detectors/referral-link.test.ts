import { afterEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import referralLink from '@/lib/detectors/referral-link';
import { outbox, startDetectors } from '../support/detectors';
import { loadFixture, pageScript, person } from '../support/dom';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;

/** The person selects part of a field (as with a double click or a drag) before copying. */
function selectField(field: HTMLInputElement | HTMLTextAreaElement, start = 0, end = field.value.length): void {
  field.focus();
  field.setSelectionRange(start, end);
}

/** The person selects an element's text with the mouse. */
function selectText(el: Element): void {
  const range = document.createRange();
  range.selectNodeContents(el);
  const selection = document.getSelection() as Selection;
  selection.removeAllRanges();
  selection.addRange(range);
}

describe('referral-link detector', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => {
    ctx?.abort();
    document.getSelection()?.removeAllRanges();
  });

  describe("a shop's invite page (sites/www.etsy.com/invites.html)", () => {
    it('records one link copied with the "Copy link" button, however often it is pressed', async () => {
      loadFixture('sites/www.etsy.com/invites.html');
      ctx = await startDetectors([referralLink]);
      person.click($('#copy-invite-link'));
      person.click($('#copy-invite-link'));
      const entries = await outbox();
      expect(entries).toHaveLength(1);
      expect(entries[0]?.event).toMatchObject({
        kind: 'referral.link_copied',
        category: 'referral',
        detector: 'referral-link',
        units: { links: 1 },
      });
      expect(JSON.stringify(entries)).not.toContain('8c1f0e2b');
    });

    it('records the link copied from its field with Ctrl+C', async () => {
      loadFixture('sites/www.etsy.com/invites.html');
      ctx = await startDetectors([referralLink]);
      selectField($('#invite-link'));
      person.copy($('#invite-link'));
      expect((await outbox()).map((e) => e.event.units)).toEqual([{ links: 1 }]);
    });

    it('records nothing when the person only looks at the link and leaves', async () => {
      loadFixture('sites/www.etsy.com/invites.html');
      ctx = await startDetectors([referralLink]);
      person.click($('#invite-link'));
      selectText($('h1'));
      ctx.abort();
      expect(await outbox()).toEqual([]);
    });

    it('records nothing from clicks and copies the page makes up', async () => {
      loadFixture('sites/www.etsy.com/invites.html');
      ctx = await startDetectors([referralLink]);
      pageScript.click($('#copy-invite-link'));
      selectField($('#invite-link'));
      pageScript.copy($('#invite-link'));
      expect(await outbox()).toEqual([]);
    });

    it('does not count copying the page heading as sharing', async () => {
      loadFixture('sites/www.etsy.com/invites.html');
      ctx = await startDetectors([referralLink]);
      selectText($('main p'));
      person.copy($('main p'));
      // The paragraph is inside the invite block: its text marks it as the referral widget.
      expect(await outbox()).toHaveLength(1);
      document.getSelection()?.removeAllRanges();
      selectText($('footer h2'));
      person.copy($('footer h2'));
      expect(await outbox()).toHaveLength(1);
    });
  });

  describe('ordinary copying (sites/www.lefigaro.fr, a news article)', () => {
    it('records nothing for copied text or a "Copier le lien" button without referral marks', async () => {
      loadFixture('sites/www.lefigaro.fr/conso/les-soldes-d-hiver-s-achevent-sur-un-bilan-mitige-20260302.html');
      ctx = await startDetectors([referralLink]);
      selectText($('.article__paragraph'));
      person.copy($('.article__paragraph'));
      person.click($('#copy-link'));
      // The second paragraph speaks of "parrainer", in an article: not a widget.
      selectText(document.querySelectorAll('.article__paragraph')[1] as Element);
      person.copy(document.querySelectorAll('.article__paragraph')[1] as Element);
      expect(await outbox()).toEqual([]);
    });
  });

  it.each([
    ['French', 'Parrainez vos amis', 'Copier le lien', 'https://www.blablacar.fr/parrainage/marie-7c2'],
    ['German', 'Freunde werben', 'Link kopieren', 'https://www.example-bank.de/einladung?code=ab12'],
    ['Spanish', 'Invita a tus amigos', 'Copiar enlace', 'https://www.ejemplo.es/registro?referido=ab12'],
  ])('recognises a %s referral widget', async (_language, heading, copy, link) => {
    document.body.innerHTML = `<section><h2>${heading}</h2><input id="link" readonly value="${link}"><button id="copy" type="button">${copy}</button></section>`;
    ctx = await startDetectors([referralLink]);
    person.click($('#copy'));
    expect(await outbox()).toHaveLength(1);
  });

  it('records a referral link copied from anywhere, by its own parameters', async () => {
    document.body.innerHTML = '<p id="message">Join me: https://www.uber.com/invite/ab12cd and get a free ride</p>';
    ctx = await startDetectors([referralLink]);
    selectText($('#message'));
    person.copy($('#message'));
    expect(await outbox()).toHaveLength(1);
  });
});
