import { render } from 'preact';
import '@/components/theme.css';
import './style.css';
import { I18nContext } from '@/components/i18n';
import { PrivacyPage } from '@/components/PrivacyPage';
import { loadTranslator } from '@/lib/i18n';
import { loadSettings } from '@/lib/settings-item';

const settings = await loadSettings();
const t = await loadTranslator(settings.language);
document.documentElement.lang = t.language;
document.title = t('privacyTitle');
render(
  <I18nContext.Provider value={t}>
    <PrivacyPage />
  </I18nContext.Provider>,
  document.getElementById('app') as HTMLElement,
);
