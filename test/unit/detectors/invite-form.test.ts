import { afterEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import inviteForm from '@/lib/detectors/invite-form';
import reviewForm from '@/lib/detectors/review-form';
import { outbox, startDetectors } from '../support/detectors';
import { loadFixture, pageScript, person } from '../support/dom';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;

describe('invite-form detector', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => ctx?.abort());

  describe("a shop's invite page (sites/www.etsy.com/invites.html)", () => {
    it('records the number of addresses the invites were sent to, never the addresses', async () => {
      loadFixture('sites/www.etsy.com/invites.html');
      ctx = await startDetectors([inviteForm, reviewForm]);
      person.type($('#invite-emails'), 'ana@example.org, ben@example.net; ana@example.org');
      person.submit($('#invite-form'));
      const entries = await outbox();
      expect(entries).toHaveLength(1);
      expect(entries[0]?.event).toMatchObject({
        kind: 'referral.invited',
        category: 'referral',
        detector: 'invite-form',
        units: { invites: 2 },
      });
      expect(JSON.stringify(entries)).not.toMatch(/ana|ben|example\.(org|net)/);
    });

    it('records nothing when the person types addresses and leaves', async () => {
      loadFixture('sites/www.etsy.com/invites.html');
      ctx = await startDetectors([inviteForm]);
      person.type($('#invite-emails'), 'ana@example.org');
      ctx.abort();
      expect(await outbox()).toEqual([]);
    });

    it('records nothing the page types or sends itself', async () => {
      loadFixture('sites/www.etsy.com/invites.html');
      ctx = await startDetectors([inviteForm]);
      pageScript.type($('#invite-emails'), 'spam@example.org');
      pageScript.submit($('#invite-form'));
      person.submit($('#invite-form')); // a real submit of addresses the person never typed
      expect(await outbox()).toEqual([]);
    });

    it('records nothing for the newsletter form of the same page', async () => {
      loadFixture('sites/www.etsy.com/invites.html');
      ctx = await startDetectors([inviteForm]);
      person.type($('#newsletter-email'), 'me@example.org');
      person.submit($('.newsletter'));
      expect(await outbox()).toEqual([]);
    });
  });

  it('counts the friend, not the sender, in a French "send to a friend" block sent by a script', async () => {
    document.body.innerHTML = `
      <div class="envoyer-a-un-ami">
        <h3>Envoyer cette annonce à un ami</h3>
        <label for="from">Votre e-mail</label><input id="from" type="email">
        <label for="to">E-mail de votre ami</label><input id="to" type="email">
        <button type="button" id="send">Envoyer</button>
      </div>`;
    ctx = await startDetectors([inviteForm]);
    person.type($('#from'), 'moi@example.fr');
    person.type($('#to'), 'ami@example.fr');
    person.click($('#send'));
    expect((await outbox()).map((e) => e.event.units)).toEqual([{ invites: 1 }]);
  });

  it('records nothing for a sign-up form that asks for an invite code', async () => {
    document.body.innerHTML = `
      <form id="signup"><h2>Create your account</h2>
        <label for="e">Email</label><input id="e" type="email" name="email">
        <label for="p">Password</label><input id="p" type="password" name="password">
        <label for="c">Invite code</label><input id="c" name="invite_code">
        <button type="submit">Sign up</button></form>`;
    ctx = await startDetectors([inviteForm]);
    person.type($('#e'), 'me@example.org');
    person.type($('#c'), 'FRIEND10');
    person.submit($('#signup'));
    expect(await outbox()).toEqual([]);
  });

  it.each([
    ['German', 'Freunde einladen', 'E-Mail-Adressen', 'Einladungen senden'],
    ['Spanish', 'Invita a tus amigos', 'Correos electrónicos', 'Enviar invitaciones'],
  ])('recognises a %s invite form', async (_language, heading, label, button) => {
    document.body.innerHTML = `<form id="f"><h2>${heading}</h2><label for="a">${label}</label><textarea id="a"></textarea><button>${button}</button></form>`;
    ctx = await startDetectors([inviteForm]);
    person.type($('#a'), 'a@example.de b@example.de c@example.de');
    person.submit($('#f'));
    expect((await outbox()).map((e) => e.event.units)).toEqual([{ invites: 3 }]);
  });
});
