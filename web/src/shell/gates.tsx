import { useEffect, type ReactNode } from 'react';
import { Link, Navigate, Outlet, useLocation } from 'react-router-dom';
import type { Action } from '@lanyard/core';
import { useSession, useSessionState } from '../auth/session';
import { Page } from '../ui/Page';
import { LoadError } from '../ui/StatusMessage';
import { rememberSchool, schoolCan, trustCan, useSchoolFromUrl } from './scope';

/** Sends anyone not signed in to the sign-in page, and brings them back afterwards. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { session, loadError, signedOutByChoice } = useSessionState();
  const location = useLocation();
  if (loadError) {
    return (
      <main id="main" tabIndex={-1}>
        <Page title="Lanyard is not available">
          <LoadError message={loadError} />
        </Page>
      </main>
    );
  }
  if (session === undefined) return <Loading />;
  // After choosing to sign out, the sign-in page says so; otherwise it brings the person back here.
  if (session === null) return <Navigate to="/sign-in" replace state={signedOutByChoice ? { signedOut: true } : { from: location.pathname + location.search }} />;
  return <>{children}</>;
}

export function Loading() {
  return (
    <main id="main" tabIndex={-1}>
      <h1>Loading Lanyard…</h1>
    </main>
  );
}

/** Pages under /schools/:schoolId: the school must be one this person can see. */
export function SchoolGate() {
  const school = useSchoolFromUrl();
  useEffect(() => {
    if (school) rememberSchool(school.id);
  }, [school]);
  if (!school) return <NotFoundPage what="That school" />;
  return <Outlet />;
}

/** Hides a school page the person may not use; the server refuses it anyway. */
export function SchoolAllows({ action, children }: { action: Action; children: ReactNode }) {
  const school = useSchoolFromUrl();
  if (!schoolCan(school, action)) return <NotAllowedPage context={school?.name} />;
  return <>{children}</>;
}

export function TrustAllows({ action, children }: { action: Action; children: ReactNode }) {
  const session = useSession();
  if (!trustCan(session, action)) return <NotAllowedPage context={session.trust.name} />;
  return <>{children}</>;
}

export function NotAllowedPage({ context }: { context?: string | undefined }) {
  return (
    <Page title="You cannot see this page" context={context}>
      <p>Your roles do not include this. If you need it, ask your headteacher or trust administrator.</p>
      <p><Link to="/">Back to the start page</Link></p>
    </Page>
  );
}

export function NotFoundPage({ what = 'This page' }: { what?: string }) {
  return (
    <Page title="Page not found">
      <p>{what} was not found, or you do not have access to it. Check the address, or go back.</p>
      <p><Link to="/">Back to the start page</Link></p>
    </Page>
  );
}
