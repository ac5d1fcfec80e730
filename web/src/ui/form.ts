import { useState } from 'react';
import { ApiError, messageOf } from '../api/client';

export interface FormErrors {
  /** the server's `detail`, or our own words when the server could not be reached */
  summary: string | null;
  /** field name -> message, shown beside that field */
  fields: Record<string, string>;
}

export const NO_ERRORS: FormErrors = { summary: null, fields: {} };

/**
 * Spreads a problem over the form: each `errors[].field` message goes beside its field.
 * Schema messages are fragments ("is required"), so they get the field's label in front;
 * the services' messages are whole sentences and are shown as they are.
 */
export function errorsFrom(error: unknown, labels: Record<string, string>): FormErrors {
  if (!(error instanceof ApiError)) return { summary: messageOf(error), fields: {} };
  const fields: Record<string, string> = {};
  for (const { field, message } of error.problem.errors ?? []) {
    const name = field.split('.')[0] ?? field;
    const label = labels[name];
    if (!label || fields[name]) continue;
    fields[name] = /^[a-z]/.test(message) ? `${label} ${message}` : message;
  }
  return { summary: error.problem.detail, fields };
}

/**
 * Empty required fields, worded as the server words them. Checked before sending because the
 * server checks some fields (a pupil's date of birth) only after others pass, which would make
 * a person correct the form twice.
 */
export function missingFields(values: Record<string, string>, labels: Record<string, string>): FormErrors | null {
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    if (!value.trim()) fields[name] = `${labels[name] ?? name} is required`;
  }
  return Object.keys(fields).length > 0 ? { summary: null, fields } : null;
}

/** A form's errors and busy flag, with one `submit` that fills them from a failed call. */
export function useFormState(idPrefix: string, labels: Record<string, string>) {
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  async function submit(action: () => Promise<void>): Promise<void> {
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      await action();
    } catch (error) {
      setErrors(errorsFrom(error, labels));
    } finally {
      setBusy(false);
    }
  }

  return {
    errors,
    busy,
    submit,
    setErrors,
    /** the id of the control for a server field, so the error summary can link to it */
    idOf: (field: string) => `${idPrefix}-${field}`,
    errorOf: (field: string): string | undefined => errors.fields[field],
    labels,
    idPrefix,
  };
}

export type FormState = ReturnType<typeof useFormState>;
