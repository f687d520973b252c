import type { MessageKey } from '@/lib/i18n';
import { useT } from './i18n';

const RECORDED: MessageKey[] = [
  'privacyRecordedKind',
  'privacyRecordedDetector',
  'privacyRecordedSite',
  'privacyRecordedTimes',
  'privacyRecordedCounts',
  'privacyRecordedManual',
  'privacyRecordedSettings',
];
const NEVER: MessageKey[] = [
  'privacyNeverText',
  'privacyNeverAddress',
  'privacyNeverPeople',
  'privacyNeverBrowsing',
  'privacyNeverPrivate',
];
const CONTROL: MessageKey[] = [
  'privacyControlExport',
  'privacyControlDelete',
  'privacyControlPause',
  'privacyControlRemove',
];
const CHECKS: MessageKey[] = [
  'privacyCheckNetwork',
  'privacyCheckMarkers',
  'privacyCheckHostile',
  'privacyCheckPermissions',
];

function List({ keys }: { keys: MessageKey[] }) {
  const t = useT();
  return (
    <ul>
      {keys.map((key) => (
        <li key={key}>{t(key)}</li>
      ))}
    </ul>
  );
}

/**
 * What Shadow Work records and what it never does, in plain words: README "Privacy" says the
 * same, and PRIVACY.md, the policy the stores link to, holds these very sentences (test/unit/release.test.ts).
 */
export function PrivacyPage() {
  const t = useT();
  return (
    <main>
      <h1>{t('privacyTitle')}</h1>
      <p>{t('privacyIntro')}</p>
      <h2>{t('privacyRecordedTitle')}</h2>
      <List keys={RECORDED} />
      <h2>{t('privacyNeverTitle')}</h2>
      <List keys={NEVER} />
      <h2>{t('privacyNetworkTitle')}</h2>
      <p>{t('privacyNetwork')}</p>
      <h2>{t('privacyPagesTitle')}</h2>
      <p>{t('privacyPages')}</p>
      <h2>{t('privacyControlTitle')}</h2>
      <List keys={CONTROL} />
      <h2>{t('privacyChecksTitle')}</h2>
      <List keys={CHECKS} />
    </main>
  );
}
