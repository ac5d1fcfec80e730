import { Outlet } from 'react-router-dom';

/** The plain frame of the pages seen before signing in. */
export function PublicLayout() {
  return (
    <>
      <header className="public-header">
        <p className="brand">Lanyard</p>
      </header>
      <main id="main" tabIndex={-1} className="narrow-main">
        <div className="narrow">
          <Outlet />
        </div>
      </main>
    </>
  );
}
