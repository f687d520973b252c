import type { Health } from '@/lib/health';
import { useT } from './i18n';

/** Tells the person when new work cannot be stored, and that nothing is lost. */
export function HealthBanner({ health }: { health: Health }) {
  const t = useT();
  if (health.storageFailingSince === null) return null;
  return (
    <p class="banner failing" role="alert">
      {t('storageFull')}
    </p>
  );
}
