import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Every test starts from an empty browser: storage, listeners and the tab world reset.
beforeEach(() => {
  fakeBrowser.reset();
  // The fake browser leaves this unimplemented; the badge and the pages ask it when the language is "auto".
  fakeBrowser.i18n.getUILanguage = () => 'en-US';
});

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});
