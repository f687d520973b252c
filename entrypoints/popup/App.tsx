import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { EmptyState } from '@/components/EmptyState';
import { HealthBanner } from '@/components/HealthBanner';
import { I18nContext } from '@/components/i18n';
import { PauseBanner } from '@/components/PauseBanner';
import { Payslip } from '@/components/Payslip';
import { useLiveSettings } from '@/components/page-settings';
import { SampleBanner } from '@/components/SampleBanner';
import { SiteSwitch } from '@/components/SiteSwitch';
import type { Health } from '@/lib/health';
import type { Translator } from '@/lib/i18n';
import { sendToBackground } from '@/lib/send';
import { isSiteDisabled, type Settings } from '@/lib/settings';
import { updateSettings } from '@/lib/settings-item';
import type { ShadowWorkDb } from '@/lib/store/db';
import { valuationFor } from '@/lib/value/rates';
import { type DayKey, shiftWeek, weekOf } from '@/lib/week';
import { activeTabHost, loadStatus, loadWeekView, type RecordStatus, type WeekView } from './data';

export interface AppProps {
  db: ShadowWorkDb;
  settings: Settings;
  t: Translator;
  /** This week, loaded before the first paint. */
  view: WeekView;
  status: RecordStatus;
  health: Health;
}

/** The popup: this week's payslip, or how to start; pause and per-site switches. */
export function App({
  db,
  settings: initialSettings,
  t: initialT,
  view: initialView,
  status: initialStatus,
  health,
}: AppProps) {
  const currentWeek = weekOf(Date.now());
  const { settings, t } = useLiveSettings({ settings: initialSettings, t: initialT }, 'payslipTitle');
  const [monday, setMonday] = useState<DayKey>(currentWeek);
  const [view, setView] = useState<WeekView | null>(initialView);
  const [status, setStatus] = useState(initialStatus);
  const [site, setSite] = useState<string | null>(null);
  const valuation = useMemo(() => valuationFor(settings, navigator.language), [settings]);

  useEffect(() => {
    // The site's registrable domain needs the public-suffix list: loaded after the first paint.
    void Promise.all([activeTabHost(), import('@/lib/site')]).then(([host, { siteOf }]) =>
      setSite(host ? siteOf(host) : null),
    );
  }, []);

  const show = async (week: DayKey) => {
    setMonday(week);
    setView(null);
    const [loaded, nextStatus] = await Promise.all([loadWeekView(db, week), loadStatus(db)]);
    setView(loaded);
    setStatus(nextStatus);
  };

  const trySample = async () => {
    const reply = await sendToBackground({ type: 'sample-add' });
    if (reply.ok) await show(reply.week);
  };
  const removeSample = async () => {
    await sendToBackground({ type: 'sample-remove' });
    await show(monday);
  };
  const toggleSite = (name: string) =>
    updateSettings((current) => ({
      disabledSites: isSiteDisabled(current, name)
        ? current.disabledSites.filter((s) => s !== name && !name.endsWith(`.${s}`))
        : [...current.disabledSites, name],
    }));

  return (
    <I18nContext.Provider value={t}>
      <main>
        <header class="app-header">
          <h1>{t('payslipTitle')}</h1>
          <nav aria-label={t('pagesNav')}>
            <button
              type="button"
              onClick={() => {
                void browser.tabs.create({ url: browser.runtime.getURL('/report.html') });
                window.close();
              }}
            >
              {t('openReport')}
            </button>
            <button type="button" onClick={() => browser.runtime.openOptionsPage()}>
              {t('openSettings')}
            </button>
          </nav>
        </header>
        <HealthBanner health={health} />
        <PauseBanner settings={settings} onChange={(patch) => void updateSettings(patch)} />
        {status.sampleEvents > 0 && <SampleBanner count={status.sampleEvents} onRemove={removeSample} />}
        {!status.hasHistory ? (
          <EmptyState onTrySample={trySample} />
        ) : view === null ? (
          <p aria-busy="true">{t('loading')}</p>
        ) : (
          <Payslip
            summary={view.summary}
            previous={view.previous}
            valuation={valuation}
            isCurrentWeek={monday === currentWeek}
            onPreviousWeek={() => void show(shiftWeek(monday, -1))}
            onNextWeek={() => void show(shiftWeek(monday, 1))}
            onChartDrawn={() => performance.mark('shadow-work:chart-drawn')}
          />
        )}
        {site && <SiteSwitch site={site} off={isSiteDisabled(settings, site)} onToggle={() => void toggleSite(site)} />}
      </main>
    </I18nContext.Provider>
  );
}
