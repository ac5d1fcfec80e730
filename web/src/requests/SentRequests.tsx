import type { SentRequestView } from '../api/types';
import { formatDay } from '../ui/dates';
import { LoadError } from '../ui/StatusMessage';
import { Table } from '../ui/Table';
import { useLoad } from '../ui/useLoad';
import { myRequests } from './api';
import { deciderLabel, KIND_WORDS, requestStatusLabel, topicLabel } from './words';

const newestFirst = (a: SentRequestView, b: SentRequestView) => b.createdAt.localeCompare(a.createdAt);

/** On the home page: what the person has asked for or declared, and where each one stands. */
export function SentRequests({ schoolName }: { schoolName(schoolId: string): string | null }) {
  const requests = useLoad('my-requests', myRequests);
  const sent = [...(requests.data ?? [])].sort(newestFirst);

  return (
    <section aria-labelledby="sent-requests-heading">
      <h2 id="sent-requests-heading">Requests you have sent</h2>
      {requests.error ? <LoadError message={requests.error} /> : null}
      {requests.loading && !requests.data ? <p role="status">Loading…</p> : null}
      {requests.data && sent.length === 0 ? <p>You have not sent any requests or declarations.</p> : null}
      {sent.length > 0 ? (
        <Table caption="Requests and declarations you have sent, newest first" columns={['Sent', 'What', 'About', 'Who decides', 'Status']} hideCaption>
          {sent.map((r) => {
            const elsewhere = schoolName(r.schoolId);
            return (
              <tr key={r.id}>
                <td>{formatDay(r.createdAt)}</td>
                <td>
                  {KIND_WORDS[r.kind]}
                  {elsewhere ? <div className="muted">At {elsewhere}</div> : null}
                </td>
                <td>{topicLabel(r.situation)}</td>
                <td>{deciderLabel(r.deciderRole)}</td>
                <td>{requestStatusLabel(r.status)}</td>
              </tr>
            );
          })}
        </Table>
      ) : null}
    </section>
  );
}
