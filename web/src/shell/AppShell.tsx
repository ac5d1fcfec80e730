import { NavLink, Outlet, useLocation, useMatch } from 'react-router-dom';
import { fullName, useSession, useSessionState } from '../auth/session';
import { preferredSchool } from './scope';
import { navItems } from './navigation';
import { SchoolSwitcher } from './SchoolSwitcher';

/** The frame of every signed-in page: who and where you are, the menu, and the page itself. */
export function AppShell() {
  const session = useSession();
  const { signOut } = useSessionState();
  const { pathname } = useLocation();
  const schoolMatch = useMatch('/schools/:schoolId/*');
  const wholeTrust = pathname.startsWith('/trust');
  const urlSchool = session.schools.find((s) => s.id === schoolMatch?.params.schoolId);
  // On trust pages the menu's Home still leads back to the school the person last used.
  const homeSchool = urlSchool ?? preferredSchool(session);
  const items = navItems(session, wholeTrust ? homeSchool : urlSchool, wholeTrust);

  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to main content
      </a>
      <header className="site-header">
        <div className="header-inner">
          <p className="brand">
            Lanyard <span className="brand-trust">{session.trust.name}</span>
          </p>
          <SchoolSwitcher session={session} currentSchoolId={wholeTrust ? null : (urlSchool?.id ?? null)} />
          <div className="who">
            <p>
              Signed in as <strong>{fullName(session.person)}</strong>
            </p>
            <button type="button" className="secondary" onClick={() => void signOut()}>
              Sign out
            </button>
          </div>
        </div>
        {items.length > 0 ? (
          <nav className="site-nav" aria-label="Main">
            <ul>
              {items.map((item) => (
                <li key={item.label}>
                  <NavLink to={item.to} end={item.end}>{item.label}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
