import { normalize } from './text';

/**
 * What a page says when a self-service task is done: an order placed, a ticket booked, a
 * passenger checked in, a transfer sent. Phrases are matched in English, French, German and
 * Spanish (Italian where it costs nothing) on text lower-cased, without accents and with
 * punctuation turned into spaces, so "Commande passée, merci !" reads "commande passee merci".
 * They are past participles on purpose: "Confirm your order" or "Valider la commande" on the
 * last step before paying must never read as done.
 */
function phrases(...patterns: string[]): RegExp {
  return new RegExp(`(?:^| )(?:${patterns.join('|')})(?: |$)`);
}

const ORDER_PHRASES = [
  'thanks? (you )?for (your|the) (order|purchase)',
  'order (has been |was |is )?(successfully )?(placed|received|confirmed|completed?|submitted|successful)',
  'purchase (is |was |has been )?(complete|completed|confirmed|successful)',
  'your order is (on (its|the) way|being processed)',
  'merci (pour|de) (votre|ta) (commande|achat)',
  'commande (a (bien )?ete |est (bien )?|bien )?(confirmee|validee|enregistree|prise en compte|passee|recue|effectuee|acceptee|terminee)',
  '(vielen )?dank(e)? fur (ihre|deine|ihren|deinen) (bestellung|einkauf|kauf)',
  'bestellung (ist |wurde |war )?(erfolgreich )?(eingegangen|aufgegeben|abgeschlossen|bestatigt|abgeschickt|ubermittelt|angenommen|erhalten)',
  'gracias por (tu|su) (pedido|compra)',
  '(pedido|compra) (ha sido |se ha |esta |fue )?(confirmad[oa]|realizad[oa]|recibid[oa]|completad[oa]|registrad[oa]|tramitad[oa])',
  'grazie per (il tuo |il vostro )?(ordine|acquisto)',
  'ordine (e stato )?(confermato|ricevuto|completato|effettuato)',
];

/** An order or a purchase that went through. */
export const ORDER_PLACED = phrases(...ORDER_PHRASES);

/** The heading of an order confirmation page, which alone could also name the review step before paying. */
export const ORDER_CONFIRMATION_HEADING = phrases(
  'order confirmation',
  'confirmation de (votre |la )?commande',
  'bestellbestatigung',
  'confirmacion (de (tu |su )?|del )pedido',
);

/** A booking (a train ticket, a trip) that went through: an order, or a reservation confirmed. */
export const BOOKING_CONFIRMED = phrases(
  ...ORDER_PHRASES,
  '(your )?(booking|reservation) (is |has been |was )?(confirmed|complete|completed)',
  '(votre )?reservation (est |a (bien )?ete )?(bien )?(confirmee|validee|enregistree|effectuee)',
  '(ihre )?buchung (ist |wurde )?(erfolgreich )?(bestatigt|abgeschlossen|eingegangen)',
  '(tu |su )?reserva (ha sido |esta |se ha )?(confirmada|realizada|completada)',
  'c est reserve',
  'you re (all )?booked',
);

/** A passenger checked in for a flight, or boarding passes issued. */
export const CHECKED_IN = phrases(
  '(you are|you re|you have been|you ve been) (now )?checked in',
  'check ?in (is |has been |was )?(successfully )?(complete|completed|confirmed|successful|done)',
  'boarding pass(es)? (is |are )?(now )?(ready|available)',
  'vous etes (bien )?enregistre(e|s|es)?',
  '(votre )?enregistrement (est |a (bien )?ete )?(bien )?(confirme|termine|effectue|valide)',
  'cartes? d embarquement (est |sont )?(prete|pretes|disponibles?)',
  'sie sind (jetzt |nun )?eingecheckt',
  'check ?in (ist |wurde )?(erfolgreich )?(abgeschlossen|bestatigt|durchgefuhrt)',
  'bordkarten? (ist |sind )?(jetzt )?(bereit|verfugbar)',
  '(ya )?(has|ha|habeis) (hecho|realizado|completado) (el )?check ?in',
  '(check ?in|facturacion) (realizad[oa]|completad[oa]|confirmad[oa])',
  'tarjetas? de embarque (esta |estan )?(lista|listas|disponibles?)',
);

/** A transfer or a payment sent from a bank account. */
export const TRANSFER_SENT = phrases(
  '(transfer|payment) (has been |was |is )?(successfully )?(sent|complete|completed|confirmed|scheduled|submitted|made|processed|successful)',
  'you (ve|have) (successfully )?(sent|transferred|scheduled|paid)',
  'virement (a (bien )?ete |est (bien )?|bien )?(effectue|enregistre|envoye|valide|pris en compte|programme|emis|execute|realise|transmis)',
  'uberweisung (ist |wurde )?(erfolgreich )?(ausgefuhrt|gesendet|ubermittelt|angenommen|freigegeben|beauftragt|abgeschlossen|erfasst|durchgefuhrt|versendet)',
  '(ihr )?auftrag (ist |wurde )?(erfolgreich )?(ausgefuhrt|erteilt|angenommen|ubermittelt)',
  'transferencia (ha sido |se ha |fue )?(realizada|enviada|completada|emitida|confirmada|ordenada)',
);

/** Text as the phrases above read it. */
export function plain(text: string): string {
  return normalize(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Where pages announce the end of a task: headings, status and alert regions, success banners. */
const MESSAGE_SELECTOR =
  'h1, h2, h3, [role="heading"], [role="status"], [role="alert"], [class*="success"], [class*="confirmation"]';
const MAX_MESSAGES = 80;
/** A message is short; a longer block is a container or body text, not an announcement. */
const MAX_MESSAGE_LENGTH = 300;
/** Hidden templates, and step indicators whose last step is named "Confirmation". */
const NOT_ANNOUNCED = '[hidden], [aria-hidden="true"], template, nav, [aria-current="step"]';

/** Whether the page's title or one of its visible announcements says `pattern`. */
export function pageSays(doc: Document, pattern: RegExp): boolean {
  if (pattern.test(plain(doc.title))) return true;
  const messages = doc.querySelectorAll(MESSAGE_SELECTOR);
  for (let i = 0; i < messages.length && i < MAX_MESSAGES; i++) {
    const message = messages[i] as Element;
    const text = message.textContent ?? '';
    // A question ("What happens once my order is received?") is help text, not an announcement.
    if (text.length > MAX_MESSAGE_LENGTH || /[?¿]/.test(text) || message.closest(NOT_ANNOUNCED)) continue;
    if (pattern.test(plain(text))) return true;
  }
  return false;
}

const SCHEMA_ORDER_TYPE = /"@type"\s*:\s*(?:\[[^\]]*)?"(?:(?:https?:\/\/)?schema\.org\/)?Order"/;

/** schema.org `Order` data, in JSON-LD or microdata: what order confirmations mark up for search engines and mail clients. */
export function hasSchemaOrder(doc: Document): boolean {
  if (doc.querySelector('[itemtype$="schema.org/Order"]')) return true;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    if (SCHEMA_ORDER_TYPE.test(script.textContent ?? '')) return true;
  }
  return false;
}
