import { useState } from 'preact/hooks';
import { siteOf } from '@/lib/site';
import { useT } from '../i18n';
import type { SectionProps } from './types';

/** "example.com", "https://www.example.com/page" → "example.com"; null when it is no host name. */
function siteFromInput(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return null;
  try {
    const host = new URL(/^[a-z]+:\/\//.test(trimmed) ? trimmed : `https://${trimmed}`).hostname;
    return /^[a-z0-9.-]+\.[a-z0-9-]+$/.test(host) ? siteOf(host) : null;
  } catch {
    return null;
  }
}

/** The sites where nothing is recorded; the popup adds the current one in one click. */
export function SitesSection({ settings, onChange }: SectionProps) {
  const t = useT();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const add = (event: Event) => {
    event.preventDefault();
    const site = siteFromInput(draft);
    if (!site) {
      setError(t('siteInvalid'));
      return;
    }
    setError('');
    setDraft('');
    if (!settings.disabledSites.includes(site)) onChange({ disabledSites: [...settings.disabledSites, site] });
  };
  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">{t('sitesSection')}</h2>
      <p>{t('sitesIntro')}</p>
      {settings.disabledSites.length === 0 ? (
        <p class="muted">{t('sitesNone')}</p>
      ) : (
        <ul class="sites" data-testid="disabled-sites">
          {settings.disabledSites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button
                type="button"
                aria-label={t('siteRemoveFor', site)}
                onClick={() => onChange({ disabledSites: settings.disabledSites.filter((s) => s !== site) })}
              >
                {t('siteRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="field inline" onSubmit={add}>
        <label for="site-add">{t('siteAddLabel')}</label>
        <input
          id="site-add"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="example.com"
          value={draft}
          aria-invalid={error !== ''}
          aria-describedby="site-error"
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <button type="submit">{t('siteAdd')}</button>
      </form>
      <p id="site-error" role="alert" class="error">
        {error}
      </p>
    </section>
  );
}
