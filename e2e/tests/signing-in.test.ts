import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/a11y.js';
import { newVisitor } from '../support/browser.js';
import { tabTo } from '../support/keyboard.js';
import { arriveAt, DEMO, DEMO_PASSWORD, expectVisible, signIn } from '../support/lanyard.js';
import { lanyardSuite } from '../support/suite.js';

describe('signing in', () => {
  const lanyard = lanyardSuite();

  it('refuses a wrong password with a message that screen readers announce', async () => {
    const { context, page } = await newVisitor(lanyard.browser, lanyard.server.url);
    await page.goto('/sign-in');
    await arriveAt(page, { path: /^\/sign-in$/, heading: 'Sign in to Lanyard' });
    await page.getByLabel('Email', { exact: true }).fill(DEMO.oakfieldTeacher);
    await page.getByLabel('Password', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();

    await expectVisible(page.getByRole('alert').filter({ hasText: 'do not match' }));
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('signs a person in and takes them to their school using only the keyboard', async () => {
    const { context, page } = await newVisitor(lanyard.browser, lanyard.server.url);
    await page.goto('/sign-in');
    await arriveAt(page, { path: /^\/sign-in$/, heading: 'Sign in to Lanyard' });

    await tabTo(page, page.getByLabel('Email', { exact: true }));
    await page.keyboard.type(DEMO.oakfieldHead);
    await tabTo(page, page.getByLabel('Password', { exact: true }), 3);
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await arriveAt(page, { path: /^\/schools\/[^/]+$/, heading: 'Oakfield Primary School' });
    await expectVisible(page.getByText('Signed in as Helen Carter'));

    await tabTo(page, page.getByRole('link', { name: 'People', exact: true }));
    await page.keyboard.press('Enter');
    await arriveAt(page, { path: /^\/schools\/[^/]+\/people$/, heading: 'People' });
    await context.close();
  });

  it('signing out ends the session, so school pages ask for a sign-in again', async () => {
    const { context, page } = await newVisitor(lanyard.browser, lanyard.server.url);
    await signIn(page, DEMO.oakfieldHead);
    await arriveAt(page, { path: /^\/schools\/[^/]+$/, heading: 'Oakfield Primary School' });
    const home = page.url();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await arriveAt(page, { path: /^\/sign-in$/, heading: 'Sign in to Lanyard' });
    await page.goto(home);
    await arriveAt(page, { path: /^\/sign-in$/, heading: 'Sign in to Lanyard' });
    expect((await context.request.get('/api/session')).status()).toBe(401);
    await context.close();
  });

  it('tells a person who has signed out that they have, in words screen readers announce', async () => {
    const { context, page } = await newVisitor(lanyard.browser, lanyard.server.url);
    await signIn(page, DEMO.oakfieldHead);
    await arriveAt(page, { path: /^\/schools\/[^/]+$/, heading: 'Oakfield Primary School' });

    await page.getByRole('button', { name: 'Sign out' }).click();
    await arriveAt(page, { path: /^\/sign-in$/, heading: 'Sign in to Lanyard' });
    await expectVisible(page.getByRole('status').filter({ hasText: 'You have signed out.' }));
    await context.close();
  });
});
