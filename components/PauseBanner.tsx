import { formatDay } from '@/lib/format';
import type { Translator } from '@/lib/i18n';
import { isPaused, RECORDING_ON, type Settings } from '@/lib/settings';
import { useT } from './i18n';

/** "Recording is on.", "Recording is paused until Mon 14:30.", "…until you turn it back on." */
export function pauseStatus(settings: Settings, t: Translator): string {
  if (!isPaused(settings)) return t('recordingOn');
  if (settings.pausedIndefinitely || settings.pausedUntil === null) return t('pausedIndefinitely');
  const until = formatDay(new Date(settings.pausedUntil), t.language, {
    weekday: 'short',
    hour: 'numeric',
    minute: '2-digit',
  });
  return t('pausedUntil', until);
}

/** While recording is paused: until when, and a way to resume. Nothing otherwise. */
export function PauseBanner({
  settings,
  onChange,
}: {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
}) {
  const t = useT();
  if (!isPaused(settings)) return null;
  return (
    <div class="banner paused" role="status" data-testid="pause-banner">
      <span>{pauseStatus(settings, t)}</span>
      <button type="button" data-testid="resume" onClick={() => onChange(RECORDING_ON)}>
        {t('resume')}
      </button>
    </div>
  );
}
