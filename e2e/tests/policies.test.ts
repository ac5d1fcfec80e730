import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from '../support/a11y.js';
import { newVisitor } from '../support/browser.js';
import { arriveAt, DEMO, expectVisible, schoolNamed, signIn, signInByApi, type Api, openFromMenu } from '../support/lanyard.js';
import { lanyardSuite } from '../support/suite.js';

interface PolicyView {
  id: string;
  schoolId: string | null;
  inForce: { id: string; packSource: string | null } | null;
  versions: { id: string }[];
}

const fromBelsteads = (p: PolicyView) => p.inForce?.packSource === 'builtin:belsteads';

/**
 * Any policy of the school's own in force that is not from The Belsteads School's pack is
 * withdrawn, so the answers below are Belsteads' whatever the demo gives the school.
 */
async function withdrawOtherPolicies(api: Api, schoolId: string): Promise<PolicyView[]> {
  const own = (await api.get<PolicyView[]>(`/api/schools/${schoolId}/policies`)).filter((p) => p.schoolId === schoolId && p.inForce);
  for (const p of own.filter((x) => !fromBelsteads(x))) await api.send('POST', `/api/policy-versions/${p.inForce!.id}/withdrawal`, {});
  return own.filter(fromBelsteads);
}

/** Sets a scene as Oakfield's headteacher, in a browser profile of its own. */
async function asOakfieldHead<T>(lanyard: ReturnType<typeof lanyardSuite>, scene: (api: Api, oakfield: string) => Promise<T>): Promise<T> {
  const head = await newVisitor(lanyard.browser, lanyard.server.url);
  try {
    const { api, session } = await signInByApi(head.context, DEMO.oakfieldHead);
    return await scene(api, schoolNamed(session, 'Oakfield Primary School'));
  } finally {
    await head.context.close();
  }
}

/** The scene for asking: Oakfield's policy in force is The Belsteads School's, made by API when a test runs alone. */
const belsteadsInForce = (lanyard: ReturnType<typeof lanyardSuite>) =>
  asOakfieldHead(lanyard, async (api, oakfield) => {
    if ((await withdrawOtherPolicies(api, oakfield)).length > 0) return;
    const policy = await api.send<PolicyView>('POST', `/api/schools/${oakfield}/policies`, { title: 'Social Media Policy', startFrom: 'belsteads' });
    const draft = policy.versions[0]!.id;
    await api.send('POST', `/api/policy-versions/${draft}/submission`, {});
    await api.send('POST', `/api/policy-versions/${draft}/ratification`, { ratifiedOn: new Date().toISOString().slice(0, 10) });
  });

async function openAsk(page: Page, email: string, school: string): Promise<void> {
  await signIn(page, email);
  await arriveAt(page, { path: /^\/schools\/[^/]+$/, heading: school });
  await openFromMenu(page, 'Ask the policy', /^\/schools\/[^/]+\/ask$/);
}

const choose = (page: Page, question: string, answer: string) =>
  page.getByRole('group', { name: question }).getByRole('radio', { name: answer, exact: true }).check();

