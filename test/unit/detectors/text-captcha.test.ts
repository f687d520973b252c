import { afterEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import textCaptcha, { isCaptchaField } from '@/lib/detectors/text-captcha';
import { outbox, startDetectors } from '../support/detectors';
import { loadFixture, pageScript, person } from '../support/dom';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;

describe('text-captcha detector', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => ctx?.abort());

  describe('a contact form with a Securimage image (demo/contact-captcha.html)', () => {
    it('records the CAPTCHA typed and sent, with its length and never its text', async () => {
      loadFixture('demo/contact-captcha.html');
      ctx = await startDetectors([textCaptcha]);
      person.type($('#nom'), 'Claire Martin');
      person.type($('#message'), 'Bonjour, à quelle heure ouvre la mairie samedi ?');
      person.click($('#captcha_code'));
      person.type($('#captcha_code'), 'x7Kq2m');
      person.submit($('#contact'));
      const [entry, ...rest] = await outbox();
      expect(rest).toEqual([]);
      expect(entry?.event).toMatchObject({
        kind: 'captcha.submitted',
        category: 'captcha',
        detector: 'text-captcha',
        host: 'shop.example',
        units: { rounds: 1, chars: 6 },
      });
      expect(entry?.event).not.toHaveProperty('via');
      expect(JSON.stringify(entry)).not.toContain('x7Kq2m');
    });

    it('records nothing when the form is left, or sent with the CAPTCHA empty', async () => {
      loadFixture('demo/contact-captcha.html');
      ctx = await startDetectors([textCaptcha]);
      person.type($('#captcha_code'), 'x7K');
      $<HTMLInputElement>('#captcha_code').value = ''; // erased again
      person.submit($('#contact'));
      expect(await outbox()).toEqual([]);
      person.type($('#captcha_code'), 'x7Kq2m');
      ctx.abort();
      expect(await outbox()).toEqual([]);
    });

    it('records nothing that a page script types or sends', async () => {
      loadFixture('demo/contact-captcha.html');
      ctx = await startDetectors([textCaptcha]);
      pageScript.type($('#captcha_code'), 'x7Kq2m');
      pageScript.submit($('#contact'));
      person.submit($('#contact')); // a real submit of a CAPTCHA the person never typed
      expect(await outbox()).toEqual([]);
    });
  });

  it('records a CAPTCHA that only its label names (a question, no image), and looks at no field of a form without one', async () => {
    document.body.innerHTML = `
      <form id="inscription">
        <label for="ville">Ville</label><input id="ville" name="ville">
        <label for="q">Captcha : combien font 3 + 4 ?</label><input id="q" name="q">
      </form>
      <form id="adresse"><label for="rue">Rue</label><input id="rue" name="rue"></form>`;
    ctx = await startDetectors([textCaptcha]);
    const described: Element[] = [];
    const getAttribute = Element.prototype.getAttribute;
    Element.prototype.getAttribute = function (this: Element, name: string) {
      if (name === 'placeholder') described.push(this); // read when a field is described
      return getAttribute.call(this, name);
    };
    try {
      person.type($('#rue'), '12 rue des Lilas');
    } finally {
      Element.prototype.getAttribute = getAttribute;
    }
    expect(described).not.toContain($('#rue'));
    person.type($('#q'), '7');
    person.submit($('#inscription'));
    const [entry] = await outbox();
    expect(entry?.event).toMatchObject({ kind: 'captcha.submitted', units: { rounds: 1, chars: 1 } });
  });

  it('knows a CAPTCHA field by its own words, or as the field right after a CAPTCHA image', () => {
    document.body.innerHTML = `
      <form>
        <img src="/kcaptcha/index.php?PHPSESSID=4f1c" alt="">
        <label for="code">Sicherheitscode</label><input id="code" name="code">
        <label for="plz">PLZ</label><input id="plz" name="plz">
      </form>
      <form><label for="otp">Verification code sent by SMS</label><input id="otp" name="otp"></form>
      <form><input name="txtCaptcha" id="txtCaptcha"></form>
      <form><input type="hidden" name="cf-turnstile-response"><input name="g-recaptcha-response-1" id="g-recaptcha-response-1"></form>`;
    expect(isCaptchaField($('#code'))).toBe(true);
    expect(isCaptchaField($('#plz'))).toBe(false);
    expect(isCaptchaField($('#otp'))).toBe(false);
    expect(isCaptchaField($('#txtCaptcha'))).toBe(true);
    expect(isCaptchaField($('#g-recaptcha-response-1'))).toBe(false);
  });
});
