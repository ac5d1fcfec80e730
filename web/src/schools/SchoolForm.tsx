import { useEffect, useState } from 'react';
import type { School } from '../api/types';
import { TextField } from '../ui/fields';
import { useFormState } from '../ui/form';
import { FormWithSummary } from '../ui/FormWithSummary';
import type { SchoolInput } from './api';

const LABELS = { name: 'School name', shortName: 'Short name', town: 'Town', postcode: 'Postcode' };

interface Props {
  /** the school to change, or undefined to add one */
  school?: School;
  idPrefix: string;
  heading: string;
  submitLabel: string;
  save(input: SchoolInput): Promise<School>;
  onSaved(school: School): void;
  onCancel?(): void;
  /** move focus into the form when it opens away from the button that opened it */
  focusOnOpen?: boolean;
}

/** Adds a school, or corrects one's details; the same four fields either way. */
export function SchoolForm({ school, idPrefix, heading, submitLabel, save, onSaved, onCancel, focusOnOpen }: Props) {
  const form = useFormState(idPrefix, LABELS);
  const [name, setName] = useState(school?.name ?? '');
  const [shortName, setShortName] = useState(school?.shortName ?? '');
  const [town, setTown] = useState(school?.town ?? '');
  const [postcode, setPostcode] = useState(school?.postcode ?? '');
  const headingId = `${idPrefix}-heading`;
  const firstField = form.idOf('name');

  useEffect(() => {
    if (focusOnOpen) document.getElementById(firstField)?.focus();
  }, [focusOnOpen, firstField]);

  function submit() {
    if (form.busy) return;
    const input: SchoolInput = { name, shortName: shortName.trim() || null, town: town.trim() || null, postcode: postcode.trim() || null };
    void form.submit(async () => onSaved(await save(input)));
  }

  return (
    <FormWithSummary form={form} onSubmit={submit} heading={{ id: headingId, text: heading }} className="form-panel">
      <TextField id={form.idOf('name')} label={LABELS.name} hint="As parents and staff know it, for example Oakfield Primary School." value={name} onChange={setName} required autoComplete="organization" error={form.errorOf('name')} />
      <TextField id={form.idOf('shortName')} label={LABELS.shortName} hint="Optional. Used where space is short." value={shortName} onChange={setShortName} error={form.errorOf('shortName')} />
      <TextField id={form.idOf('town')} label={LABELS.town} hint="Optional." value={town} onChange={setTown} autoComplete="address-level2" error={form.errorOf('town')} />
      <TextField id={form.idOf('postcode')} label={LABELS.postcode} hint="Optional." value={postcode} onChange={setPostcode} autoComplete="postal-code" error={form.errorOf('postcode')} />
      <div className="actions">
        <button type="submit" aria-disabled={form.busy}>{submitLabel}</button>
        {onCancel ? <button type="button" className="secondary" onClick={onCancel}>Cancel</button> : null}
      </div>
    </FormWithSummary>
  );
}
