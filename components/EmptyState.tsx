import { useState } from 'preact/hooks';
import { CATEGORY_COLORS, CATEGORY_IDS, categoryLabelKey } from '@/lib/categories';
import { useT } from './i18n';

/** What a new user sees before anything is recorded: what is counted, how to start, and a sample to try. */
export function EmptyState({ onTrySample }: { onTrySample: () => Promise<void> }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  return (
    <section class="empty" aria-labelledby="empty-title">
      <h2 id="empty-title">{t('emptyTitle')}</h2>
      <p>{t('emptyIntro')}</p>
      <ul>
        {CATEGORY_IDS.map((id) => (
          <li key={id}>
            <span class="swatch" style={{ background: CATEGORY_COLORS[id] }} aria-hidden="true" />
            <strong>{t(categoryLabelKey(id))}</strong> — {t(`categoryHint_${id}`)}
          </li>
        ))}
      </ul>
      <p>{t('emptyHowTo')}</p>
      <p>
        <button
          type="button"
          data-testid="sample-add"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            await onTrySample().finally(() => setBusy(false));
          }}
        >
          {t('trySample')}
        </button>{' '}
        <span class="muted">{t('trySampleHint')}</span>
      </p>
    </section>
  );
}
