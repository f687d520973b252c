import { browser } from 'wxt/browser';
import type { Settings } from '@/lib/settings';
import { useT } from '../i18n';
import { Checkbox, SelectField } from './fields';
import type { SectionProps } from './types';

const BADGES: readonly Settings['badge'][] = ['value', 'time', 'count', 'none'];

/** Language, what the toolbar button shows, and the weekly digest. */
export function DisplaySection({ settings, onChange }: SectionProps) {
  const t = useT();
  return (
    <section aria-labelledby="display-title">
      <h2 id="display-title">{t('displaySection')}</h2>
      <SelectField<Settings['language']>
        id="language"
        label={t('languageLabel')}
        value={settings.language}
        options={[
          { value: 'auto', label: t('languageAuto') },
          { value: 'en', label: 'English', lang: 'en' },
          { value: 'fr', label: 'Français', lang: 'fr' },
        ]}
        onChange={(language) => onChange({ language })}
      />
      <SelectField<Settings['badge']>
        id="badge"
        label={t('badgeLabel')}
        value={settings.badge}
        options={BADGES.map((badge) => ({ value: badge, label: t(`badge_${badge}`) }))}
        onChange={(badge) => onChange({ badge })}
      />
      <Checkbox
        id="weekly-digest"
        label={t('weeklyDigest')}
        hint={t('weeklyDigestHint')}
        checked={settings.weeklyDigest}
        onChange={async (on, box) => {
          // Asked in the click itself, as browsers require; only the person turning it on is ever asked.
          if (on && !(await browser.permissions.request({ permissions: ['notifications'] }))) {
            box.checked = false;
            return;
          }
          onChange({ weeklyDigest: on });
        }}
      />
    </section>
  );
}
