import { Link } from 'react-router-dom';
import type { Person } from '../api/types';
import { formatDate } from '../ui/dates';
import { Table } from '../ui/Table';
import { kindLabel, personName, photosLabel, roleLabel, rolesIn, signInLabel } from './words';

interface Props {
  people: Person[];
  caption: string;
  /** the school whose roles to show, or null for trust roles */
  schoolId: string | null;
  /** where a name links to */
  linkTo(person: Person): string;
}

const COLUMNS = ['Name', 'Kind', 'Year group or roles', 'Sign-in', 'Left'] as const;

export function PeopleTable({ people, caption, schoolId, linkTo }: Props) {
  return (
    <Table caption={caption} columns={COLUMNS}>
      {people.map((p) => (
        <tr key={p.id}>
          <td>
            <Link to={linkTo(p)}>{personName(p)}</Link>
            {p.email ? <div className="muted">{p.email}</div> : null}
          </td>
          <td>{kindLabel(p.kind)}</td>
          <td>
            {p.kind === 'pupil' ? (
              <>
                {p.yearGroup}
                <div className="muted">{photosLabel(p)}</div>
              </>
            ) : (
              <RoleTags roles={rolesIn(p, schoolId)} />
            )}
          </td>
          <td>{signInLabel(p)}</td>
          <td>{p.leftOn ? formatDate(p.leftOn) : ''}</td>
        </tr>
      ))}
    </Table>
  );
}

function RoleTags({ roles }: { roles: string[] }) {
  if (roles.length === 0) return <span className="muted">No roles</span>;
  return (
    <>
      {roles.map((r) => (
        <span key={r} className="tag">{roleLabel(r)}</span>
      ))}
    </>
  );
}
