import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/a11y.js';
import { newVisitor } from '../support/browser.js';
import { arriveAt, DEMO, expectVisible, linkTo, openMail, schoolNamed, signIn, signInByApi, openFromMenu } from '../support/lanyard.js';
import { lanyardSuite } from '../support/suite.js';

describe('inviting someone to Lanyard', () => {
  const lanyard = lanyardSuite();

  it('a headteacher adds a volunteer, invites them, and finds the invitation in the mail outbox and both steps in the audit log', async () => {
    const { context, page } = await newVisitor(lanyard.browser, lanyard.server.url);
    await signIn(page, DEMO.oakfieldHead);
    await arriveAt(page, { path: /^\/schools\/[^/]+$/, heading: 'Oakfield Primary School' });

    await openFromMenu(page, 'People', /^\/schools\/[^/]+\/people$/);
    await page.getByRole('button', { name: 'Add a person' }).click();
    await page.getByLabel('Kind').selectOption({ label: 'Volunteer' });
    await page.getByLabel('First name').fill('Ruth');
    await page.getByLabel('Last name').fill('Adeyemi');
    await page.getByLabel('Email', { exact: true }).fill('ruth.adeyemi@example.com');
    // the form is new on the page, so it gets a check of its own
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Save person' }).click();
    await expectVisible(page.getByRole('status').filter({ hasText: 'Ruth Adeyemi has been added.' }));

    await page.getByRole('link', { name: 'Ruth Adeyemi' }).click();
    await arriveAt(page, { path: /^\/schools\/[^/]+\/people\/[^/]+$/, heading: 'Ruth Adeyemi' });
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await expectVisible(page.getByRole('status').filter({ hasText: 'Invitation written to the mail outbox' }));
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Mail outbox' }).click();
    await arriveAt(page, { path: /^\/schools\/[^/]+\/outbox$/, heading: 'Mail outbox' });
    const invitation = await openMail(page, { to: 'ruth.adeyemi@example.com', subject: 'You are invited to Lanyard' });
    expect(await linkTo(invitation, '/accept-invitation')).toMatch(new RegExp(`^${lanyard.server.url}/accept-invitation#token=`));

    await page.getByRole('link', { name: 'Audit log' }).click();
    await arriveAt(page, { path: /^\/schools\/[^/]+\/audit$/, heading: 'Audit log' });
    const aboutRuthByHelen = page.getByRole('row').filter({ hasText: 'Ruth Adeyemi' }).filter({ hasText: 'Helen Carter' });
    await expectVisible(aboutRuthByHelen.filter({ hasText: 'Added a person' }));
    await expectVisible(aboutRuthByHelen.filter({ hasText: 'Sent an invitation' }));
    await context.close();
  });

  it('an invited person follows the link from the mail outbox, chooses a password and arrives signed in', async () => {
    // The office adds and invites someone through the API, then reads the invitation on the outbox page.
    const office = await newVisitor(lanyard.browser, lanyard.server.url);
    const { api, session } = await signInByApi(office.context, DEMO.oakfieldHead);
    const oakfield = schoolNamed(session, 'Oakfield Primary School');
    const person = await api.send<{ id: string }>('POST', `/api/schools/${oakfield}/people`, { kind: 'governor', givenName: 'Imran', familyName: 'Qureshi', email: 'imran.qureshi@example.com', roles: ['governor'] });
    await api.send('POST', `/api/people/${person.id}/invitation`);
    await office.page.goto(`/schools/${oakfield}/outbox`);
    await arriveAt(office.page, { path: /\/outbox$/, heading: 'Mail outbox' });
    const invitation = await openMail(office.page, { to: 'imran.qureshi@example.com', subject: 'You are invited to Lanyard' });
    const link = await linkTo(invitation, '/accept-invitation');
    await office.context.close();

    const invitee = await newVisitor(lanyard.browser, lanyard.server.url);
    await invitee.page.goto(link);
    await arriveAt(invitee.page, { path: /^\/accept-invitation$/, heading: 'Accept your invitation' });
    await invitee.page.getByLabel('New password').fill('kettle lantern orchard');
    await invitee.page.getByRole('button', { name: 'Save password and sign in' }).click();
    await arriveAt(invitee.page, { path: /^\/schools\/[^/]+$/, heading: 'Oakfield Primary School' });
    await expectVisible(invitee.page.getByText('Signed in as Imran Qureshi'));
    await invitee.context.close();

    // the password chosen is now theirs to sign in with
    const later = await newVisitor(lanyard.browser, lanyard.server.url);
    await signIn(later.page, 'imran.qureshi@example.com', 'kettle lantern orchard');
    await arriveAt(later.page, { path: /^\/schools\/[^/]+$/, heading: 'Oakfield Primary School' });
    await expectVisible(later.page.getByText('Signed in as Imran Qureshi'));
    await later.context.close();
  });
});
