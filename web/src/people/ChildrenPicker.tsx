import { useMemo, useState } from 'react';
import type { Person } from '../api/types';
import { CheckboxGroup, TextField } from '../ui/fields';
import { useLoad } from '../ui/useLoad';
import { LoadError } from '../ui/StatusMessage';
import { listPeople } from './api';
import { personName } from './words';

interface Props {
  id: string;
  schoolId: string;
  values: string[];
  onChange(ids: string[]): void;
  error?: string | undefined;
}

/** Links a parent or carer to pupils of the same school; a box narrows a long list. */
export function ChildrenPicker({ id, schoolId, values, onChange, error }: Props) {
  const pupils = useLoad(`pupils:${schoolId}`, () => listPeople(schoolId, { kind: 'pupil', q: '', includeLeft: false }));
  const [narrow, setNarrow] = useState('');

  const options = useMemo(() => {
    const words = narrow.trim().toLowerCase();
    return (pupils.data ?? [])
      // Ticked children stay visible whatever is typed, so nobody unticks what they cannot see.
      .filter((p: Person) => !words || values.includes(p.id) || personName(p).toLowerCase().includes(words))
      .map((p) => ({ value: p.id, label: p.yearGroup ? `${personName(p)} (${p.yearGroup})` : personName(p) }));
  }, [pupils.data, narrow, values]);

  if (pupils.error) return <LoadError message={pupils.error} />;
  if (pupils.loading && !pupils.data) return <p>Loading pupils…</p>;
  if ((pupils.data ?? []).length === 0) {
    return <p className="hint">There are no pupils at this school yet. Add the children first, then link them here.</p>;
  }
  return (
    <div className="field">
      <TextField id={`${id}-find`} label="Find a pupil" value={narrow} onChange={setNarrow} type="search" />
      <CheckboxGroup
        id={id}
        legend="Children"
        hint="Tick each child this parent or carer is responsible for."
        options={options}
        values={values}
        onChange={onChange}
        error={error}
        scroll
      />
    </div>
  );
}
