import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from '../support/a11y.js';
import { newVisitor } from '../support/browser.js';
import { arriveAt, DEMO, expectVisible, signIn, openFromMenu } from '../support/lanyard.js';
import { lanyardSuite } from '../support/suite.js';

const OFFICIAL_POST = 'An official post for the school\u2019s account';
const COMMENT = 'A reply or comment on the school\u2019s account';

async function openChecker(page: Page): Promise<void> {
  await signIn(page, DEMO.oakfieldTeacher);
  await arriveAt(page, { path: /^\/schools\/[^/]+$/, heading: 'Oakfield Primary School' });
  await expectVisible(page.getByRole('link', { name: 'Check a post before you publish it' }));
  await openFromMenu(page, 'Check a post', /^\/schools\/[^/]+\/check$/, 'Check before you post');
}

describe('checking a post before it is published', () => {
  const lanyard = lanyardSuite();

  it('a teacher checks an official post and is shown what the checker found', async () => {
    const { context, page } = await newVisitor(lanyard.browser, lanyard.server.url);
    await openChecker(page);

    await page.getByRole('button', { name: 'Check it' }).click();
    await expectVisible(page.getByRole('link', { name: 'Choose what you are writing' }));
    await expectVisible(page.getByRole('link', { name: 'Enter the text you want to check' }));
    await expectNoAxeViolations(page);

    await page.getByRole('group', { name: 'What are you writing?' }).getByRole('radio', { name: OFFICIAL_POST }).check();
    const text = 'Well done to everyone in Year 3 for a brilliant sports day! Thank you to all the parents who came to cheer.';
    await page.getByLabel('Your text').fill(text);
    await page.getByLabel('Pupils tagged in photos').fill('May Chen');
    await expectVisible(page.getByText(`${text.length} of 50,000 characters`));
    // the count is announced once typing pauses, not on every key
    await expectVisible(page.getByRole('status').filter({ hasText: `${text.length} of 50,000 characters` }));
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Check it' }).click();
    const results = page.getByRole('region', { name: 'What the checker found' });
    await expectVisible(results);
    await page.waitForFunction(() => document.activeElement?.textContent === 'What the checker found');
    // The categories are still being written, so either outcome is the page working.
    await expectVisible(results.getByText('Nothing to change \u2014 the checker found nothing to worry about.').or(results.getByRole('list')));
    await expectVisible(results.getByText('The checker cannot catch everything', { exact: false }));
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('a threat worded so no listed phrase says it is found by reading its sense, and the page says the sense was read', async () => {
    const { context, page } = await newVisitor(lanyard.browser, lanyard.server.url);
    await openChecker(page);
    await page.getByRole('group', { name: 'What are you writing?' }).getByRole('radio', { name: COMMENT }).check();
    await page.getByLabel('Your text').fill('Lovely photos. Her house would look better in flames with her in it.');
    await page.getByRole('button', { name: 'Check it' }).click();

    const results = page.getByRole('region', { name: 'What the checker found' });
    await expectVisible(results.getByRole('heading', { name: 'Check this: A threat' }));
    await expectVisible(results.getByText('The sense of this sentence reads like a threat', { exact: false }));
    expect(await results.locator('mark').allTextContents()).toEqual(['Her house would look better in flames with her in it']);
    await expectVisible(results.getByText('Each sentence\u2019s sense was also read for threats, hate and bullying', { exact: false }));
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('when the sense of the sentences could not be read, or only of the first of a very long text, the page says what was checked', async () => {
    const { context, page } = await newVisitor(lanyard.browser, lanyard.server.url);
    // stands in for a server whose reading of meaning failed this time, then for a text over 20,000 characters
    let meaning = 'unavailable';
    await page.route('**/api/schools/*/check', (route) => route.fulfill({ json: { findings: [], policyVersionId: null, meaning } }));
    await openChecker(page);
    await page.getByRole('group', { name: 'What are you writing?' }).getByRole('radio', { name: COMMENT }).check();
    await page.getByLabel('Your text').fill('See you all at the fair.');
    await page.getByRole('button', { name: 'Check it' }).click();

    const results = page.getByRole('region', { name: 'What the checker found' });
    await expectVisible(results.getByText('This time only the words were checked', { exact: false }));
    await expectNoAxeViolations(page);

    meaning = 'partial';
    await page.getByLabel('Your text').fill('See you all at the fair, and bring a friend.');
    await page.getByRole('button', { name: 'Check it' }).click();
    await expectVisible(results.getByText('the sense of its first 20,000 characters was read', { exact: false }));
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('while a long text is being checked, the page says so, and afterwards what was read for its sense', async () => {
    const { context, page } = await newVisitor(lanyard.browser, lanyard.server.url);
    // holds the answer back until the page has been looked at, as a long text's reading of meaning would
    let answer: () => void = () => {};
    const held = new Promise<void>((resolve) => (answer = resolve));
    await page.route('**/api/schools/*/check', async (route) => {
      await held;
      await route.fulfill({ json: { findings: [], policyVersionId: null, meaning: 'read' } });
    });
    await openChecker(page);
    await page.getByRole('group', { name: 'What are you writing?' }).getByRole('radio', { name: COMMENT }).check();
    await page.getByLabel('Your text').fill('We had a lovely week in Year 3. '.repeat(200));
    await page.getByRole('button', { name: 'Check it' }).click();

    await expectVisible(page.getByRole('status').filter({ hasText: 'Checking your text' }));
    await expectVisible(page.getByText('A long text takes a few seconds', { exact: false }));
    answer();
    const results = page.getByRole('region', { name: 'What the checker found' });
    await expectVisible(results);
    await expect(page.getByText('Checking your text', { exact: false }).count()).resolves.toBe(0);
    await expectVisible(results.getByText('Each sentence\u2019s sense was also read', { exact: false }));

    // an official post is read for its sense only where it quotes or reports someone, and the page says so
    await page.getByRole('group', { name: 'What are you writing?' }).getByRole('radio', { name: OFFICIAL_POST }).check();
    await page.getByRole('button', { name: 'Check it' }).click();
    await expectVisible(results.getByText('What this post quotes or reports of anyone else\u2019s words was also read for its sense', { exact: false }));
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('a text over 50,000 characters is refused, with the reason beside the box', async () => {
    const { context, page } = await newVisitor(lanyard.browser, lanyard.server.url);
    await openChecker(page);
    await page.getByRole('group', { name: 'What are you writing?' }).getByRole('radio', { name: 'A post on my own account' }).check();
    await page.getByLabel('Your text').fill('a'.repeat(50_001));
    await expectVisible(page.getByText('1 character too many: the limit is 50,000'));
    await page.getByRole('button', { name: 'Check it' }).click();

    await expectVisible(page.locator('#check-text-error').getByText(/at most 50,000 characters/));
    await expectVisible(page.getByRole('link', { name: /at most 50,000 characters/ }));
    expect(await page.getByLabel('Your text').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('region', { name: 'What the checker found' }).count()).toBe(0);
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('findings are highlighted in the text, said in words with their policy clause, and a suggestion can be used', async () => {
    const { context, page } = await newVisitor(lanyard.browser, lanyard.server.url);
    // This answer stands in for the server's, so the test proves the page's half (highlights,
    // words, clauses, suggestions and advice) whatever the checker and the school's pack find.
    await page.route('**/api/schools/*/check', async (route) => {
      const { text } = route.request().postDataJSON() as { text: string };
      const at = text.indexOf('May Chen');
      const sentence = { start: text.lastIndexOf('Well', at), end: text.indexOf('!', at) + 1 };
      const findings = at < 0 ? [] : [
        {
          category: 'pupil_name', start: at, end: at + 8, severity: 'block', reason: 'This names a pupil, May Chen, Year 3.',
          clause: 'official-school-accounts: speak generally about the achievements of students.',
          suggestion: 'Well done to a Year 3 pupil for her poem!', replaces: sentence,
        },
        { category: 'child_specific', start: at + 4, end: at + 12, severity: 'warning', reason: 'This singles out one child.', advice: 'Take this to the family by phone.' },
      ];
      await route.fulfill({ json: { findings, policyVersionId: at < 0 ? null : '00000000-0000-4000-8000-000000000001' } });
    });
    await openChecker(page);
    await page.getByRole('group', { name: 'What are you writing?' }).getByRole('radio', { name: OFFICIAL_POST }).check();
    await page.getByLabel('Your text').fill('What a week! Well done May Chen for her poem! See you Monday.');
    await page.getByRole('button', { name: 'Check it' }).click();

    const results = page.getByRole('region', { name: 'What the checker found' });
    await expectVisible(results.getByText('1 thing must change before you post, 1 to look at.'));
    // overlapping spans become one highlight, followed by links to both findings
    expect(await results.locator('mark').allTextContents()).toEqual(['May Chen for']);
    await expectVisible(results.getByRole('link', { name: 'Finding 1: Must change' }));
    await expectVisible(results.getByRole('heading', { name: 'Must change: A pupil\u2019s name' }));
    await expectVisible(results.getByRole('heading', { name: 'Check this: About one child' }));
    await expectVisible(results.getByText('Try: Well done to a Year 3 pupil for her poem!'));
    await expectVisible(results.getByText('speak generally about the achievements of students.'));
    // the clause links to where it stands in the policy
    expect(await results.getByRole('link', { name: 'read the clause in the policy' }).getAttribute('href')).toMatch(/\/policies\/versions\/00000000-0000-4000-8000-000000000001#clause-official-school-accounts$/);
    // advice is said, never offered as text to write in
    await expectVisible(results.getByText('What to do: Take this to the family by phone.'));
    expect(await results.getByRole('button', { name: 'Use this suggestion' }).count()).toBe(1);
    await expectNoAxeViolations(page);

    await results.getByRole('link', { name: 'Finding 2: Check this' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('check-finding-2');

    await results.getByRole('button', { name: 'Use this suggestion' }).click();
    expect(await page.getByLabel('Your text').inputValue()).toBe('What a week! Well done to a Year 3 pupil for her poem! See you Monday.');
    await expectVisible(results.getByText('Nothing to change \u2014 the checker found nothing to worry about.'));
    await page.waitForFunction(() => document.activeElement?.textContent === 'What the checker found');
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('names in one sentence share one rewrite, said in full once and pointed to after', async () => {
    const { context, page } = await newVisitor(lanyard.browser, lanyard.server.url);
    await page.route('**/api/schools/*/check', async (route) => {
      const { text } = route.request().postDataJSON() as { text: string };
      const may = text.indexOf('May Chen');
      const jack = text.indexOf('Jack Wilson');
      const sentence = { start: 0, end: text.indexOf('!') + 1 };
      const rewrite = { severity: 'block', suggestion: 'Well done to two Year 3 pupils!', replaces: sentence };
      const findings = may < 0 ? [] : [
        { category: 'pupil_name', start: may, end: may + 8, reason: 'Names a pupil (May Chen, Year 3).', ...rewrite },
        { category: 'pupil_name', start: jack, end: jack + 11, reason: 'Names a pupil (Jack Wilson, Year 3).', ...rewrite },
      ];
      await route.fulfill({ json: { findings, policyVersionId: null } });
    });
    await openChecker(page);
    await page.getByRole('group', { name: 'What are you writing?' }).getByRole('radio', { name: OFFICIAL_POST }).check();
    await page.getByLabel('Your text').fill('Well done May Chen and Jack Wilson! See you Monday.');
    await page.getByRole('button', { name: 'Check it' }).click();

    const results = page.getByRole('region', { name: 'What the checker found' });
    await expectVisible(results.getByText('Try: Well done to two Year 3 pupils!'));
    expect(await results.getByText('Try: Well done to two Year 3 pupils!').count()).toBe(1);
    await expectVisible(results.locator('#check-finding-2').getByText(/Try: the rewrite in finding 1, which changes this too\./));
    await expectNoAxeViolations(page);
    await results.locator('#check-finding-2').getByRole('link', { name: 'finding 1' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('check-finding-1');
    // either finding's button writes in the one rewrite
    await results.locator('#check-finding-2').getByRole('button', { name: 'Use this suggestion' }).click();
    expect(await page.getByLabel('Your text').inputValue()).toBe('Well done to two Year 3 pupils! See you Monday.');
    await context.close();
  });

  it('a headteacher records that parents have agreed to photos of a pupil', async () => {
    const { context, page } = await newVisitor(lanyard.browser, lanyard.server.url);
    await signIn(page, DEMO.oakfieldHead);
    await arriveAt(page, { path: /^\/schools\/[^/]+$/, heading: 'Oakfield Primary School' });
    await openFromMenu(page, 'People', /^\/schools\/[^/]+\/people$/);

    await page.getByRole('button', { name: 'Add a person' }).click();
    await page.getByLabel('Kind').selectOption({ label: 'Pupil' });
    await page.getByLabel('First name').fill('Zara');
    await page.getByLabel('Last name').fill('Lindqvist');
    await page.getByLabel('Date of birth').fill('2017-04-02');
    await page.getByLabel('Year group').fill('Year 4');
    await page.getByRole('group', { name: 'Photo consent' }).getByLabel('Parents have agreed to photos being published').check();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Save person' }).click();
    await expectVisible(page.getByRole('status').filter({ hasText: 'Zara Lindqvist has been added.' }));
    await expectVisible(page.getByRole('row').filter({ hasText: 'Zara Lindqvist' }).getByText('Photos: yes'));

    await page.getByRole('link', { name: 'Zara Lindqvist' }).click();
    await arriveAt(page, { path: /^\/schools\/[^/]+\/people\/[^/]+$/, heading: 'Zara Lindqvist' });
    const consent = page.getByLabel('Parents have agreed to photos being published');
    expect(await consent.isChecked()).toBe(true);
    await consent.uncheck();
    await page.getByRole('button', { name: 'Save details' }).click();
    await expectVisible(page.getByRole('status').getByText('Details saved.'));
    await expectVisible(page.getByText('No: parents have not agreed to photos being published'));
    await expectNoAxeViolations(page);
    await context.close();
  });
});
