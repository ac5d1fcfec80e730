import type { Locator, Page } from 'playwright-core';

/**
 * Presses Tab until the element has focus, as someone without a mouse would; fails if it is
 * not reached, which means it is not in the tab order (or is buried too deep in it).
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 40): Promise<void> {
  await target.waitFor();
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200) ?? 'nothing');
  throw new Error(`Tab did not reach the element within ${maxPresses} presses; focus is on ${focused}`);
}
