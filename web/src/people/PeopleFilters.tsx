import { KIND_LABELS, PERSON_KINDS } from '@lanyard/core';
import type { PeopleFilter } from './api';
import { Checkbox, SelectField, TextField } from '../ui/fields';

const KIND_OPTIONS = [{ value: '', label: 'Everyone' }, ...PERSON_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))];

interface Props {
  filter: PeopleFilter;
  onChange(filter: PeopleFilter): void;
}

/**
 * The list updates as the person changes a filter. Labels avoid the words of the add-person
 * form ("Kind", "Email") so every field on the page has a name of its own.
 */
export function PeopleFilters({ filter, onChange }: Props) {
  return (
    <form className="filters" role="search" aria-label="Filter people" onSubmit={(e) => e.preventDefault()}>
      <SelectField
        id="filter-kind"
        label="Type of person"
        value={filter.kind}
        options={KIND_OPTIONS}
        onChange={(kind) => onChange({ ...filter, kind: kind as PeopleFilter['kind'] })}
      />
      <TextField
        id="filter-q"
        type="search"
        label="Search names"
        hint="First name, last name or email address"
        value={filter.q}
        onChange={(q) => onChange({ ...filter, q })}
      />
      <div className="field">
        <Checkbox
          id="filter-left"
          label="Show pupils who have left"
          checked={filter.includeLeft}
          onChange={(includeLeft) => onChange({ ...filter, includeLeft })}
        />
      </div>
    </form>
  );
}
