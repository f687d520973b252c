import { useState } from 'preact/hooks';
import { categoryLabelKey } from '@/lib/categories';
import type { WorkEvent } from '@/lib/event';
import { formatDay, formatDuration } from '@/lib/format';
import { isManual, OFFLINE_SITE } from '@/lib/manual';
import { useT } from './i18n';

export interface EventListProps {
  /** Events to show, newest first. */
  events: readonly WorkEvent[];
  /** Whether older events exist beyond those shown. */
  hasMore: boolean;
  onShowMore: () => void;
  onDelete: (id: string) => Promise<void>;
}

/** The record event by event, each with a way to delete it (the options page, and the report's period). */
export function EventList({ events, hasMore, onShowMore, onDelete }: EventListProps) {
  const t = useT();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  return (
    <section aria-labelledby="events-title" class="event-list">
      <h2 id="events-title">{t('eventsTitle')}</h2>
      {events.length === 0 ? (
        <p class="muted">{t('eventsEmpty')}</p>
      ) : (
        <table>
          <caption class="visually-hidden">{t('eventsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('eventsWhen')}</th>
              <th scope="col">{t('category')}</th>
              <th scope="col">{t('siteLabel')}</th>
              <th scope="col">{t('companyLabel')}</th>
              <th scope="col" class="num">
                {t('timeWorked')}
              </th>
              <th scope="col">
                <span class="visually-hidden">{t('actionsColumn')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => {
              const when = formatDay(new Date(event.endedAt), t.language, { dateStyle: 'medium', timeStyle: 'short' });
              const where = isManual(event) ? t('offlineSite') : event.site;
              return (
                <tr key={event.id} data-event-id={event.id}>
                  <td>{when}</td>
                  <td>{t(categoryLabelKey(event.category))}</td>
                  <td>{where}</td>
                  <td>{event.site === OFFLINE_SITE ? '—' : event.beneficiary}</td>
                  <td class="num">{formatDuration(event.activeMs, t.language)}</td>
                  <td class="row-actions">
                    {confirming === event.id ? (
                      <>
                        <button
                          type="button"
                          class="danger"
                          onClick={async () => {
                            await onDelete(event.id);
                            setConfirming(null);
                            setStatus(t('eventDeleted'));
                          }}
                        >
                          {t('eventDeleteConfirm')}
                        </button>{' '}
                        <button type="button" onClick={() => setConfirming(null)}>
                          {t('cancel')}
                        </button>
                      </>
                    ) : (
                      <button
                        type="button"
                        aria-label={t('eventDeleteLabel', when, where)}
                        onClick={() => setConfirming(event.id)}
                      >
                        {t('delete')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {hasMore && (
        <button type="button" onClick={onShowMore}>
          {t('eventsShowMore')}
        </button>
      )}
      <p role="status">{status}</p>
    </section>
  );
}
