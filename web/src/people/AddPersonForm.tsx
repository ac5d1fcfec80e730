import { useState } from 'react';
import { kindCanSignIn, KIND_LABELS, PERSON_KINDS, ROLE_LABELS, SCHOOL_ROLES, type PersonKind, type Role } from '@lanyard/core';
import type { Person } from '../api/types';
import { CheckboxGroup, SelectField, TextField } from '../ui/fields';
import { missingFields, useFormState } from '../ui/form';
import { FormWithSummary } from '../ui/FormWithSummary';
import { addPerson, type NewPerson } from './api';
import { ChildrenPicker } from './ChildrenPicker';
import { PHOTO_CONSENT } from './words';
import { PupilFields } from './PupilFields';

const LABELS = {
  kind: 'Kind',
  givenName: 'First name',
  familyName: 'Last name',
  email: 'Email',
  dateOfBirth: 'Date of birth',
  yearGroup: 'Year group',
  photoConsent: PHOTO_CONSENT.legend,
  childIds: 'Children',
  roles: 'Roles in this school',
};

const KIND_OPTIONS = PERSON_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }));
const ROLE_OPTIONS = SCHOOL_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

interface Props {
  schoolId: string;
  /** whether this person may give roles as they add someone */
  canGiveRoles: boolean;
  onAdded(person: Person): void;
  onCancel(): void;
}

export function AddPersonForm({ schoolId, canGiveRoles, onAdded, onCancel }: Props) {
  const form = useFormState('add-person', LABELS);
  const [kind, setKind] = useState<PersonKind>('employee');
  const [givenName, setGivenName] = useState('');
  const [familyName, setFamilyName] = useState('');
  const [email, setEmail] = useState('');
  const [dateOfBirth, setDateOfBirth] = useState('');
  const [yearGroup, setYearGroup] = useState('');
  const [photoConsent, setPhotoConsent] = useState(false);
  const [childIds, setChildIds] = useState<string[]>([]);
  const [roles, setRoles] = useState<string[]>([]);

  const isPupil = kind === 'pupil';
  const signsIn = kindCanSignIn(kind);

  function save() {
    if (form.busy) return;
    const required: Record<string, string> = isPupil ? { givenName, familyName, dateOfBirth, yearGroup } : { givenName, familyName };
    const missing = missingFields(required, LABELS);
    if (missing) {
      form.setErrors(missing);
      return;
    }
    // Send only what applies to this kind: the server refuses a year group for an adult.
    const person: NewPerson = { kind, givenName, familyName, email: email.trim() || null };
    if (isPupil) Object.assign(person, { dateOfBirth: dateOfBirth || null, yearGroup: yearGroup.trim() || null, photoConsent });
    if (kind === 'parent') person.childIds = childIds;
    if (signsIn && canGiveRoles) person.roles = roles as Role[];
    void form.submit(async () => onAdded(await addPerson(schoolId, person)));
  }

  return (
    <FormWithSummary form={form} onSubmit={save} heading={{ id: 'add-person-heading', text: 'Add a person' }} className="form-panel" id="add-person-form">
      <SelectField id={form.idOf('kind')} label={LABELS.kind} value={kind} options={KIND_OPTIONS} onChange={(k) => setKind(k as PersonKind)} error={form.errorOf('kind')} />
      <TextField id={form.idOf('givenName')} label={LABELS.givenName} value={givenName} onChange={setGivenName} autoComplete="off" required error={form.errorOf('givenName')} />
      <TextField id={form.idOf('familyName')} label={LABELS.familyName} value={familyName} onChange={setFamilyName} autoComplete="off" required error={form.errorOf('familyName')} />
      {isPupil ? (
        <PupilFields form={form} labels={LABELS} listId="year-group-suggestions" hints dateOfBirth={dateOfBirth} setDateOfBirth={setDateOfBirth} yearGroup={yearGroup} setYearGroup={setYearGroup} photoConsent={photoConsent} setPhotoConsent={setPhotoConsent} />
      ) : null}
      <TextField
        id={form.idOf('email')}
        type="email"
        label={LABELS.email}
        hint={signsIn ? 'Optional. Needed to invite them to sign in to Lanyard.' : 'Optional.'}
        value={email}
        onChange={setEmail}
        autoComplete="off"
        error={form.errorOf('email')}
      />
      {kind === 'parent' ? <ChildrenPicker id={form.idOf('childIds')} schoolId={schoolId} values={childIds} onChange={setChildIds} error={form.errorOf('childIds')} /> : null}
      {signsIn && canGiveRoles ? (
        <CheckboxGroup
          id={form.idOf('roles')}
          legend={LABELS.roles}
          hint="Roles decide what they can see and approve. You can change them later."
          options={ROLE_OPTIONS}
          values={roles}
          onChange={setRoles}
          error={form.errorOf('roles')}
        />
      ) : null}
      <div className="actions">
        <button type="submit" aria-disabled={form.busy}>Save person</button>
        <button type="button" className="secondary" onClick={onCancel}>Cancel</button>
      </div>
    </FormWithSummary>
  );
}
