import { describe, expect, it } from 'vitest';
import { addDays, expectAccessible, snap, testToday, useE2E } from '../harness';

// Issue 18, point 9: a coördinator who puts a volunteer on pauze while they are still rostered sees their coming
// shifts in the form, and saving signs them off (the places open up in the roster) unless unticked.

const { page, api } = useE2E({ demoHouse: true });

interface Shift {
  assignments: { volunteerId: number; volunteerName: string; volunteerStatus: string; status: string }[];
}

describe('putting a rostered volunteer on pauze', () => {
  it('shows the coming shifts next to the status and signs the volunteer off them on saving', async () => {
    // Someone active who is planned in the coming two weeks of the demo house's roster.
    const today = testToday();
    const week = await api<Shift[]>('roster.week', { from: today, to: addDays(today, 14) });
    const planned = week
      .flatMap((s) => s.assignments)
      .find((a) => a.volunteerStatus === 'actief' && a.status === 'ingepland');
    expect(planned, 'the demo house has a rostered volunteer').toBeDefined();
    const volunteer = { id: planned!.volunteerId, name: planned!.volunteerName };
    const shifts = (await api<unknown[]>('volunteers.comingShifts', { id: volunteer.id })).length;
    expect(shifts).toBeGreaterThan(0);

    await page.goto(`${page.url().split('#')[0]}#/vrijwilligers/${volunteer.id}`);
    await page.getByRole('heading', { level: 1, name: volunteer.name }).waitFor();
    await page.getByRole('button', { name: 'Bewerken' }).click();
    const dialog = page.getByRole('dialog', { name: `${volunteer.name} wijzigen` });
    await dialog.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Pauze', exact: true }).click();

    const notice = dialog.getByText(new RegExp(`^${volunteer.name} staat nog op ${shifts} komende dienst`));
    await notice.waitFor();
    const signOff = dialog.getByRole('checkbox', { name: /^Ook afmelden voor deze/ });
    await expect(signOff.isChecked()).resolves.toBe(true);
    await notice.scrollIntoViewIfNeeded();
    await expectAccessible(page, 'pauze met komende diensten');
    await snap(page, 'e2e-pauze-komende-diensten');

    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => api<unknown[]>('volunteers.comingShifts', { id: volunteer.id })).toEqual([]);
  });
});
