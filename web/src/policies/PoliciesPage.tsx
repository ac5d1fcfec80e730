import { useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Action } from '@lanyard/core';
import type { Policy } from '../api/types';
import { useSession } from '../auth/session';
import { schoolCan, trustCan, useSchoolFromUrl } from '../shell/scope';
import { Page } from '../ui/Page';
import { LoadError } from '../ui/StatusMessage';
import { useLoad } from '../ui/useLoad';
import { listPolicies } from './api';
import { PoliciesTable } from './PoliciesTable';
import { StartPolicyForm } from './StartPolicyForm';
import { versionPath } from './words';

/** A school's policies (its own and its trust's) at /schools/:schoolId/policies; the trust's at /trust/policies. */
export function PoliciesPage() {
  const school = useSchoolFromUrl();
  // A different school starts with a fresh list and a closed form.
  return <PolicyList key={school?.id ?? 'trust'} />;
}

function PolicyList() {
  const session = useSession();
  const school = useSchoolFromUrl();
  const schoolId = school?.id ?? null;
  const context = school?.name ?? session.trust.name;
  const can = (action: Action) => (school ? schoolCan(school, action) : trustCan(session, action));
  const policies = useLoad(`policies:${schoolId ?? 'trust'}`, () => listPolicies(schoolId));
  const [starting, setStarting] = useState(false);
  const startButton = useRef<HTMLButtonElement>(null);
  const navigate = useNavigate();

  function started(policy: Policy) {
    const draft = policy.versions[0];
    if (draft) navigate(versionPath(schoolId, draft.id));
  }

  const list = policies.data ?? [];
  return (
    <Page title="Policies" context={context} caption={context}>
      <p>
        {school
          ? `The policies that apply at ${school.name}: its own, and any that ${session.trust.name} has for all its schools.`
          : `Policies that ${session.trust.name} has for all its schools.`}
      </p>
      {can('policy.manage') ? (
        <>
          <button type="button" ref={startButton} aria-expanded={starting} aria-controls="start-policy-panel" onClick={() => setStarting(!starting)}>
            Start a policy
          </button>
          <div id="start-policy-panel">
            {starting ? (
              <StartPolicyForm
                schoolId={schoolId}
                onStarted={started}
                onCancel={() => {
                  setStarting(false);
                  startButton.current?.focus();
                }}
              />
            ) : null}
          </div>
        </>
      ) : null}
      <h2>{school ? `Policies at ${school.name}` : `Trust policies`}</h2>
      {policies.error ? <LoadError message={policies.error} /> : null}
      {policies.loading && !policies.data ? <p role="status">Loading…</p> : null}
      {policies.data && list.length > 0 ? (
        <PoliciesTable policies={list} caption={school ? `Policies at ${school.name}` : `Policies of ${session.trust.name}`} schoolId={schoolId} hideCaption />
      ) : null}
      {policies.data && list.length === 0 ? (
        <p>{can('policy.manage') ? 'There are no policies yet. Start one from a built-in policy, or from blank.' : 'There are no policies here yet.'}</p>
      ) : null}
    </Page>
  );
}
