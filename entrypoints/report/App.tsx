import { useEffect, useMemo, useState } from 'preact/hooks';
import { EventList } from '@/components/EventList';
import { I18nContext } from '@/components/i18n';
import { Payslip } from '@/components/Payslip';
import { useLiveSettings } from '@/components/page-settings';
import { DateRange } from '@/components/report/DateRange';
import { GroupTable } from '@/components/report/GroupTable';
import { HistoryTable } from '@/components/report/HistoryTable';
import { TrendCharts } from '@/components/report/TrendCharts';
import { SampleBanner } from '@/components/SampleBanner';
import { formatDuration, formatMoney, formatNumber } from '@/lib/format';
import type { Translator } from '@/lib/i18n';
import { historyByMonth, historyByWeek, weeklyTrend } from '@/lib/report';
import { SAMPLE_DETECTOR } from '@/lib/sample';
import { sendToBackground } from '@/lib/send';
import type { Settings } from '@/lib/settings';
import { openDb } from '@/lib/store/db';
import { countByDetector, firstEvents, rollupsBetween } from '@/lib/store/queries';
import {
  categoryTallies,
  type Group,
  type PeriodSummary,
  summarize,
  summarizeWeek,
  type WeekSummary,
} from '@/lib/summary';
import { valuationFor } from '@/lib/value/rates';
import { lensRange } from '@/lib/value/value';
import { type DayKey, dayKey, shiftWeek, weekDays, weekOf, weekOfDay } from '@/lib/week';

const db = openDb();
const TREND_WEEKS = 12;
const EVENTS_PAGE = 50;

interface Period {
  summary: PeriodSummary;
  weeks: Group[];
  months: Group[];
  trend: Group[];
}

async function loadPeriod(first: DayKey, last: DayKey): Promise<Period> {
  const lastMonday = weekOfDay(last);
  const [rows, trendRows] = await Promise.all([
    rollupsBetween(db, first, last),
    rollupsBetween(db, shiftWeek(lastMonday, 1 - TREND_WEEKS), last),
  ]);
  return {
    summary: summarize(rows),
    weeks: historyByWeek(rows),
    months: historyByMonth(rows),
    trend: weeklyTrend(trendRows, lastMonday, TREND_WEEKS),
  };
}

/** The period's events, newest day first, a page at a time. */
function loadEvents(first: DayKey, last: DayKey, shown: number) {
  return firstEvents(db.events.where('day').between(first, last, true, true).reverse(), shown);
}

async function loadPayslip(monday: DayKey): Promise<{ summary: WeekSummary; previous: WeekSummary }> {
  const before = shiftWeek(monday, -1);
  const rows = await rollupsBetween(db, before, weekDays(monday)[6] as string);
  return { summary: summarizeWeek(monday, rows), previous: summarizeWeek(before, rows) };
}

