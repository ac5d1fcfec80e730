import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from '../support/a11y.js';
import { newVisitor } from '../support/browser.js';
import { apiOf, arriveAt, DEMO, expectVisible, schoolNamed, signIn, signInByApi, openFromMenu } from '../support/lanyard.js';
import { lanyardSuite } from '../support/suite.js';

interface PolicyView {
  id: string;
  schoolId: string | null;
  inForce: { id: string } | null;
  versions: { id: string }[];
}

const OAKFIELD = 'Oakfield Primary School';
const VERSION_PAGE = /^\/schools\/[^/]+\/policies\/versions\/[^/]+$/;

/** Oakfield's own policy in force: made from The Belsteads School's pack by API when there is none yet. */
async function oakfieldPolicyInForce(lanyard: ReturnType<typeof lanyardSuite>): Promise<void> {
  const head = await newVisitor(lanyard.browser, lanyard.server.url);
  try {
    const { api, session } = await signInByApi(head.context, DEMO.oakfieldHead);
    const oakfield = schoolNamed(session, OAKFIELD);
    const policies = await api.get<PolicyView[]>(`/api/schools/${oakfield}/policies`);
    if (policies.some((p) => p.schoolId === oakfield && p.inForce)) return;
    const policy = await api.send<PolicyView>('POST', `/api/schools/${oakfield}/policies`, { title: 'Social Media Policy', startFrom: 'belsteads' });
    const draft = policy.versions[0]!.id;
    await api.send('POST', `/api/policy-versions/${draft}/submission`, {});
    await api.send('POST', `/api/policy-versions/${draft}/ratification`, { ratifiedOn: new Date().toISOString().slice(0, 10) });
  } finally {
    await head.context.close();
  }
}

/** "3 of 7 have acknowledged Social Media Policy (version 2)." as numbers. */
async function coverageCount(page: Page, versionNo: number): Promise<{ acknowledged: number; total: number }> {
  const lead = page.getByText(new RegExp(`^\\d+ of \\d+ have acknowledged Social Media Policy \\(version ${versionNo}\\)\\.$`));
  await expectVisible(lead);
  const [, acknowledged, total] = /^(\d+) of (\d+)/.exec(await lead.innerText()) ?? [];
  return { acknowledged: Number(acknowledged), total: Number(total) };
}

const teacherRow = (page: Page) => page.getByRole('table', { name: /^Who has acknowledged/ }).getByRole('row').filter({ hasText: 'Tom Evans' });

