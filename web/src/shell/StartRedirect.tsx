import { Navigate } from 'react-router-dom';
import { useSession } from '../auth/session';
import { Page } from '../ui/Page';
import { isTrustAdmin, preferredSchool } from './scope';
import { schoolPath } from './navigation';

/** "/" opens the school last used on this device, or the first one; trust admins with none add one. */
export function StartRedirect() {
  const session = useSession();
  const school = preferredSchool(session);
  if (school) return <Navigate to={schoolPath(school.id, 'home')} replace />;
  if (isTrustAdmin(session)) return <Navigate to="/trust/schools" replace />;
  return (
    <Page title="You are not part of a school yet" context={session.trust.name}>
      <p>
        You are signed in to {session.trust.name}, but you have no role in any of its schools yet. Ask your headteacher or
        trust administrator to give you one.
      </p>
    </Page>
  );
}
