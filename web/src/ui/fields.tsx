import type { HTMLInputAutoCompleteAttribute, ReactNode } from 'react';

// Every field follows one pattern (label, hint, error, control) so that a screen reader hears
// the same thing everywhere: the label, then the hint and any error through aria-describedby.

interface FieldShell {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function HintAndError({ id, hint, error }: Omit<FieldShell, 'label'>) {
  return (
    <>
      {hint ? <p className="hint" id={`${id}-hint`}>{hint}</p> : null}
      {error ? (
        <p className="error-message" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
    </>
  );
}

interface TextFieldProps extends FieldShell {
  value: string;
  onChange(value: string): void;
  type?: 'text' | 'email' | 'password' | 'date' | 'search';
  autoComplete?: HTMLInputAutoCompleteAttribute;
  required?: boolean;
  className?: string;
  /** id of a <datalist> of suggestions */
  list?: string;
}

export function TextField({ id, label, hint, error, value, onChange, type = 'text', autoComplete, required, className, list }: TextFieldProps) {
  return (
    <div className={`field${error ? ' field-has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <HintAndError id={id} hint={hint} error={error} />
      <input
        id={id}
        name={id}
        type={type}
        className={className}
        list={list}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoComplete={autoComplete}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        spellCheck={type === 'email' || type === 'password' ? false : undefined}
      />
    </div>
  );
}

interface SelectFieldProps extends FieldShell {
  value: string;
  onChange(value: string): void;
  options: readonly { value: string; label: string }[];
}

export function SelectField({ id, label, hint, error, value, onChange, options }: SelectFieldProps) {
  return (
    <div className={`field${error ? ' field-has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <HintAndError id={id} hint={hint} error={error} />
      <select
        id={id}
        name={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </div>
  );
}

interface CheckboxProps {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange(checked: boolean): void;
  disabled?: boolean;
}

export function Checkbox({ id, label, checked, onChange, disabled }: CheckboxProps) {
  return (
    <div className="checkbox">
      <input id={id} type="checkbox" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

interface CheckboxGroupProps extends Omit<FieldShell, 'label'> {
  legend: string;
  options: readonly { value: string; label: string }[];
  values: readonly string[];
  onChange(values: string[]): void;
  /** keeps a long list (pupils of a school) from pushing the rest of the form off screen */
  scroll?: boolean;
}

export function CheckboxGroup({ id, legend, hint, error, options, values, onChange, scroll }: CheckboxGroupProps) {
  const toggle = (value: string, on: boolean) =>
    onChange(on ? [...values, value] : values.filter((v) => v !== value));
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={`field${error ? ' field-has-error' : ''}`}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend>{legend}</legend>
      <HintAndError id={id} hint={hint} error={error} />
      <div className={scroll ? 'checkbox-list checkbox-list-scroll' : 'checkbox-list'}>
        {options.map((o) => (
          <Checkbox
            key={o.value}
            id={`${id}-${o.value}`}
            label={o.label}
            checked={values.includes(o.value)}
            onChange={(on) => toggle(o.value, on)}
          />
        ))}
      </div>
    </fieldset>
  );
}
