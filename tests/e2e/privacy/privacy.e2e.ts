import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectAccessible, snap, useE2E, openFromMenu } from '../harness';

const { page, api } = useE2E({ demoHouse: true });

// A demo volunteer; the first test takes her off her coming shifts, so a full erasure is allowed.
const PERSON = 'Naima Bouzid';

/**
 * Which shifts the demo's round robin gives a volunteer depends on the weekday and holidays around today, so the
 * volunteer is taken off her coming shifts, as the refusal asks the beheerder to do.
 */
async function offTheRoster(name: string): Promise<void> {
  const volunteers = await api<{ id: number; name: string }[]>('volunteers.list', {});
  const id = volunteers.find((v) => v.name === name)!.id;
  const { upcoming } = await api<{ upcoming: { assignments: { id: number; volunteerId: number }[] }[] }>(
    'volunteers.profile',
    { id },
  );
  for (const shift of upcoming)
    for (const a of shift.assignments.filter((x) => x.volunteerId === id))
      await api('roster.updateAssignment', { id: a.id, status: 'afgemeld' });
}

async function openTab(name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

describe("privacy (AVG): register, a person's data, retention", () => {
  it('opens the register for the beheerder', async () => {
    await openFromMenu(page, 'Privacy (AVG)');
    await page.getByRole('cell', { name: 'Financiële administratie' }).waitFor();
    await expectAccessible(page, 'privacyregister');
    await snap(page, 'e2e-privacy-register');
  });

  it('refuses a fiscal period below 7 years next to the field, and saves a valid period', async () => {
    await page.getByRole('button', { name: 'Bewaartermijnen wijzigen' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Financiële administratie' }).fill('12');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.getByText('De fiscale bewaarplicht is 7 jaar: minstens 84 maanden.').waitFor();
    await expectAccessible(page, 'bewaartermijnen wijzigen');
    await dialog.getByRole('textbox', { name: 'Financiële administratie' }).fill('84');
    await dialog.getByRole('textbox', { name: 'Vrijwilliger' }).fill('18');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Bewaartermijnen opgeslagen').waitFor();
    await page.getByRole('cell', { name: '18 maanden na het stoppen' }).waitFor();
  });

  it('finds a demo volunteer, with refusals explained for people still on the roster', async () => {
    await openTab('Gegevens van een persoon');
    await page.getByText('Zoek een persoon', { exact: true }).waitFor();
    await page.getByRole('textbox', { name: /Naam, e-mailadres of telefoonnummer/ }).fill('06 10 00 00 02');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.getByText('Staat nog ingeroosterd op', { exact: false }).first().waitFor();
    await offTheRoster(PERSON);
    await page.getByRole('textbox', { name: /Naam, e-mailadres of telefoonnummer/ }).fill(PERSON);
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.getByRole('region', { name: 'Vrijwilliger' }).getByText(PERSON).waitFor();
    await page.getByRole('checkbox', { name: `Kies ${PERSON}` }).check();
    await expectAccessible(page, 'persoon zoeken');
    await snap(page, 'e2e-privacy-persoon');
  });

  it('exports the data as JSON and as a readable access report', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporteren (JSON)' }).click();
    const file = await (await download).path();
    const data = JSON.parse(readFileSync(file, 'utf8'));
    expect(data.records[0]).toMatchObject({ type: 'vrijwilliger', data: { name: PERSON, phone: '06 10 00 00 04' } });
    expect(data.records[0].related.rollen.map((r: { rol: string }) => r.rol).sort()).toEqual([
      'gastvrouw/gastheer',
      'taalmaatje',
    ]);

    await page.getByRole('button', { name: 'Inzage tonen' }).click();
    await page.getByRole('heading', { name: 'Inzage in persoonsgegevens' }).waitFor();
    await page.getByRole('cell', { name: '06 10 00 00 04' }).waitFor();
    await expectAccessible(page, 'inzage');
    await snap(page, 'e2e-privacy-inzage');
    await page.getByRole('button', { name: 'Terug naar de resultaten' }).click();
  });

  it('anonymises the volunteer after a confirmation with a reason; the name is gone from the volunteer list', async () => {
    await page.getByRole('checkbox', { name: `Kies ${PERSON}` }).check();
    await page.getByRole('button', { name: 'Anonimiseren…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Gegevens anonimiseren' });
    await dialog.getByRole('button', { name: 'Definitief anonimiseren' }).click();
    await dialog.getByText('De reden is verplicht.', { exact: true }).waitFor();
    await dialog.getByRole('textbox', { name: 'Reden' }).fill(`Verzoek van ${PERSON} per e-mail`);
    await expectAccessible(page, 'anonimiseren');
    await snap(page, 'e2e-privacy-anonimiseren');
    await dialog.getByRole('button', { name: 'Definitief anonimiseren' }).click();
    await page.getByText('1 item geanonimiseerd').waitFor();
    await page.getByText('Niets gevonden', { exact: true }).waitFor();

    await openFromMenu(page, 'Vrijwilligers');
    await page.getByText('Fatma Demir').first().waitFor();
    expect(await page.getByText(PERSON).count()).toBe(0);
  });

  it('shows the retention preview and an empty log before the job is switched on', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Privacy (AVG)', exact: true }).click();
    await openTab('Bewaartermijnen');
    await page.getByText('Staat uit').waitFor();
    await page.getByText('Nog niets gedaan', { exact: true }).waitFor();
    await expectAccessible(page, 'bewaartermijnen');
    await snap(page, 'e2e-privacy-bewaartermijnen');
    await page.getByRole('button', { name: 'Taak aanzetten' }).click();
    const dialog = page.getByRole('dialog', { name: 'Bewaartermijn-taak aanzetten' });
    await dialog.getByRole('button', { name: 'Taak aanzetten' }).click();
    await page.getByText(/Taak staat aan: \d+ items geanonimiseerd/).waitFor();
    await page.getByText(/Staat aan sinds/).waitFor();
  });
});
