import { useSession } from '../auth/session';
import { Page } from '../ui/Page';
import { LoadError } from '../ui/StatusMessage';
import { useLoad } from '../ui/useLoad';
import { listTrustPeople } from './api';
import { PeopleTable } from './PeopleTable';

/**
 * People who work for the trust rather than one school (trust administrators, central IT).
 * Their trust roles are set on each person's page.
 */
export function TrustPeoplePage() {
  const session = useSession();
  const people = useLoad('trust-people', listTrustPeople);
  return (
    <Page title="People across the trust" context={session.trust.name} caption={session.trust.name}>
      <p>
        These people work for the trust as a whole. To make someone a trust administrator or a member of the trust board,
        open their page and tick their trust roles. Staff of one school are listed under that school.
      </p>
      {people.error ? <LoadError message={people.error} /> : null}
      {people.loading && !people.data ? <p role="status">Loading…</p> : null}
      {people.data ? (
        people.data.length > 0 ? (
          <PeopleTable people={people.data} caption={`People at trust level in ${session.trust.name}`} schoolId={null} linkTo={(p) => `/trust/people/${p.id}`} />
        ) : (
          <p>Nobody works at trust level yet.</p>
        )
      ) : null}
    </Page>
  );
}
