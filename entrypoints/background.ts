import { browser } from 'wxt/browser';
import { DIGEST_ALARM, syncAlarms, WEEK_START_ALARM, weeklyDigest } from '@/lib/background/alarms';
import { updateBadge } from '@/lib/background/badge';
import { createDataService } from '@/lib/background/data';
import { createFlows } from '@/lib/background/flows';
import { injectSentinelIntoOpenTabs } from '@/lib/background/reinject';
import { createService } from '@/lib/background/service';
import { createWriter } from '@/lib/background/writer';
import { loadTranslator } from '@/lib/i18n';
import { isOutboxKey } from '@/lib/outbox';
import { SETTINGS_KEY } from '@/lib/settings';
import { loadSettings } from '@/lib/settings-item';
import { openDb } from '@/lib/store/db';

export default defineBackground(() => {
  /** When this run of the worker began: after an install or an update, a moment after this version did. */
  const startedAt = Date.now();
  const db = openDb();
  let badgeTimer: ReturnType<typeof setTimeout> | undefined;
  const writer = createWriter(db, () => {
    clearTimeout(badgeTimer);
    badgeTimer = setTimeout(() => void updateBadge(db), 250); // once per burst, not per event
  });
  const flows = createFlows();
  const data = createDataService(db, flows, () => updateBadge(db));
  const service = createService(writer, flows, data);

  async function showDigest(): Promise<void> {
    const settings = await loadSettings();
    const digest = await weeklyDigest(db, settings, await loadTranslator(settings.language), navigator.language);
    if (digest) {
      await browser.notifications.create(DIGEST_ALARM, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icons/128.png'),
        ...digest,
      });
    }
  }

  // Listeners are registered synchronously so that a stopped worker is woken by them.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    service.handleMessage(message, sender).then(sendResponse, (error: unknown) => {
      console.error('[Shadow Work] could not handle message', error);
      sendResponse({ ok: false, error: String(error) });
    });
    return true;
  });

  // A content script writes to the outbox before it messages: if the message is lost (a
  // stopped worker, a page gone), this wakes the worker and the entry is drained.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    if (Object.entries(changes).some(([key, change]) => isOutboxKey(key) && change.newValue)) service.drainSoon();
    if (SETTINGS_KEY in changes) {
      void updateBadge(db);
      void loadSettings().then((settings) => syncAlarms(settings));
    }
  });

  // Firefox injects content scripts into open tabs itself when an extension is installed or updated.
  if (!import.meta.env.FIREFOX) {
    browser.runtime.onInstalled.addListener(() => void injectSentinelIntoOpenTabs(startedAt));
  }

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === WEEK_START_ALARM) void updateBadge(db);
    if (alarm.name === DIGEST_ALARM) void showDigest();
    void loadSettings().then((settings) => syncAlarms(settings));
  });

  const openReport = (id: string) => {
    if (id === DIGEST_ALARM) void browser.tabs.create({ url: browser.runtime.getURL('/report.html') });
  };
  // The notifications API exists only once the person has granted the optional permission.
  const listenToNotifications = () => {
    if (browser.notifications && !browser.notifications.onClicked.hasListener(openReport)) {
      browser.notifications.onClicked.addListener(openReport);
    }
  };
  listenToNotifications();
  browser.permissions.onAdded.addListener(() => {
    listenToNotifications();
    void loadSettings().then((settings) => syncAlarms(settings));
  });
  browser.permissions.onRemoved.addListener(() => void loadSettings().then((settings) => syncAlarms(settings)));

  void service.drainOutbox();
  void updateBadge(db);
  void loadSettings().then((settings) => syncAlarms(settings));
});
