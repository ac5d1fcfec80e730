import type { BrowserContext, Locator, Page } from 'playwright-core';
import { expectNoAxeViolations } from './a11y.js';

/** The demo trust the server loads on a fresh database (server/src/demo/seed.ts). */
export const DEMO_PASSWORD = 'lanyard-demo-2026';
export const DEMO = {
  trustAdmin: 'admin@northfield.example.org',
  oakfieldHead: 'head@oakfield.example.org',
  oakfieldTeacher: 'teacher@oakfield.example.org',
  techSupport: 'it@northfield.example.org',
  riversideHead: 'head@riverside.example.org',
} as const;

/**
 * Waits until a page has arrived (its address and its main heading) and checks it with axe.
 * Every page a test visits goes through here, so none escapes the accessibility check.
 */
export async function arriveAt(page: Page, where: { path: RegExp; heading?: string | RegExp }): Promise<void> {
  await page.waitForURL((url) => where.path.test(url.pathname));
  const heading = page.getByRole('heading', { level: 1, ...(where.heading ? { name: where.heading } : {}) });
  await heading.first().waitFor();
  await page.getByText(/^Loading/).first().waitFor({ state: 'hidden' });
  await expectNoAxeViolations(page);
}

/** Follows a link in the main menu and waits for its page, whose heading is the link's words unless said. */
export async function openFromMenu(page: Page, name: string, path: RegExp, heading = name): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
  await arriveAt(page, { path, heading });
}

/** Signs in through the sign-in form, as a person would. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await arriveAt(page, { path: /^\/sign-in$/ });
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/** Fails unless the locator shows up; for content a page loads after it appears. */
export async function expectVisible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible' });
}

export interface Api {
  get<T>(path: string): Promise<T>;
  send<T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T>;
}

/**
 * The Lanyard API as the person signed in to this browser context (it shares their cookies),
 * for setting a scene faster than clicking through it. Changes carry the CSRF token as the
 * web app's do.
 */
export function apiOf(context: BrowserContext): Api {
  const request = context.request;
  let csrf: string | null = null;
  const answer = async <T>(res: Awaited<ReturnType<typeof request.get>>, what: string): Promise<T> => {
    if (!res.ok()) throw new Error(`${what} answered ${res.status()}: ${await res.text()}`);
    return (res.status() === 204 ? undefined : await res.json()) as T;
  };
  return {
    get: async <T>(path: string) => answer<T>(await request.get(path), `GET ${path}`),
    send: async <T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown) => {
      csrf ??= (await answer<{ token: string }>(await request.get('/api/csrf-token'), 'GET /api/csrf-token')).token;
      const res = await request.fetch(path, { method, headers: { 'x-csrf-token': csrf }, ...(body === undefined ? {} : { data: body }) });
      return answer<T>(res, `${method} ${path}`);
    },
  };
}

export interface SessionView {
  person: { id: string; givenName: string; familyName: string; email: string | null };
  schools: { id: string; name: string }[];
}

export async function signInByApi(context: BrowserContext, email: string, password = DEMO_PASSWORD): Promise<{ api: Api; session: SessionView }> {
  const api = apiOf(context);
  const session = await api.send<SessionView>('POST', '/api/session', { email, password });
  return { api, session };
}

export function schoolNamed(session: SessionView, name: string): string {
  const school = session.schools.find((s) => s.name === name);
  if (!school) throw new Error(`${name} is not among this person's schools: ${session.schools.map((s) => s.name).join(', ')}`);
  return school.id;
}

/**
 * Opens one mail on the Mail outbox page (each is folded up under its subject) and checks the
 * page again with the mail showing. Returns the mail, to read or follow its link.
 */
export async function openMail(page: Page, mail: { to: string; subject: string }): Promise<Locator> {
  const item = page.getByRole('listitem').filter({ hasText: `To ${mail.to}` }).filter({ hasText: mail.subject }).first();
  await item.waitFor();
  await item.getByText(mail.subject, { exact: true }).click();
  await item.getByRole('link').first().waitFor();
  await expectNoAxeViolations(page);
  return item;
}

/** The address of the mail's link to a page of the app, such as /accept-invitation. */
export async function linkTo(mail: Locator, path: string): Promise<string> {
  const link = mail.getByRole('link').filter({ hasText: `${path}#token=` });
  const href = await link.first().getAttribute('href');
  if (!href) throw new Error(`No ${path} link in this mail:\n${await mail.innerText()}`);
  return href;
}
