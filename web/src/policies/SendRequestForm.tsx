import { useState } from 'react';
import type { SituationInput } from '@lanyard/core';
import type { AskAnswerView } from '../api/types';
import { TextAreaField } from '../ui/fields';
import { useFormState } from '../ui/form';
import { FormWithSummary } from '../ui/FormWithSummary';
import { StatusMessage } from '../ui/StatusMessage';
import { sendRequest } from './api';

interface Props {
  schoolId: string;
  situation: SituationInput;
  answer: AskAnswerView;
}

/**
 * Where the answer is "you need permission" or "you must declare it", the person sends it from
 * here to the role the policy names, and it is kept on record.
 */
export function SendRequestForm({ schoolId, situation, answer }: Props) {
  const declaring = answer.outcome === 'must_declare';
  const what = declaring ? 'declaration' : 'request';
  const form = useFormState('send-request', { note: 'Anything they should know' });
  const [note, setNote] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const label = answer.role?.label ?? 'the school';
  const names = answer.role?.people.map((p) => p.name).join(' and ');

  function submit() {
    if (form.busy) return;
    void form.submit(async () => {
      await sendRequest(schoolId, situation, note.trim() || null);
      setSent(`Your ${what} has been sent to ${label}${names ? ` (${names})` : ''}. It is kept on record.`);
    });
  }

  return (
    <>
      <StatusMessage message={sent} />
      {sent ? null : (
        <FormWithSummary form={form} onSubmit={submit} aria-label={`Send the ${what}`}>
          <TextAreaField
            id={form.idOf('note')}
            label="Anything they should know (optional)"
            hint={declaring ? 'For example, how you are related.' : 'For example, when and why you need it.'}
            value={note}
            onChange={setNote}
            rows={3}
            error={form.errorOf('note')}
          />
          <div className="actions">
            <button type="submit" aria-disabled={form.busy}>Send the {what} to {label}</button>
          </div>
        </FormWithSummary>
      )}
    </>
  );
}
