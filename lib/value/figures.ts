import type { CategoryId } from '../categories';
import type { CurrencyCode, RegionId } from '../regions';

/**
 * The figures Shadow Work ships, each once, with where it comes from (the team's
 * rates-sources.md). "secondary" means the figure was read on a page citing the original.
 * Where no figure exists for a piece of work, the table below values its time with a wage
 * and says so: no unit price is ever made up.
 */
export interface Figure {
  amount: number;
  currency: CurrencyCode;
  /** "action": one recorded piece of work (one CAPTCHA solved). */
  per: 'hour' | 'action';
  /** Year the figure was set, measured or published. */
  year: number;
  /** Where it applies; "world" for prices of a global market. */
  region: RegionId | 'world';
  source: string;
  status: 'verified' | 'secondary';
}

export const FIGURES = {
  smicFR2026: {
    amount: 12.02,
    currency: 'EUR',
    per: 'hour',
    year: 2026,
    region: 'FR',
    source:
      'SMIC brut horaire au 1er janvier 2026 (+1,18 %) — juritravail.com, « SMIC : augmentation du montant du SMIC brut/net »',
    status: 'verified',
  },
  federalMinimumUS2009: {
    amount: 7.25,
    currency: 'USD',
    per: 'hour',
    year: 2009,
    region: 'US',
    source: 'Federal minimum wage, in force since 24 July 2009 — Fair Minimum Wage Act of 2007',
    status: 'verified',
  },
  livingWageGB2026: {
    amount: 12.71,
    currency: 'GBP',
    per: 'hour',
    year: 2026,
    region: 'GB',
    source: 'National Living Wage (21 and over) from 1 April 2026 — news summaries',
    status: 'secondary',
  },
  mindestlohnDE2026: {
    amount: 13.9,
    currency: 'EUR',
    per: 'hour',
    year: 2026,
    region: 'DE',
    source: 'Gesetzlicher Mindestlohn ab 1. Januar 2026 — Süddeutsche Zeitung (Kabinettsbeschluss); big-direkt.de',
    status: 'verified',
  },
  writersUS2024: {
    amount: 34.74,
    currency: 'USD',
    per: 'hour',
    year: 2024,
    region: 'US',
    source: 'Writers and authors (SOC 27-3043), median hourly wage, BLS OEWS May 2024 — as cited by a career site',
    status: 'secondary',
  },
  ticketAgentsUS2024: {
    amount: 19.52,
    currency: 'USD',
    per: 'hour',
    year: 2024,
    region: 'US',
    source:
      'Reservation and transportation ticket agents and travel clerks (SOC 43-4181), median hourly wage, BLS OEWS May 2024 — as cited by a career site',
    status: 'secondary',
  },
  customerServiceUS2024: {
    amount: 20.59,
    currency: 'USD',
    per: 'hour',
    year: 2024,
    region: 'US',
    source:
      'Customer service representatives (SOC 43-4051), median hourly wage, BLS OEWS May 2024 — as cited by a career site',
    status: 'secondary',
  },
  translatorsUS2023: {
    amount: 27.45,
    currency: 'USD',
    per: 'hour',
    year: 2023,
    region: 'US',
    source: 'Interpreters and translators (SOC 27-3091), median pay May 2023 — BLS Occupational Outlook Handbook',
    status: 'verified',
  },
  captchaSolving2026: {
    amount: 0.002,
    currency: 'USD',
    per: 'action',
    year: 2026,
    region: 'world',
    source: 'anti-captcha.com FAQ: $2 per 1,000 reCAPTCHAs solved by people (price paid by its customers)',
    status: 'verified',
  },
  mturkMedian2018: {
    amount: 2,
    currency: 'USD',
    per: 'hour',
    year: 2018,
    region: 'world',
    source:
      'Hara et al., “A Data-Driven Analysis of Workers’ Earnings on Amazon Mechanical Turk”, CHI 2018: median earnings about $2 an hour',
    status: 'verified',
  },
  prolificMinimumUSD2025: {
    amount: 8,
    currency: 'USD',
    per: 'hour',
    year: 2025,
    region: 'US',
    source:
      'Prolific help centre, “Prolific’s payment principles”: minimum $8.00 an hour for online studies and surveys',
    status: 'verified',
  },
  prolificMinimumGBP2025: {
    amount: 6,
    currency: 'GBP',
    per: 'hour',
    year: 2025,
    region: 'GB',
    source:
      'Prolific help centre, “Prolific’s payment principles”: minimum £6.00 an hour for online studies and surveys',
    status: 'verified',
  },
} as const satisfies Record<string, Figure>;

export type FigureId = keyof typeof FIGURES;

/**
 * Why a figure values a category under a lens, named by a message key "basis_…":
 * - minimum: the region's legal minimum wage;
 * - job: the wage of the job the work replaces (named by `job`);
 * - noJobWage: no wage was found for the job this work replaces, so the minimum wage stands in;
 * - noRegionalWage: job wages were found for the United States only, so the minimum wage stands in;
 * - marketUnit: what a market pays for the same unit of work;
 * - marketHourly: what crowdworkers earn by the hour, for work no market prices by the unit.
 */
export type Basis = 'minimum' | 'job' | 'noJobWage' | 'noRegionalWage' | 'marketUnit' | 'marketHourly';
export type JobId = 'writers' | 'ticketAgents' | 'customerService' | 'translators';

export interface DefaultRate {
  figure: FigureId;
  basis: Basis;
  job?: JobId;
}

export const LENS_IDS = ['replacement', 'minimum', 'crowdwork'] as const;
export type LensId = (typeof LENS_IDS)[number];

const MINIMUM_WAGE: Record<RegionId, FigureId> = {
  FR: 'smicFR2026',
  US: 'federalMinimumUS2009',
  GB: 'livingWageGB2026',
  DE: 'mindestlohnDE2026',
};

/** United States wages of the jobs the work replaces; categories absent here have none. */
const REPLACED_JOB: Partial<Record<CategoryId, { figure: FigureId; job: JobId }>> = {
  review: { figure: 'writersUS2024', job: 'writers' },
  content: { figure: 'writersUS2024', job: 'writers' },
  selfservice: { figure: 'ticketAgentsUS2024', job: 'ticketAgents' },
  support: { figure: 'customerServiceUS2024', job: 'customerService' },
  play: { figure: 'translatorsUS2023', job: 'translators' },
};

function replacement(region: RegionId, category: CategoryId): DefaultRate {
  const job = REPLACED_JOB[category];
  if (!job) return { figure: MINIMUM_WAGE[region], basis: 'noJobWage' };
  if (region !== 'US') return { figure: MINIMUM_WAGE[region], basis: 'noRegionalWage' };
  return { figure: job.figure, basis: 'job', job: job.job };
}

function crowdwork(region: RegionId, category: CategoryId): DefaultRate {
  if (category === 'captcha') return { figure: 'captchaSolving2026', basis: 'marketUnit' };
  if (category === 'feedback') {
    return { figure: region === 'GB' ? 'prolificMinimumGBP2025' : 'prolificMinimumUSD2025', basis: 'marketHourly' };
  }
  return { figure: 'mturkMedian2018', basis: 'marketHourly' };
}

/** The shipped rate of a category under a lens in a region. */
export function defaultRate(lens: LensId, region: RegionId, category: CategoryId): DefaultRate {
  switch (lens) {
    case 'minimum':
      return { figure: MINIMUM_WAGE[region], basis: 'minimum' };
    case 'replacement':
      return replacement(region, category);
    case 'crowdwork':
      return crowdwork(region, category);
  }
}