describe('policies and asking the policy', () => {
  const lanyard = lanyardSuite();

  it('a headteacher starts a policy from The Belsteads School\u2019s pack, sends it for ratification and records it', async () => {
    await asOakfieldHead(lanyard, withdrawOtherPolicies);
    const { context, page } = await newVisitor(lanyard.browser, lanyard.server.url);
    await signIn(page, DEMO.oakfieldHead);
    await arriveAt(page, { path: /^\/schools\/[^/]+$/, heading: 'Oakfield Primary School' });

    await openFromMenu(page, 'Policies', /^\/schools\/[^/]+\/policies$/);
    await page.getByRole('button', { name: 'Start a policy' }).click();
    await page.getByRole('button', { name: 'Create policy' }).click();
    await expectVisible(page.getByRole('link', { name: 'Title is required' }));
    await expectNoAxeViolations(page);

    await page.getByLabel('Start from').selectOption({ label: 'Social Media Policy \u2014 The Belsteads School' });
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('Social Media Policy');
    await page.getByLabel('Governing committee').fill('Full Governing Body');
    await page.getByLabel('Person responsible').fill('Headteacher');
    await page.getByRole('button', { name: 'Create policy' }).click();
    await arriveAt(page, { path: /^\/schools\/[^/]+\/policies\/versions\/[^/]+$/, heading: 'Social Media Policy' });
    await expectVisible(page.getByText('Version 1: Draft'));
    await expectVisible(page.getByRole('heading', { name: 'Terms of Use' }));
    await expectVisible(page.getByText(/^Rules: .*no-contact-with-former-pupils-under-18/));

    // A pack that does not validate is refused, with the line of each error beside the box.
    const pack = page.getByLabel('Policy pack (YAML)');
    const original = await pack.inputValue();
    await pack.fill(original.replace('outcome: forbidden', 'outcome: banned'));
    await page.getByRole('button', { name: 'Save pack' }).click();
    await expectVisible(page.locator('#pack-pack-error').getByText(/line \d+: /));
    await expectNoAxeViolations(page);
    await pack.fill(original);
    await page.getByRole('button', { name: 'Save pack' }).click();
    await expectVisible(page.getByRole('status').getByText('The policy pack has been saved.'));

    await page.getByRole('button', { name: 'Send for ratification' }).click();
    await expectVisible(page.getByText('Version 1: Awaiting ratification'));
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Record ratification' }).click();
    await expectVisible(page.getByText('Version 1: Ratified, in force'));
    await expectVisible(page.getByRole('button', { name: 'Start a new version' }));
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'All policies' }).click();
    await arriveAt(page, { path: /^\/schools\/[^/]+\/policies$/, heading: 'Policies' });
    await expectVisible(page.getByRole('row').filter({ hasText: 'Social Media Policy' }).getByText(/^Version 1, ratified /));
    await context.close();
  });

  it('a teacher asks about a friend request from a former pupil aged 17 and is told it is not allowed, quoting the Terms of Use', async () => {
    await belsteadsInForce(lanyard);
    const { context, page } = await newVisitor(lanyard.browser, lanyard.server.url);
    await openAsk(page, DEMO.oakfieldTeacher, 'Oakfield Primary School');

    await page.getByRole('button', { name: 'Get the answer' }).click();
    await expectVisible(page.getByRole('link', { name: 'Choose what it is about' }));
    await expectNoAxeViolations(page);

    await choose(page, 'What is it about?', 'A friend request or message on my own account');
    await choose(page, 'Who is it with?', 'Former pupil');
    await page.getByLabel('How old are they?').fill('17');
    await choose(page, 'Are you related to them?', 'No');
    await choose(page, 'Did you know them before, outside school?', 'No');
    await choose(page, 'Who made the first move?', 'They contacted me');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Get the answer' }).click();

    const answer = page.getByRole('region', { name: 'The answer' });
    await expectVisible(answer.getByText('Not allowed', { exact: true }));
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('The answer');
    await expectVisible(answer.getByText('Ask: Headteacher \u2014 Helen Carter'));
    const clause = answer.getByRole('figure').filter({ has: page.getByRole('link', { name: 'Terms of Use' }) }).first();
    await expectVisible(clause.locator('blockquote').getByText('former pupil under the age of 18', { exact: false }));
    await expectNoAxeViolations(page);

    await clause.getByRole('link', { name: 'Terms of Use' }).click();
    await arriveAt(page, { path: /^\/schools\/[^/]+\/policies\/versions\/[^/]+$/, heading: 'Social Media Policy' });
    expect(new URL(page.url()).hash).toBe('#clause-terms-of-use');
    await page.waitForFunction(() => document.activeElement?.id === 'clause-terms-of-use');
    await context.close();
  });

  it('a teacher who needs permission sends the request to the headteacher from the answer', async () => {
    await belsteadsInForce(lanyard);
    const { context, page } = await newVisitor(lanyard.browser, lanyard.server.url);
    await openAsk(page, DEMO.oakfieldTeacher, 'Oakfield Primary School');

    await choose(page, 'What is it about?', 'Using social media for myself at work');
    await choose(page, 'When would you use it?', 'During a lesson');
    await choose(page, 'On which device?', 'My own phone or computer');
    await choose(page, 'Where would you be?', 'At school');
    await page.getByRole('button', { name: 'Get the answer' }).click();

    const answer = page.getByRole('region', { name: 'The answer' });
    await expectVisible(answer.getByText('You need permission', { exact: true }));
    await expectNoAxeViolations(page);
    await answer.getByLabel('Anything they should know (optional)').fill('A parents\u2019 evening message I must answer today.');
    await answer.getByRole('button', { name: 'Send the request to Headteacher' }).click();
    await expectVisible(answer.getByRole('status').getByText('Your request has been sent to Headteacher (Helen Carter).', { exact: false }));
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('in a school with no policy in force, the answer says so in plain words', async () => {
    const { context, page } = await newVisitor(lanyard.browser, lanyard.server.url);
    await openAsk(page, DEMO.riversideHead, 'Riverside Academy');
    await choose(page, 'What is it about?', 'Posting about school on my own account');
    await choose(page, 'What is the post about?', 'My job');
    await page.getByRole('button', { name: 'Get the answer' }).click();
    const answer = page.getByRole('region', { name: 'The answer' });
    await expectVisible(answer.getByText('Lanyard cannot answer yet'));
    await expectVisible(answer.getByText(/no ratified social media policy/));
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('a headteacher whose trust policy is past its review date sees so on their home page', async () => {
    const { context, page } = await newVisitor(lanyard.browser, lanyard.server.url);
    await signIn(page, 'head@allsaints.example.org');
    await arriveAt(page, { path: /^\/schools\/[^/]+$/, heading: 'All Saints Academy' });
    const reviews = page.getByRole('region', { name: 'Policy reviews due' });
    await expectVisible(reviews.getByRole('link', { name: 'Use of Social Media Policy' }));
    await expectVisible(reviews.getByText(/Review overdue \(was due 1 September 2023\)/));
    await expectNoAxeViolations(page);
    await context.close();
  });
});
