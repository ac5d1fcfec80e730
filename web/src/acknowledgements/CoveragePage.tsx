import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { CoverageView } from '../api/types';
import { roleLabel } from '../people/words';
import { versionPath } from '../policies/words';
import { schoolPath } from '../shell/navigation';
import { schoolCan, useSchool } from '../shell/scope';
import { formatDate, formatDay } from '../ui/dates';
import { Checkbox } from '../ui/fields';
import { Page } from '../ui/Page';
import { Banner, LoadError } from '../ui/StatusMessage';
import { Table } from '../ui/Table';
import { useLoad } from '../ui/useLoad';
import { coverageAt, coverageCsvPath } from './api';
import { overdue } from './words';

/** Who has read and accepted the policy in force at a school, role by role and person by person. */
export function CoveragePage() {
  const school = useSchool();
  // Another school has another policy and other people: start afresh, filter included.
  return <SchoolCoverage key={school.id} />;
}

function SchoolCoverage() {
  const school = useSchool();
  const coverage = useLoad(`coverage:${school.id}`, () => coverageAt(school.id));
  const c = coverage.data;

  return (
    <Page title="Acknowledgements" context={school.name} caption={school.name}>
      <p>Who has read and accepted the policy in force at {school.name}. Everyone it applies to is asked to acknowledge it once it is ratified.</p>
      {coverage.error ? <LoadError message={coverage.error} /> : null}
      {coverage.loading && c === undefined ? <p role="status">Loading…</p> : null}
      {c === null ? (
        <>
          <Banner>
            <p>There is no policy in force at {school.name} yet, so there is nothing to acknowledge. When a policy is ratified, everyone it applies to is asked to read and acknowledge it, and you can follow that here.</p>
          </Banner>
          {schoolCan(school, 'policy.read') ? <p><Link to={schoolPath(school.id, 'policies')}>See the policies at {school.name}</Link></p> : null}
        </>
      ) : null}
      {c ? <Coverage coverage={c} /> : null}
    </Page>
  );
}

function Coverage({ coverage: c }: { coverage: CoverageView }) {
  const school = useSchool();
  const [onlyMissing, setOnlyMissing] = useState(false);
  const shown = onlyMissing ? c.people.filter((p) => !p.acknowledgedAt) : c.people;
  const late = overdue(c.dueOn);
  const linkToPerson = schoolCan(school, 'people.read');

  return (
    <>
      <p className="lead">{c.acknowledged} of {c.total} have acknowledged {c.title} (version {c.versionNo}).</p>
      <dl className="summary">
        <dt>Due by</dt>
        <dd className={late && c.acknowledged < c.total ? 'review-overdue' : undefined}>
          {c.dueOn ? (late ? `Overdue: it was due by ${formatDate(c.dueOn)}` : formatDate(c.dueOn)) : 'No due date set'}
        </dd>
        <dt>The policy</dt>
        <dd><Link to={versionPath(school.id, c.versionId)}>Read version {c.versionNo}</Link></dd>
      </dl>
      <p><a href={coverageCsvPath(school.id, c.versionId)} download>Download as CSV (spreadsheet)</a></p>

      <h2>By role</h2>
      <Table caption={`Acknowledgements of version ${c.versionNo}, by role`} columns={['Role', 'Acknowledged', 'Total']} hideCaption>
        {c.byRole.map((r) => (
          <tr key={r.role}>
            <td>{r.role === 'no role' ? 'No role in this school' : roleLabel(r.role)}</td>
            <td>{r.acknowledged}</td>
            <td>{r.total}</td>
          </tr>
        ))}
      </Table>

      <h2>By person</h2>
      <div className="field">
        <Checkbox id="only-missing" label="Show only people who have not acknowledged" checked={onlyMissing} onChange={setOnlyMissing} />
      </div>
      <p role="status" className="muted">{shown.length === 1 ? '1 person shown.' : `${shown.length} people shown.`}</p>
      {shown.length > 0 ? (
        <Table caption={`Who has acknowledged version ${c.versionNo}`} columns={['Name', 'Roles', 'Acknowledged on']} hideCaption>
          {shown.map((p) => (
            <tr key={p.id}>
              <td>{linkToPerson ? <Link to={`/schools/${school.id}/people/${p.id}`}>{p.name}</Link> : p.name}</td>
              <td>{p.roles.length > 0 ? p.roles.map((r) => <span key={r} className="tag">{roleLabel(r)}</span>) : <span className="muted">No role</span>}</td>
              <td>{p.acknowledgedAt ? formatDay(p.acknowledgedAt) : 'Not yet'}</td>
            </tr>
          ))}
        </Table>
      ) : (
        <p>{onlyMissing && c.total > 0 ? 'Everyone has acknowledged it.' : 'Nobody here is asked to acknowledge this policy.'}</p>
      )}
    </>
  );
}
