import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { TextField } from '../ui/fields';
import { useFormState } from '../ui/form';
import { FormWithSummary } from '../ui/FormWithSummary';
import { Page } from '../ui/Page';
import { Banner } from '../ui/StatusMessage';
import { choosePassword } from './api';
import { useSessionState } from './session';

export const MIN_PASSWORD = 10;

/** Emailed links carry their token after # so that it never reaches a server log. */
function tokenFromHash(hash: string): string {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? '';
  // A link cut short by an email program is treated as missing, not sent to be refused.
  return token.length >= 20 ? token : '';
}

const WORDS = {
  reset: {
    title: 'Choose a new password',
    intro: 'Choose a new password for Lanyard. Signing in elsewhere with the old one will stop working.',
    missing: 'This reset link is not complete. Open the link from your email again, or ask for a new one.',
    submit: 'Save password and sign in',
  },
  invitation: {
    title: 'Accept your invitation',
    intro: 'You have been invited to Lanyard, where your school keeps its social media policy. Choose a password to finish.',
    missing: 'This invitation link is not complete. Open the link from your email again, or ask your school office to invite you again.',
    submit: 'Save password and sign in',
  },
} as const;

/** The page behind both emailed links: a password reset and an invitation to sign in. */
export function ChoosePasswordPage({ purpose }: { purpose: 'reset' | 'invitation' }) {
  const words = WORDS[purpose];
  const { signedIn } = useSessionState();
  const navigate = useNavigate();
  // Read once: the hash can change later (error links), the token must not.
  const [token] = useState(() => tokenFromHash(window.location.hash));
  const form = useFormState(purpose, { password: 'New password' });
  const [password, setPassword] = useState('');

  function submit() {
    if (form.busy) return;
    if (password.length < MIN_PASSWORD) {
      // Said here at once; the server applies the same rule.
      const message = `Use at least ${MIN_PASSWORD} characters.`;
      form.setErrors({ summary: message, fields: { password: message } });
      return;
    }
    void form.submit(async () => {
      signedIn(await choosePassword(purpose, token, password));
      navigate('/', { replace: true });
    });
  }

  if (!token) {
    return (
      <Page title={words.title}>
        <Banner tone="error">
          <p>{words.missing}</p>
        </Banner>
        <p>{purpose === 'reset' ? <Link to="/forgot-password">Ask for a new reset link</Link> : <Link to="/sign-in">Go to sign in</Link>}</p>
      </Page>
    );
  }

  return (
    <Page title={words.title}>
      <p>{words.intro}</p>
      <FormWithSummary form={form} onSubmit={submit}>
        <TextField
          id={form.idOf('password')}
          type="password"
          label="New password"
          hint={`At least ${MIN_PASSWORD} characters. A few unrelated words make a strong password that is easy to remember.`}
          value={password}
          onChange={setPassword}
          autoComplete="new-password"
          required
          error={form.errorOf('password')}
        />
        <div className="actions">
          <button type="submit" aria-disabled={form.busy}>{words.submit}</button>
        </div>
      </FormWithSummary>
      {form.errors.summary && !form.errors.fields.password ? (
        <p>{purpose === 'reset' ? <Link to="/forgot-password">Ask for a new reset link</Link> : <Link to="/sign-in">Go to sign in</Link>}</p>
      ) : null}
    </Page>
  );
}
