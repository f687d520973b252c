import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { DataSection, type DataSectionProps, importProblemText } from '@/components/DataSection';
import { I18nContext } from '@/components/i18n';
import { translator } from '@/lib/i18n';
import type { ImportProblem } from '@/lib/import';
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';

const PROBLEMS: ImportProblem[] = [
  { code: 'not-json' },
  { code: 'wrong-format' },
  { code: 'bad-version' },
  { code: 'newer-version', version: 3 },
  { code: 'bad-file', detail: 'events: a list' },
  { code: 'bad-event', position: 7, detail: 'site: a domain name, not a URL' },
  { code: 'duplicate-id', position: 9, first: 2 },
];

function renderSection(props: Partial<DataSectionProps> = {}) {
  const all: DataSectionProps = {
    sites: ['amazon.fr', 'yelp.com'],
    companies: ['Amazon', 'Yelp'],
    today: '2026-11-23',
    onExport: vi.fn(async () => 3),
    onImport: vi.fn(async () => ({ ok: true as const, added: 2, present: 1 })),
    countSelected: vi.fn(async () => 4),
    onDelete: vi.fn(async () => 4),
    ...props,
  };
  render(
    <I18nContext.Provider value={translator('en', en)}>
      <DataSection {...all} />
    </I18nContext.Provider>,
  );
  return all;
}

describe('the data section', () => {
  it.each([
    ['en', en],
    ['fr', fr],
  ] as const)('says in %s what is wrong with a file, for every kind of problem', (language, messages) => {
    const t = translator(language, messages);
    const texts = PROBLEMS.map((problem) => importProblemText(t, problem));
    expect(new Set(texts).size).toBe(PROBLEMS.length);
    expect(texts[3]).toContain('3');
    expect(texts[5]).toMatch(/7.*site: a domain name, not a URL/);
    expect(texts[6]).toMatch(/9.*2/);
  });

  it('shows the problem of a refused file as an alert, with "nothing was changed"', async () => {
    renderSection({ onImport: async () => ({ ok: false, problem: { code: 'newer-version', version: 2 } }) });
    const input = screen.getByTestId('import-file') as HTMLInputElement;
    const file = new File(['{}'], 'export.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file] });
    fireEvent.change(input);
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'This file was made by a newer Shadow Work (format version 2). Update Shadow Work, then import it again. Nothing was changed.',
      ),
    );
  });

  it('says how many events a deletion removes, and deletes only once confirmed', async () => {
    const props = renderSection();
    fireEvent.change(screen.getByRole('combobox', { name: /What to delete/ }), { target: { value: 'company' } });
    fireEvent.change(screen.getByRole('combobox', { name: /Company/ }), { target: { value: 'Yelp' } });
    fireEvent.click(screen.getByRole('button', { name: 'Delete…' }));
    await screen.findByRole('button', { name: 'Delete 4 events' });
    expect(props.countSelected).toHaveBeenCalledWith({ scope: 'company', beneficiary: 'Yelp' });
    expect(props.onDelete).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Delete 4 events' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Deleted 4 events.'));
    expect(props.onDelete).toHaveBeenCalledWith({ scope: 'company', beneficiary: 'Yelp' });
  });

  it('puts the days of a range in order', async () => {
    const props = renderSection();
    fireEvent.change(screen.getByRole('combobox', { name: /What to delete/ }), { target: { value: 'range' } });
    fireEvent.input(screen.getByLabelText('From'), { target: { value: '2026-11-20' } });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-11-20' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-11-02' } });
    fireEvent.click(screen.getByRole('button', { name: 'Delete…' }));
    await waitFor(() =>
      expect(props.countSelected).toHaveBeenCalledWith({ scope: 'range', from: '2026-11-02', to: '2026-11-20' }),
    );
  });
});
