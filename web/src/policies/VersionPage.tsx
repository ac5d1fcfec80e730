import { useEffect, useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import type { Action } from '@lanyard/core';
import { AcknowledgementNote, AcknowledgeSection, useMyAcknowledgement } from '../acknowledgements/AcknowledgeSection';
import type { PolicyVersion } from '../api/types';
import { useSession } from '../auth/session';
import { schoolCan, trustCan, useSchoolFromUrl } from '../shell/scope';
import { formatDate } from '../ui/dates';
import { Page } from '../ui/Page';
import { LoadError, StatusMessage } from '../ui/StatusMessage';
import { useLoad } from '../ui/useLoad';
import { getVersion, listPolicies, savePack } from './api';
import { PackEditor } from './PackEditor';
import { PolicyText } from './PolicyText';
import { VersionActions } from './VersionActions';
import { appliesTo, packSourceLabel, policiesPath, reviewOverdue, reviewPeriod, reviewText, statusLabel, versionPath } from './words';

/**
 * One version of a policy: its standing, what can happen next, its rules and its text, clause by
 * clause; for whoever it applies to, the place to acknowledge it once read.
 */
export function VersionPage() {
  const session = useSession();
  const school = useSchoolFromUrl();
  const schoolId = school?.id ?? null;
  const { versionId = '' } = useParams();
  const { hash } = useLocation();
  const navigate = useNavigate();
  const version = useLoad(`version:${versionId}`, () => getVersion(versionId));
  const policies = useLoad(`policies:${schoolId ?? 'trust'}`, () => listPolicies(schoolId));
  const mine = useMyAcknowledgement(versionId, version.data?.id === versionId && version.data.status === 'ratified');
  const [status, setStatus] = useState<string | null>(null);
  const context = school?.name ?? session.trust.name;
  const loadedId = version.data?.id;

  // A link from an answer ends in #clause-…; the clause exists only once the text has loaded.
  useEffect(() => {
    if (loadedId && hash.startsWith('#clause-')) document.getElementById(decodeURIComponent(hash.slice(1)))?.focus();
  }, [loadedId, hash]);

  useEffect(() => setStatus(null), [versionId]);

  if (version.error) {
    return (
      <Page title="This policy version cannot be shown" context={context}>
        <LoadError message={version.error} />
        <p><Link to={policiesPath(schoolId)}>Back to the policies</Link></p>
      </Page>
    );
  }
  if (!version.data) return <Page title="Loading…" context={context} />;

  const v = version.data;
  const policy = policies.data?.find((p) => p.id === v.policyId);
  // A trust policy is the trust's to change, even when read from one of its schools.
  const can = (action: Action) =>
    !!policy && (policy.schoolId === null ? trustCan(session, action) : schoolCan(session.schools.find((s) => s.id === policy.schoolId), action));
  const others = (policy?.versions ?? []).filter((x) => x.id !== v.id);

  function changed(next: PolicyVersion, message: string) {
    version.setData(next);
    policies.reload();
    setStatus(message);
  }

  return (
    <Page title={v.title} documentTitle={`${v.title}, version ${v.versionNo}`} context={context} caption={context}>
      <p className="lead">Version {v.versionNo}: {statusLabel(v.status)}</p>
      <p><Link to={policiesPath(schoolId)}>All policies</Link></p>
      {mine.item ? <AcknowledgementNote item={mine.item} /> : null}
      <dl className="summary">
        {policy ? <Fact term="Applies to">{appliesTo(policy)}</Fact> : null}
        <Fact term="Ratified on">{v.ratifiedOn ? formatDate(v.ratifiedOn) : 'Not yet ratified'}</Fact>
        {v.ratifiedOn ? <Fact term="Next review"><span className={reviewOverdue(v) ? 'review-overdue' : undefined}>{reviewText(v)}</span></Fact> : null}
        <Fact term="Review period">{reviewPeriod(v.reviewMonths)}</Fact>
        <Fact term="Governing committee">{v.governingCommittee ?? 'Not set'}</Fact>
        <Fact term="Person responsible">{v.responsibleTitle ?? 'Not set'}</Fact>
        <Fact term="Rules">{packSourceLabel(v)}</Fact>
      </dl>
      <StatusMessage message={status} />
      <VersionActions
        version={v}
        canManage={can('policy.manage')}
        canRatify={can('policy.ratify')}
        onChanged={changed}
        onNewVersion={(draft) => navigate(versionPath(schoolId, draft.id))}
      />
      {others.length > 0 ? (
        <section aria-labelledby="other-versions-heading">
          <h2 id="other-versions-heading">Other versions</h2>
          <ul>
            {others.map((o) => (
              <li key={o.id}>
                <Link to={versionPath(schoolId, o.id)}>Version {o.versionNo}</Link>: {statusLabel(o.status)}
                {o.ratifiedOn ? `, ratified ${formatDate(o.ratifiedOn)}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {can('policy.manage') && v.status === 'draft' ? (
        <PackEditor key={v.id} version={v} save={(yaml) => savePack(v.id, yaml)} onSaved={(next) => changed(next, 'The policy pack has been saved. The rules each clause has are shown beside the text.')} />
      ) : null}
      <PolicyText version={v} />
      {mine.item ? <AcknowledgeSection version={v} item={mine.item} onAcknowledged={mine.acknowledged} /> : null}
    </Page>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}
