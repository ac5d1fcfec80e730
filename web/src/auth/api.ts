import { api } from '../api/client';
import type { Accepted, Session } from '../api/types';

export const signIn = (email: string, password: string) => api.post<Session>('/api/session', { email, password });

export const requestPasswordReset = (email: string) => api.post<Accepted>('/api/password-reset', { email });

/** Both links from an email (reset, invitation) carry a token and end with the person signed in. */
export const choosePassword = (purpose: 'reset' | 'invitation', token: string, password: string) =>
  api.post<Session>(purpose === 'reset' ? '/api/password-reset/complete' : '/api/invitations/accept', { token, password });

export interface NewTrust {
  trustName: string;
  givenName: string;
  familyName: string;
  email: string;
  password: string;
}

export const startTrust = (input: NewTrust) => api.post<Session>('/api/trusts', input);
