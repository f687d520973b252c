import { useEffect, useState } from 'preact/hooks';
import { loadTranslator, type MessageKey, type Translator } from '@/lib/i18n';
import type { Settings } from '@/lib/settings';
import { loadSettings, watchSettingsItem } from '@/lib/settings-item';

function applyLanguage(t: Translator, titleKey: MessageKey): void {
  document.documentElement.lang = t.language;
  document.title = t(titleKey);
}

/** What an extension page needs before its first paint: the settings, and the words of its language. */
export async function loadPageSettings(titleKey: MessageKey): Promise<{ settings: Settings; t: Translator }> {
  const settings = await loadSettings();
  const t = await loadTranslator(settings.language);
  applyLanguage(t, titleKey);
  return { settings, t };
}

/** The page's settings and translator, kept up to date when the settings change (on this page or another). */
export function useLiveSettings(
  initial: { settings: Settings; t: Translator },
  titleKey: MessageKey,
): { settings: Settings; t: Translator } {
  const [settings, setSettings] = useState(initial.settings);
  const [t, setT] = useState(() => initial.t);
  useEffect(
    () =>
      watchSettingsItem((next) => {
        setSettings(next);
        if (next.language === settings.language) return;
        void loadTranslator(next.language).then((loaded) => {
          applyLanguage(loaded, titleKey);
          setT(() => loaded);
        });
      }),
    [settings.language],
  );
  return { settings, t };
}
