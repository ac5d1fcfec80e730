import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { TextField } from '../ui/fields';
import { useFormState } from '../ui/form';
import { FormWithSummary } from '../ui/FormWithSummary';
import { Page } from '../ui/Page';
import { startTrust } from './api';
import { MIN_PASSWORD } from './ChoosePasswordPage';
import { useSessionState } from './session';

const LABELS = { trustName: 'Trust or school name', givenName: 'First name', familyName: 'Last name', email: 'Email', password: 'Password' };

/** Sets up Lanyard for a new trust; the person doing it becomes its first administrator. */
export function StartTrustPage() {
  const { signedIn } = useSessionState();
  const navigate = useNavigate();
  const form = useFormState('start', LABELS);
  const [trustName, setTrustName] = useState('');
  const [givenName, setGivenName] = useState('');
  const [familyName, setFamilyName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  function submit() {
    if (form.busy) return;
    void form.submit(async () => {
      signedIn(await startTrust({ trustName, givenName, familyName, email, password }));
      // A new trust has no schools yet; the Schools page asks for the first one.
      navigate('/trust/schools', { replace: true });
    });
  }

  return (
    <Page title="Start a new trust">
      <p>
        Set up Lanyard for your multi-academy trust, or for your school on its own (a standalone school is a trust of one). You
        will be its administrator, and can add schools and invite colleagues next.
      </p>
      <FormWithSummary form={form} onSubmit={submit}>
        <TextField id={form.idOf('trustName')} label={LABELS.trustName} hint="For example, Northfield Learning Trust, or Oakfield Primary School." value={trustName} onChange={setTrustName} autoComplete="organization" required error={form.errorOf('trustName')} />
        <h2>About you</h2>
        <TextField id={form.idOf('givenName')} label={LABELS.givenName} value={givenName} onChange={setGivenName} autoComplete="given-name" required error={form.errorOf('givenName')} />
        <TextField id={form.idOf('familyName')} label={LABELS.familyName} value={familyName} onChange={setFamilyName} autoComplete="family-name" required error={form.errorOf('familyName')} />
        <TextField id={form.idOf('email')} type="email" label={LABELS.email} hint="Your work email. You will sign in with it." value={email} onChange={setEmail} autoComplete="email" required error={form.errorOf('email')} />
        <TextField id={form.idOf('password')} type="password" label={LABELS.password} hint={`At least ${MIN_PASSWORD} characters.`} value={password} onChange={setPassword} autoComplete="new-password" required error={form.errorOf('password')} />
        <div className="actions">
          <button type="submit" aria-disabled={form.busy}>Start the trust</button>
        </div>
      </FormWithSummary>
      <p>
        Already using Lanyard? <Link to="/sign-in">Sign in</Link>
      </p>
    </Page>
  );
}
