import { parse } from 'tldts';
import { COMPANIES, type Company } from './beneficiaries';

/** Reduces a host to what may be stored: its registrable domain ("www.amazon.co.uk" → "amazon.co.uk"). */
export function siteOf(host: string): string {
  const lower = host.toLowerCase().replace(/\.$/, '');
  const parsed = parse(lower, { allowPrivateDomains: false });
  if (parsed.isIp) return lower;
  return parsed.domain ?? lower;
}

const byDomain = new Map<string, Company>();
const byBrand = new Map<string, Company>();
for (const company of COMPANIES) {
  for (const domain of company.domains ?? []) byDomain.set(domain, company);
  for (const brand of company.brands ?? []) byBrand.set(brand, company);
}

/** The company that profits from work done on `site`; the site itself when unknown. */
export function beneficiaryOf(site: string): string {
  const known = byDomain.get(site) ?? byBrand.get(parse(site).domainWithoutSuffix ?? '');
  return known?.name ?? site;
}
