import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { DUTCH } from '../../dutchWords';
import { snap, useE2E } from '../harness';

// Issue 18, point 14: messages follow the user's language end to end. In English, every screen's forms are sent
// empty (those on the page and the one behind the screen's first "New …"/"Add …" button): every refusal shown,
// whether the screen's own check or the core's, must be English.

const { page } = useE2E({ demoHouse: true, timeoutMs: 120_000 });

/** Where a refusal can be shown: next to a field, in a form's alert, in a notification. */
const REFUSALS = '[role="alert"], .mantine-InputWrapper-error, .mantine-Notification-description';

async function shownRefusals(p: Page): Promise<string[]> {
  const texts = await p.locator(REFUSALS).allInnerTexts();
  return texts.map((t) => t.trim()).filter((t) => t !== '');
}

/** Sends every visible form in `scope` as it is, and gives the refusals that appear. */
async function submitForms(scope: Locator): Promise<void> {
  const submits = scope.locator('form button[type="submit"]:visible');
  const count = await submits.count();
  for (let i = 0; i < count; i++) {
    await submits
      .nth(i)
      .click({ timeout: 2_000 })
      .catch(() => undefined);
  }
}

/** Closes an open dialog, answering "throw away" when it asks. */
async function closeDialogs(p: Page): Promise<void> {
  for (let i = 0; i < 3 && (await p.getByRole('dialog').count()) > 0; i++) {
    await p.keyboard.press('Escape');
    const discard = p.getByRole('button', { name: /^(Discard|Throw away)/ });
    if (await discard.isVisible().catch(() => false)) await discard.click();
    await p.waitForTimeout(150);
  }
}

describe('in English', () => {
  it('every screen’s refusals of an empty form are English, the screen’s own and the core’s', async () => {
    await page.evaluate(() => localStorage.setItem('wijkhuis.language', 'en'));
    await page.reload();
    await page.getByRole('navigation').waitFor();

    const dutch = new Set<string>();
    let refusals = 0;
    // Every screen in the beheerder's menu (which holds them all).
    const links = await page
      .getByRole('navigation')
      .locator('a[href^="#/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(1)));
    const paths = [...new Set(links)].filter((p) => p !== '/');
    expect(paths.length).toBeGreaterThan(25);
    for (const path of paths) {
      await page.goto(`${page.url().split('#')[0]}#${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      const main = page.getByRole('main');
      await submitForms(main);

      const opener = main.getByRole('button', { name: /^(New|Add|Plan|Make)\b/ }).first();
      if (await opener.isVisible().catch(() => false)) {
        await opener.click();
        const dialog = page.getByRole('dialog').last();
        if (
          await dialog.waitFor({ timeout: 3_000 }).then(
            () => true,
            () => false,
          )
        ) {
          await submitForms(dialog);
          const check = dialog.getByRole('button', { name: /^Check$/ });
          if (await check.isVisible().catch(() => false)) await check.click();
        }
      }
      await page.waitForTimeout(300);
      const shown = await shownRefusals(page);
      refusals += shown.length;
      for (const text of shown) if (DUTCH.test(text)) dutch.add(`${path}: ${text}`);
      if (path === '/agenda') await snap(page, 'e2e-engels-boeking-leeg');
      await closeDialogs(page);
    }

    expect([...dutch]).toEqual([]);
    // The walk must have met refusals to mean anything: most screens have a form that needs input.
    expect(refusals).toBeGreaterThan(20);
  }, 300_000);
});
