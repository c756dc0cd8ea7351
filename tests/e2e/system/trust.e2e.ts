import Database from 'better-sqlite3';
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, expectAccessible, setUpDemoHouse, signIn, snap, useE2E } from '../harness';

/** What the README promises about who gets in and what a restore may bring, as the beheerder sees it. */
const { page, preview, api } = useE2E();

describe('trust, on the screen', () => {
  it('shows failed and successful sign-ins in the audit log under "Inloggen en uitloggen"', async () => {
    await setUpDemoHouse(page, preview.url);
    await page.getByRole('textbox', { name: 'Gebruikersnaam', exact: true }).fill('bea');
    await page.getByRole('textbox', { name: 'Wachtwoord', exact: true }).fill('verkeerd-wachtwoord-1');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByText('Gebruikersnaam of wachtwoord klopt niet.').first().waitFor();
    await signIn(page, 'bea', DEMO_PASSWORD);

    await page.goto(`${preview.url}/#/auditlog`);
    await page.getByRole('heading', { level: 1, name: 'Auditlog' }).waitFor();
    await page
      .getByRole('textbox', { name: 'Onderdeel' })
      .or(page.getByRole('combobox', { name: 'Onderdeel' }))
      .first()
      .click();
    await page.getByRole('option', { name: 'Inloggen en uitloggen' }).click();
    const rows = page.getByRole('row');
    await expect.poll(() => rows.filter({ hasText: 'Mislukte inlogpoging' }).count()).toBeGreaterThan(0);
    await expect.poll(() => rows.filter({ hasText: /^.*Ingelogd/ }).count()).toBeGreaterThan(0);
    // The log names where the attempt came from, never what was typed as the password.
    expect(await page.getByText(/adres 127\.0\.0\.1/).count()).toBeGreaterThan(0);
    expect(await page.getByText('verkeerd-wachtwoord-1').count()).toBe(0);
    await expectAccessible(page, 'auditlog inloggen');
    await snap(page, 'e2e-auditlog-inloggen');
  });

  it('refuses a common password next to the field when changing one', async () => {
    await page.goto(`${preview.url}/#/mijn-account`);
    await page.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();
    await page.getByLabel(/^Huidig wachtwoord/).fill(DEMO_PASSWORD);
    await page.getByLabel(/^Nieuw wachtwoord/).fill('wachtwoord');
    await page.getByLabel(/^Herhaal het wachtwoord/).fill('wachtwoord');
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    // The refusal sits under the new password, where the user typed it (Mantine's error below the input).
    const error = page
      .locator('.mantine-InputWrapper-root', { has: page.getByLabel(/^Nieuw wachtwoord/) })
      .locator('.mantine-InputWrapper-error');
    await expect.poll(() => error.textContent()).toContain('staat in de lijst van veelgebruikte wachtwoorden');
    await snap(page, 'e2e-wachtwoord-veelgebruikt');
  });

  it('refuses a backup with a planted trigger, in Dutch next to the file, and changes nothing', async () => {
    const made = await api<{ name: string }>('backups.create', {});
    const crafted = join(preview.dataDir, 'met-trigger.sqlite');
    copyFileSync(join(preview.dataDir, 'backups', made.name), crafted);
    const db = new Database(crafted);
    db.exec(
      "CREATE TRIGGER beheerder_terug AFTER UPDATE ON users BEGIN UPDATE users SET active = 1, role = 'beheerder'; END",
    );
    db.close();
    const backupsBefore = readdirSync(join(preview.dataDir, 'backups')).length;

    await page.goto(`${preview.url}/#/back-ups`);
    await page.getByRole('heading', { level: 1, name: 'Back-ups' }).waitFor();
    await page.getByRole('button', { name: 'Bestand terugzetten…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[type="file"]').setInputFiles(crafted);
    await dialog.getByRole('button', { name: 'Bestand terugzetten' }).click();
    await expect.poll(() => dialog.getByText(/onbekende trigger in \(beheerder_terug\)/).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'terugzetten geweigerd');
    await snap(page, 'e2e-terugzetten-geweigerd');
    // Still signed in, the same house, and no safety copy was made for a refused file.
    expect(readdirSync(join(preview.dataDir, 'backups')).length).toBe(backupsBefore);
    expect(await api('auth.me', {})).toMatchObject({ user: { username: 'bea' } });
  });
});
