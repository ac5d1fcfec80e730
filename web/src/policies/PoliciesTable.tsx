import { Link } from 'react-router-dom';
import type { Policy } from '../api/types';
import { formatDate } from '../ui/dates';
import { Table } from '../ui/Table';
import { appliesTo, reviewOverdue, reviewText, statusLabel, versionPath } from './words';

interface Props {
  policies: Policy[];
  caption: string;
  /** the school the links stay in, or null on the trust's pages */
  schoolId: string | null;
  hideCaption?: boolean;
}

const COLUMNS = ['Policy', 'Applies to', 'In force', 'Next review', 'Latest version'] as const;

export function PoliciesTable({ policies, caption, schoolId, hideCaption }: Props) {
  return (
    <Table caption={caption} columns={COLUMNS} hideCaption={hideCaption}>
      {policies.map((p) => {
        const latest = p.versions[0];
        const shown = p.inForce ?? latest;
        return (
          <tr key={p.id}>
            <td>{shown ? <Link to={versionPath(schoolId, shown.id)}>{p.title}</Link> : p.title}</td>
            <td>{appliesTo(p)}</td>
            <td>{p.inForce ? `Version ${p.inForce.versionNo}, ratified ${formatDate(p.inForce.ratifiedOn)}` : 'Not yet in force'}</td>
            <td className={p.inForce && reviewOverdue(p.inForce) ? 'review-overdue' : undefined}>{p.inForce ? reviewText(p.inForce) : ''}</td>
            <td>
              {latest && latest.id !== p.inForce?.id ? (
                <Link to={versionPath(schoolId, latest.id)}>
                  Version {latest.versionNo}: {statusLabel(latest.status)}
                  <span className="visually-hidden"> ({p.title})</span>
                </Link>
              ) : latest ? (
                `Version ${latest.versionNo}: ${statusLabel(latest.status)}`
              ) : null}
            </td>
          </tr>
        );
      })}
    </Table>
  );
}
