import { describe, expect, it } from 'vitest';
import { newVisitor } from '../support/browser.js';
import { arriveAt, DEMO, expectVisible, schoolNamed, signIn, signInByApi, openFromMenu } from '../support/lanyard.js';
import { lanyardSuite } from '../support/suite.js';

describe('switching school', () => {
  const lanyard = lanyardSuite();

  it('a trust administrator switches from Oakfield to Riverside and sees Riverside\u2019s people, not Oakfield\u2019s', async () => {
    const { context, page } = await newVisitor(lanyard.browser, lanyard.server.url);
    await signIn(page, DEMO.trustAdmin);
    await arriveAt(page, { path: /^\/schools\/[^/]+$/ });

    const school = page.getByLabel('School', { exact: true });
    await school.selectOption({ label: 'Oakfield Primary School' });
    await arriveAt(page, { path: /^\/schools\/[^/]+$/, heading: 'Oakfield Primary School' });
    await openFromMenu(page, 'People', /^\/schools\/[^/]+\/people$/);
    await expectVisible(page.getByRole('link', { name: 'Helen Carter' }));
    const oakfieldPeople = new URL(page.url()).pathname;

    await school.selectOption({ label: 'Riverside Academy' });
    await page.waitForURL((url) => url.pathname !== oakfieldPeople);
    await expectVisible(page.getByRole('link', { name: 'Daniel Osei' }));
    await arriveAt(page, { path: /^\/schools\/[^/]+\/people$/, heading: 'People' });
    expect(await page.getByRole('link', { name: 'Helen Carter' }).count()).toBe(0);
    expect(await page.getByText('People at Riverside Academy').count()).toBeGreaterThan(0);
    expect(await school.inputValue()).toBe(new URL(page.url()).pathname.split('/')[2]);
    await context.close();
  });

  it('someone with a role in Oakfield only cannot open Riverside\u2019s people', async () => {
    const admin = await newVisitor(lanyard.browser, lanyard.server.url);
    const riverside = schoolNamed((await signInByApi(admin.context, DEMO.trustAdmin)).session, 'Riverside Academy');
    await admin.context.close();

    const { context, page } = await newVisitor(lanyard.browser, lanyard.server.url);
    await signIn(page, DEMO.techSupport);
    await arriveAt(page, { path: /^\/schools\/[^/]+$/, heading: 'Oakfield Primary School' });
    await page.goto(`/schools/${riverside}/people`);
    await arriveAt(page, { path: /\/people$/, heading: 'Page not found' });
    expect(await page.getByRole('link', { name: 'Daniel Osei' }).count()).toBe(0);
    await context.close();
  });
});
