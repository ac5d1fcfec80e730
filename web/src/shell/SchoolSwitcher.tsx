import { useNavigate, useLocation } from 'react-router-dom';
import type { Session } from '../api/types';
import { rememberSchool, isTrustAdmin } from './scope';
import { schoolPath, sectionOf, trustPath } from './navigation';

const WHOLE_TRUST = 'trust';

interface Props {
  session: Session;
  /** the school being looked at, or null when looking at the whole trust */
  currentSchoolId: string | null;
}

/**
 * Choosing a school opens the same page for that school. Trust administrators also get
 * "Whole trust", which opens the trust-wide version of the page.
 */
export function SchoolSwitcher({ session, currentSchoolId }: Props) {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const options = session.schools.map((s) => ({ value: s.id, label: s.name }));
  if (isTrustAdmin(session)) options.unshift({ value: WHOLE_TRUST, label: 'Whole trust (all schools)' });

  const current = session.schools.find((s) => s.id === currentSchoolId);
  if (options.length < 2) {
    return current ? <p className="school-name">{current.name}</p> : null;
  }

  function choose(value: string) {
    const section = sectionOf(pathname);
    if (value === WHOLE_TRUST) {
      navigate(trustPath(section));
      return;
    }
    rememberSchool(value);
    navigate(schoolPath(value, section));
  }

  return (
    <div className="school-switcher">
      <label htmlFor="school-switcher">School</label>
      <select
        id="school-switcher"
        value={currentSchoolId ?? WHOLE_TRUST}
        onChange={(e) => choose(e.target.value)}
        aria-describedby="school-switcher-hint"
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
      <span id="school-switcher-hint" className="visually-hidden">Choosing a school opens this page for that school.</span>
    </div>
  );
}
