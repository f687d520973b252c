import { addHours, startOfTomorrow } from 'date-fns';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isPaused, RECORDING_ON } from '@/lib/settings';
import { useT } from '../i18n';
import { pauseStatus } from '../PauseBanner';
import { Checkbox } from './fields';
import type { SectionProps } from './types';

/** Pause, the activity clock's idle gap, and private windows. */
export function RecordingSection({ settings, onChange }: SectionProps) {
  const t = useT();
  const paused = isPaused(settings);
  // Whether the browser itself lets the extension run in private windows (its own switch, outside these settings).
  const [privateAllowed, setPrivateAllowed] = useState<boolean | null>(null);
  useEffect(() => {
    void browser.extension.isAllowedIncognitoAccess().then(setPrivateAllowed);
  }, []);

  return (
    <section aria-labelledby="recording-title">
      <h2 id="recording-title">{t('recordingSection')}</h2>
      <fieldset class="field">
        <legend>{t('pauseLegend')}</legend>
        <p data-testid="recording-state">{pauseStatus(settings, t)}</p>
        <div class="buttons">
          <button
            type="button"
            data-testid="pause-hour"
            onClick={() => onChange({ pausedUntil: addHours(Date.now(), 1).getTime(), pausedIndefinitely: false })}
          >
            {t('pauseHour')}
          </button>
          <button
            type="button"
            data-testid="pause-tomorrow"
            onClick={() => onChange({ pausedUntil: startOfTomorrow().getTime(), pausedIndefinitely: false })}
          >
            {t('pauseTomorrow')}
          </button>
          <button
            type="button"
            data-testid="pause-indefinitely"
            onClick={() => onChange({ pausedUntil: null, pausedIndefinitely: true })}
          >
            {t('pauseIndefinitely')}
          </button>
          {paused && (
            <button type="button" data-testid="resume" onClick={() => onChange(RECORDING_ON)}>
              {t('resume')}
            </button>
          )}
        </div>
      </fieldset>
      <div class="field">
        <label for="idle-gap">{t('idleGapLabel')}</label>
        <input
          id="idle-gap"
          type="number"
          min="10"
          max="600"
          step="1"
          value={settings.idleGapSeconds}
          aria-describedby="idle-gap-hint"
          onChange={(e) => {
            const seconds = e.currentTarget.valueAsNumber;
            if (Number.isInteger(seconds) && seconds >= 10 && seconds <= 600) onChange({ idleGapSeconds: seconds });
          }}
        />
        <p id="idle-gap-hint" class="muted">
          {t('idleGapHint')}
        </p>
      </div>
      <Checkbox
        id="private-windows"
        label={t('recordPrivateWindows')}
        hint={privateAllowed ? t('privateBrowserAllows') : t('privateBrowserBlocks')}
        checked={settings.recordPrivateWindows}
        onChange={(recordPrivateWindows) => onChange({ recordPrivateWindows })}
      />
    </section>
  );
}
