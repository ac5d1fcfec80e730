import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, ApiError, whenSignedOut } from '../api/client';
import type { Session } from '../api/types';

interface SessionState {
  /** undefined while we ask the server, null when nobody is signed in */
  session: Session | null | undefined;
  /** could not ask the server at all (offline, server down) */
  loadError: string | null;
  /** every sign-in route (password, reset, invitation, new trust) answers with a Session */
  signedIn(session: Session): void;
  /** true after the person chose to sign out, so the sign-in page can say so */
  signedOutByChoice: boolean;
  signOut(): Promise<void>;
  /** re-read after something that changes what this person can do (a new school, new roles) */
  refresh(): Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [signedOutByChoice, setSignedOutByChoice] = useState(false);

  const refresh = useCallback(async () => {
    try {
      setSession(await api.get<Session>('/api/session'));
      setLoadError(null);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) setSession(null);
      else setLoadError('Lanyard could not be reached. Check your connection and reload the page.');
    }
  }, []);

  useEffect(() => {
    void refresh();
    // A session that expires mid-task sends the person back to sign in rather than failing quietly.
    whenSignedOut(() => setSession(null));
    return () => whenSignedOut(null);
  }, [refresh]);

  const signOut = useCallback(async () => {
    try {
      await api.delete<void>('/api/session');
    } catch {
      // Signing out fails when the session had already ended: either way the person is out.
    } finally {
      setSignedOutByChoice(true);
      setSession(null);
    }
  }, []);

  const signedIn = useCallback((next: Session) => {
    setSignedOutByChoice(false);
    setSession(next);
  }, []);

  const value = useMemo<SessionState>(
    () => ({ session, loadError, signedIn, signedOutByChoice, signOut, refresh }),
    [session, loadError, signedIn, signedOutByChoice, signOut, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSessionState(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSessionState must be used inside <SessionProvider>');
  return state;
}

/** The signed-in session; only for pages behind <RequireSession>. */
export function useSession(): Session {
  const { session } = useSessionState();
  if (!session) throw new Error('useSession needs a signed-in person');
  return session;
}

export function fullName(p: { givenName: string; familyName: string }): string {
  return `${p.givenName} ${p.familyName}`.trim();
}
