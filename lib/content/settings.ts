import { browser } from 'wxt/browser';
import { SETTINGS_KEY, type Settings, withDefaults } from '../settings';

/*
 * Content scripts read the settings straight from storage.local rather than through the
 * storage item in lib/settings-item.ts: the item's library would triple the size of the
 * script that runs on every page. Only the background writes migrations.
 */

export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return withDefaults(stored[SETTINGS_KEY] as Partial<Settings> | undefined);
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) {
      onChange(withDefaults(changes[SETTINGS_KEY]?.newValue as Partial<Settings> | undefined));
    }
  };
  browser.storage.onChanged.addListener(listener);
  // After the extension is reloaded, an orphaned script has no `storage` left to remove from.
  return () => browser.storage?.onChanged.removeListener(listener);
}
