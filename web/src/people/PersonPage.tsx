import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { kindCanSignIn, type Action } from '@lanyard/core';
import type { Person, PersonLink } from '../api/types';
import { useSession, useSessionState } from '../auth/session';
import { useSchoolFromUrl } from '../shell/scope';
import { formatDate } from '../ui/dates';
import { Page } from '../ui/Page';
import { LoadError, StatusMessage } from '../ui/StatusMessage';
import { useLoad } from '../ui/useLoad';
import { getPerson } from './api';
import { InvitationSection } from './InvitationSection';
import { MarkLeftForm } from './MarkLeftForm';
import { PersonDetailsForm } from './PersonDetailsForm';
import { RolesForm } from './RolesForm';
import { kindLabel, personName, roleLabel } from './words';

type Section = 'details' | 'roles' | 'trust-roles' | 'invitation' | 'leaving';

/**
 * One person: their details, roles, sign-in and (for pupils) leaving. Used under a school
 * (/schools/:schoolId/people/:personId) and, for trust-level people, under /trust/people.
 */
export function PersonPage() {
  const session = useSession();
  const { refresh } = useSessionState();
  const { personId = '' } = useParams();
  const school = useSchoolFromUrl();
  const person = useLoad(`person:${personId}`, () => getPerson(personId));
  // Each section announces its own result beside the button that caused it.
  const [status, setStatus] = useState<{ section: Section; text: string } | null>(null);

  const can = (action: Action) => (school ? school.can.includes(action) : session.trustCan.includes(action));
  const context = school?.name ?? session.trust.name;
  const listPath = school ? `/schools/${school.id}/people` : '/trust/people';
  const statusOf = (section: Section) => <StatusMessage message={status?.section === section ? status.text : null} />;

  function saved(section: Section, p: Person, text: string) {
    person.setData(p);
    setStatus({ section, text });
    // Changing your own roles changes what the menu should offer you.
    if (p.id === session.person.id) void refresh();
  }

  if (person.error) {
    return (
      <Page title="Person not found" context={context}>
        <LoadError message={person.error} />
        <p><Link to={listPath}>Back to the list</Link></p>
      </Page>
    );
  }
  if (!person.data) return <Page title="Loading…" context={context} />;

  const p = person.data;
  const signsIn = kindCanSignIn(p.kind);
  const schoolName = (id: string | null) => (id === null ? 'Across the trust' : (session.schools.find((s) => s.id === id)?.name ?? 'Another school'));
  return (
    <Page title={personName(p)} context={context} caption={kindLabel(p.kind)}>
      <p><Link to={listPath}>Back to the list</Link></p>
      <dl className="summary">
        <Fact term="Kind">{kindLabel(p.kind)}</Fact>
        <Fact term="Email">{p.email ?? 'None on record'}</Fact>
        {p.kind === 'pupil' ? <Fact term="Date of birth">{formatDate(p.dateOfBirth)}</Fact> : null}
        {p.kind === 'pupil' ? <Fact term="Year group">{p.yearGroup}</Fact> : null}
        {p.kind === 'pupil' ? <Fact term="Photo consent">{p.photoConsent ? 'Yes: parents have agreed to photos being published' : 'No: parents have not agreed to photos being published'}</Fact> : null}
        {p.leftOn ? <Fact term="Left on">{formatDate(p.leftOn)}</Fact> : null}
        {signsIn ? (
          <Fact term="Roles">
            {p.roles.length === 0 ? 'None' : p.roles.map((r) => `${roleLabel(r.role)} (${schoolName(r.schoolId)})`).join(', ')}
          </Fact>
        ) : null}
        {p.children.length > 0 ? <Fact term="Children">{family(p.children, school?.id)}</Fact> : null}
        {p.parents.length > 0 ? <Fact term="Parents and carers">{family(p.parents, school?.id)}</Fact> : null}
      </dl>

      {can('people.manage') ? (
        <>
          <PersonDetailsForm key={p.id} person={p} onSaved={(x) => saved('details', x, 'Details saved.')} />
          {statusOf('details')}
        </>
      ) : null}

      {school && signsIn && can('roles.manage') ? (
        <section aria-labelledby="roles-heading">
          <h2 id="roles-heading">Roles</h2>
          <RolesForm key={`${p.id}-school`} person={p} schoolId={school.id} onSaved={(x) => saved('roles', x, 'Roles in this school saved.')} />
          {statusOf('roles')}
        </section>
      ) : null}

      {signsIn && session.trustCan.includes('trust_roles.manage') ? (
        <section aria-labelledby="trust-roles-heading">
          <h2 id="trust-roles-heading">Across the trust</h2>
          <RolesForm key={`${p.id}-trust`} person={p} schoolId={null} onSaved={(x) => saved('trust-roles', x, 'Trust roles saved.')} />
          {statusOf('trust-roles')}
        </section>
      ) : null}

      {signsIn ? (
        <>
          <InvitationSection person={p} canInvite={can('people.invite')} onSent={(text) => setStatus({ section: 'invitation', text })} />
          {statusOf('invitation')}
        </>
      ) : null}

      {p.kind === 'pupil' && can('people.manage') ? (
        <section aria-labelledby="leaving-heading">
          <h2 id="leaving-heading">Leaving</h2>
          {p.leftOn ? (
            <p>{p.givenName} left on {formatDate(p.leftOn)}. They stay on record, because several policies still apply to former pupils.</p>
          ) : (
            <MarkLeftForm person={p} onSaved={(x) => saved('leaving', x, `${personName(x)} is marked as left on ${formatDate(x.leftOn)}.`)} />
          )}
          {statusOf('leaving')}
        </section>
      ) : null}
    </Page>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** Children and parents link to each other's pages, when they are in the same school. */
function family(links: PersonLink[], schoolId: string | undefined): ReactNode {
  return links.map((l, i) => (
    <span key={l.id}>
      {i > 0 ? ', ' : ''}
      {schoolId ? <Link to={`/schools/${schoolId}/people/${l.id}`}>{l.name}</Link> : l.name}
    </span>
  ));
}
