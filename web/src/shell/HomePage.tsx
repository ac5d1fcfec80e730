import { Link } from 'react-router-dom';
import type { Action } from '@lanyard/core';
import { WaitingForYou } from '../acknowledgements/WaitingForYou';
import { useSession } from '../auth/session';
import { roleLabel } from '../people/words';
import { SentRequests } from '../requests/SentRequests';
import { ReviewsDue } from '../policies/ReviewsDue';
import { Page } from '../ui/Page';
import { isTrustAdmin, useSchool } from './scope';
import { schoolPath } from './navigation';

interface Task {
  action: Action;
  /** link text: kept distinct from the menu's names so each link has a name of its own */
  label: string;
  description: string;
  to(schoolId: string): string;
}

const TASKS: Task[] = [
  { action: 'content.check', label: 'Check a post before you publish it', description: 'Pupils\u2019 names, personal details and other things the policy rules out, found before anyone else sees them.', to: (id) => schoolPath(id, 'check') },
  { action: 'policy.read', label: 'Read the social media policy', description: 'The policy in force, its clauses, and when it is next reviewed.', to: (id) => schoolPath(id, 'policies') },
  { action: 'acknowledgement.read', label: 'Who has read the policy', description: 'Who has acknowledged the policy in force, by role and by person, and who has not yet.', to: (id) => schoolPath(id, 'acknowledgements') },
  { action: 'acknowledgement.read', label: 'Training records', description: 'Courses completed by staff and governors, and which have expired.', to: (id) => schoolPath(id, 'training') },
  { action: 'people.read', label: 'Staff, governors, pupils and parents', description: 'See who is on record, add someone, give roles and send invitations to sign in.', to: (id) => schoolPath(id, 'people') },
  { action: 'outbox.read', label: 'Emails Lanyard has written', description: 'Invitations and password resets, with their links.', to: (id) => schoolPath(id, 'outbox') },
  { action: 'audit.read', label: 'Who did what, and when', description: 'The record of every change, for governors and inspectors.', to: (id) => schoolPath(id, 'audit') },
];

/** A school's front page: what is waiting for the person, their roles there and the things they can do. */
export function HomePage() {
  const session = useSession();
  const school = useSchool();
  const tasks = TASKS.filter((t) => school.can.includes(t.action));
  // Waiting items and requests come from all the person's schools; those of another school say which.
  const elsewhere = (schoolId: string) => (schoolId === school.id ? null : (session.schools.find((s) => s.id === schoolId)?.name ?? 'another school'));

  return (
    <Page title={school.name} documentTitle="Home" context={school.name}>
      <p>Welcome, {session.person.givenName}.</p>
      <WaitingForYou schoolName={elsewhere} />
      {school.can.includes('policy.manage') ? <ReviewsDue schoolId={school.id} /> : null}
      {school.can.includes('policy.ask') ? (
        <section className="form-panel" aria-labelledby="ask-heading">
          <h2 id="ask-heading">Not sure what the policy allows?</h2>
          <p>A friend request from a former pupil, a photo from sports day, social media at lunchtime: describe it in a few taps and get the school&rsquo;s answer, with the clause it comes from.</p>
          <p>
            <Link className="button button-large" to={schoolPath(school.id, 'ask')}>Ask the policy about a situation</Link>
          </p>
        </section>
      ) : null}
      <SentRequests schoolName={elsewhere} />
      <h2>Your roles</h2>
      {school.roles.length > 0 ? (
        <ul>
          {school.roles.map((r) => (
            <li key={r}>{roleLabel(r)} at {school.name}</li>
          ))}
        </ul>
      ) : (
        <p>You have no role at {school.name} itself.</p>
      )}
      {session.trustRoles.length > 0 ? (
        <ul>
          {session.trustRoles.map((r) => (
            <li key={r}>{roleLabel(r)} across {session.trust.name}</li>
          ))}
        </ul>
      ) : null}

      <h2>What you can do here</h2>
      {tasks.length > 0 || isTrustAdmin(session) ? (
        <ul className="plain links">
          {tasks.map((t) => (
            <li key={t.label}>
              <Link to={t.to(school.id)}>{t.label}</Link>
              <br />
              <span className="muted">{t.description}</span>
            </li>
          ))}
          {isTrustAdmin(session) ? (
            <li>
              <Link to="/trust/schools">Add or change a school in the trust</Link>
              <br />
              <span className="muted">As a trust administrator you look after every school.</span>
            </li>
          ) : null}
        </ul>
      ) : (
        <p>
          There is nothing for you to manage here yet. As Lanyard grows, this is where you will make requests and
          declarations.
        </p>
      )}
    </Page>
  );
}
