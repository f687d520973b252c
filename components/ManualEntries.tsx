import { useState } from 'preact/hooks';
import { CATEGORY_IDS, type CategoryId, categoryLabelKey } from '@/lib/categories';
import type { WorkEvent } from '@/lib/event';
import { formatDay, formatDuration } from '@/lib/format';
import { type ManualEntry, manualEntryOf, OFFLINE_SITE } from '@/lib/manual';
import { dayStart } from '@/lib/week';
import { useT } from './i18n';

export interface ManualEntriesProps {
  /** The manual entries stored, newest first. */
  entries: readonly WorkEvent[];
  /** Companies already named, offered as suggestions so that one company keeps one spelling. */
  companies: readonly string[];
  today: string;
  /** Each resolves with an error to show, or null once saved. */
  onAdd: (entry: ManualEntry) => Promise<string | null>;
  onEdit: (id: string, entry: ManualEntry) => Promise<string | null>;
  onDelete: (id: string) => Promise<void>;
}

interface Draft {
  category: CategoryId;
  day: string;
  hours: string;
  minutes: string;
  company: string;
}

const emptyDraft = (today: string): Draft => ({
  category: 'selfservice',
  day: today,
  hours: '0',
  minutes: '',
  company: '',
});

function draftOf(event: WorkEvent): Draft {
  const entry = manualEntryOf(event);
  const minutes = Math.round(entry.activeMs / 60_000);
  return {
    category: entry.category,
    day: entry.day,
    hours: String(Math.floor(minutes / 60)),
    minutes: String(minutes % 60),
    company: entry.company ?? '',
  };
}

/** Offline shadow work, entered by hand: a self-checkout at the supermarket, a phone menu, flat-pack furniture. */
export function ManualEntries({ entries, companies, today, onAdd, onEdit, onDelete }: ManualEntriesProps) {
  const t = useT();
  const [draft, setDraft] = useState<Draft>(emptyDraft(today));
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const set = (field: keyof Draft) => (e: Event) =>
    setDraft({ ...draft, [field]: (e.currentTarget as HTMLInputElement).value });

  const submit = async (e: Event) => {
    e.preventDefault();
    const activeMs = ((Number(draft.hours) || 0) * 60 + (Number(draft.minutes) || 0)) * 60_000;
    if (activeMs < 60_000) {
      setError(t('manualNeedsDuration'));
      return;
    }
    const entry: ManualEntry = {
      category: draft.category,
      day: draft.day,
      activeMs,
      ...(draft.company.trim() && { company: draft.company }),
    };
    const problem = editing ? await onEdit(editing, entry) : await onAdd(entry);
    if (problem) {
      setError(t('manualRefused', problem));
      return;
    }
    setError('');
    setStatus(editing ? t('manualSaved') : t('manualAdded'));
    setEditing(null);
    setDraft(emptyDraft(today));
  };

  return (
    <section aria-labelledby="manual-title" class="manual-entries">
      <h2 id="manual-title">{t('manualTitle')}</h2>
      <p>{t('manualIntro')}</p>
      <form class="manual-form" onSubmit={submit} aria-label={editing ? t('manualEditTitle') : t('manualAddTitle')}>
        <label>
          {t('category')}{' '}
          <select name="category" value={draft.category} onChange={set('category')}>
            {CATEGORY_IDS.map((id) => (
              <option key={id} value={id}>
                {t(categoryLabelKey(id))}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('manualDay')}{' '}
          <input type="date" name="day" required min="2020-01-02" max={today} value={draft.day} onChange={set('day')} />
        </label>
        <fieldset>
          <legend>{t('manualDuration')}</legend>
          <label>
            <input
              type="number"
              name="hours"
              min="0"
              max="23"
              inputMode="numeric"
              value={draft.hours}
              onInput={set('hours')}
            />{' '}
            {t('manualHours')}
          </label>{' '}
          <label>
            <input
              type="number"
              name="minutes"
              min="0"
              max="59"
              inputMode="numeric"
              value={draft.minutes}
              onInput={set('minutes')}
            />{' '}
            {t('manualMinutes')}
          </label>
        </fieldset>
        <label>
          {t('manualCompany')}{' '}
          <input
            name="company"
            maxLength={80}
            autoComplete="off"
            list="manual-companies"
            value={draft.company}
            onInput={set('company')}
          />
        </label>
        <datalist id="manual-companies">
          {companies.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        <div class="actions">
          <button type="submit">{editing ? t('manualSave') : t('manualAdd')}</button>
          {editing && (
            <button
              type="button"
              onClick={() => {
                setEditing(null);
                setDraft(emptyDraft(today));
              }}
            >
              {t('cancel')}
            </button>
          )}
        </div>
      </form>
      <p role="status">{status}</p>
      <p role="alert" class="error">
        {error}
      </p>
      {entries.length > 0 && (
        <table class="manual-list">
          <caption class="visually-hidden">{t('manualListCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('day')}</th>
              <th scope="col">{t('category')}</th>
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
            {entries.map((event) => (
              <tr key={event.id} data-event-id={event.id}>
                <td>{formatDay(dayStart(manualEntryOf(event).day), t.language, { dateStyle: 'medium' })}</td>
                <td>{t(categoryLabelKey(event.category))}</td>
                <td>{event.site === OFFLINE_SITE ? '—' : event.beneficiary}</td>
                <td class="num">{formatDuration(event.activeMs, t.language)}</td>
                <td class="row-actions">
                  <button
                    type="button"
                    onClick={() => {
                      setEditing(event.id);
                      setDraft(draftOf(event));
                      setStatus('');
                    }}
                  >
                    {t('edit')}
                  </button>{' '}
                  <button
                    type="button"
                    onClick={async () => {
                      await onDelete(event.id);
                      if (editing === event.id) setEditing(null);
                      setStatus(t('manualDeleted'));
                    }}
                  >
                    {t('delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
