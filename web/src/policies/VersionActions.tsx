import { useState } from 'react';
import type { PolicyVersion } from '../api/types';
import { today } from '../ui/dates';
import { TextField } from '../ui/fields';
import { useFormState } from '../ui/form';
import { FormWithSummary } from '../ui/FormWithSummary';
import { recordRatification, sendForRatification, startVersion } from './api';

interface Props {
  version: PolicyVersion;
  canManage: boolean;
  canRatify: boolean;
  onChanged(version: PolicyVersion, message: string): void;
  /** a new draft was started from this version */
  onNewVersion(version: PolicyVersion): void;
}

/** What can happen to this version next: send it for ratification, record ratification, or start the next one. */
export function VersionActions({ version, canManage, canRatify, onChanged, onNewVersion }: Props) {
  const v = version;
  const canSend = canManage && v.status === 'draft';
  const canRecord = canRatify && (v.status === 'draft' || v.status === 'awaiting_ratification');
  const canRenew = canManage && v.status === 'ratified';
  if (!canSend && !canRecord && !canRenew) return null;

  return (
    <section aria-labelledby="next-steps-heading">
      <h2 id="next-steps-heading">{canRenew ? 'Changing this policy' : 'Ratification'}</h2>
      {canSend ? <SubmitForm version={v} onChanged={onChanged} /> : null}
      {canRecord ? <RatifyForm version={v} onChanged={onChanged} /> : null}
      {canRenew ? <NewVersionForm version={v} onNewVersion={onNewVersion} /> : null}
    </section>
  );
}

function SubmitForm({ version, onChanged }: Pick<Props, 'version' | 'onChanged'>) {
  const form = useFormState('submission', {});
  function submit() {
    if (form.busy) return;
    void form.submit(async () => onChanged(await sendForRatification(version.id), `Version ${version.versionNo} has been sent for ratification.`));
  }
  return (
    <FormWithSummary form={form} onSubmit={submit}>
      <p>When the draft is ready, send it to the governing committee. Its text and rules then wait for their decision.</p>
      <div className="actions">
        <button type="submit" aria-disabled={form.busy}>Send for ratification</button>
      </div>
    </FormWithSummary>
  );
}

function RatifyForm({ version, onChanged }: Pick<Props, 'version' | 'onChanged'>) {
  const form = useFormState('ratification', { ratifiedOn: 'Date ratified' });
  const [ratifiedOn, setRatifiedOn] = useState(today());
  function submit() {
    if (form.busy) return;
    if (!ratifiedOn) {
      form.setErrors({ summary: null, fields: { ratifiedOn: 'Date ratified is required' } });
      return;
    }
    void form.submit(async () => onChanged(await recordRatification(version.id, ratifiedOn), `Version ${version.versionNo} is ratified and now in force.`));
  }
  return (
    <FormWithSummary form={form} onSubmit={submit}>
      <TextField
        id={form.idOf('ratifiedOn')}
        type="date"
        label="Date ratified"
        hint="The day the governing committee agreed it. Any earlier version in force is then superseded."
        value={ratifiedOn}
        onChange={setRatifiedOn}
        required
        error={form.errorOf('ratifiedOn')}
      />
      <div className="actions">
        <button type="submit" aria-disabled={form.busy}>Record ratification</button>
      </div>
    </FormWithSummary>
  );
}

function NewVersionForm({ version, onNewVersion }: Pick<Props, 'version' | 'onNewVersion'>) {
  const form = useFormState('new-version', {});
  function submit() {
    if (form.busy) return;
    void form.submit(async () => onNewVersion(await startVersion(version.policyId, version.text)));
  }
  return (
    <FormWithSummary form={form} onSubmit={submit}>
      <p>A ratified version stays as it was agreed. To change the policy, start a new version: a draft with the same text and rules, ratified in its turn.</p>
      <div className="actions">
        <button type="submit" aria-disabled={form.busy}>Start a new version</button>
      </div>
    </FormWithSummary>
  );
}
