import { useState } from 'preact/hooks';
import { formatNumber } from '@/lib/format';
import { useT } from '../i18n';

export interface SampleSectionProps {
  /** Sample events stored now. */
  count: number;
  onAdd: () => Promise<void>;
  onRemove: () => Promise<void>;
}

/** "Try it with a sample week", and its removal in one click. */
export function SampleSection({ count, onAdd, onRemove }: SampleSectionProps) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const run = (action: () => Promise<void>) => async () => {
    setBusy(true);
    await action().finally(() => setBusy(false));
  };
  return (
    <section aria-labelledby="sample-title">
      <h2 id="sample-title">{t('sampleSection')}</h2>
      <p>{t('trySampleHint')}</p>
      <p role="status" data-testid="sample-status">
        {count > 0 ? t('sampleShown', formatNumber(count, t.language)) : t('sampleNone')}
      </p>
      <div class="buttons">
        <button type="button" data-testid="sample-add" disabled={busy} onClick={run(onAdd)}>
          {t('trySample')}
        </button>
        <button type="button" data-testid="sample-remove" disabled={busy || count === 0} onClick={run(onRemove)}>
          {t('removeSample')}
        </button>
      </div>
    </section>
  );
}
