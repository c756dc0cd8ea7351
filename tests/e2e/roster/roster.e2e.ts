import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { DEMO_HOUSE, expectAccessible, openFromMenu, printedText, snap, useE2E } from '../harness';

const { page } = useE2E({ demoHouse: true });

/** The gap rows of the new template: their links are named "Avond bar op wo 25 nov 2026 openen". */
const AVOND_BAR_GAPS = /^Avond bar op .* openen$/;

/** A Mantine time picker: hours and minutes are two spin buttons named after the label. */
async function fillTime(scope: Locator, label: string, clock: string): Promise<void> {
  const [hours, minutes] = clock.split(':');
  await scope.getByRole('spinbutton', { name: label, exact: true }).fill(hours!);
  await scope.getByRole('spinbutton', { name: `${label}, minuten`, exact: true }).fill(minutes!);
}

async function gapCount(): Promise<number> {
  return page.getByRole('link', { name: AVOND_BAR_GAPS }).count();
}

/** Plans a volunteer in the open shift drawer; where the core warns (not available, double booked) the warning is confirmed. */
async function plan(drawer: Locator, name: string): Promise<void> {
  await drawer.getByRole('combobox', { name: 'Vrijwilliger voor bar' }).click();
  await page.getByRole('option', { name, exact: true }).click();
  await drawer.getByRole('button', { name: 'Inplannen als bar' }).click();
  const planned = page.getByText(`${name} is ingepland bij Avond bar.`);
  const anyway = drawer.getByRole('button', { name: 'Toch inplannen' });
  await expect
    .poll(async () => (await planned.count()) + (await anyway.count()), { timeout: 10_000 })
    .toBeGreaterThan(0);
  if (await anyway.count()) {
    await expectAccessible(page, `waarschuwing bij ${name}`);
    await anyway.click();
  }
  await planned.first().waitFor();
}

/** The week as printed for the wall: landscape, read back with its columns. */
const printedWeek = () => printedText(page, { pdf: { format: 'A4', landscape: true }, layout: true });

