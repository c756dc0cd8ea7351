import { describe, expect, it } from 'vitest';
import {
  addDays,
  DEMO_HOUSE,
  DEMO_PASSWORD,
  dutchDate,
  expectAccessible,
  openFromMenu,
  printedText,
  signIn,
  snap,
  testToday,
  useE2E,
} from '../harness';

const { page, api } = useE2E({ demoHouse: true });

const today = testToday();

describe('a shift in the house: open, log, report, hand over, and see it on Vandaag', () => {
  it('lands the beheerder of the demo house on Vandaag', async () => {
    await page.getByRole('heading', { level: 1, name: 'Vandaag' }).waitFor();
    // The demo's handover note from last night is waiting on top.
    await page.getByText('De verwarming in de Beweegzaal slaat af en toe af.').waitFor();
    await page.getByRole('heading', { name: 'Open storingen' }).waitFor();
    await expectAccessible(page, 'vandaag');
    await snap(page, 'e2e-vandaag-voor');
  });

  it("writes a logbook entry, marks last night's handover as read and prints the week", async () => {
    await openFromMenu(page, 'Logboek', 'Logboek');
    await expectAccessible(page, 'logboek');
    await page.getByRole('button', { name: 'Regel schrijven' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog
      .getByRole('textbox', { name: 'Tekst', exact: true })
      .fill('Kachel uit de berging gehaald voor de Beweegzaal.');
    await dialog.getByRole('checkbox', { name: 'Overdrachtsnotitie voor de volgende dienst' }).check();
    await expectAccessible(page, 'logboekregel schrijven');
    await dialog.getByRole('button', { name: 'In het logboek zetten' }).click();
    await page.getByText('De regel staat in het logboek.').waitFor();
    await page.getByRole('article').filter({ hasText: 'Kachel uit de berging gehaald' }).waitFor();
    await page.getByRole('button', { name: /^Gelezen: overdracht van Piet/ }).click();
    await page.getByText('Gemarkeerd als gelezen.').waitFor();
    await expect.poll(() => page.getByRole('button', { name: /^Gelezen: overdracht van Piet/ }).count()).toBe(0);
    await snap(page, 'e2e-logboek');
    const printed = await printedText(page, { layout: true });
    expect(printed).toContain(DEMO_HOUSE);
    expect(printed).toContain('Logboek');
    expect(printed).toContain('Kachel uit de berging gehaald');
  });

  it('opens the building with the checklist: a point not done needs a reason, next to it', async () => {
    await openFromMenu(page, 'Openen en sluiten', 'Openen en sluiten');
    await expectAccessible(page, 'openen-sluiten');
    for (const item of [
      'Alarm uitgeschakeld',
      'Lichten aan',
      'Verwarming of ventilatie aan',
      'Nooduitgangen vrij',
      'Toiletten gecontroleerd',
      'Voordeur open',
    ]) {
      await page.getByRole('checkbox', { name: item, exact: true }).check();
    }
    await page.getByRole('button', { name: 'Opening vastleggen' }).click();
    const reason = page.getByRole('textbox', { name: 'Waarom niet gedaan: Koffie en thee klaargezet', exact: true });
    await reason.waitFor();
    await page.getByText('Geef een reden waarom dit niet is gedaan.').waitFor();
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'openen-sluiten met fout');
    await snap(page, 'e2e-opening-fout');
    await reason.fill('Koffie op; nieuwe besteld.');
    await page.getByRole('button', { name: 'Opening vastleggen' }).click();
    await page.getByText('De opening is vastgelegd.').waitFor();
    await page
      .getByText(/^Geopend door Bea de Beheerder om \d\d:\d\d$/)
      .first()
      .waitFor();
    await page.getByText('Koffie en thee klaargezet: Koffie op; nieuwe besteld.').waitFor();
  });

  it('reports an incident: a follow-up due before it, then a moment in the future, are refused next to their fields', async () => {
    await openFromMenu(page, 'Incidenten', 'Incidenten');
    await expectAccessible(page, 'incidenten');
    await page.getByRole('button', { name: 'Incident melden' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Schrijf geen namen van bewoners op, tenzij het echt nodig is.').waitFor();
    await dialog.getByRole('combobox', { name: 'Ruimte' }).click();
    await page.getByRole('option', { name: 'Grote zaal' }).click();
    await dialog.getByRole('combobox', { name: 'Soort' }).click();
    await page.getByRole('option', { name: 'Overlast' }).click();
    await dialog.getByRole('radio', { name: 'Middel' }).check();
    await dialog
      .getByRole('textbox', { name: 'Wat er gebeurde', exact: true })
      .fill('Harde muziek bij de ingang tijdens de open inloop; bezoekers klaagden.');
    await dialog
      .getByRole('textbox', { name: 'Wat er is gedaan', exact: true })
      .fill('Gevraagd de muziek zachter te zetten; dat gebeurde.');
    await dialog.getByRole('button', { name: 'Vervolgactie toevoegen' }).click();
    const followup = dialog.getByRole('group', { name: 'Vervolgactie 1' });
    await followup
      .getByRole('textbox', { name: 'Actie', exact: true })
      .fill('Bord "geen harde muziek" bij de ingang hangen');
    await followup.getByRole('textbox', { name: 'Wie', exact: true }).fill('Beheerder');
    const due = followup.getByRole('textbox', { name: 'Uiterlijk', exact: true });
    await due.fill(dutchDate(addDays(today, -1)));
    await due.blur();
    await expectAccessible(page, 'incident melden');
    await dialog.getByRole('button', { name: 'Incident vastleggen' }).click();
    await followup.getByText('De uiterste datum ligt voor het incident.').waitFor();
    expect(await due.getAttribute('aria-invalid')).toBe('true');
    await snap(page, 'e2e-incident-fout');

    await due.fill(dutchDate(addDays(today, 7)));
    await due.blur();
    // Only the core knows the clock: an incident tomorrow is refused there, and shown at the date.
    const date = dialog.getByRole('textbox', { name: 'Datum', exact: true });
    await date.fill(dutchDate(addDays(today, 1)));
    await date.blur();
    await dialog.getByRole('button', { name: 'Incident vastleggen' }).click();
    await dialog.getByText('Een incident kan niet in de toekomst liggen.').waitFor();
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    await date.fill(dutchDate(today));
    await date.blur();
    await dialog.getByRole('button', { name: 'Incident vastleggen' }).click();
    await page.getByText('Het incident is vastgelegd.').waitFor();

    // The new incident opens, with its follow-up to tick off later.
    const detail = page.getByRole('dialog', { name: /^Incident: Overlast/ });
    await detail.getByText('Bord "geen harde muziek" bij de ingang hangen').waitFor();
    await expectAccessible(page, 'incident bekijken');
    await snap(page, 'e2e-incident');
    await detail.getByRole('button', { name: 'Sluiten' }).click();
    await page.getByRole('cell', { name: /Harde muziek bij de ingang/ }).waitFor();
  });

  it('shows the defects', async () => {
    await openFromMenu(page, 'Storingen', 'Storingen');
    await page.getByText('Verwarming slaat af').waitFor();
    await expectAccessible(page, 'storingen');
  });

  it('hands "Voordeur 2" to a volunteer; taking back a key that is no longer out is refused with the core\'s words', async () => {
    await openFromMenu(page, 'Sleutels', 'Sleutels');
    await expectAccessible(page, 'sleutels');
    await page.getByRole('button', { name: 'Voordeur 2 uitgeven' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'Vrijwilliger' }).check();
    await dialog.getByRole('combobox', { name: 'Naam van de houder' }).fill('Samira Bakker');
    await expectAccessible(page, 'sleutel uitgeven');
    await dialog.getByRole('button', { name: 'Uitgeven', exact: true }).click();
    await page.getByText('Voordeur 2 is uitgegeven.').waitFor();
    await page
      .getByRole('row', { name: /Voordeur 2/ })
      .getByText('Samira Bakker')
      .waitFor();

    // Someone else takes the fob back while this dialog is open: the core refuses the second return.
    await page.getByRole('button', { name: 'Toegangspas 1 innemen' }).click();
    const keys = (await api('keys.list', {})) as { id: number; label: string }[];
    await api('keys.return', { keyId: keys.find((k) => k.label === 'Toegangspas 1')!.id, returnedOn: today });
    await dialog.getByRole('button', { name: 'Innemen', exact: true }).click();
    await dialog.getByText('Toegangspas 1 is niet uitgegeven, dus kan ook niet worden ingenomen.').waitFor();
    await snap(page, 'e2e-sleutel-fout');
    await dialog.getByRole('button', { name: 'Annuleren' }).click();

    await page.getByRole('tab', { name: 'Per persoon' }).click();
    await page.getByRole('heading', { name: 'Samira Bakker' }).waitFor();
    await expectAccessible(page, 'sleutels per persoon');
  });

  it('shows the house rules', async () => {
    await openFromMenu(page, 'Huisregels', 'Huisregels');
    // .first(): the printed copy of the same text is in the page too, hidden until printing.
    await page.getByText('Roken, alcohol en drugs zijn niet toegestaan in en rond het gebouw.').first().waitFor();
    await expectAccessible(page, 'huisregels');
  });

  it('has it all on Vandaag: the opening by Bea, the new incident, the handover, no opening warning', async () => {
    await openFromMenu(page, 'Vandaag', 'Vandaag');
    await page.getByText(/^Geopend door Bea de Beheerder om \d\d:\d\d$/).waitFor();
    await page.getByText('1 punt niet gedaan: Koffie en thee klaargezet (Koffie op; nieuwe besteld.)').waitFor();
    await page.getByRole('link', { name: /Overlast/ }).waitFor();
    await page.getByText('Kachel uit de berging gehaald voor de Beweegzaal.').waitFor();
    expect(await page.getByText('De opening is nog niet vastgelegd').count()).toBe(0);
    await expectAccessible(page, 'vandaag na de opening');
    await snap(page, 'e2e-vandaag-na');
    // The incident link leads to where it is handled.
    await page.getByRole('link', { name: /Overlast/ }).click();
    const detail = page.getByRole('dialog', { name: /^Incident: Overlast/ });
    await detail.getByText('Harde muziek bij de ingang').waitFor();
    await detail.getByRole('button', { name: 'Sluiten' }).click();
    await detail.waitFor({ state: 'detached' });
  });

  it("gives the desk Vandaag too, without the beheerder's buttons", async () => {
    await api('users.create', { name: 'Dirk van de Balie', username: 'dirk', role: 'balie', password: DEMO_PASSWORD });
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await signIn(page, 'dirk', DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Vandaag' }).waitFor();
    await page.getByText(/^Geopend door Bea de Beheerder/).waitFor();
    expect(await page.getByRole('heading', { name: 'Opties die verlopen' }).count()).toBe(0);
    await expectAccessible(page, 'vandaag balie');
    await openFromMenu(page, 'Sleutels', 'Sleutels');
    await page.getByRole('row', { name: /Voordeur 2/ }).waitFor();
    expect(await page.getByRole('button', { name: /uitgeven|innemen/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Sleutel toevoegen' }).count()).toBe(0);
    await openFromMenu(page, 'Storingen', 'Storingen');
    await page.getByRole('button', { name: 'Storing melden' }).waitFor();
    expect(await page.getByRole('button', { name: /bijwerken/ }).count()).toBe(0);
  });
});
