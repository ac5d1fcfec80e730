import { useState } from 'react';
import type { Policy } from '../api/types';
import { SelectField, TextField } from '../ui/fields';
import { missingFields, useFormState } from '../ui/form';
import { FormWithSummary } from '../ui/FormWithSummary';
import { LoadError } from '../ui/StatusMessage';
import { useLoad } from '../ui/useLoad';
import { listBuiltinPacks, startPolicy } from './api';

const LABELS = {
  title: 'Title',
  startFrom: 'Start from',
  governingCommittee: 'Governing committee',
  responsibleTitle: 'Person responsible',
  reviewMonths: 'Review period in months',
};

interface Props {
  /** the school the policy is for, or null for a trust policy */
  schoolId: string | null;
  onStarted(policy: Policy): void;
  onCancel(): void;
}

/** A new policy, blank or from a built-in pack (its text and its rules); its first version is a draft. */
export function StartPolicyForm({ schoolId, onStarted, onCancel }: Props) {
  const form = useFormState('start-policy', LABELS);
  const packs = useLoad('builtin-packs', listBuiltinPacks);
  const [title, setTitle] = useState('');
  const [startFrom, setStartFrom] = useState('');
  const [governingCommittee, setGoverningCommittee] = useState('');
  const [responsibleTitle, setResponsibleTitle] = useState('');
  const [reviewMonths, setReviewMonths] = useState('12');

  const options = [{ value: '', label: 'A blank policy' }, ...(packs.data ?? []).map((p) => ({ value: p.id, label: `${p.policy} \u2014 ${p.school}` }))];

  function choosePack(id: string) {
    setStartFrom(id);
    // Most schools keep the pack's own title; offer it, without overwriting one already typed.
    const pack = packs.data?.find((p) => p.id === id);
    if (pack && !title.trim()) setTitle(pack.policy);
  }

  function save() {
    if (form.busy) return;
    const missing = missingFields({ title }, LABELS);
    if (missing) {
      form.setErrors(missing);
      return;
    }
    const months = reviewMonths.trim();
    if (months && !/^\d+$/.test(months)) {
      form.setErrors({ summary: null, fields: { reviewMonths: 'Enter the review period as a whole number of months, such as 12' } });
      return;
    }
    void form.submit(async () =>
      onStarted(
        await startPolicy(schoolId, {
          title: title.trim(),
          startFrom: startFrom || null,
          governingCommittee: governingCommittee.trim() || null,
          responsibleTitle: responsibleTitle.trim() || null,
          reviewMonths: months ? Number(months) : null,
        }),
      ),
    );
  }

  return (
    <FormWithSummary form={form} onSubmit={save} heading={{ id: 'start-policy-heading', text: 'Start a policy' }} className="form-panel">
      {packs.error ? <LoadError message={packs.error} /> : null}
      <TextField id={form.idOf('title')} label={LABELS.title} hint="For example, Social Media Policy." value={title} onChange={setTitle} required autoComplete="off" error={form.errorOf('title')} />
      <SelectField
        id={form.idOf('startFrom')}
        label={LABELS.startFrom}
        hint="A built-in policy brings its text and its rules, ready for Ask the policy. You can change both before ratification."
        value={startFrom}
        options={options}
        onChange={choosePack}
        error={form.errorOf('startFrom')}
      />
      <TextField id={form.idOf('governingCommittee')} label={LABELS.governingCommittee} hint="Optional. Who ratifies it, for example the Full Governing Body." value={governingCommittee} onChange={setGoverningCommittee} error={form.errorOf('governingCommittee')} />
      <TextField id={form.idOf('responsibleTitle')} label={LABELS.responsibleTitle} hint="Optional. Their job title, for example Headteacher." value={responsibleTitle} onChange={setResponsibleTitle} error={form.errorOf('responsibleTitle')} />
      <TextField id={form.idOf('reviewMonths')} label={LABELS.reviewMonths} hint="How often it must be reviewed. 12 means every year." value={reviewMonths} onChange={setReviewMonths} inputMode="numeric" error={form.errorOf('reviewMonths')} />
      <div className="actions">
        <button type="submit" aria-disabled={form.busy}>Create policy</button>
        <button type="button" className="secondary" onClick={onCancel}>Cancel</button>
      </div>
    </FormWithSummary>
  );
}
