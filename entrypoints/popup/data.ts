import { browser } from 'wxt/browser';
import { SAMPLE_DETECTOR } from '@/lib/sample';
import type { ShadowWorkDb } from '@/lib/store/db';
import { countByDetector, hasHistory, rollupsBetween } from '@/lib/store/queries';
import { summarizeWeek, type WeekSummary } from '@/lib/summary';
import { type DayKey, shiftWeek, weekDays } from '@/lib/week';

export interface WeekView {
  summary: WeekSummary;
  previous: WeekSummary;
}

/** A week and the one before it: one read of about two weeks of rollup rows, whatever the history. */
export async function loadWeekView(db: ShadowWorkDb, monday: DayKey): Promise<WeekView> {
  const before = shiftWeek(monday, -1);
  const rows = await rollupsBetween(db, before, weekDays(monday)[6] as string);
  return { summary: summarizeWeek(monday, rows), previous: summarizeWeek(before, rows) };
}

export interface RecordStatus {
  hasHistory: boolean;
  sampleEvents: number;
}

export async function loadStatus(db: ShadowWorkDb): Promise<RecordStatus> {
  const [any, sampleEvents] = await Promise.all([hasHistory(db), countByDetector(db, SAMPLE_DETECTOR)]);
  return { hasHistory: any, sampleEvents };
}

const webHost = (url: string | undefined) => (url && /^https?:/.test(url) ? new URL(url).hostname : null);

/**
 * The host of the tab the popup is about: the active tab of the last focused browser window.
 * Opened in a window of its own, the popup is that last focused window (Firefox ignores
 * `windowTypes` here): then it is about the one web page active in a browser window, if only one is.
 * Null on pages that are not web pages.
 */
export async function activeTabHost(): Promise<string | null> {
  const window = await browser.windows.getLastFocused({ windowTypes: ['normal'] });
  if (window.type === 'normal') {
    const [tab] = await browser.tabs.query({ active: true, windowId: window.id });
    return webHost(tab?.url);
  }
  const hosts = (await browser.tabs.query({ active: true, windowType: 'normal' })).map((tab) => webHost(tab.url));
  return hosts.length === 1 ? (hosts[0] ?? null) : null;
}
