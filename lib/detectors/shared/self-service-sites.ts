import { BANKS } from './banks';
import { matchesSites } from './sites';

/**
 * Sites of the named self-service detectors. There the named detector owns the work and the
 * generic checkout detector stays away, so that one order is never recorded twice.
 */
export const AMAZON_HOSTS = [
  'www.amazon.com',
  'www.amazon.ca',
  'www.amazon.com.mx',
  'www.amazon.com.br',
  'www.amazon.co.uk',
  'www.amazon.de',
  'www.amazon.fr',
  'www.amazon.es',
  'www.amazon.it',
  'www.amazon.nl',
  'www.amazon.com.be',
  'www.amazon.se',
  'www.amazon.pl',
  'www.amazon.com.tr',
  'www.amazon.ae',
  'www.amazon.sa',
  'www.amazon.in',
  'www.amazon.sg',
  'www.amazon.com.au',
  'www.amazon.co.jp',
] as const;

export const SNCF_CONNECT_HOSTS = ['www.sncf-connect.com'] as const;

/** Air France's booking and check-in application runs on wwws.airfrance.<country>. */
export const AIR_FRANCE_HOSTS = [
  '*.airfrance.fr',
  '*.airfrance.com',
  '*.airfrance.us',
  '*.airfrance.ca',
  '*.airfrance.co.uk',
  '*.airfrance.de',
  '*.airfrance.es',
  '*.airfrance.it',
  '*.airfrance.be',
  '*.airfrance.ch',
  '*.airfrance.nl',
] as const;

export const BANK_HOSTS: readonly string[] = BANKS.flatMap((bank) => bank.hosts);

export const isNamedSelfServiceSite = matchesSites(
  [...AMAZON_HOSTS, ...SNCF_CONNECT_HOSTS, ...AIR_FRANCE_HOSTS, ...BANK_HOSTS].map((host) => `*://${host}/*`),
);
