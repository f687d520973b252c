import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings, withDefaults } from './settings';

/** The settings as a typed, versioned storage item, for the background and the extension's pages. */
export const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  return withDefaults(await settingsItem.getValue());
}

/** Changes some settings, keeping the rest as stored (pages write settings; the background only reads them). */
export async function updateSettings(change: Partial<Settings> | ((current: Settings) => Partial<Settings>)) {
  const current = await loadSettings();
  const patch = typeof change === 'function' ? change(current) : change;
  await settingsItem.setValue({ ...current, ...patch });
}

/** Calls `onChange` with the full settings whenever they change; returns the unsubscribe. */
export function watchSettingsItem(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(withDefaults(value)));
}
