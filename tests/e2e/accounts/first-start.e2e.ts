import { describe, expect, it } from 'vitest';
import { expectAccessible, snap, useE2E, openFromMenu } from '../harness';

const { page, preview } = useE2E();

const PASSWORD = 'een-lang-wachtwoord';

describe('first start to a room that stays', () => {
  it('asks for the house and the first beheerder, refusing bad input next to the field', async () => {
    await page.goto(preview.url);
    await page.getByRole('heading', { level: 1, name: 'Wijkhuis inrichten' }).waitFor();
    await expectAccessible(page, 'eerste start');
    await page.getByLabel('Naam van het huis').fill('Huis van de Wijk De Esch');
    await page.getByLabel('Je naam').fill('Bea de Beheerder');
    await page.getByLabel('Gebruikersnaam').fill('bea');
    await page.getByRole('textbox', { name: 'Wachtwoord', exact: true }).fill('kort');
    await page.getByLabel('Herhaal het wachtwoord').fill('kort');
    await page.getByRole('button', { name: 'Wijkhuis inrichten' }).click();
    await expect.poll(() => page.getByText('Een wachtwoord heeft minstens 10 tekens.').count()).toBeGreaterThan(0);
    await snap(page, 'e2e-setup-fout');
    await page.getByRole('textbox', { name: 'Wachtwoord', exact: true }).fill(PASSWORD);
    await page.getByLabel('Herhaal het wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Wijkhuis inrichten' }).click();
    await page.getByRole('navigation').waitFor();
    await expect.poll(() => page.getByText('Huis van de Wijk De Esch').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'start');
  });

  it('gives a Dutch error for a wrong password, and signs in with the right one', async () => {
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await page.getByLabel('Gebruikersnaam').fill('bea');
    await page.getByRole('textbox', { name: 'Wachtwoord', exact: true }).fill('helemaal-verkeerd');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByText('Gebruikersnaam of wachtwoord klopt niet.').first().waitFor();
    await expectAccessible(page, 'inloggen met fout');
    await snap(page, 'e2e-login-fout');
    await page.getByRole('textbox', { name: 'Wachtwoord', exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('navigation').waitFor();
  });

  it('saves the building profile', async () => {
    await openFromMenu(page, 'Gebouw');
    await expectAccessible(page, 'gebouw');
    await page.getByLabel('Straat en huisnummer').fill('Eschplein 3');
    await page.getByLabel('Postcode').fill('3063ab');
    await page.getByLabel('Postcode').blur();
    await page.getByRole('button', { name: 'Profiel opslaan' }).click();
    await page.getByText('Het profiel is opgeslagen.').waitFor();
    await snap(page, 'e2e-gebouw');
  });

  it('adds a room, refusing a negative changeover next to the field, and the room is still there after a reload', async () => {
    await openFromMenu(page, 'Ruimtes');
    await expectAccessible(page, 'ruimtes leeg');
    await page.getByRole('button', { name: 'Ruimte toevoegen' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Naam', exact: true }).fill('Grote zaal');
    await dialog.getByLabel('Tijd tussen boekingen').fill('-5');
    await dialog.getByRole('button', { name: 'Ruimte toevoegen' }).click();
    await dialog.getByText('De tijd tussen boekingen kan niet negatief zijn.').waitFor();
    await expectAccessible(page, 'ruimte toevoegen');
    await snap(page, 'e2e-ruimte-fout');
    await dialog.getByLabel('Tijd tussen boekingen').fill('30');
    await dialog.getByRole('button', { name: 'Ruimte toevoegen' }).click();
    await page.getByText('De ruimte is toegevoegd.').waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Ruimtes' }).waitFor();
    await page.getByRole('cell', { name: 'Grote zaal' }).first().waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Gebouw' }).click();
    await expect.poll(async () => page.getByLabel('Postcode').inputValue()).toBe('3063 AB');
  });
});
