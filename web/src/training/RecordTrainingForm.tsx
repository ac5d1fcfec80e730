import { useState } from 'react';
import type { TrainingCoverageView } from '../api/types';
import { formatDate, today } from '../ui/dates';
import { SelectField, TextField } from '../ui/fields';
import { useFormState } from '../ui/form';
import { FormWithSummary } from '../ui/FormWithSummary';
import { recordTraining, type NewTraining } from './api';

const LABELS = { personId: 'Person', course: 'Course', completedOn: 'Date completed', expiresOn: 'Expiry date', evidence: 'Evidence' };

interface Props {
  schoolId: string;
  training: TrainingCoverageView;
  /** says what was recorded, in a sentence */
  onRecorded(message: string): void;
  onCancel(): void;
}

/** A course someone has completed: who, which course, when, until when, and what shows it. */
export function RecordTrainingForm({ schoolId, training, onRecorded, onCancel }: Props) {
  const form = useFormState('training', LABELS);
  const [personId, setPersonId] = useState('');
  const [course, setCourse] = useState('');
  const [completedOn, setCompletedOn] = useState(today());
  const [expiresOn, setExpiresOn] = useState('');
  const [evidence, setEvidence] = useState('');
  const people = [{ value: '', label: 'Choose a person' }, ...training.people.map((p) => ({ value: p.id, label: p.name }))];

  function missing(): Record<string, string> {
    const fields: Record<string, string> = {};
    if (!personId) fields.personId = 'Choose the person who completed the course';
    if (course.trim().length < 2) fields.course = 'Enter the name of the course';
    if (!completedOn) fields.completedOn = 'Enter the date the course was completed';
    return fields;
  }

  function save() {
    if (form.busy) return;
    const fields = missing();
    if (Object.keys(fields).length > 0) {
      form.setErrors({ summary: null, fields });
      return;
    }
    const record: NewTraining = { personId, course: course.trim(), completedOn, expiresOn: expiresOn || null, evidence: evidence.trim() || null };
    const name = training.people.find((p) => p.id === personId)?.name ?? 'them';
    void form.submit(async () => {
      await recordTraining(schoolId, record);
      onRecorded(`Training recorded: ${record.course} for ${name}, completed ${formatDate(completedOn)}.`);
    });
  }

  return (
    <FormWithSummary form={form} onSubmit={save} heading={{ id: 'record-training-heading', text: 'Record training' }} className="form-panel" id="record-training-form">
      <SelectField id={form.idOf('personId')} label={LABELS.personId} value={personId} options={people} onChange={setPersonId} error={form.errorOf('personId')} />
      <TextField
        id={form.idOf('course')}
        label={LABELS.course}
        hint={training.courses.length > 0 ? 'Choose a course already on record, or type a new one.' : 'For example, Online safety.'}
        value={course}
        onChange={setCourse}
        list="known-courses"
        autoComplete="off"
        required
        error={form.errorOf('course')}
      />
      <datalist id="known-courses">
        {training.courses.map((c) => <option key={c} value={c} />)}
      </datalist>
      <TextField id={form.idOf('completedOn')} type="date" label={LABELS.completedOn} value={completedOn} onChange={setCompletedOn} required error={form.errorOf('completedOn')} />
      <TextField id={form.idOf('expiresOn')} type="date" label={LABELS.expiresOn} hint="Optional. Leave it empty if the course does not need renewing." value={expiresOn} onChange={setExpiresOn} error={form.errorOf('expiresOn')} />
      <TextField id={form.idOf('evidence')} label={LABELS.evidence} hint="Optional. For example, the certificate number or where the certificate is kept." value={evidence} onChange={setEvidence} autoComplete="off" error={form.errorOf('evidence')} />
      <div className="actions">
        <button type="submit" aria-disabled={form.busy}>Save training record</button>
        <button type="button" className="secondary" onClick={onCancel}>Cancel</button>
      </div>
    </FormWithSummary>
  );
}
