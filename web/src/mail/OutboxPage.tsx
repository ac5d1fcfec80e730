import { useSession } from '../auth/session';
import { useSchoolFromUrl } from '../shell/scope';
import { formatDateTime } from '../ui/dates';
import { Page } from '../ui/Page';
import { Banner, LoadError } from '../ui/StatusMessage';
import { useLoad } from '../ui/useLoad';
import type { MailMessage } from '../api/types';
import { readOutbox } from './api';
import { LinkedText } from './LinkedText';

/**
 * Mail Lanyard has written (invitations, password resets). Until a mail server is set up this
 * is the only place it goes, so an administrator can pass a link on by hand.
 */
export function OutboxPage() {
  const session = useSession();
  const school = useSchoolFromUrl();
  const schoolId = school?.id ?? null;
  const context = school?.name ?? session.trust.name;
  const outbox = useLoad(`outbox:${schoolId ?? 'trust'}`, () => readOutbox(schoolId));

  return (
    <Page title="Mail outbox" context={context} caption={school ? school.name : `${session.trust.name}: all schools`}>
      {outbox.data?.transport === 'outbox' ? (
        <Banner tone="warning">
          <p>
            No mail server is set up yet, so Lanyard keeps its emails here instead of sending them. To let someone in, open
            their invitation below and give them the link yourself. Ask your technical support to set <code>SMTP_URL</code> to
            send mail for real.
          </p>
        </Banner>
      ) : null}
      <div className="actions">
        <button type="button" className="secondary" onClick={outbox.reload}>
          Check for new mail
        </button>
      </div>
      {outbox.error ? <LoadError message={outbox.error} /> : null}
      <p role="status" className="muted">
        {outbox.loading ? 'Loading…' : outbox.data ? messageCount(outbox.data.messages.length) : ''}
      </p>
      {outbox.data && outbox.data.messages.length > 0 ? (
        <>
          <h2>Newest first</h2>
          <ul className="mail-list">
            {outbox.data.messages.map((m) => (
              <MailItem key={m.id} message={m} />
            ))}
          </ul>
        </>
      ) : null}
    </Page>
  );
}

function messageCount(n: number): string {
  if (n === 0) return 'No mail yet.';
  return n === 1 ? '1 message.' : `${n} messages.`;
}

function MailItem({ message }: { message: MailMessage }) {
  return (
    <li>
      <details>
        <summary>
          <strong>{message.subject}</strong>
          <span className="mail-meta">
            To {message.to}, {formatDateTime(message.createdAt)}. {deliveryOf(message)}
          </span>
        </summary>
        <pre className="mail-body">
          <LinkedText text={message.body} />
        </pre>
      </details>
    </li>
  );
}

function deliveryOf(m: MailMessage): string {
  if (m.error) return `Not sent: ${m.error}`;
  if (m.sentAt) return `Sent ${formatDateTime(m.sentAt)}.`;
  return m.transport === 'outbox' ? 'Kept here, not sent.' : 'Waiting to be sent.';
}
