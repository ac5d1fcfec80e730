import { useState } from 'react';
import { ROLE_LABELS, SCHOOL_ROLES, TRUST_ROLES } from '@lanyard/core';
import type { Person } from '../api/types';
import { CheckboxGroup } from '../ui/fields';
import { useFormState } from '../ui/form';
import { FormWithSummary } from '../ui/FormWithSummary';
import { replaceRoles } from './api';
import { rolesIn } from './words';

interface Props {
  person: Person;
  /** the school whose roles to edit, or null for the trust roles */
  schoolId: string | null;
  onSaved(person: Person): void;
}

/** Ticks the roles a person holds in one school (or across the trust) and saves them all at once. */
export function RolesForm({ person, schoolId, onSaved }: Props) {
  const trustLevel = schoolId === null;
  const legend = trustLevel ? 'Trust roles' : 'Roles in this school';
  const prefix = trustLevel ? 'trust-roles' : 'school-roles';
  const form = useFormState(prefix, { roles: legend });
  const [roles, setRoles] = useState<string[]>(() => rolesIn(person, schoolId));
  const options = (trustLevel ? TRUST_ROLES : SCHOOL_ROLES).map((r) => ({ value: r, label: ROLE_LABELS[r] }));

  function save() {
    if (form.busy) return;
    void form.submit(async () => onSaved(await replaceRoles(person.id, schoolId, roles)));
  }

  return (
    <FormWithSummary form={form} onSubmit={save}>
      <CheckboxGroup
        id={form.idOf('roles')}
        legend={legend}
        hint={trustLevel ? 'Trust roles reach every school in the trust.' : 'Roles decide what this person can see and approve here.'}
        options={options}
        values={roles}
        onChange={setRoles}
        error={form.errorOf('roles')}
      />
      <div className="actions">
        <button type="submit" aria-disabled={form.busy}>{trustLevel ? 'Save trust roles' : 'Save roles'}</button>
      </div>
    </FormWithSummary>
  );
}
