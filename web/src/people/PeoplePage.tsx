import { useEffect, useRef, useState } from 'react';
import { Disclosure } from '../ui/Disclosure';
import { useSearchParams } from 'react-router-dom';
import type { PersonKind } from '@lanyard/core';
import type { Person } from '../api/types';
import { schoolCan, useSchool } from '../shell/scope';
import { Page } from '../ui/Page';
import { LoadError, StatusMessage } from '../ui/StatusMessage';
import { useLoad } from '../ui/useLoad';
import { AddPersonForm } from './AddPersonForm';
import { listPeople, type PeopleFilter } from './api';
import { PeopleFilters } from './PeopleFilters';
import { PeopleTable } from './PeopleTable';
import { personName } from './words';

/** Filters live in the address, so Back and a shared link show the same list. */
function filterFrom(params: URLSearchParams): PeopleFilter {
  return { kind: (params.get('kind') ?? '') as PersonKind | '', q: params.get('q') ?? '', includeLeft: params.get('left') === 'yes' };
}

export function PeoplePage() {
  const school = useSchool();
  // A different school starts with fresh filters and a closed form.
  return <SchoolPeople key={school.id} />;
}

function SchoolPeople() {
  const school = useSchool();
  const [params, setParams] = useSearchParams();
  // The filters answer from local state at once; the address follows. Reading them back from the
  // address would lag a click (the router updates it in a transition) and a ticked box would flicker.
  const [filter, setFilter] = useState<PeopleFilter>(() => filterFrom(params));
  // The search box answers after a pause in typing rather than on every key.
  const [q, setQ] = useState(filter.q);
  useEffect(() => {
    const timer = setTimeout(() => setQ(filter.q), 300);
    return () => clearTimeout(timer);
  }, [filter.q]);

  const query = { ...filter, q };
  const people = useLoad(`${school.id}|${query.kind}|${query.q}|${query.includeLeft}`, () => listPeople(school.id, query));
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const canManage = schoolCan(school, 'people.manage');

  function changeFilter(next: PeopleFilter) {
    setFilter(next);
    const search = new URLSearchParams();
    if (next.kind) search.set('kind', next.kind);
    if (next.q) search.set('q', next.q);
    if (next.includeLeft) search.set('left', 'yes');
    setParams(search, { replace: true });
  }

  function added(person: Person) {
    setAdding(false);
    setStatus(`${personName(person)} has been added.`);
    people.reload();
    addButton.current?.focus();
  }

  const count = people.data?.length ?? 0;
  return (
    <Page title="People" context={school.name} caption={school.name}>
      <StatusMessage message={status} />
      {canManage ? (
        <>
          <Disclosure
            label="Add a person"
            panelId="add-person-panel"
            open={adding}
            buttonRef={addButton}
            onToggle={() => {
              setStatus(null);
              setAdding(!adding);
            }}
          >
            <AddPersonForm
              schoolId={school.id}
              canGiveRoles={schoolCan(school, 'roles.manage')}
              onAdded={added}
              onCancel={() => {
                setAdding(false);
                addButton.current?.focus();
              }}
            />
          </Disclosure>
        </>
      ) : null}
      <h2>Everyone at {school.name}</h2>
      <PeopleFilters filter={filter} onChange={changeFilter} />
      {people.error ? <LoadError message={people.error} /> : null}
      <p role="status" className="muted">
        {people.loading ? 'Loading…' : count === 1 ? '1 person shown.' : `${count} people shown.`}
      </p>
      {people.data && count > 0 ? (
        <PeopleTable
          people={people.data}
          caption={`People at ${school.name}`}
          schoolId={school.id}
          linkTo={(p) => `/schools/${school.id}/people/${p.id}`}
        />
      ) : null}
      {people.data && count === 0 && !people.loading ? <p>Nobody matches these filters.</p> : null}
    </Page>
  );
}
