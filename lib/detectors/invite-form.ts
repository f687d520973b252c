import { buttonName, describeControl } from './shared/dom';
import { REFERRAL_WORDS } from './shared/referral';
import { describeBlock, formOf, rememberedFor, shortText } from './shared/regions';
import { onInputs, onSends, type Session, sessionsOf } from './shared/sessions';
import { NOT_SUBMIT_WORDS, SUBMIT_WORDS, wordsPattern } from './shared/text';
import { defineDetector } from './types';

/**
 * Invites sent from an invite form, on any site: a form (or a script-driven block) about
 * inviting or referring friends, with fields for their e-mail addresses, sent by the person.
 * Counts the addresses it was sent to — never the addresses themselves. Newsletter, sign-up
 * and log-in forms, and the person's own address field in a "send to a friend" form, are not
 * invites.
 */
const INVITE_WORDS = wordsPattern(
  [
    'invite',
    'invites',
    'tell a friend',
    'email a friend',
    'send to a friend',
    'share by email',
    'a un ami',
    'a vos amis',
    'an einen freund',
    'an freunde',
    'a un amigo',
    'a tus amigos',
    'a un amico',
  ],
  ['invit', 'parrain', 'einlad', 'referr', 'empfehl'],
);
const NOT_INVITE_WORDS = wordsPattern([
  'newsletter',
  'subscribe',
  'sign up',
  'sign in',
  'log in',
  'login',
  'register',
  'abonner',
  'inscription',
  'connexion',
  'abonnieren',
  'anmelden',
  'registrieren',
  'suscribete',
  'suscribirse',
  'registrarse',
  'iscriviti',
]);
const ADDRESS_WORDS = wordsPattern(
  [],
  ['e mail', 'email', 'mail', 'address', 'adress', 'courriel', 'correo', 'indirizz'],
);
/** The sender's own address in a "send to a friend" form: "Your e-mail", "sender_email"… */
const OWN_ADDRESS =
  /(?:^|[^a-z])(?:your|votre|ton|ihre|deine|tu|su|tuo|my|mon|sender|from)\s+(?:e ?mail|address|adresse|courriel|correo|mail|indirizzo)/;
const FRIEND_WORDS = wordsPattern(
  ['to', 'recipient', 'recipients'],
  ['friend', 'ami', 'freund', 'amig', 'amic', 'destinat', 'empfang'],
);
const ADDRESS = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/;
const CANDIDATE_FIELD_SELECTOR = 'input[type="email"], input[type="text"], input:not([type]), textarea';

function isFriendAddressField(field: Element): boolean {
  const description = describeControl(field);
  const aboutAddresses =
    (field instanceof HTMLInputElement && field.type === 'email') || ADDRESS_WORDS.test(description);
  return aboutAddresses && !(OWN_ADDRESS.test(description) && !FRIEND_WORDS.test(description));
}

function addressFields(region: Element): Element[] {
  return [...region.querySelectorAll(CANDIDATE_FIELD_SELECTOR)].filter(isFriendAddressField);
}

/** How many different addresses the fields hold. They are compared here and forgotten. */
function countAddresses(fields: Element[]): number {
  const addresses = new Set<string>();
  for (const field of fields) {
    const value = field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement ? field.value : '';
    for (const token of value.split(/[\s,;]+/)) {
      const address = token.replace(/^<|>$/g, '').toLowerCase();
      if (ADDRESS.test(address)) addresses.add(address);
    }
  }
  return addresses.size;
}

function isInviteRegion(region: Element): boolean {
  if (region.querySelector('input[type="password"]')) return false;
  const own = describeBlock(region);
  const buttons = [...region.querySelectorAll('button, input[type="submit"], [role="button"]')]
    .map(buttonName)
    .join(' ');
  if (NOT_INVITE_WORDS.test(`${own} ${buttons}`)) return false;
  const words = `${own} ${buttons} ${shortText(region)}`;
  return (INVITE_WORDS.test(words) || REFERRAL_WORDS.test(words)) && addressFields(region).length > 0;
}

function isSendButton(el: Element): boolean {
  const name = buttonName(el);
  return (SUBMIT_WORDS.test(name) || INVITE_WORDS.test(name)) && !NOT_SUBMIT_WORDS.test(name);
}

/** The invite form a field or button belongs to. */
function regionOf(el: Element): Element | null {
  return formOf(el, isSendButton, (block) => addressFields(block).length > 0);
}

export default defineDetector({
  id: 'invite-form',
  category: 'referral',
  matches: (url) => url.protocol === 'https:' || url.protocol === 'http:',
  start(ctx) {
    const sessions = sessionsOf<Session>(ctx, () => ({}));

    const send = (region: Element, event: Event) => {
      const session = sessions.get(region);
      if (!session || !isInviteRegion(region)) return;
      const invites = countAddresses(addressFields(region));
      if (invites === 0) return;
      session.clock.input(event.timeStamp);
      sessions.end(region);
      ctx.record({ kind: 'referral.invited', units: { invites }, clock: session.clock });
    };

    const regionWhileTyping = rememberedFor((target) => {
      const field = target.closest(CANDIDATE_FIELD_SELECTOR);
      return field ? regionOf(field) : null;
    });
    const isInviteWhileTyping = rememberedFor(isInviteRegion);
    onInputs(ctx, (event) => {
      const region = event.target instanceof Element ? regionWhileTyping(event.target, event.timeStamp) : null;
      if (region && (sessions.get(region) || isInviteWhileTyping(region, event.timeStamp)))
        sessions.touch(region, event);
    });
    onSends(ctx, {
      form: send,
      button(button, event) {
        const region = isSendButton(button) ? regionOf(button) : null;
        if (region) send(region, event);
      },
    });

    return () => sessions.clear();
  },
});

// Made for: invite-by-email forms of shops and apps (www.etsy.com/invites, www.dropbox.com/referrals,
// "Invite people" dialogs of team apps), "send to a friend" forms of product pages, and French,
// German and Spanish "parrainage", "Freunde einladen", "invitar amigos" pages.
