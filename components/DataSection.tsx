import { useState } from 'preact/hooks';
import type { Translator } from '@/lib/i18n';
import type { ImportProblem } from '@/lib/import';
import type { Selection } from '@/lib/store/changes';
import { tCount, useT } from './i18n';

export type ExportKind = 'json' | 'csv' | 'weeks';
export type ImportResult = { ok: true; added: number; present: number } | { ok: false; problem?: ImportProblem };
type Scope = Exclude<Selection['scope'], 'event' | 'detector'>;

export interface DataSectionProps {
  /** Sites and companies of the record, for choosing what to delete. */
  sites: readonly string[];
  companies: readonly string[];
  today: string;
  /** Saves an export and resolves with the number of rows or events written. */
  onExport: (kind: ExportKind) => Promise<number>;
  onImport: (text: string) => Promise<ImportResult>;
  /** How many events a deletion would remove, to say so before it happens. */
  countSelected: (selection: Selection) => Promise<number>;
  onDelete: (selection: Selection) => Promise<number>;
}

export function importProblemText(t: Translator, problem: ImportProblem | undefined): string {
  switch (problem?.code) {
    case 'not-json':
      return t('importNotJson');
    case 'wrong-format':
      return t('importWrongFormat');
    case 'bad-version':
      return t('importBadVersion');
    case 'newer-version':
      return t('importNewerVersion', problem.version);
    case 'bad-file':
      return t('importBadFile', problem.detail);
    case 'bad-event':
      return t('importBadEvent', problem.position, problem.detail);
    case 'duplicate-id':
      return t('importDuplicateId', problem.position, problem.first);
    default:
      return t('importFailed');
  }
}

function selectionOf(scope: Scope, choice: { site: string; company: string; from: string; to: string }): Selection {
  switch (scope) {
    case 'all':
      return { scope };
    case 'site':
      return { scope, site: choice.site };
    case 'company':
      return { scope, beneficiary: choice.company };
    case 'range':
      return choice.from <= choice.to
        ? { scope, from: choice.from, to: choice.to }
        : { scope, from: choice.to, to: choice.from };
  }
}

/** Export, import and deletion of the person's own record. */
export function DataSection({
  sites,
  companies,
  today,
  onExport,
  onImport,
  countSelected,
  onDelete,
}: DataSectionProps) {
  const t = useT();
  const [status, setStatus] = useState('');
  const [alert, setAlert] = useState('');
  const [scope, setScope] = useState<Scope>('all');
  const [site, setSite] = useState('');
  const [company, setCompany] = useState('');
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(today);
  const [confirming, setConfirming] = useState<{ selection: Selection; count: number } | null>(null);

  // A list's first entry is chosen until the person picks another, or when the chosen one was deleted.
  const chosenSite = sites.includes(site) ? site : (sites[0] ?? '');
  const chosenCompany = companies.includes(company) ? company : (companies[0] ?? '');

  const report = (message: string, isError = false) => {
    setStatus(isError ? '' : message);
    setAlert(isError ? message : '');
  };

  const exportAs = async (kind: ExportKind) => {
    const count = await onExport(kind);
    report(tCount(t, kind === 'weeks' ? 'exportWeeksDone' : 'exportDone', count));
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    report(t('importRunning'));
    const result = await onImport(await file.text());
    input.value = '';
    if (result.ok) report(t('importDone', result.added, result.present));
    else report(`${importProblemText(t, result.problem)} ${t('importNothingChanged')}`, true);
  };

  const askToDelete = async (event: Event) => {
    event.preventDefault();
    const selection = selectionOf(scope, { site: chosenSite, company: chosenCompany, from, to });
    const count = await countSelected(selection);
    if (count === 0) {
      setConfirming(null);
      report(t('deleteNothing'));
      return;
    }
    report('');
    setConfirming({ selection, count });
  };

  const confirmDelete = async () => {
    if (!confirming) return;
    const deleted = await onDelete(confirming.selection);
    setConfirming(null);
    report(tCount(t, 'deleteDone', deleted));
  };

  return (
    <section aria-labelledby="data-title" class="data-section">
      <h2 id="data-title">{t('dataSection')}</h2>
      <p>{t('dataIntro')}</p>
      <p>
        <a href="/privacy.html" target="_blank" rel="noopener">
          {t('privacyLink')}
        </a>
      </p>

      <h3>{t('exportTitle')}</h3>
      <div class="actions">
        <button type="button" data-testid="export-json" onClick={() => exportAs('json')}>
          {t('exportJson')}
        </button>
        <button type="button" data-testid="export-csv" onClick={() => exportAs('csv')}>
          {t('exportCsv')}
        </button>
        <button type="button" data-testid="export-weeks" onClick={() => exportAs('weeks')}>
          {t('exportWeeksCsv')}
        </button>
      </div>

      <h3>{t('importTitle')}</h3>
      <p class="muted">{t('importIntro')}</p>
      <label>
        {t('importChoose')}{' '}
        <input
          type="file"
          accept="application/json,.json"
          data-testid="import-file"
          onChange={(e) => importFile(e.currentTarget)}
        />
      </label>

      <h3>{t('deleteTitle')}</h3>
      <form class="delete-form" onSubmit={askToDelete}>
        <label>
          {t('deleteWhat')}{' '}
          <select
            name="scope"
            value={scope}
            onChange={(e) => {
              setScope(e.currentTarget.value as Scope);
              setConfirming(null);
            }}
          >
            <option value="all">{t('deleteAll')}</option>
            <option value="site" disabled={sites.length === 0}>
              {t('deleteSite')}
            </option>
            <option value="company" disabled={companies.length === 0}>
              {t('deleteCompany')}
            </option>
            <option value="range">{t('deleteRange')}</option>
          </select>
        </label>
        {scope === 'site' && (
          <label>
            {t('siteLabel')}{' '}
            <select name="site" value={chosenSite} onChange={(e) => setSite(e.currentTarget.value)}>
              {sites.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
        )}
        {scope === 'company' && (
          <label>
            {t('companyLabel')}{' '}
            <select name="company" value={chosenCompany} onChange={(e) => setCompany(e.currentTarget.value)}>
              {companies.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
        )}
        {scope === 'range' && (
          <>
            <label>
              {t('rangeFrom')}{' '}
              <input
                type="date"
                name="from"
                value={from}
                max={today}
                onChange={(e) => setFrom(e.currentTarget.value)}
              />
            </label>
            <label>
              {t('rangeTo')}{' '}
              <input type="date" name="to" value={to} max={today} onChange={(e) => setTo(e.currentTarget.value)} />
            </label>
          </>
        )}
        <button type="submit">{t('deleteAsk')}</button>
      </form>
      {confirming && (
        <fieldset class="confirm">
          <legend>{t('deleteConfirmTitle')}</legend>
          <p>{tCount(t, 'deleteConfirm', confirming.count)}</p>
          <button type="button" class="danger" onClick={confirmDelete}>
            {tCount(t, 'deleteConfirmButton', confirming.count)}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(null)}>
            {t('cancel')}
          </button>
        </fieldset>
      )}
      <p role="status">{status}</p>
      <p role="alert" class="error">
        {alert}
      </p>
    </section>
  );
}
