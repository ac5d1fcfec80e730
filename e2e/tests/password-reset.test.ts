import { describe, it } from 'vitest';
import { expectNoAxeViolations } from '../support/a11y.js';
import { newVisitor } from '../support/browser.js';
import { arriveAt, DEMO, expectVisible, linkTo, openMail, signIn } from '../support/lanyard.js';
import { lanyardSuite } from '../support/suite.js';

describe('a forgotten password', () => {
  const lanyard = lanyardSuite();

  it('is replaced through a link that arrives by mail, and the new password signs in', async () => {
    const teacher = await newVisitor(lanyard.browser, lanyard.server.url);
    await teacher.page.goto('/sign-in');
    await arriveAt(teacher.page, { path: /^\/sign-in$/, heading: 'Sign in to Lanyard' });
    await teacher.page.getByRole('link', { name: 'Forgot your password?' }).click();
    await arriveAt(teacher.page, { path: /^\/forgot-password$/, heading: 'Reset your password' });
    await teacher.page.getByLabel('Email', { exact: true }).fill(DEMO.oakfieldTeacher);
    await teacher.page.getByRole('button', { name: 'Email me a link' }).click();
    await expectVisible(teacher.page.getByRole('status').filter({ hasText: 'a reset link is on its way' }));
    await expectNoAxeViolations(teacher.page);

    // Without a mail server the mail waits in the outbox, where the trust administrator reads it.
    const admin = await newVisitor(lanyard.browser, lanyard.server.url);
    await signIn(admin.page, DEMO.trustAdmin);
    await arriveAt(admin.page, { path: /^\/schools\/[^/]+$/ });
    await admin.page.getByLabel('School', { exact: true }).selectOption({ label: 'Whole trust (all schools)' });
    await arriveAt(admin.page, { path: /^\/trust\/schools$/ });
    await admin.page.getByRole('link', { name: 'Mail outbox' }).click();
    await arriveAt(admin.page, { path: /^\/trust\/outbox$/, heading: 'Mail outbox' });
    const mail = await openMail(admin.page, { to: DEMO.oakfieldTeacher, subject: 'Reset your Lanyard password' });
    const link = await linkTo(mail, '/reset-password');
    await admin.context.close();

    await teacher.page.goto(link);
    await arriveAt(teacher.page, { path: /^\/reset-password$/, heading: 'Choose a new password' });
    await teacher.page.getByLabel('New password').fill('a brand new passphrase');
    await teacher.page.getByRole('button', { name: 'Save password and sign in' }).click();
    await arriveAt(teacher.page, { path: /^\/schools\/[^/]+$/, heading: 'Oakfield Primary School' });
    await expectVisible(teacher.page.getByText('Signed in as Tom Evans'));
    await teacher.context.close();

    const later = await newVisitor(lanyard.browser, lanyard.server.url);
    await signIn(later.page, DEMO.oakfieldTeacher, 'a brand new passphrase');
    await arriveAt(later.page, { path: /^\/schools\/[^/]+$/, heading: 'Oakfield Primary School' });
    await expectVisible(later.page.getByText('Signed in as Tom Evans'));
    await later.context.close();
  });

  it('a reset link works only once', async () => {
    const head = await newVisitor(lanyard.browser, lanyard.server.url);
    await head.page.goto('/forgot-password');
    await arriveAt(head.page, { path: /^\/forgot-password$/, heading: 'Reset your password' });
    await head.page.getByLabel('Email', { exact: true }).fill(DEMO.riversideHead);
    await head.page.getByRole('button', { name: 'Email me a link' }).click();
    await expectVisible(head.page.getByRole('status').filter({ hasText: 'a reset link is on its way' }));

    const admin = await newVisitor(lanyard.browser, lanyard.server.url);
    await signIn(admin.page, DEMO.trustAdmin);
    await arriveAt(admin.page, { path: /^\/schools\/[^/]+$/ });
    await admin.page.goto('/trust/outbox');
    await arriveAt(admin.page, { path: /^\/trust\/outbox$/, heading: 'Mail outbox' });
    const link = await linkTo(await openMail(admin.page, { to: DEMO.riversideHead, subject: 'Reset your Lanyard password' }), '/reset-password');
    await admin.context.close();

    await head.page.goto(link);
    await arriveAt(head.page, { path: /^\/reset-password$/ });
    await head.page.getByLabel('New password').fill('first new passphrase');
    await head.page.getByRole('button', { name: 'Save password and sign in' }).click();
    await arriveAt(head.page, { path: /^\/schools\/[^/]+$/, heading: 'Riverside Academy' });
    await head.context.close();

    const again = await newVisitor(lanyard.browser, lanyard.server.url);
    await again.page.goto(link);
    await arriveAt(again.page, { path: /^\/reset-password$/ });
    await again.page.getByLabel('New password').fill('second new passphrase');
    await again.page.getByRole('button', { name: 'Save password and sign in' }).click();
    await expectVisible(again.page.getByRole('alert').filter({ hasText: 'expired or was already used' }));
    await expectNoAxeViolations(again.page);
    await again.context.close();
  });
});
