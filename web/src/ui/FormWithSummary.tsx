import type { ComponentPropsWithoutRef } from 'react';
import { ErrorSummary } from './ErrorSummary';
import type { FormState } from './form';

type FormWithSummaryProps = Omit<ComponentPropsWithoutRef<'form'>, 'onSubmit' | 'noValidate'> & {
  form: FormState;
  /** runs in place of the browser sending the form */
  onSubmit(): void;
  /** an h2 above the error summary that also names the form */
  heading?: { id: string; text: string };
};

/**
 * A form with its error summary first. The browser's own checks are turned off (noValidate):
 * its bubbles vanish and are announced unevenly, where the summary stays and takes focus.
 */
export function FormWithSummary({ form, onSubmit, heading, children, ...rest }: FormWithSummaryProps) {
  return (
    <form
      aria-labelledby={heading?.id}
      {...rest}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {heading ? <h2 id={heading.id}>{heading.text}</h2> : null}
      <ErrorSummary form={form} />
      {children}
    </form>
  );
}
