import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from '../support/a11y.js';
import { newVisitor } from '../support/browser.js';
import { tabTo } from '../support/keyboard.js';
import { arriveAt, DEMO, expectVisible, schoolNamed, signIn, signInByApi, openFromMenu } from '../support/lanyard.js';
import { lanyardSuite } from '../support/suite.js';

async function openWords(page: Page, email: string): Promise<void> {
  await signIn(page, email);
  await arriveAt(page, { path: /^\/schools\/[^/]+$/, heading: 'Oakfield Primary School' });
  await openFromMenu(page, 'Checker words', /^\/schools\/[^/]+\/check\/words$/, 'Words the checker knows');
}

describe('the words a school adds to its checker', () => {
  const lanyard = lanyardSuite();

  it('a headteacher adds a local word, and the check page then flags it', async () => {
    const { context, page } = await newVisitor(lanyard.browser, lanyard.server.url);
    await openWords(page, DEMO.oakfieldHead);
    await expectVisible(page.getByText('Oakfield Primary School has not added any words yet.'));

    await page.getByRole('button', { name: 'Add a word' }).click();
    const form = page.getByRole('form', { name: 'Add a word' });
    await form.getByRole('button', { name: 'Add word' }).click();
    await expectVisible(form.getByRole('link', { name: 'Enter the word or phrase for the checker to find' }));
    await expectVisible(form.getByRole('link', { name: 'Choose what kind of word it is' }));
    expect(await form.getByLabel('Word or phrase').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page);

    await form.getByLabel('Word or phrase').fill('grockle');
    await form.getByRole('group', { name: 'What kind of word is it?' }).getByRole('radio', { name: 'Hateful language' }).check();
    await form.getByRole('button', { name: 'Add word' }).click();
    await expectVisible(page.getByRole('status').filter({ hasText: '\u201cgrockle\u201d added' }));
    const row = page.getByRole('table', { name: 'Words to find' }).getByRole('row').filter({ hasText: 'grockle' });
    await expectVisible(row.getByRole('cell', { name: 'Hateful language' }));
    await expectVisible(row.getByRole('cell', { name: 'Must change' }));
    // focus is handed back to the button that opened the form
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Add a word');
    await expectNoAxeViolations(page);

    // the same word again is refused beside the field
    await page.getByRole('button', { name: 'Add a word' }).click();
    await form.getByLabel('Word or phrase').fill('Grockle');
    await form.getByRole('group', { name: 'What kind of word is it?' }).getByRole('radio', { name: 'Bullying or unkind words' }).check();
    await form.getByRole('button', { name: 'Add word' }).click();
    await expectVisible(page.locator('#add-word-term-error').getByText('\u201cGrockle\u201d is already on the list as a word.'));
    await expectNoAxeViolations(page);
    await form.getByRole('button', { name: 'Cancel' }).click();

    await openFromMenu(page, 'Check a post', /^\/schools\/[^/]+\/check$/, 'Check before you post');
    await page.getByRole('group', { name: 'What are you writing?' }).getByRole('radio', { name: 'A reply or comment on the school\u2019s account' }).check();
    await page.getByLabel('Your text').fill('Go home, gr0ckle');
    await page.getByRole('button', { name: 'Check it' }).click();
    const results = page.getByRole('region', { name: 'What the checker found' });
    await expectVisible(results.getByRole('heading', { name: 'Must change: Hateful language' }));
    expect(await results.locator('mark').allTextContents()).toEqual(['gr0ckle']);
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('allows a phrase and adds a nickname with the keyboard alone, then removes the phrase', async () => {
    const { context, page } = await newVisitor(lanyard.browser, lanyard.server.url);
    await openWords(page, DEMO.oakfieldHead);

    await tabTo(page, page.getByRole('button', { name: 'Allow a phrase' }));
    await page.keyboard.press('Enter');
    const allow = page.getByRole('form', { name: 'Allow a phrase' });
    await tabTo(page, allow.getByLabel('Allowed word or phrase'));
    await page.keyboard.type('Cock Inn');
    await page.keyboard.press('Enter');
    await expectVisible(page.getByRole('status').filter({ hasText: '\u201cCock Inn\u201d is now allowed.' }));
    await expectVisible(page.getByRole('table', { name: 'Allowed phrases' }).getByRole('cell', { name: 'Cock Inn' }));

    await tabTo(page, page.getByRole('button', { name: 'Add a nickname' }), 60);
    await page.keyboard.press('Enter');
    const nickname = page.getByRole('form', { name: 'Add a nickname' });
    await nickname.getByLabel('Whose nickname is it?').selectOption({ label: 'Oakfield Primary School itself' });
    await tabTo(page, nickname.getByLabel('Nickname', { exact: true }));
    await page.keyboard.type('the Oaks');
    await page.keyboard.press('Enter');
    await expectVisible(page.getByRole('status').filter({ hasText: '\u201cthe Oaks\u201d added as a nickname of Oakfield Primary School.' }));
    await expectVisible(page.getByRole('table', { name: 'Nicknames' }).getByRole('row').filter({ hasText: 'the Oaks' }).getByText('Oakfield Primary School itself'));
    await expectNoAxeViolations(page);

    const remove = page.getByRole('button', { name: 'Remove \u201cCock Inn\u201d' });
    await tabTo(page, remove, 80);
    await page.keyboard.press('Enter');
    await expectVisible(page.getByRole('status').filter({ hasText: '\u201cCock Inn\u201d removed.' }));
    await expectVisible(page.getByText('No phrases allowed yet.'));
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Allowed phrases');
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('a teacher sees the words from the check page, without the forms to change them', async () => {
    const head = await newVisitor(lanyard.browser, lanyard.server.url);
    const { api, session } = await signInByApi(head.context, DEMO.oakfieldHead);
    await api.send('POST', `/api/schools/${schoolNamed(session, 'Oakfield Primary School')}/checker-words/words`, { term: 'emmet', category: 'bullying', severity: 'warning' });
    await head.context.close();

    const { context, page } = await newVisitor(lanyard.browser, lanyard.server.url);
    await signIn(page, DEMO.oakfieldTeacher);
    await arriveAt(page, { path: /^\/schools\/[^/]+$/, heading: 'Oakfield Primary School' });
    expect(await page.getByRole('link', { name: 'Checker words', exact: true }).count()).toBe(0);
    await openFromMenu(page, 'Check a post', /^\/schools\/[^/]+\/check$/, 'Check before you post');
    await page.getByRole('link', { name: 'Words the checker knows' }).click();
    await arriveAt(page, { path: /^\/schools\/[^/]+\/check\/words$/, heading: 'Words the checker knows' });
    const row = page.getByRole('table', { name: 'Words to find' }).getByRole('row').filter({ hasText: 'emmet' });
    await expectVisible(row.getByRole('cell', { name: 'Check this' }));
    expect(await page.getByRole('button', { name: 'Add a word' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Remove/ }).count()).toBe(0);
    await context.close();
  });
});
