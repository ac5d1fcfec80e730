import { useState } from 'react';
import { Link } from 'react-router-dom';
import { TextField } from '../ui/fields';
import { useFormState } from '../ui/form';
import { FormWithSummary } from '../ui/FormWithSummary';
import { Page } from '../ui/Page';
import { StatusMessage } from '../ui/StatusMessage';
import { requestPasswordReset } from './api';

export function ForgotPasswordPage() {
  const form = useFormState('forgot', { email: 'Email' });
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState<string | null>(null);

  function submit() {
    if (form.busy) return;
    void form.submit(async () => setSent((await requestPasswordReset(email)).message));
  }

  return (
    <Page title="Reset your password">
      <StatusMessage message={sent} />
      {sent ? null : (
        <>
          <p>Enter the email address you sign in with. We will email you a link to choose a new password.</p>
          <FormWithSummary form={form} onSubmit={submit}>
            <TextField id={form.idOf('email')} type="email" label="Email" value={email} onChange={setEmail} autoComplete="username" required error={form.errorOf('email')} />
            <div className="actions">
              <button type="submit" aria-disabled={form.busy}>Email me a link</button>
            </div>
          </FormWithSummary>
        </>
      )}
      <p><Link to="/sign-in">Back to sign in</Link></p>
    </Page>
  );
}
