/**
 * The preview started on a data folder whose database is damaged: the recovery screen, not the app;
 * restoring the recommended backup with a beheerder's password; then the normal login.
 */
import { openHouse } from '../../../db/house';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { dispatch } from '../../../db/contract/dispatch';
import { damage } from '../../faults/broken-house';
import { expectAccessible, launch, signIn, snap, startPreview, type Preview } from '../harness';

const PASSWORD = 'een-lang-wachtwoord';
const HOUSE = 'Huis van de Wijk De Esch';

let dataDir: string;
let preview: Preview;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'wijkhuis-e2e-herstel-'));
  const core = await openHouse({ dataDir });
  const setup = await dispatch(
    core,
    'setup.firstRun',
    { buildingName: HOUSE, user: { name: 'Bea de Beheerder', username: 'bea', password: PASSWORD }, demo: true },
    null,
  );
  if (!setup.ok || !setup.session || !('set' in setup.session)) throw new Error('setup failed');
  const backup = await dispatch(core, 'backups.create', {}, setup.session.set);
  if (!backup.ok) throw new Error('backup failed');
  core.close();
  damage(join(dataDir, 'wijkhuis.sqlite'));
  preview = await startPreview({ dataDir });
  ({ browser, page } = await launch());
});
afterAll(async () => {
  await browser?.close();
  await preview?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a damaged database at start', () => {
  it('shows the recovery screen with the newest good backup chosen', async () => {
    await page.goto(preview.url);
    await page.getByRole('heading', { level: 1, name: 'De database is beschadigd' }).waitFor();
    await expect.poll(() => page.getByText('Aanbevolen').count()).toBe(1);
    expect(await page.getByRole('radio').first().isChecked()).toBe(true);
    expect(await page.getByText(dataDir).count()).toBeGreaterThan(0);
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
    expect(readdirSync(dataDir).filter((n) => /^beschadigd-.*\.sqlite$/.test(n))).toHaveLength(1);

    await signIn(page, 'bea', PASSWORD);
    await page.getByRole('navigation').waitFor();
    await expect.poll(() => page.getByText(HOUSE).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'na herstel');
  });

  it('shows a backup that failed (its folder unusable) on the backups page until one succeeds again', async () => {
    const backupDir = join(dataDir, 'backups');
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
