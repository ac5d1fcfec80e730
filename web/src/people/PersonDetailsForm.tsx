import { useState } from 'react';
import type { Person } from '../api/types';
import { TextField } from '../ui/fields';
import { missingFields, useFormState } from '../ui/form';
import { FormWithSummary } from '../ui/FormWithSummary';
import { changePerson, type PersonChanges } from './api';
import { PHOTO_CONSENT } from './words';
import { PupilFields } from './PupilFields';

const LABELS = { givenName: 'First name', familyName: 'Last name', email: 'Email', dateOfBirth: 'Date of birth', yearGroup: 'Year group', photoConsent: PHOTO_CONSENT.legend };

interface Props {
  person: Person;
  onSaved(person: Person): void;
}

export function PersonDetailsForm({ person, onSaved }: Props) {
  const form = useFormState('details', LABELS);
  const [givenName, setGivenName] = useState(person.givenName);
  const [familyName, setFamilyName] = useState(person.familyName);
  const [email, setEmail] = useState(person.email ?? '');
  const [dateOfBirth, setDateOfBirth] = useState(person.dateOfBirth ?? '');
  const [yearGroup, setYearGroup] = useState(person.yearGroup ?? '');
  const [photoConsent, setPhotoConsent] = useState(person.photoConsent);
  const isPupil = person.kind === 'pupil';

  function save() {
    if (form.busy) return;
    const missing = missingFields(isPupil ? { givenName, familyName, dateOfBirth, yearGroup } : { givenName, familyName }, LABELS);
    if (missing) {
      form.setErrors(missing);
      return;
    }
    const changes: PersonChanges = { givenName, familyName, email: email.trim() || null };
    // Only pupils have these on record; the server refuses them for anyone else.
    if (isPupil) Object.assign(changes, { dateOfBirth, yearGroup: yearGroup.trim(), photoConsent });
    void form.submit(async () => onSaved(await changePerson(person.id, changes)));
  }

  return (
    <FormWithSummary form={form} onSubmit={save} heading={{ id: 'details-heading', text: 'Details' }}>
      <TextField id={form.idOf('givenName')} label={LABELS.givenName} value={givenName} onChange={setGivenName} required autoComplete="off" error={form.errorOf('givenName')} />
      <TextField id={form.idOf('familyName')} label={LABELS.familyName} value={familyName} onChange={setFamilyName} required autoComplete="off" error={form.errorOf('familyName')} />
      <TextField id={form.idOf('email')} type="email" label={LABELS.email} hint="Leave empty if they have none." value={email} onChange={setEmail} autoComplete="off" error={form.errorOf('email')} />
      {isPupil ? (
        <PupilFields form={form} labels={LABELS} listId="details-year-groups" dateOfBirth={dateOfBirth} setDateOfBirth={setDateOfBirth} yearGroup={yearGroup} setYearGroup={setYearGroup} photoConsent={photoConsent} setPhotoConsent={setPhotoConsent} />
      ) : null}
      <div className="actions">
        <button type="submit" aria-disabled={form.busy}>Save details</button>
      </div>
    </FormWithSummary>
  );
}
