import { useT } from '../i18n';

export interface DateRangeProps {
  first: string;
  last: string;
  /** The first day anything was recorded, for "all". */
  earliest: string | null;
  today: string;
  presets: readonly { id: string; label: string; first: string }[];
  onChange: (range: { first: string; last: string }) => void;
}

/** The period the report covers: two dates, and a few usual spans. */
export function DateRange({ first, last, earliest, today, presets, onChange }: DateRangeProps) {
  const t = useT();
  return (
    <form class="range" aria-label={t('rangeLabel')} onSubmit={(e) => e.preventDefault()}>
      <div class="field inline">
        <label for="range-first">{t('rangeFrom')}</label>
        <input
          id="range-first"
          type="date"
          value={first}
          min={earliest ?? undefined}
          max={last}
          onChange={(e) => e.currentTarget.value && onChange({ first: e.currentTarget.value, last })}
        />
        <label for="range-last">{t('rangeTo')}</label>
        <input
          id="range-last"
          type="date"
          value={last}
          min={first}
          max={today}
          onChange={(e) => e.currentTarget.value && onChange({ first, last: e.currentTarget.value })}
        />
      </div>
      <div class="buttons">
        {presets.map((preset) => (
          <button
            type="button"
            key={preset.id}
            aria-pressed={first === preset.first && last === today}
            onClick={() => onChange({ first: preset.first, last: today })}
          >
            {preset.label}
          </button>
        ))}
      </div>
    </form>
  );
}
