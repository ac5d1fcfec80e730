import type { HTMLInputAutoCompleteAttribute, ReactNode } from 'react';

// Every field follows one pattern (label, hint, error, control) so that a screen reader hears
// the same thing everywhere: the label, then the hint and any error through aria-describedby.

interface FieldShell {
  id: string;
  label: string;
  hint?: ReactNode;
  /** one message, or several (a policy pack's errors, each with its line) */
  error?: string | readonly string[] | undefined;
}

function hasError(error: FieldShell['error']): boolean {
  return typeof error === 'string' ? error.length > 0 : (error?.length ?? 0) > 0;
}

function describedBy(id: string, hint: unknown, error: FieldShell['error']): string | undefined {
  const ids = [hint ? `${id}-hint` : null, hasError(error) ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function HintAndError({ id, hint, error }: Omit<FieldShell, 'label'>) {
  return (
    <>
      {hint ? <p className="hint" id={`${id}-hint`}>{hint}</p> : null}
      {typeof error === 'string' && error ? (
        <p className="error-message" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      {typeof error === 'object' && error.length > 0 ? (
        <ul className="error-message error-list" id={`${id}-error`}>
          {error.map((e) => (
            <li key={e}>
              <span className="visually-hidden">Error: </span>
              {e}
            </li>
          ))}
        </ul>
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
  /** 'numeric' brings up the number keypad on a phone, without a number input's spinner */
  inputMode?: 'numeric';
}

export function TextField({ id, label, hint, error, value, onChange, type = 'text', autoComplete, required, className, list, inputMode }: TextFieldProps) {
  return (
    <div className={`field${hasError(error) ? ' field-has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <HintAndError id={id} hint={hint} error={error} />
      <input
        id={id}
        name={id}
        type={type}
        className={className}
        list={list}
        inputMode={inputMode}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoComplete={autoComplete}
        required={required}
        aria-invalid={hasError(error) ? true : undefined}
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
    <div className={`field${hasError(error) ? ' field-has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <HintAndError id={id} hint={hint} error={error} />
      <select
        id={id}
        name={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={hasError(error) ? true : undefined}
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
      className={`field${hasError(error) ? ' field-has-error' : ''}`}
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

interface TextAreaFieldProps extends FieldShell {
  value: string;
  onChange(value: string): void;
  rows?: number;
  /** code such as YAML: no spelling marks, and a fixed-width font */
  code?: boolean;
  /** shown under the box, such as a count of characters */
  after?: ReactNode;
}

export function TextAreaField({ id, label, hint, error, value, onChange, rows = 12, code, after }: TextAreaFieldProps) {
  return (
    <div className={`field${hasError(error) ? ' field-has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <HintAndError id={id} hint={hint} error={error} />
      <textarea
        id={id}
        name={id}
        rows={rows}
        className={code ? 'code' : undefined}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        spellCheck={code ? false : undefined}
        aria-invalid={hasError(error) ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
      {after}
    </div>
  );
}

interface RadioGroupProps extends Omit<FieldShell, 'label'> {
  legend: string;
  options: readonly { value: string; label: string }[];
  value: string;
  onChange(value: string): void;
  /** side by side, for a short choice such as Yes / No */
  inline?: boolean;
}

/** One choice from a few, with the question as the legend so each option is heard with it. */
export function RadioGroup({ id, legend, hint, error, options, value, onChange, inline }: RadioGroupProps) {
  return (
    <fieldset id={id} tabIndex={-1} className={`field${hasError(error) ? ' field-has-error' : ''}`} aria-describedby={describedBy(id, hint, error)}>
      <legend>{legend}</legend>
      <HintAndError id={id} hint={hint} error={error} />
      <div className={inline ? 'radios radios-inline' : 'radios'}>
        {options.map((o) => (
          <div className="radio" key={o.value}>
            <input id={`${id}-${o.value}`} type="radio" name={id} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
            <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
