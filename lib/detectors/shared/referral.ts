import { buttonName } from './dom';
import { closestWidget, describeBlock } from './regions';
import { normalize, type WordMatcher, wordsPattern } from './text';

/**
 * What marks a referral: the words of a "refer a friend" widget, and the parameters and
 * paths of referral and invite links. Ordinary copying and sharing are not referrals.
 */

/** Labels of referral and invite widgets ("Invite friends", "Parrainez", "Freunde werben"…). */
export const REFERRAL_WORDS = wordsPattern(
  [
    'refer a friend',
    'refer friends',
    'refer your friends',
    'invite friends',
    'invite your friends',
    'invite a friend',
    'invite link',
    'invite code',
    'your invite',
    'invitation link',
    'give #',
    'invitez vos amis',
    'inviter des amis',
    'inviter vos amis',
    'invitez un ami',
    'code promo',
    "lien d'invitation",
    'freunde einladen',
    'freunde werben',
    'freund einladen',
    'freund werben',
    'einladungslink',
    'einladungscode',
    'empfehlungslink',
    'empfehlungscode',
    'invita a tus amigos',
    'invitar amigos',
    'invita amigos',
    'invita a un amigo',
    'enlace de invitacion',
    'codigo de invitacion',
    'codigo de referido',
    'recomienda a un amigo',
    'invita i tuoi amici',
    'invita un amico',
    'invita amici',
    'codice invito',
    'link di invito',
  ],
  ['referral', 'referrer', 'parrain', 'filleul', 'weiterempfehl', 'referido'],
);

/** Query parameters that name a referral on their own. */
const REFERRAL_PARAM =
  /^(?:referral|referrer|referred_?by|refer|raf|invite|invites|invitation|invited_?by|inviter|parrain|parrainage|filleul|sponsor|empfehlung|einladung|invitacion|referido)(?:[_-]?(?:code|id|link|token|key))?$/i;
/** Path segments of referral and invite links (uber.com/invite/…, dropbox.com/referrals/…). */
const REFERRAL_PATH =
  /\/(?:invite|invites|invitation|referral|referrals|refer|parrainage|parrain|einladung|invita)(?:\/|$)/i;
const URL_IN_TEXT = /\bhttps?:\/\/[^\s"'<>]+/i;

/** Whether a link is a referral or invite link, by its own parameters or path. */
export function isReferralUrl(href: string): boolean {
  try {
    const url = new URL(href);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
    if (REFERRAL_PATH.test(url.pathname)) return true;
    return [...url.searchParams.keys()].some((name) => REFERRAL_PARAM.test(name));
  } catch {
    return false;
  }
}

/** Whether some text (a copied selection, a field's value) holds a referral or invite link. */
export function holdsReferralLink(text: string): boolean {
  return [...text.matchAll(new RegExp(URL_IN_TEXT, 'gi'))].some((match) => isReferralUrl(match[0]));
}

/** Names of copy buttons ("Copy link", "Copier", "Kopieren", "Copiar"). */
export const COPY_WORDS = wordsPattern([], ['copy', 'copi', 'kopier']);

/** Whether a block holds something to pass on: a link or code field, a copy button, a share link, a link in its text. */
function holdsSomethingToShare(block: Element): boolean {
  if (block.querySelector('input, textarea, [data-clipboard-text], [data-clipboard-target]')) return true;
  if (URL_IN_TEXT.test(block.textContent ?? '')) return true;
  const controls = block.querySelectorAll('button, [role="button"], a[href]');
  return [...controls].some(
    (control) =>
      COPY_WORDS.test(buttonName(control)) ||
      (control instanceof HTMLAnchorElement && shareChannelOfLink(control.href) !== null),
  );
}

/**
 * What a block calls itself: its headings, labels and buttons — not its paragraphs, where an
 * article may well mention referrals without being a referral widget.
 */
function widgetLabel(block: Element): string {
  const labels = [...block.querySelectorAll('label, button, [role="button"]')].slice(0, 12).map(buttonName);
  return `${describeBlock(block)} ${labels.join(' ')}`;
}

/** The "refer a friend" widget around an element: a small block whose title says it is one, with a link or code to pass on. */
export function referralWidgetOf(el: Element): Element | null {
  return closestWidget(el, (block) => REFERRAL_WORDS.test(widgetLabel(block)) && holdsSomethingToShare(block));
}

/** Where a share link sends the page: the network, or null when it is no share link. */
const SHARE_ENDPOINTS: readonly [RegExp, string][] = [
  [/^(?:www\.|mobile\.)?(?:twitter|x)\.com\/(?:intent\/(?:tweet|post)|share)/, 'x'],
  [/^(?:www\.|m\.|web\.)?facebook\.com\/(?:sharer|share\.php|dialog\/(?:share|send|feed))/, 'facebook'],
  [/^(?:wa\.me\/|(?:api|web)\.whatsapp\.com\/send)/, 'whatsapp'],
  [/^(?:t\.me|telegram\.me)\/share/, 'telegram'],
  [/^(?:www\.)?linkedin\.com\/(?:sharing\/share-offsite|shareArticle)/i, 'linkedin'],
  [/^(?:[a-z]{2,3}\.)?pinterest\.[a-z.]+\/pin\/create/, 'pinterest'],
  [/^(?:www\.)?reddit\.com\/submit/, 'reddit'],
  [/^bsky\.app\/intent\/compose/, 'bluesky'],
  [/^(?:www\.)?threads\.(?:net|com)\/intent\/post/, 'threads'],
  [/^(?:www\.)?vk\.com\/share\.php/, 'vk'],
  [/^(?:social-plugins\.line\.me\/lineit\/share|line\.me\/R\/msg\/text)/, 'line'],
];

const SHARE_SCHEMES: Record<string, string> = {
  'whatsapp:': 'whatsapp',
  'fb-messenger:': 'messenger',
  'sms:': 'sms',
  'mailto:': 'email',
};

export function shareChannelOfLink(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol === 'https:' || url.protocol === 'http:') {
    const where = `${url.host}${url.pathname}`.toLowerCase();
    return SHARE_ENDPOINTS.find(([pattern]) => pattern.test(where))?.[1] ?? null;
  }
  const scheme = SHARE_SCHEMES[url.protocol];
  if (!scheme) return null;
  // A mailto or sms link shares when it carries a message for whoever the person picks, not
  // when it writes to a given address (a "contact us" link).
  if (scheme === 'email' || scheme === 'sms') {
    const carriesMessage = /[?&](?:body|subject)=/i.test(url.search) || /[?&](?:body|subject)=/i.test(href);
    return carriesMessage && url.pathname.replace(/^\/+/, '') === '' ? scheme : null;
  }
  return scheme;
}

