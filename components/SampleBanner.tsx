import { useState } from 'preact/hooks';
import { formatNumber } from '@/lib/format';
import { useT } from './i18n';

/** Says plainly that sample data is mixed in, and removes exactly it in one click. */
export function SampleBanner({ count, onRemove }: { count: number; onRemove: () => Promise<void> }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  return (
    <div class="banner sample" role="note" data-testid="sample-banner">
      <span>{t('sampleShown', formatNumber(count, t.language))}</span>
      <button
        type="button"
        data-testid="sample-remove"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          await onRemove().finally(() => setBusy(false));
        }}
      >
        {t('removeSample')}
      </button>
    </div>
  );
}
