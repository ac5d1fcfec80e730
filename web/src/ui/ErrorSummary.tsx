import { useEffect, useId, useRef } from 'react';
import type { FormState } from './form';

/**
 * Lists what went wrong at the top of a form and takes focus, so a screen reader user hears
 * it at once and a sighted user sees it; each item jumps to its field.
 */
export function ErrorSummary({ form }: { form: FormState }) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const { errors } = form;
  const items = Object.entries(errors.fields);
  const shown = errors.summary !== null || items.length > 0;

  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [errors, shown]);

  if (!shown) return null;
  // Schema errors put raw field names in `detail`; when every problem is beside a field the
  // list says it better, so the detail is shown only when it adds something.
  const detailIsRepeated = items.some(([, message]) => errors.summary?.includes(message)) || (items.length > 0 && /^[a-zA-Z.]+: /.test(errors.summary ?? ''));
  return (
    <div className="error-summary" role="alert" aria-labelledby={titleId} tabIndex={-1} ref={ref}>
      <p className="error-summary-title" id={titleId}>There is a problem</p>
      {errors.summary && !detailIsRepeated ? <p>{errors.summary}</p> : null}
      {items.length > 0 ? (
        <ul>
          {items.map(([field, message]) => (
            <li key={field}>
              <a
                href={`#${form.idOf(field)}`}
                onClick={(e) => {
                  // Focus the field without touching location.hash, which may hold a sign-in token.
                  e.preventDefault();
                  document.getElementById(form.idOf(field))?.focus();
                }}
              >
                {message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
