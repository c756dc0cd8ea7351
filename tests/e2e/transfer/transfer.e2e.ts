import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, expectAccessible, openFromMenu, signIn, snap, useE2E } from '../harness';

const { page, preview, api } = useE2E({ demoHouse: true });

const volunteersCsv = (thirdEmail: string) =>
  Buffer.from(
    `\uFEFFNaam;E-mailadres;Telefoon;Startdatum;Rollen\r\nYara Importtest;yara@example.nl;06 1111 2222;01-10-2026;bar\r\nZeno Importtest;${thirdEmail};;2026-10-02;"balie, bar"\r\nXander Importtest;;;;\r\n`,
    'utf8',
  );

async function chooseFile(content: Buffer): Promise<void> {
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'vrijwilligers.csv', mimeType: 'text/csv', buffer: content });
  await page.getByText('3 rijen gelezen in 5 kolommen.').waitFor();
}

describe('import and export', () => {
  it('imports volunteers: a bad row is reported and stops the import, the corrected file imports whole', async () => {
    await openFromMenu(page, 'Import en export');
    await page.getByRole('radio', { name: /^Vrijwilligers/ }).click();
    await expectAccessible(page, 'import: soort');
    await snap(page, 'transfer-1-soort');
    await page.getByRole('button', { name: 'Volgende' }).click();

    await chooseFile(volunteersCsv('zeno@'));
    await snap(page, 'transfer-2-bestand');
    await page.getByRole('button', { name: 'Volgende' }).click();

    const mapping = page.getByRole('table', { name: 'Kolommen van het bestand en hun veld' });
    await mapping.waitFor();
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Veld voor kolom E-mailadres' }).inputValue())
      .toBe('E-mail');
    await expectAccessible(page, 'import: koppelen');
    await snap(page, 'transfer-3-koppelen');
    await page.getByRole('button', { name: 'Rijen controleren' }).click();

    const issues = page.getByRole('table', { name: 'Fouten per rij' });
    await issues.waitFor();
    await page.getByText('1 rij moet worden verbeterd').waitFor();
    const row = issues.getByRole('row').nth(1);
    await expect.poll(() => row.textContent()).toContain('3E-mailadresDit is geen geldig e-mailadres.');
    expect(await page.getByRole('button', { name: 'Importeren', exact: true }).isDisabled()).toBe(true);
    await page.getByText('2 rijen zijn in orde').waitFor();
    await expectAccessible(page, 'import: fouten');
    await snap(page, 'transfer-4-fouten');

    await page.getByRole('button', { name: 'Ander bestand kiezen' }).click();
    await chooseFile(volunteersCsv('zeno@example.nl'));
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByRole('button', { name: 'Rijen controleren' }).click();
    await page.getByText('Geen fouten gevonden').waitFor();
    await snap(page, 'transfer-5-schoon');
    await page.getByRole('button', { name: '3 rijen importeren' }).click();
    await page.getByText('3 vrijwilligers geïmporteerd').waitFor();
    await expectAccessible(page, 'import: klaar');
    await snap(page, 'transfer-6-klaar');

    await page.getByRole('link', { name: 'Naar de vrijwilligers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vrijwilligers' }).waitFor();
    for (const name of ['Yara Importtest', 'Zeno Importtest', 'Xander Importtest'])
      await page.getByText(name, { exact: true }).first().waitFor();
  });

  it('makes a full export and shows the folder it is in', async () => {
    await openFromMenu(page, 'Import en export');
    await page.getByText('Nog geen exports').waitFor();
    await page.getByRole('button', { name: 'Export maken' }).click();
    const made = page.getByRole('status').filter({ hasText: 'Export gemaakt' });
    await made.waitFor();
    const path = (await made.locator('code').textContent())!;
    expect(path).toContain(join(preview.dataDir, 'exporten', 'wijkhuis-export-'));
    expect(existsSync(join(path, 'manifest.json'))).toBe(true);
    expect(readFileSync(join(path, 'volunteers.csv'), 'utf8')).toContain('Yara Importtest');
    await page.getByRole('table', { name: 'Gemaakte exports' }).getByText(path).waitFor();
    await expect.poll(() => page.getByRole('link', { name: 'Naar back-ups' }).getAttribute('href')).toBe('#/back-ups');
    await expectAccessible(page, 'export');
    await snap(page, 'transfer-7-export');

    // An export holds everyone's data: it can be removed when it has done its work.
    const name = path.split(/[\\/]/).pop()!;
    await page.getByRole('button', { name: `Export ${name} verwijderen` }).click();
    const dialog = page.getByRole('dialog', { name: 'Export verwijderen?' });
    await dialog.getByText(path).waitFor();
    await expectAccessible(page, 'export verwijderen');
    await dialog.getByRole('button', { name: 'Export verwijderen' }).click();
    await page.getByText('Nog geen exports').waitFor();
    expect(existsSync(path)).toBe(false);
  });

  it('gives the coördinator the volunteer import only, chosen already, and no export', async () => {
    await api('users.create', {
      name: 'Carla Coördinator',
      username: 'carla',
      role: 'coordinator',
      password: DEMO_PASSWORD,
    });
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await signIn(page, 'carla', DEMO_PASSWORD);
    await openFromMenu(page, 'Import en export');
    await page.getByRole('radio', { name: /^Vrijwilligers/ }).waitFor();
    expect(await page.getByRole('radiogroup', { name: 'Wat wil je importeren?' }).getByRole('radio').count()).toBe(1);
    expect(await page.getByRole('radio', { name: /^Vrijwilligers/ }).getAttribute('aria-checked')).toBe('true');
    await page.getByRole('button', { name: 'Sjabloon vrijwilligers downloaden' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Volledige export' }).count()).toBe(0);
    await expectAccessible(page, 'import coördinator');
    await snap(page, 'transfer-8-coordinator');
  });
});
