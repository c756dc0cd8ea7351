import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, expectAccessible, openFromMenu, signIn, snap, useE2E } from '../harness';
import { giveAddresses, outboxRows } from './mailOutbox';

const { page, preview, api } = useE2E({ demoHouse: true });

describe('Rooster mailen', () => {
  it('lets the coördinator see who gets next week’s roster, who has no address, and send it', async () => {
    await giveAddresses(page, ['Kees Verhoeven', 'Piet van Dijk', 'Jan de Graaf', 'Fatma Demir']);
    await api('users.create', {
      name: 'Cora Coördinator',
      username: 'cora',
      role: 'coordinator',
      password: DEMO_PASSWORD,
    });
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await signIn(page, 'cora', DEMO_PASSWORD);

    await openFromMenu(page, 'Rooster');
    await page.getByRole('button', { name: 'Rooster mailen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rooster mailen' });
    const table = dialog.getByRole('table', { name: 'Vrijwilligers die het rooster krijgen' });
    await table.waitFor();
    await expect.poll(() => table.getByText('Geen e-mailadres').count()).toBeGreaterThan(0);
    const count = await dialog.getByTestId('recipient-count').textContent();
    const sending = Number(/\d+/.exec(count ?? '')?.[0]);
    expect(sending).toBeGreaterThan(0);
    expect(await table.getByText('@voorbeeld.example').count()).toBe(sending);
    await expectAccessible(page, 'rooster mailen');
    await page.setViewportSize({ width: 1366, height: 768 });
    await snap(page, 'e2e-rooster-mailen');

    // Next month has more shifts; back to next week, whose list was shown, before sending.
    const week = (await dialog.getByText(/^\S+ \d+ \S+ \d{4} – /).textContent())!;
    await dialog.getByText('Volgende maand', { exact: true }).click();
    await expect.poll(() => dialog.getByText(week, { exact: true }).count()).toBe(0);
    await dialog.getByText('Volgende week', { exact: true }).click();
    await expect.poll(() => dialog.getByTestId('recipient-count').textContent()).toBe(count);
    await dialog.getByRole('button', { name: 'Rooster versturen' }).click();
    await page.getByText(new RegExp(`^${sending} e-mails? sta(at|an) klaar in de postvak-uit\\.$`)).waitFor();
    const rows = outboxRows(preview.dataDir, 'rooster.mailen');
    expect(rows).toHaveLength(sending);
    expect(rows.every((r) => r.to_address.endsWith('@voorbeeld.example') && r.subject.startsWith('Je rooster '))).toBe(
      true,
    );
    expect(new Set(rows.map((r) => r.group_id)).size).toBe(1);

    // Volunteers read it on a phone: the message as their mail program shows it, at 390 × 844.
    const phone = await page.context().newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.setContent(rows.find((r) => r.to_address.startsWith('kees@'))!.html_body);
    expect(await phone.getByText(/^Beste Kees Verhoeven,/).count()).toBe(1);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await snap(phone, 'e2e-rooster-mail-telefoon');
    await phone.close();
  });

  it('records a volunteer’s mail choices in their form', async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await openFromMenu(page, 'Vrijwilligers');
    await page
      .getByRole('table', { name: 'Vrijwilligers' })
      .getByRole('link', { name: 'Kees Verhoeven', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Kees Verhoeven' }).waitFor();
    await page.getByRole('button', { name: 'Bewerken', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Kees Verhoeven wijzigen' });
    const mail = dialog.getByRole('group', { name: 'E-mail' });
    await mail.getByText('Nog niet gevraagd: Nederlands, met herinneringen.').waitFor();
    await mail.getByText('Engels', { exact: true }).click();
    await mail.getByRole('checkbox', { name: 'Wil herinneringen en andere optionele berichten' }).uncheck();
    await mail.scrollIntoViewIfNeeded();
    await expectAccessible(page, 'e-mailkeuzes');
    await snap(page, 'e2e-emailkeuzes');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    const kees = (await api<{ id: number; name: string }[]>('volunteers.list', { search: 'Kees' }))[0]!;
    expect(await api('mail.choices', { personKind: 'vrijwilliger', personId: kees.id })).toMatchObject({
      language: 'en',
      reminders: false,
      recordedBy: 'Cora Coördinator',
    });
  });
});
