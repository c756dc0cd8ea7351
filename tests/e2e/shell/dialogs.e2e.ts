import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { expectAccessible, openFromMenu, snap, useE2E } from '../harness';

// Issue 18, points 4 and 5, in the shared dialog and form pieces, found in the booking dialog: Escape closes only
// the open date picker; closing a dialog with something typed asks first; the first field has the focus; and a
// check with empty fields scrolls to the first field with an error and puts the focus there.

const { page } = useE2E({ demoHouse: true });

/** The focused element's accessible name, as a screen reader would announce it (its label). */
const focusedLabel = (p: Page) =>
  p.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const id = el.getAttribute('aria-labelledby')?.split(' ')[0];
    return (id ? document.getElementById(id)?.textContent : (el as HTMLInputElement).labels?.[0]?.textContent) ?? '';
  });

/** Whether the focused element is inside the window (the dialog scrolls inside it). */
const focusedInView = (p: Page) =>
  p.evaluate(() => {
    const r = document.activeElement!.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });

async function openNewBooking(): Promise<Locator> {
  await page.getByRole('button', { name: 'Nieuwe boeking' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nieuwe boeking' });
  await dialog.getByRole('textbox', { name: 'Titel', exact: true }).waitFor();
  return dialog;
}

describe('the booking dialog', () => {
  it('starts with the focus on the first field, Ruimtes', async () => {
    await openFromMenu(page, 'Agenda');
    await openNewBooking();
    await expect.poll(() => focusedLabel(page)).toMatch(/^Ruimtes/);
  });

  it('closes only the date picker on Escape, and asks before throwing away what was typed', async () => {
    const dialog = page.getByRole('dialog', { name: 'Nieuwe boeking' });
    await dialog.getByRole('textbox', { name: 'Titel', exact: true }).fill('Buurtoverleg Tarwewijk');
    const date = dialog.getByRole('textbox', { name: 'Datum', exact: true });
    await date.click();
    await page.getByRole('button', { name: 'Volgende maand' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('button', { name: 'Volgende maand' }).count()).toBe(0);
    await expect(dialog.isVisible()).resolves.toBe(true);
    await expect(dialog.getByRole('textbox', { name: 'Titel', exact: true }).inputValue()).resolves.toBe(
      'Buurtoverleg Tarwewijk',
    );

    // A second Escape would close the dialog: it asks first, and "Verder invullen" keeps everything.
    await page.keyboard.press('Escape');
    const ask = page.getByRole('dialog', { name: 'Wat je invulde weggooien?' });
    await ask.waitFor();
    await expectAccessible(page, 'vraag voor sluiten');
    await snap(page, 'e2e-dialoog-weggooien');
    await ask.getByRole('button', { name: 'Verder invullen' }).click();
    await expect(dialog.getByRole('textbox', { name: 'Titel', exact: true }).inputValue()).resolves.toBe(
      'Buurtoverleg Tarwewijk',
    );
  });

  it('goes to the first field with an error on "Controleren", at the bottom of the dialog', async () => {
    const dialog = page.getByRole('dialog', { name: 'Nieuwe boeking' });
    await dialog.getByRole('button', { name: 'Controleren' }).scrollIntoViewIfNeeded();
    await dialog.getByRole('button', { name: 'Controleren' }).click();
    await expect.poll(() => focusedLabel(page)).toMatch(/^Ruimtes/);
    await expect.poll(() => focusedInView(page)).toBe(true);
    await snap(page, 'e2e-boeking-eerste-fout');

    // Closing without anything typed asks nothing.
    await dialog.getByRole('textbox', { name: 'Titel', exact: true }).focus();
    await page.keyboard.press('Escape');
    await page
      .getByRole('dialog', { name: 'Wat je invulde weggooien?' })
      .getByRole('button', { name: 'Weggooien' })
      .click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await openNewBooking();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog', { name: 'Nieuwe boeking' }).isVisible()).toBe(false);
  });
});

describe('every form dialog', () => {
  it('puts the focus on the first field with an error', async () => {
    await openFromMenu(page, 'Accounts');
    await page.getByRole('button', { name: 'Account toevoegen' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Account toevoegen' });
    await dialog.getByRole('button', { name: 'Account aanmaken' }).click();
    await expect.poll(() => focusedLabel(page)).toMatch(/^Naam/);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
  });
});
