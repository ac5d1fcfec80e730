import { useState } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { TextField } from '../ui/fields';
import { useFormState } from '../ui/form';
import { FormWithSummary } from '../ui/FormWithSummary';
import { Page } from '../ui/Page';
import { StatusMessage } from '../ui/StatusMessage';
import { signIn } from './api';
import { useSessionState } from './session';

const LABELS = { email: 'Email', password: 'Password' };

interface ArrivalState {
  from?: string;
  signedOut?: boolean;
}

export function SignInPage() {
  const { session, signedIn } = useSessionState();
  const navigate = useNavigate();
  const location = useLocation();
  const arrival = (location.state ?? {}) as ArrivalState;
  const form = useFormState('sign-in', LABELS);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  // Someone already signed in (another tab, the back button) goes straight on.
  if (session && !form.busy) return <Navigate to={arrival.from ?? '/'} replace />;

  function submit() {
    if (form.busy) return;
    void form.submit(async () => {
      const next = await signIn(email, password);
      signedIn(next);
      navigate(arrival.from ?? '/', { replace: true });
    });
  }

  return (
    <Page title="Sign in to Lanyard">
      <StatusMessage message={arrival.signedOut ? 'You have signed out.' : null} />
      <FormWithSummary form={form} onSubmit={submit}>
        <TextField id={form.idOf('email')} type="email" label={LABELS.email} value={email} onChange={setEmail} autoComplete="username" required error={form.errorOf('email')} />
        <TextField id={form.idOf('password')} type="password" label={LABELS.password} value={password} onChange={setPassword} autoComplete="current-password" required error={form.errorOf('password')} />
        <div className="actions">
          <button type="submit" aria-disabled={form.busy}>Sign in</button>
        </div>
      </FormWithSummary>
      <p><Link to="/forgot-password">Forgot your password?</Link></p>
      <h2>New to Lanyard?</h2>
      <p>
        If your school or trust does not use Lanyard yet, you can set it up. A standalone school is a trust of one.{' '}
        <Link to="/start">Start a new trust</Link>
      </p>
      <p>If your school already uses Lanyard, ask your headteacher or office for an invitation.</p>
    </Page>
  );
}