/** The report: history by week and month, trends, sites and companies, and a printable payslip. */
export function App({ settings: initialSettings, t: initialT }: { settings: Settings; t: Translator }) {
  const today = dayKey(Date.now());
  const thisWeek = weekOf(Date.now());
  const { settings, t } = useLiveSettings({ settings: initialSettings, t: initialT }, 'reportTitle');
  const [range, setRange] = useState({ first: shiftWeek(thisWeek, 1 - TREND_WEEKS), last: today });
  const [period, setPeriod] = useState<Period | null>(null);
  // The week to print: the one the person picked, else the latest week with work in the period.
  const [pickedWeek, setPayslipWeek] = useState<DayKey | null>(null);
  const [payslip, setPayslip] = useState<Awaited<ReturnType<typeof loadPayslip>> | null>(null);
  const [earliest, setEarliest] = useState<DayKey | null>(null);
  const [sampleEvents, setSampleEvents] = useState(0);
  const [eventsShown, setEventsShown] = useState(EVENTS_PAGE);
  const [events, setEvents] = useState<Awaited<ReturnType<typeof loadEvents>> | null>(null);
  // Counts the events deleted from this page: everything shown is read again after each.
  const [deletions, setDeletions] = useState(0);
  const payslipWeek = pickedWeek ?? period?.weeks[0]?.key ?? thisWeek;
  const valuation = useMemo(() => valuationFor(settings, navigator.language), [settings]);
  const book = valuation.books[valuation.lens];

  useEffect(() => {
    void db.daily
      .orderBy('day')
      .first()
      .then((row) => setEarliest(row?.day ?? null));
    void countByDetector(db, SAMPLE_DETECTOR).then(setSampleEvents);
  }, []);
  useEffect(() => {
    setPeriod(null);
    void loadPeriod(range.first, range.last).then(setPeriod);
  }, [range.first, range.last, sampleEvents, deletions]);
  useEffect(() => {
    void loadEvents(range.first, range.last, eventsShown).then(setEvents);
  }, [range.first, range.last, eventsShown, sampleEvents, deletions]);
  useEffect(() => {
    void loadPayslip(payslipWeek).then(setPayslip);
  }, [payslipWeek, sampleEvents, deletions]);

  const deleteEvent = async (id: string) => {
    await sendToBackground({ type: 'delete', selection: { scope: 'event', id } });
    setDeletions((count) => count + 1);
  };

  const lang = t.language;
  const presets = [
    { id: '4w', label: t('last4Weeks'), first: shiftWeek(thisWeek, -3) },
    { id: '12w', label: t('last12Weeks'), first: shiftWeek(thisWeek, 1 - TREND_WEEKS) },
    { id: 'year', label: t('lastYear'), first: shiftWeek(thisWeek, -51) },
    ...(earliest ? [{ id: 'all', label: t('allTime'), first: earliest }] : []),
  ];
  const totals = period && lensRange(categoryTallies(period.summary), valuation);

  return (
    <I18nContext.Provider value={t}>
      <main>
        <header class="report-header no-print">
          <h1>{t('reportTitle')}</h1>
          <DateRange
            first={range.first}
            last={range.last}
            earliest={earliest}
            today={today}
            presets={presets}
            onChange={setRange}
          />
        </header>
        {sampleEvents > 0 && (
          <div class="no-print">
            <SampleBanner
              count={sampleEvents}
              onRemove={async () => {
                await sendToBackground({ type: 'sample-remove' });
                setSampleEvents(await countByDetector(db, SAMPLE_DETECTOR));
              }}
            />
          </div>
        )}
        {period === null || totals === null ? (
          <p aria-busy="true">{t('loading')}</p>
        ) : (
          <>
            <section aria-labelledby="range-title" class="no-print">
              <h2 id="range-title">{t('rangeSummary')}</h2>
              <dl class="totals">
                <div>
                  <dt>{t('timeWorked')}</dt>
                  <dd data-testid="range-time">{formatDuration(period.summary.total.activeMs, lang)}</dd>
                </div>
                <div>
                  <dt>{t('actions')}</dt>
                  <dd data-testid="range-actions">{formatNumber(period.summary.total.count, lang)}</dd>
                </div>
                <div>
                  <dt>{t('value')}</dt>
                  <dd data-testid="range-value">
                    {formatMoney(totals.byLens[valuation.lens], valuation.currency, lang)}
                  </dd>
                </div>
              </dl>
              <p class="muted">
                {t('valueUnder', t(`lens_${valuation.lens}`), t(`region_${valuation.region}`))}{' '}
                {period.summary.total.count > 0 &&
                  t(
                    'lensRange',
                    formatMoney(totals.low, valuation.currency, lang),
                    formatMoney(totals.high, valuation.currency, lang),
                  )}
              </p>
            </section>
            <TrendCharts weeks={period.trend} book={book} currency={valuation.currency} />
            <HistoryTable
              weeks={period.weeks}
              months={period.months}
              book={book}
              currency={valuation.currency}
              onShowWeek={(monday) => {
                setPayslipWeek(monday);
                document.getElementById('printable')?.scrollIntoView();
              }}
            />
            <div class="tables no-print">
              <GroupTable
                id="companies"
                title={t('byCompany')}
                keyHeader={t('company')}
                groups={period.summary.byBeneficiary}
                book={book}
                currency={valuation.currency}
              />
              <GroupTable
                id="sites"
                title={t('bySite')}
                keyHeader={t('site')}
                groups={period.summary.bySite}
                book={book}
                currency={valuation.currency}
              />
            </div>
          </>
        )}
        {events && (
          <div class="no-print">
            <EventList
              events={events.events}
              hasMore={events.hasMore}
              onShowMore={() => setEventsShown(eventsShown + EVENTS_PAGE)}
              onDelete={deleteEvent}
            />
          </div>
        )}
        <section id="printable" class="printable" aria-labelledby="printable-title">
          <div class="printable-header">
            <h2 id="printable-title">{t('printablePayslip')}</h2>
            <button type="button" class="no-print" onClick={() => window.print()}>
              {t('print')}
            </button>
          </div>
          <p class="print-only">{t('printedFrom')}</p>
          {payslip && (
            <Payslip
              summary={payslip.summary}
              previous={payslip.previous}
              valuation={valuation}
              isCurrentWeek={payslipWeek === thisWeek}
              onPreviousWeek={() => setPayslipWeek(shiftWeek(payslipWeek, -1))}
              onNextWeek={() => setPayslipWeek(shiftWeek(payslipWeek, 1))}
            />
          )}
        </section>
      </main>
    </I18nContext.Provider>
  );
}
