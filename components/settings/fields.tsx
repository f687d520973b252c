import type { ComponentChildren } from 'preact';

export interface CheckboxProps {
  id: string;
  label: ComponentChildren;
  checked: boolean;
  disabled?: boolean;
  /** A sentence under the box, read with it by screen readers. */
  hint?: string;
  onChange: (checked: boolean, box: HTMLInputElement) => void;
}

/** A labelled checkbox, with its hint tied to it. */
export function Checkbox({ id, label, checked, disabled, hint, onChange }: CheckboxProps) {
  return (
    <>
      <div class="choice">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          disabled={disabled}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(e) => onChange(e.currentTarget.checked, e.currentTarget)}
        />
        <label for={id}>{label}</label>
      </div>
      {hint && (
        <p id={`${id}-hint`} class="muted">
          {hint}
        </p>
      )}
    </>
  );
}

export interface SelectFieldProps<T extends string> {
  id: string;
  label: string;
  value: T;
  options: readonly { value: T; label: string; lang?: string }[];
  onChange: (value: T) => void;
}

/** A labelled drop-down list. */
export function SelectField<T extends string>({ id, label, value, options, onChange }: SelectFieldProps<T>) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value as T)}>
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
