import { useState } from 'react';
import type { Person } from '../api/types';
import { today } from '../ui/dates';
import { TextField } from '../ui/fields';
import { useFormState } from '../ui/form';
import { FormWithSummary } from '../ui/FormWithSummary';
import { markLeft } from './api';

interface Props {
  person: Person;
  onSaved(person: Person): void;
}

/** A pupil who leaves stays on record (policies still apply to former pupils under 18). */
export function MarkLeftForm({ person, onSaved }: Props) {
  const form = useFormState('leaving', { leftOn: 'Date left' });
  const [leftOn, setLeftOn] = useState(today());

  function save() {
    if (form.busy) return;
    void form.submit(async () => onSaved(await markLeft(person.id, leftOn)));
  }

  return (
    <FormWithSummary form={form} onSubmit={save}>
      <TextField
        id={form.idOf('leftOn')}
        type="date"
        label="Date left"
        hint="The last day they were on the school roll."
        value={leftOn}
        onChange={setLeftOn}
        required
        error={form.errorOf('leftOn')}
      />
      <div className="actions">
        <button type="submit" aria-disabled={form.busy}>Mark as left</button>
      </div>
    </FormWithSummary>
  );
}
