import type { CurrencyCode } from '../regions';

/**
 * A figure in another currency than the one shown is converted at one fixed, cited rate,
 * so that a week's value never moves with the markets: the ECB's euro reference rates of
 * 1 December 2025 (units of each currency for one euro).
 */
export const EXCHANGE = {
  date: '2025-12-01',
  source: 'European Central Bank, euro foreign exchange reference rates of 1 December 2025',
  perEuro: { EUR: 1, USD: 1.1646, GBP: 0.8778 } satisfies Record<CurrencyCode, number>,
} as const;

export function convert(amount: number, from: CurrencyCode, to: CurrencyCode): number {
  if (from === to) return amount;
  return (amount / EXCHANGE.perEuro[from]) * EXCHANGE.perEuro[to];
}