describe('volunteers and the roster: a template, its gaps, planning two people, the printed week', () => {
  it('shows the register with certificates, and a volunteer profile', async () => {
    await openFromMenu(page, 'Vrijwilligers');
    await page.getByRole('link', { name: 'Kees Verhoeven', exact: true }).first().waitFor();
    await expect.poll(() => page.getByText('Certificaten die aandacht vragen').count()).toBe(1);
    await expectAccessible(page, 'vrijwilligers');
    await snap(page, 'e2e-vrijwilligers');
    await page
      .getByRole('table', { name: 'Vrijwilligers' })
      .getByRole('link', { name: 'Kees Verhoeven', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Kees Verhoeven' }).waitFor();
    await page.getByRole('heading', { name: 'Komende diensten' }).waitFor();
    await page.getByRole('table', { name: 'Uren per maand' }).waitFor();
    await expectAccessible(page, 'profiel');
    await snap(page, 'e2e-profiel');
  });

  it('refuses a template that ends before it starts, in Dutch next to the end time', async () => {
    await openFromMenu(page, 'Rooster');
    await page.getByRole('tab', { name: 'Sjablonen' }).click();
    await page.getByRole('button', { name: 'Sjabloon toevoegen' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Sjabloon toevoegen' });
    await dialog.getByRole('textbox', { name: 'Naam', exact: true }).fill('Avond bar');
    await dialog.getByRole('checkbox', { name: 'woensdag' }).check();
    await fillTime(dialog, 'Begintijd', '22:00');
    await fillTime(dialog, 'Eindtijd', '19:00');
    await dialog.getByRole('combobox', { name: 'Rol 1' }).click();
    await page.getByRole('option', { name: 'bar', exact: true }).click();
    await dialog.getByRole('textbox', { name: 'Aantal bij rol 1' }).fill('2');
    await dialog.getByRole('button', { name: 'Sjabloon opslaan en diensten maken' }).click();
    await dialog.getByText('De dienst moet eindigen na het begin.').waitFor();
    await expectAccessible(page, 'sjabloon met fout');
    await snap(page, 'e2e-sjabloon-fout');
  });

  it('creates the template "Avond bar" (wednesdays 19:00–22:00, 2 × bar) and shows its gaps', async () => {
    const dialog = page.getByRole('dialog', { name: 'Sjabloon toevoegen' });
    await fillTime(dialog, 'Begintijd', '19:00');
    await fillTime(dialog, 'Eindtijd', '22:00');
    await dialog.getByRole('button', { name: 'Sjabloon opslaan en diensten maken' }).click();
    await page.getByText(/^Het sjabloon is opgeslagen; \d+ diensten aangemaakt\.$/).waitFor();
    await page.getByRole('cell', { name: 'Avond bar', exact: true }).waitFor();
    await expectAccessible(page, 'sjablonen');

    await page.getByRole('tab', { name: /Gaten en dekking/ }).click();
    await page.getByRole('heading', { name: 'Diensten met te weinig mensen' }).waitFor();
    await expect.poll(gapCount).toBeGreaterThanOrEqual(3);
    await page.getByRole('heading', { name: 'Dekking van het gebouw' }).waitFor();
    await expectAccessible(page, 'gaten en dekking');
    await snap(page, 'e2e-gaten');
  });

  it('plans two bar volunteers on the first one, confirming warnings, and the gap overview shrinks', async () => {
    const before = await gapCount();
    await page.getByRole('link', { name: AVOND_BAR_GAPS }).first().click();
    const drawer = page.getByRole('dialog', { name: 'Avond bar' });
    await drawer.getByText('nog 2 nodig').waitFor();
    await expectAccessible(page, 'dienst');
    // Jan de Graaf is not available on Wednesday evenings: the core warns, the coordinator plans him anyway.
    await plan(drawer, 'Jan de Graaf');
    await plan(drawer, 'Kees Verhoeven');
    await drawer.getByText('compleet').waitFor();
    await snap(page, 'e2e-dienst-vol');
    await drawer.getByRole('button', { name: 'Sluiten' }).click();
    await drawer.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: /^19:00–22:00 Avond bar/ }).waitFor();
    await expectAccessible(page, 'rooster week');

    await page.getByRole('tab', { name: /Gaten en dekking/ }).click();
    await page.getByRole('heading', { name: 'Diensten met te weinig mensen' }).waitFor();
    await expect.poll(gapCount).toBe(before - 1);
  });

  it('prints the week of that shift for the wall, with the names', async () => {
    // Back to the week tab: the week of that shift is kept in the address.
    await page.getByRole('tab', { name: 'Week' }).click();
    await page.getByRole('button', { name: /^19:00–22:00 Avond bar/ }).waitFor();
    const text = await printedWeek();
    expect(text).toContain(DEMO_HOUSE);
    expect(text).toContain('Avond bar');
    expect(text).toContain('Jan de Graaf');
    expect(text).toContain('Kees Verhoeven');
    // Phone numbers only when asked for: the sheet hangs where visitors walk past.
    expect(text).not.toContain('06 10 00 00 03');
    await page.getByRole('switch', { name: 'Telefoonnummers op de afdruk' }).check();
    expect(await printedWeek()).toContain('06 10 00 00 03');
  });

  it('opens a day of the building coverage overview with what is missing then', async () => {
    await page.getByRole('tab', { name: /Gaten en dekking/ }).click();
    await page
      .getByRole('link', { name: /: naar deze dag in het rooster$/ })
      .first()
      .click();
    await page.getByText(/^Dekking op /).waitFor();
    await expect.poll(() => page.getByText(/ zonder (BHV'er|sleutelhouder)/).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'rooster dag met dekkingsgat');
  });

  it('shows hours and allowances against the maximum', async () => {
    await openFromMenu(page, 'Uren en vergoedingen');
    await page.getByRole('cell', { name: 'Kees Verhoeven' }).waitFor();
    await page.getByText('Het maximum voor', { exact: false }).first().waitFor();
    await expectAccessible(page, 'uren en vergoedingen');
    await snap(page, 'e2e-uren');
  });
});
