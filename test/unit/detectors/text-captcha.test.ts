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
