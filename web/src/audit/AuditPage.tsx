import { useState } from 'react';
import { messageOf } from '../api/client';
import type { AuditEvent } from '../api/types';
import { useSession } from '../auth/session';
import { useSchoolFromUrl } from '../shell/scope';
import { formatDateTime } from '../ui/dates';
import { Page } from '../ui/Page';
import { LoadError } from '../ui/StatusMessage';
import { Table } from '../ui/Table';
import { useLoad } from '../ui/useLoad';
import { readAudit } from './api';
import { actionLabel, detailLines, recordLabel } from './words';

const COLUMNS = ['Time', 'Who', 'What', 'Which record', 'Details'] as const;

/** Who did what, when, to which record: newest first, older pages on request. */
export function AuditPage() {
  const session = useSession();
  const school = useSchoolFromUrl();
  const schoolId = school?.id ?? null;
  const context = school?.name ?? session.trust.name;
  const first = useLoad(`audit:${schoolId ?? 'trust'}`, () => readAudit(schoolId, null));
  const [older, setOlder] = useState<{ key: string; events: AuditEvent[]; nextBefore: number | null } | null>(null);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [olderError, setOlderError] = useState<string | null>(null);

  // Older pages belong to the scope they were loaded for; a new school starts afresh.
  const scopeKey = schoolId ?? 'trust';
  const extra = older?.key === scopeKey ? older : null;
  const events = [...(first.data?.events ?? []), ...(extra?.events ?? [])];
  const nextBefore = extra ? extra.nextBefore : (first.data?.nextBefore ?? null);
  // Across the trust, each event also says which school it happened in.
  const columns = school ? COLUMNS : ['Time', 'School', ...COLUMNS.slice(1)];
  const schoolName = (id: string | null) => (id === null ? 'The trust' : (session.schools.find((s) => s.id === id)?.name ?? 'Another school'));

  async function loadOlder() {
    if (nextBefore === null || loadingOlder) return;
    setLoadingOlder(true);
    setOlderError(null);
    try {
      const page = await readAudit(schoolId, nextBefore);
      setOlder({ key: scopeKey, events: [...(extra?.events ?? []), ...page.events], nextBefore: page.nextBefore });
    } catch (e) {
      setOlderError(messageOf(e));
    } finally {
      setLoadingOlder(false);
    }
  }

  return (
    <Page title="Audit log" context={context} caption={school ? school.name : `${session.trust.name}: the whole trust`}>
      <p>
        Everything that changes in Lanyard is recorded here, with who did it and when. The record cannot be edited, so it can
        be shown to governors, the LADO or an inspector.
      </p>
      {first.error ? <LoadError message={first.error} /> : null}
      <p role="status" className="muted">
        {first.loading || loadingOlder ? 'Loading…' : first.data ? `${events.length} ${events.length === 1 ? 'event' : 'events'} shown.` : ''}
      </p>
      {events.length > 0 ? (
        <Table caption={school ? `What happened at ${school.name}, newest first` : 'What happened across the trust, newest first'} columns={columns}>
          {events.map((e) => (
            <tr key={e.id}>
              <td>
                <time dateTime={e.occurredAt}>{formatDateTime(e.occurredAt)}</time>
              </td>
              {school ? null : <td>{schoolName(e.schoolId)}</td>}
              <td>{e.actor?.name ?? 'Lanyard'}</td>
              <td>{actionLabel(e.action)}</td>
              <td>{recordLabel(e)}</td>
              <td>
                {detailLines(e).map((line) => (
                  <div key={line}>{line}</div>
                ))}
              </td>
            </tr>
          ))}
        </Table>
      ) : null}
      {first.data && events.length === 0 ? <p>Nothing has been recorded yet.</p> : null}
      {olderError ? <LoadError message={olderError} /> : null}
      {nextBefore !== null ? (
        <div className="actions">
          <button type="button" className="secondary" aria-disabled={loadingOlder} onClick={() => void loadOlder()}>
            Load older
          </button>
        </div>
      ) : null}
    </Page>
  );
}
