import { useState } from 'react';
import type { Person } from '../api/types';
import { messageOf } from '../api/client';
import { LoadError } from '../ui/StatusMessage';
import { sendInvitation } from './api';
import { signInLabel } from './words';

interface Props {
  person: Person;
  canInvite: boolean;
  onSent(message: string): void;
}

/** Staff, governors and volunteers sign in by invitation; pupils and parents never do. */
export function InvitationSection({ person, canInvite, onSent }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const active = person.account?.status === 'active';

  async function invite() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      onSent((await sendInvitation(person.id)).message);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="sign-in-heading">
      <h2 id="sign-in-heading">Signing in</h2>
      <p>{signInLabel(person)}.</p>
      {error ? <LoadError message={error} /> : null}
      {active ? <p>They can reset their own password from the sign-in page.</p> : null}
      {!active && canInvite && !person.email ? <p>Add an email address above to invite them to sign in.</p> : null}
      {!active && canInvite && person.email ? (
        <>
          <p>
            An invitation email lets them choose a password.
            {person.account?.status === 'invited' ? ' Sending it again replaces the earlier link.' : ''}
          </p>
          <button type="button" aria-disabled={busy} onClick={() => void invite()}>
            Send invitation
          </button>
        </>
      ) : null}
    </section>
  );
}