const SHARE_VERB = wordsPattern(['share', 'partager', 'teilen', 'compartir', 'condividi', 'delen']);
const NETWORKS: readonly [WordMatcher, string][] = [
  [wordsPattern(['facebook']), 'facebook'],
  [wordsPattern(['twitter', 'x']), 'x'],
  [wordsPattern(['whatsapp']), 'whatsapp'],
  [wordsPattern(['messenger']), 'messenger'],
  [wordsPattern(['telegram']), 'telegram'],
  [wordsPattern(['linkedin']), 'linkedin'],
  [wordsPattern(['pinterest']), 'pinterest'],
  [wordsPattern(['e-mail', 'email', 'mail', 'courriel', 'correo']), 'email'],
  [wordsPattern(['sms']), 'sms'],
];

/** A share button without a link ("Share on Facebook", "Partager sur WhatsApp"): its network, by its name. */
export function shareChannelOfName(name: string): string | null {
  if (!SHARE_VERB.test(name)) return null;
  return NETWORKS.find(([pattern]) => pattern.test(name))?.[1] ?? null;
}

const PRODUCT_TYPES = /^(?:Product|ProductGroup|IndividualProduct|ProductModel|Offer|AggregateOffer|Vehicle|Car)$/;
const ARTICLE_TYPES =
  /^(?:Article|NewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|BackgroundNewsArticle|BlogPosting|LiveBlogPosting|TechArticle|ScholarlyArticle|Report|SocialMediaPosting|DiscussionForumPosting)$/;
const MAX_JSON_LD = 200_000;

/** Every schema.org type named by the page's JSON-LD and microdata. */
function schemaTypes(doc: Document): string[] {
  const types: string[] = [];
  const collect = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) collect(item);
    } else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      const type = record['@type'];
      for (const t of Array.isArray(type) ? type : [type])
        if (typeof t === 'string') types.push(t.replace(/^.*[/:]/, ''));
      if (record['@graph']) collect(record['@graph']);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_LD) continue;
    try {
      collect(JSON.parse(text));
    } catch {
      // A page's broken JSON-LD says nothing about it.
    }
  }
  for (const item of doc.querySelectorAll('[itemtype]')) {
    for (const type of (item.getAttribute('itemtype') ?? '').split(/\s+/)) types.push(type.replace(/^.*\//, ''));
  }
  return types;
}

function metaContent(doc: Document, property: string): string {
  return normalize(
    doc.querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute('content') ?? '',
  );
}

/**
 * A page that sells something: schema.org Product or Offer data, an Open Graph product, a
 * product price. An article is never one, even when it describes products (reviews, guides).
 */
export function isCommercialPage(doc: Document): boolean {
  const ogType = metaContent(doc, 'og:type');
  const types = schemaTypes(doc);
  if (ogType === 'article' || types.some((t) => ARTICLE_TYPES.test(t))) return false;
  return (
    ogType.startsWith('product') ||
    ogType === 'og:product' ||
    metaContent(doc, 'product:price:amount') !== '' ||
    types.some((t) => PRODUCT_TYPES.test(t))
  );
}
