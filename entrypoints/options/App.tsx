import { useEffect, useState } from 'preact/hooks';
import { I18nContext } from '@/components/i18n';
import { useLiveSettings } from '@/components/page-settings';
import { CategoriesSection } from '@/components/settings/CategoriesSection';
import { DisplaySection } from '@/components/settings/DisplaySection';
import { RatesSection } from '@/components/settings/RatesSection';
import { RecordingSection } from '@/components/settings/RecordingSection';
import { SampleSection } from '@/components/settings/SampleSection';
import { SitesSection } from '@/components/settings/SitesSection';
import { ValuationSection } from '@/components/settings/ValuationSection';
import { DETECTORS } from '@/lib/detectors';
import type { Translator } from '@/lib/i18n';
import { SAMPLE_DETECTOR } from '@/lib/sample';
import { sendToBackground } from '@/lib/send';
import type { Settings } from '@/lib/settings';
import { updateSettings } from '@/lib/settings-item';
import { openDb } from '@/lib/store/db';
import { countByDetector } from '@/lib/store/queries';
import { DataPanel } from './DataPanel';

const db = openDb();

const changeSettings = (patch: Partial<Settings>) => void updateSettings(patch);

export function App({ t: initialT, settings: initialSettings }: { t: Translator; settings: Settings }) {
  const { settings, t } = useLiveSettings({ settings: initialSettings, t: initialT }, 'optionsTitle');
  const [sampleEvents, setSampleEvents] = useState(0);
  const countSample = async () => setSampleEvents(await countByDetector(db, SAMPLE_DETECTOR));

  useEffect(() => void countSample(), []);
  return (
    <I18nContext.Provider value={t}>
      <main>
        <h1>{t('optionsTitle')}</h1>
        <ValuationSection settings={settings} onChange={changeSettings} />
        <RatesSection settings={settings} onChange={changeSettings} />
        <RecordingSection settings={settings} onChange={changeSettings} />
        <SitesSection settings={settings} onChange={changeSettings} />
        <CategoriesSection settings={settings} onChange={changeSettings} detectors={DETECTORS} />
        <DisplaySection settings={settings} onChange={changeSettings} />
        <SampleSection
          count={sampleEvents}
          onAdd={async () => {
            await sendToBackground({ type: 'sample-add' });
            await countSample();
          }}
          onRemove={async () => {
            await sendToBackground({ type: 'sample-remove' });
            await countSample();
          }}
        />
        <DataPanel />
      </main>
    </I18nContext.Provider>
  );
}
