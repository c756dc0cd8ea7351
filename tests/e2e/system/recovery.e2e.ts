/**
 * The preview started on a data folder whose database is damaged: the recovery screen, not the app;
 * restoring the recommended backup with a beheerder's password; then the normal login.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dispatch } from '../../../db/contract/dispatch';
import { damage } from '../../faults/broken-house';
import { expectAccessible, signIn, snap, useE2E } from '../harness';
import { seedDemoHouse } from '../seed';

const PASSWORD = 'een-lang-wachtwoord';
const HOUSE = 'Huis van de Wijk De Esch';

const { page, preview } = useE2E({
  prepare: async (dataDir) => {
    await seedDemoHouse(
      dataDir,
      async (core, token) => {
        const backup = await dispatch(core, 'backups.create', {}, token);
        if (!backup.ok) throw new Error('backup failed');
      },
      { house: HOUSE, password: PASSWORD },
    );
    damage(join(dataDir, 'wijkhuis.sqlite'));
  },
});

describe('a damaged database at start', () => {
  it('shows the recovery screen with the newest good backup chosen', async () => {
    await page.goto(preview.url);
    await page.getByRole('heading', { level: 1, name: 'De database is beschadigd' }).waitFor();
    await expect.poll(() => page.getByText('Aanbevolen').count()).toBe(1);
    expect(await page.getByRole('radio').first().isChecked()).toBe(true);
    expect(await page.getByText(preview.dataDir).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'herstelscherm');
    await snap(page, 'e2e-herstel');
  });

  it('refuses a wrong password next to the field and restores with the right one, then asks to sign in', async () => {
    await page.getByRole('textbox', { name: 'Gebruikersnaam', exact: true }).fill('bea');
    await page.getByRole('textbox', { name: 'Wachtwoord', exact: true }).fill('niet-het-goede-wachtwoord');
    await page.getByRole('button', { name: 'Back-up terugzetten' }).click();
    await expect
      .poll(() =>
        page.getByText('Deze gebruikersnaam en dit wachtwoord horen niet bij een beheerder in deze back-up.').count(),
      )
      .toBeGreaterThan(0);
    await snap(page, 'e2e-herstel-fout');

    await page.getByRole('textbox', { name: 'Wachtwoord', exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Back-up terugzetten' }).click();
    await page.getByRole('button', { name: 'Inloggen' }).waitFor();
    await expect
      .poll(() => page.getByText(/Het beschadigde bestand is bewaard als beschadigd-/).count())
      .toBeGreaterThan(0);
    await snap(page, 'e2e-herstel-klaar');
    expect(readdirSync(preview.dataDir).filter((n) => /^beschadigd-.*\.sqlite$/.test(n))).toHaveLength(1);

    await signIn(page, 'bea', PASSWORD);
    await expect.poll(() => page.getByText(HOUSE).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'na herstel');
  });

  it('shows a backup that failed (its folder unusable) on the backups page until one succeeds again', async () => {
    const backupDir = join(preview.dataDir, 'backups');
    renameSync(backupDir, `${backupDir}-weg`);
    writeFileSync(backupDir, 'geen map');
    await page.goto(`${preview.url}/#/back-ups`);
    await page.getByRole('heading', { level: 1, name: 'Back-ups' }).waitFor();
    await page.getByRole('button', { name: 'Back-up maken' }).click();
    await page.getByRole('alert').filter({ hasText: 'De laatste back-up is mislukt' }).waitFor();
    await snap(page, 'e2e-back-up-mislukt');
    await expectAccessible(page, 'back-up mislukt');

    rmSync(backupDir);
    renameSync(`${backupDir}-weg`, backupDir);
    await page.getByRole('button', { name: 'Back-up maken' }).click();
    await expect.poll(() => page.getByText('De laatste back-up is mislukt').count()).toBe(0);
  });
});