describe('acknowledging the policy, and training', () => {
  const lanyard = lanyardSuite();

  it('a head ratifies a new version, a teacher acknowledges it, the coverage view moves', async () => {
    await oakfieldPolicyInForce(lanyard);
    const head = await newVisitor(lanyard.browser, lanyard.server.url);
    const page = head.page;
    await signIn(page, DEMO.oakfieldHead);
    await arriveAt(page, { path: /^\/schools\/[^/]+$/, heading: OAKFIELD });

    // The head starts a new version of the policy in force and records its ratification.
    await openFromMenu(page, 'Policies', /\/policies$/);
    await page.getByRole('row').filter({ hasText: 'Social Media Policy' }).getByRole('link', { name: 'Social Media Policy', exact: true }).click();
    await arriveAt(page, { path: VERSION_PAGE, heading: 'Social Media Policy' });
    const before = Number(/^Version (\d+)/.exec(await page.getByText(/^Version \d+: Ratified, in force$/).innerText())?.[1]);
    const versionNo = before + 1;
    await page.getByRole('button', { name: 'Start a new version' }).click();
    await arriveAt(page, { path: VERSION_PAGE, heading: 'Social Media Policy' });
    await expectVisible(page.getByText(`Version ${versionNo}: Draft`));
    await page.getByRole('button', { name: 'Record ratification' }).click();
    await expectVisible(page.getByText(`Version ${versionNo}: Ratified, in force`));
    // The head is one of the people it applies to, so they too are asked to acknowledge it.
    await expectVisible(page.getByRole('region', { name: 'Read and acknowledge' }).getByRole('button', { name: 'I have read and accept this policy' }));
    await expectNoAxeViolations(page);

    await openFromMenu(page, 'Acknowledgements', /\/acknowledgements$/);
    const start = await coverageCount(page, versionNo);
    expect(start.acknowledged).toBe(0);
    expect(start.total).toBeGreaterThan(1);
    await expectVisible(teacherRow(page).getByRole('cell', { name: 'Not yet' }));
    await expectVisible(page.getByText(/^Due by$/));
    const csv = page.getByRole('link', { name: 'Download as CSV (spreadsheet)' });
    expect(await csv.getAttribute('download')).not.toBeNull();
    const file = await head.context.request.get((await csv.getAttribute('href'))!);
    expect(await file.text()).toContain('Tom Evans,employee,staff,no,');
    await page.getByLabel('Show only people who have not acknowledged').check();
    await expectVisible(page.getByRole('status').getByText(`${start.total} people shown.`));
    await expectNoAxeViolations(page);

    // The teacher finds it waiting on their home page, reads it and acknowledges it.
    const teacher = await newVisitor(lanyard.browser, lanyard.server.url);
    const { session } = await signInByApi(teacher.context, DEMO.oakfieldTeacher);
    const situation = { topic: 'personal_use', when: 'lesson_time', device: 'own', onSite: true };
    await apiOf(teacher.context).send('POST', `/api/schools/${schoolNamed(session, OAKFIELD)}/requests`, { situation, note: null });
    const t = teacher.page;
    await t.goto('/');
    await arriveAt(t, { path: /^\/schools\/[^/]+$/, heading: OAKFIELD });
    expect(await t.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Acknowledgements' }).count()).toBe(0);
    const sent = t.getByRole('region', { name: 'Requests you have sent' }).getByRole('row').filter({ hasText: 'Request for permission' });
    await expectVisible(sent.getByRole('cell', { name: 'Headteacher', exact: true }));
    await expectVisible(sent.getByRole('cell', { name: 'Sent, waiting for a decision' }));
    const waiting = t.getByRole('region', { name: 'Policies waiting for you' });
    await expectVisible(waiting.getByText(/^Due by \d+ \w+ \d{4}$/));
    await waiting.getByRole('link', { name: `Social Media Policy, version ${versionNo}` }).click();
    await arriveAt(t, { path: VERSION_PAGE, heading: 'Social Media Policy' });
    await expectVisible(t.getByText(/^You have not acknowledged this policy yet \u2014 it is due by /));
    await t.getByRole('link', { name: 'Acknowledge it at the end of the policy' }).click();
    await t.waitForFunction(() => document.activeElement?.id === 'acknowledge-heading');
    await t.getByRole('button', { name: 'I have read and accept this policy' }).click();
    const done = t.getByRole('region', { name: 'Read and acknowledge' }).getByRole('status');
    await expectVisible(done.getByText(/^You acknowledged this policy on \d+ \w+ \d{4}\.$/));
    expect(await t.getByRole('button', { name: 'I have read and accept this policy' }).count()).toBe(0);
    expect(await t.getByText(/^You have not acknowledged this policy yet/).count()).toBe(0);
    await expectNoAxeViolations(t);
    await openFromMenu(t, 'Home', /^\/schools\/[^/]+$/, OAKFIELD);
    await expectVisible(t.getByRole('region', { name: 'Policies waiting for you' }).getByText('Nothing is waiting for you.'));
    await teacher.context.close();

    // Back with the head: one more has acknowledged, and the teacher's row says when.
    await page.reload();
    await arriveAt(page, { path: /\/acknowledgements$/, heading: 'Acknowledgements' });
    const after = await coverageCount(page, versionNo);
    expect(after).toEqual({ acknowledged: start.acknowledged + 1, total: start.total });
    await expectVisible(teacherRow(page).getByRole('cell', { name: /^\d+ \w+ \d{4}$/ }));
    await page.getByLabel('Show only people who have not acknowledged').check();
    await expectVisible(page.getByRole('status').getByText(`${start.total - 1} people shown.`));
    expect(await teacherRow(page).count()).toBe(0);
    await expectNoAxeViolations(page);
    await head.context.close();
  });

  it('a head records a training course for a teacher, and the course table counts it', async () => {
    const { context, page } = await newVisitor(lanyard.browser, lanyard.server.url);
    await signIn(page, DEMO.oakfieldHead);
    await arriveAt(page, { path: /^\/schools\/[^/]+$/, heading: OAKFIELD });
    await openFromMenu(page, 'Training', /\/training$/);

    await page.getByRole('button', { name: 'Record training' }).click();
    await page.getByRole('button', { name: 'Save training record' }).click();
    await expectVisible(page.getByRole('link', { name: 'Choose the person who completed the course' }));
    await expectNoAxeViolations(page);

    await page.getByLabel('Person', { exact: true }).selectOption({ label: 'Tom Evans' });
    await page.getByLabel('Course', { exact: true }).fill('Online safety');
    await page.getByLabel('Expiry date', { exact: true }).fill('2099-07-31');
    await page.getByLabel('Evidence', { exact: true }).fill('Certificate in the staff file');
    await page.getByRole('button', { name: 'Save training record' }).click();
    await expectVisible(page.getByRole('status').getByText(/^Training recorded: Online safety for Tom Evans, completed /));

    const course = page.getByRole('table', { name: 'Training by course' }).getByRole('row').filter({ hasText: 'Online safety' });
    // the tables reload after the status is shown: wait for the new row before reading it
    await expectVisible(course);
    expect(await course.getByRole('cell').allInnerTexts()).toEqual(['Online safety', '1', '0', expect.stringMatching(/^\d+$/)]);
    const person = page.getByRole('table', { name: 'Training by person' }).getByRole('row').filter({ hasText: 'Tom Evans' });
    await expectVisible(person.getByText(/^Online safety: completed \d+ \w+ \d{4}, expires 31 July 2099$/));
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('in a school with no policy in force, Acknowledgements says there is nothing to acknowledge yet', async () => {
    const { context, page } = await newVisitor(lanyard.browser, lanyard.server.url);
    await signIn(page, DEMO.riversideHead);
    await arriveAt(page, { path: /^\/schools\/[^/]+$/, heading: 'Riverside Academy' });
    await openFromMenu(page, 'Acknowledgements', /\/acknowledgements$/);
    await expectVisible(page.getByText(/^There is no policy in force at Riverside Academy yet, so there is nothing to acknowledge\./));
    await expectNoAxeViolations(page);
    await context.close();
  });
});
