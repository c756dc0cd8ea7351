import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays, DEMO_PASSWORD, expectAccessible, openFromMenu, signIn, snap, testToday, useE2E } from '../harness';

// Issue 18, points 1–3: a commissie account made by the beheerder sees the committee's work (the dialog links it
// to a member), an account without a member is told what to ask; the agenda's links scroll to the item; and a
// meeting that cannot open says so next to the button, with the focus on the message.

const { page, api } = useE2E({ demoHouse: true });

const PASSWORD = 'lange-zin-voor-de-commissie';

async function signOut(p: Page): Promise<void> {
  await p.getByRole('button', { name: 'Uitloggen' }).click();
  await p.getByRole('textbox', { name: 'Gebruikersnaam', exact: true }).waitFor();
}

/** Whether the element is inside the window as it is scrolled now. */
const inView = (p: Page, selector: string) =>
  p.evaluate((s) => {
    const el = document.querySelector(s);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  }, selector);

describe('a commissie account', () => {
  it('is linked to a committee member in the dialog that makes it', async () => {
    await openFromMenu(page, 'Accounts');
    await page.getByRole('button', { name: 'Account toevoegen' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Account toevoegen' });
    await dialog.getByRole('textbox', { name: 'Naam', exact: true }).fill('Linda Koster');
    await dialog.getByRole('textbox', { name: 'Gebruikersnaam' }).fill('linda');
    await dialog.getByRole('combobox', { name: 'Rol' }).click();
    await page.getByRole('option', { name: 'Commissie' }).click();
    await dialog.getByRole('textbox', { name: 'Wachtwoord', exact: true }).fill(PASSWORD);
    // Without a member the account would see nothing: the dialog asks for one.
    await dialog.getByRole('button', { name: 'Account aanmaken' }).click();
    await dialog.getByText('Kies het commissielid van dit account.').waitFor();
    await dialog.getByRole('combobox', { name: 'Commissielid', exact: true }).click();
    await page.getByRole('option', { name: 'Linda Koster' }).click();
    await expectAccessible(page, 'account met commissielid');
    await snap(page, 'e2e-account-commissie');
    await dialog.getByRole('button', { name: 'Account aanmaken' }).click();
    // Saved when the dialog closes; the previous test's notice with the same words may still be on screen.
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Het account is aangemaakt.').last().waitFor();
    const members = await api<{ members: { name: string; userName: string | null }[] }>('committee.members', {});
    expect(members.members.find((m) => m.name === 'Linda Koster')?.userName).toBe('linda');
  });

  it('makes a new member when the person is not in the committee yet', async () => {
    await page.getByRole('button', { name: 'Account toevoegen' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Account toevoegen' });
    await dialog.getByRole('textbox', { name: 'Naam', exact: true }).fill('Joost de Vries');
    await dialog.getByRole('textbox', { name: 'Gebruikersnaam' }).fill('joost');
    await dialog.getByRole('combobox', { name: 'Rol' }).click();
    await page.getByRole('option', { name: 'Commissie' }).click();
    await dialog.getByRole('textbox', { name: 'Wachtwoord', exact: true }).fill(PASSWORD);
    await dialog.getByText('Nieuw commissielid', { exact: true }).click();
    await dialog.getByRole('button', { name: 'Account aanmaken' }).click();
    // Saved when the dialog closes; the previous test's notice with the same words may still be on screen.
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Het account is aangemaakt.').last().waitFor();
    const members = await api<{ members: { name: string; userName: string | null }[] }>('committee.members', {});
    expect(members.members.find((m) => m.name === 'Joost de Vries')?.userName).toBe('joost');
  });

  it('sees the applications and meetings once linked', async () => {
    await signOut(page);
    await signIn(page, 'linda', PASSWORD);
    await openFromMenu(page, 'Vergaderingen');
    await expect
      .poll(() => page.getByRole('table', { name: 'Vergaderingen' }).getByRole('row').count())
      .toBeGreaterThan(1);
    await expect(page.getByText('Nog geen vergaderingen').count()).resolves.toBe(0);
    await openFromMenu(page, 'Aanvragen');
    await expect.poll(() => page.getByRole('table').getByRole('row').count()).toBeGreaterThan(1);
    await expect(page.getByText('Geen aanvragen gevonden').count()).resolves.toBe(0);
    await signOut(page);
  });

  it('tells an account without a member what to ask the beheerder', async () => {
    await signIn(page, 'bea', DEMO_PASSWORD);
    // An account that became commissie later (its role changed) has no member yet.
    const user = await api<{ id: number }>('users.create', {
      name: 'Piet Hein',
      username: 'piet',
      role: 'balie',
      password: PASSWORD,
    });
    await api('users.update', { id: user.id, name: 'Piet Hein', role: 'commissie', active: true });
    await signOut(page);
    await signIn(page, 'piet', PASSWORD);
    await openFromMenu(page, 'Vergaderingen');
    await page.getByText(/Vraag de beheerder om je account te koppelen/).waitFor();
    await expectAccessible(page, 'vergaderingen zonder commissielid');
    await snap(page, 'e2e-commissie-niet-gekoppeld');
    await openFromMenu(page, 'Aanvragen');
    await page.getByText(/Vraag de beheerder om je account te koppelen/).waitFor();
    await signOut(page);
    await signIn(page, 'bea', DEMO_PASSWORD);
  });
});

describe('the meeting page', () => {
  let meetingId = 0;

  it('scrolls to an agenda item from its link, without leaving the page', async () => {
    const meetings = await api<{ id: number; items: number }[]>('meetings.list', {});
    meetingId = meetings.find((m) => m.items > 2)!.id;
    await page.goto(`${page.url().split('#')[0]}#/vergaderingen/${meetingId}`);
    await page.getByRole('heading', { level: 1, name: /^Vergadering van / }).waitFor();
    const meeting = await api<{ items: { application: { number: string; title: string } }[] }>('meetings.get', {
      id: meetingId,
    });
    const { number, title } = meeting.items.at(-1)!.application;
    const link = page.getByRole('link', { name: `${number} ${title}` });
    await link.click();
    await page.getByRole('heading', { level: 2, name: title }).waitFor();
    expect(page.url()).toContain(`#/vergaderingen/${meetingId}`);
    await expect
      .poll(() =>
        page.getByRole('heading', { level: 2, name: title }).evaluate((h) => {
          const r = h.getBoundingClientRect();
          return r.top >= 0 && r.top < window.innerHeight;
        }),
      )
      .toBe(true);
  });

  it('says next to "Vergadering openen" why a meeting in the future does not open, and moves the focus there', async () => {
    const planned = await api<{ id: number }>('meetings.create', {
      date: addDays(testToday(), 14),
      startTime: '19:30',
      roomId: null,
      location: 'Vergaderkamer 1',
      notes: '',
    });
    await page.goto(`${page.url().split('#')[0]}#/vergaderingen/${planned.id}`);
    await page.getByRole('heading', { level: 1, name: /^Vergadering van / }).waitFor();
    await page.getByRole('button', { name: 'Vergadering openen' }).click();
    const alert = page.getByRole('alert').filter({ hasText: /pas op/ });
    await alert.waitFor();
    await expect.poll(() => inView(page, '[data-error-focus]:focus')).toBe(true);
    // The meeting is not open, and no green message says anything was done.
    await expect(page.getByText('De presentie is opgeslagen.').count()).resolves.toBe(0);
    await expect(page.getByText('Gepland', { exact: true }).first().isVisible()).resolves.toBe(true);
    await expectAccessible(page, 'vergadering niet geopend');
    await snap(page, 'e2e-vergadering-niet-geopend');
  });
});
