import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, dutchDate, expectAccessible, snap, testToday, useE2E, openFromMenu } from '../harness';

const { page, preview, api } = useE2E({ demoHouse: true });

const ROUND = 'Ronde 2 najaar';
const TITLE = 'Huiswerkklas in de Wilgenhof';
const today = testToday();
const year = Number(today.slice(0, 4));
let applicationId = 0;

const field = (name: string | RegExp) =>
  page.getByRole('textbox', { name, exact: typeof name === 'string' ? true : undefined });
async function choose(label: string, option: string | RegExp) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option }).click();
}
async function typeDate(label: string, iso: string) {
  const input = page.getByRole('textbox', { name: label, exact: true });
  await input.fill(dutchDate(iso));
  await input.press('Tab');
}
/** The amount in a table row of the ledger on the budget page ("Resterend" → "€ 18.200,00"). */
async function ledgerValue(scope: string, row: string): Promise<string> {
  const text = await page
    .getByRole('table', { name: scope, exact: true })
    .getByRole('row', { name: new RegExp(`^${row}`) })
    .getByRole('cell')
    .textContent();
  return (text ?? '').replace(/\s/g, ' ');
}

describe('the desk runs a Lokaal Budget application from entry to closing', () => {
  it('raises the year budget and opens a new round', async () => {
    await openFromMenu(page, 'Lokaal Budget');
    await page.getByRole('button', { name: 'Jaar wijzigen' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Jaarbudget' }).fill('100000');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(/nog niet verdeeld: €\s20\.000,00/).waitFor();

    await page.getByRole('button', { name: 'Ronde toevoegen' }).click();
    await expectAccessible(page, 'nieuwe ronde');
    await dialog.getByRole('textbox', { name: 'Naam van de ronde' }).fill(ROUND);
    await dialog.getByRole('textbox', { name: 'Minimum per aanvraag' }).fill('1000');
    // Maximum above the ceiling: the schema's Dutch message next to the field, nothing saved.
    await dialog.getByRole('textbox', { name: 'Maximum per aanvraag' }).fill('25000');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog
      .getByText('Het maximumbedrag per aanvraag mag niet hoger zijn dan het plafond van de ronde.')
      .waitFor();
    await snap(page, 'e2e-desk-ronde');
    await dialog.getByRole('textbox', { name: 'Maximum per aanvraag' }).fill('5000');
    await dialog.getByRole('button', { name: 'Criterium toevoegen' }).click();
    await dialog.getByRole('textbox', { name: 'Criterium 1' }).fill('Bereik van jeugd');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId(`round-${ROUND}`).waitFor();
    expect(await ledgerValue(`Grootboek van ${ROUND}`, 'Resterend')).toMatch(/€ 20\.000,00/);
    await expectAccessible(page, 'budget met nieuwe ronde');
  });

  it('refuses an application whose cost breakdown does not add up, and registers it once fixed', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Aanvragen' }).click();
    await page.getByRole('link', { name: 'Nieuwe aanvraag' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe aanvraag' }).waitFor();
    await choose('Ronde', new RegExp(ROUND));
    await choose('Soort aanvrager', 'Bewonersgroep');
    await field('Naam van de aanvrager').fill('Bewonersgroep Wilgenplein');
    await field('Contactpersoon').fill('Mehmet Yilmaz');
    await field('Telefoon').fill('06 12 34 56 78');
    await page.getByRole('combobox', { name: 'Wijk', exact: true }).fill('Tarwewijk');
    await field('Titel').fill(TITLE);
    await field('Wat gaat de aanvrager doen').fill(
      'Twee middagen per week huiswerkbegeleiding door buurtvrijwilligers voor kinderen uit de Tarwewijk.',
    );
    await field('Bijdrage aan de wijkopgave').fill('Meer kinderen halen hun school; ouders leren elkaar kennen.');
    await page.getByRole('checkbox', { name: 'Jeugd (4–23)' }).check();
    await field('Jeugd').fill('25');
    await typeDate('Begindatum', today);
    await typeDate('Einddatum', today);
    await field('Omschrijving kostenpost 1').fill('Lesmateriaal en laptops huren');
    await field('Bedrag kostenpost 1').fill('2000');
    await page.getByRole('button', { name: 'Kostenpost toevoegen' }).click();
    await field('Omschrijving kostenpost 2').fill('Limonade en fruit');
    await field('Bedrag kostenpost 2').fill('500');
    await page.getByRole('checkbox', { name: 'Kostenpost 2 is vergoedbaar' }).uncheck();
    await field('Gevraagd bedrag').fill('2000');
    await page.getByRole('button', { name: 'Dekking toevoegen' }).click();
    await choose('Soort', 'Eigen bijdrage');
    await field('Bron').fill('Bewonersgroep Wilgenplein');
    await page.getByRole('textbox', { name: 'Bedrag', exact: true }).fill('300');
    await page
      .getByTestId('running-sum')
      .getByText(/De begroting sluit niet: €\s200,00 verschil/)
      .waitFor();

    await page.getByRole('button', { name: 'Registreren als ingediend' }).click();
    await page
      .getByTestId('list-error')
      .getByText(/De begroting sluit niet: de kosten \(€\s2\.500,00\)/)
      .waitFor();
    await snap(page, 'e2e-desk-aanvraag-fout');
    await expectAccessible(page, 'aanvraag met fout');
    expect(await api<unknown[]>('applications.list', { search: TITLE })).toEqual([]);

    await page.getByRole('textbox', { name: 'Bedrag', exact: true }).fill('500');
    await page.getByTestId('running-sum').getByText('De begroting sluit').waitFor();
    await page.getByRole('button', { name: 'Registreren als ingediend' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByText(new RegExp(`LB-${year}-\\d{3} · Lokaal Budget · ${ROUND}`)).waitFor();
    applicationId = Number(new URL(page.url().replace('#/', '')).pathname.split('/').at(-1));
    expect(applicationId).toBeGreaterThan(0);
  });

  it('corrects the registered application', async () => {
    await page.getByRole('link', { name: 'Bewerken' }).click();
    await page.getByRole('heading', { level: 1, name: `${TITLE} wijzigen` }).waitFor();
    await field('Doelen en verwachte resultaten').fill('25 kinderen twee middagen per week begeleid.');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByText('25 kinderen twee middagen per week begeleid.').waitFor();
  });

  it('adds an attachment, downloads it and marks the checklist', async () => {
    await page.locator('input[type="file"]').setInputFiles({
      name: 'begroting.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Begroting huiswerkklas\nLesmateriaal 2000\n'),
    });
    await page.getByRole('textbox', { name: 'Omschrijving', exact: true }).fill('Begroting van de aanvrager');
    await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await page.getByRole('cell', { name: 'begroting.txt', exact: true }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'begroting.txt downloaden' }).click(),
    ]);
    expect(readFileSync((await download.path())!, 'utf8')).toContain('Lesmateriaal 2000');

    const checklist = page.getByRole('region', { name: 'Checklist ontvankelijkheid' });
    const yes = checklist.getByText('Ja', { exact: true });
    for (let i = 0; i < (await yes.count()); i++) await yes.nth(i).click();
    await snap(page, 'e2e-desk-aanvraag');
    await expectAccessible(page, 'aanvraag ingediend');
    await page.getByRole('button', { name: 'Checklist vastleggen' }).click();
    await page.getByText('Ontvankelijk', { exact: true }).first().waitFor();
  });

  it('is granted in a meeting (set up through the core, as the secretary would in the room)', async () => {
    const { members } = await api<{ members: { id: number; voting: boolean }[] }>('committee.members', {});
    const meeting = await api<{ id: number }>('meetings.create', { date: today, startTime: '19:30' });
    await api('meetings.setAgenda', { id: meeting.id, applicationIds: [applicationId] });
    await api('meetings.attendance', {
      id: meeting.id,
      members: members.map((m) => ({ memberId: m.id, status: 'aanwezig' })),
    });
    const opened = await api<{ items: { id: number }[] }>('meetings.open', { id: meeting.id });
    const itemId = opened.items[0]!.id;
    await api('meetings.propose', { itemId, proposedCents: 2_000_00 });
    for (const m of members.filter((x) => x.voting))
      await api('meetings.vote', { itemId, memberId: m.id, vote: 'voor' });
    await api('meetings.decide', {
      itemId,
      motivation: 'Past goed bij de wijkopgave: meer kinderen met een startkwalificatie.',
    });
    await page.reload();
    await page.getByText('Toegekend', { exact: true }).first().waitFor();
  });

  it('plans an instalment, pays it and the rest, records the accountability and closes', async () => {
    const payments = page.getByRole('region', { name: 'Betalingen' });
    await payments.getByRole('textbox', { name: 'Bedrag', exact: true }).fill('1500');
    await payments.getByRole('button', { name: 'Termijn plannen' }).click();
    await payments.getByRole('cell', { name: /gepland op/ }).waitFor();
    // The planned instalment is on the budget page's list of what is to be transferred.
    await page.getByRole('navigation').getByRole('link', { name: 'Lokaal Budget' }).click();
    await page
      .getByRole('table', { name: 'Geplande termijnen' })
      .getByRole('row', { name: new RegExp(TITLE) })
      .getByText(/€\s1\.500,00/)
      .waitFor();
    await page.goto(`${preview.url}/#/aanvragen/${applicationId}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await payments.getByRole('button', { name: 'Betaald', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Kenmerk' }).fill('BO-0001');
    await dialog.getByRole('button', { name: 'Betaald' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Voorschot betaald', { exact: true }).first().waitFor();

    await payments
      .locator('label')
      .filter({ hasText: /^Betaald$/ })
      .click();
    await payments.getByRole('textbox', { name: 'Bedrag', exact: true }).fill('500');
    await payments.getByRole('textbox', { name: 'Kenmerk', exact: true }).fill('BO-0002');
    await payments.getByRole('button', { name: 'Betaling vastleggen' }).click();
    await page.getByText('Uitbetaald', { exact: true }).first().waitFor();
    await snap(page, 'e2e-desk-betalingen');

    const account = page.getByRole('region', { name: 'Verantwoording' });
    await account.getByRole('textbox', { name: 'Werkelijke kosten van Lesmateriaal en laptops huren' }).fill('1900');
    await account.getByRole('textbox', { name: 'Jeugd', exact: true }).fill('31');
    await account.getByRole('textbox', { name: 'Besteed van de bijdrage' }).fill('1800');
    await account
      .getByRole('textbox', { name: 'Evaluatie' })
      .fill('31 kinderen deden mee; de laptops waren goedkoper dan begroot.');
    await expectAccessible(page, 'verantwoording');
    await account.getByRole('button', { name: 'Verantwoording vastleggen' }).click();
    await page.getByText('Verantwoord', { exact: true }).first().waitFor();

    // Paid 2.000, spent 1.800: closing is refused until the repayment is recorded.
    await account.getByRole('button', { name: 'Afsluiten' }).click();
    await account.getByText(/registreer eerst de terugbetaling van €\s200,00/).waitFor();
    await choose('Termijn', 'Terugbetaling');
    await payments.getByRole('textbox', { name: 'Bedrag', exact: true }).fill('200');
    await payments.getByRole('textbox', { name: 'Kenmerk', exact: true }).fill('TB-0001');
    await payments.getByRole('button', { name: 'Betaling vastleggen' }).click();
    await payments.getByRole('cell', { name: 'TB-0001' }).waitFor();
    await account.getByRole('button', { name: 'Afsluiten' }).click();
    await page.getByText('Afgesloten', { exact: true }).first().waitFor();
    await snap(page, 'e2e-desk-afgesloten');
    await expectAccessible(page, 'aanvraag afgesloten');
  });

  it('shows the ledger effect on the budget page and downloads the report as CSV', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Lokaal Budget' }).click();
    await page.getByTestId(`round-${ROUND}`).waitFor();
    const scope = `Grootboek van ${ROUND}`;
    expect(await ledgerValue(scope, 'Toegekend')).toMatch(/€ 2\.000,00/);
    expect(await ledgerValue(scope, 'Vrijgevallen')).toMatch(/€ 200,00/);
    expect(await ledgerValue(scope, 'Betaald')).toMatch(/€ 1\.800,00/);
    expect(await ledgerValue(scope, 'Nog te betalen')).toMatch(/€ 0,00/);
    expect(await ledgerValue(scope, 'Resterend')).toMatch(/€ 18\.200,00/);

    await choose('Cijfers voor', `${year} · ${ROUND}`);
    await page
      .getByTestId('report-totals')
      .getByText(/^1 aanvragen: 1 \(deels\) toegekend/)
      .waitFor();
    await snap(page, 'e2e-desk-budget');
    await expectAccessible(page, 'budget met cijfers');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Aanvragen als CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain(TITLE);
    expect(csv).toContain('Afgesloten');
    expect(csv).toContain('Bewonersgroep Wilgenplein');
  });

  it('adds a committee member, ends the term and changes the committee rules', async () => {
    await openFromMenu(page, 'Commissie');
    await page
      .getByTestId('composition')
      .getByText(/5 van de 6 stemgerechtigde leden zijn bewoner van de wijk/)
      .waitFor();
    await page.getByRole('button', { name: 'Lid toevoegen' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Naam', exact: true }).fill('Joyce Pinas');
    await dialog.getByRole('checkbox', { name: 'Bewoner van de wijk' }).uncheck();
    await expectAccessible(page, 'nieuw commissielid');
    // Everyone else's term ends earlier: from then on she would be the only voting member, not a resident.
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog
      .getByText(
        /De meerderheid van de stemgerechtigde leden moet bewoner van de wijk zijn\. Op .* zijn 0 van de 1 stemgerechtigde leden bewoner/,
      )
      .waitFor();
    await snap(page, 'e2e-desk-commissie-weigering');
    await dialog.getByRole('checkbox', { name: 'Bewoner van de wijk' }).check();
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page
      .getByTestId('composition')
      .getByText(/6 van de 7 stemgerechtigde leden/)
      .waitFor();

    await page.getByRole('button', { name: 'Termijn van Joyce Pinas beëindigen' }).click();
    await dialog.getByRole('button', { name: 'Termijn beëindigen' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Regels wijzigen' }).click();
    await choose('Bij staking van stemmen', 'De aanvraag wordt aangehouden');
    await page.getByRole('button', { name: 'Regels opslaan' }).click();
    await page
      .getByTestId('committee-tie-break')
      .getByText(/wordt de aanvraag aangehouden tot de volgende vergadering/)
      .waitFor();
    await snap(page, 'e2e-desk-commissie');
    await expectAccessible(page, 'commissie');
  });

  it('asks for the partners and their contributions on a Right to Cooperate application', async () => {
    await page.goto(`${preview.url}/#/aanvragen/nieuw`);
    await page.getByRole('heading', { level: 1, name: 'Nieuwe aanvraag' }).waitFor();
    await choose('Ronde', /Right to Cooperate/);
    await choose('Soort aanvrager', 'Welzijnsaanbieder');
    await page.getByRole('button', { name: 'Partner toevoegen' }).click();
    await field(/^Naam van de partner/).fill('Voetbalvereniging Tarwewijk');
    await choose('Soort partij', 'Organisatie');
    await field('Bijdrage in geld').fill('750');
    await field('Waarde in natura').fill('1200');
    await page
      .getByTestId('running-sum')
      .getByRole('row', { name: /Bijdragen van partners in geld/ })
      .getByText(/€\s750,00/)
      .waitFor();
    await snap(page, 'e2e-desk-rtc');
    await expectAccessible(page, 'aanvraag Right to Cooperate');
    // Registering without a role for the partner: the schema's message next to that partner's field.
    await page.getByRole('button', { name: 'Registreren als ingediend' }).click();
    await page.getByText('Rol in de samenwerking is verplicht.').waitFor();
  });

  it('saves a concept, registers it after confirming the warnings, withdraws it, and deletes another concept', async () => {
    const fillConcept = async (title: string, wijk: string) => {
      await page.goto(`${preview.url}/#/aanvragen/nieuw`);
      await page.getByRole('heading', { level: 1, name: 'Nieuwe aanvraag' }).waitFor();
      await choose('Ronde', new RegExp(ROUND));
      await choose('Soort aanvrager', /^Bewoner$/);
      await field('Naam van de aanvrager').fill('Sanne de Wit');
      await field('Contactpersoon').fill('Sanne de Wit');
      await page.getByRole('combobox', { name: 'Wijk', exact: true }).fill(wijk);
      await field('Titel').fill(title);
      await field('Wat gaat de aanvrager doen').fill('Een straatfeest met de buren.');
      await field('Omschrijving kostenpost 1').fill('Tent en geluid');
      await field('Bedrag kostenpost 1').fill('1200');
      await field('Gevraagd bedrag').fill('1200');
      await page.getByRole('button', { name: 'Opslaan als concept' }).click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.getByText('Concept', { exact: true }).first().waitFor();
    };

    await fillConcept('Straatfeest Delfshaven', 'Delfshaven');
    await page.getByRole('button', { name: 'Registreren', exact: true }).click();
    await page
      .getByRole('dialog', { name: 'Aanvraag registreren als ingediend' })
      .getByRole('button', { name: 'Registreren' })
      .click();
    const warnings = page.getByRole('dialog', { name: 'Let op voor u registreert' });
    await warnings.getByText(/Delfshaven hoort niet bij het gebied van deze ronde/).waitFor();
    await snap(page, 'e2e-desk-waarschuwingen');
    await expectAccessible(page, 'waarschuwingen bij registreren');
    await warnings.getByRole('button', { name: 'Toch registreren' }).click();
    await page.getByText('Ingediend', { exact: true }).first().waitFor();

    await page.getByRole('button', { name: 'Intrekken' }).click();
    const withdraw = page.getByRole('dialog', { name: 'Aanvraag intrekken' });
    await withdraw.getByRole('button', { name: 'Intrekken' }).click();
    await withdraw.getByText('Reden is verplicht.').waitFor();
    await withdraw.getByRole('textbox', { name: 'Reden' }).fill('De buren organiseren het feest zelf.');
    await withdraw.getByRole('button', { name: 'Intrekken' }).click();
    await page.getByText('Ingetrokken', { exact: true }).first().waitFor();

    await fillConcept('Rommelmarkt op het plein', 'Tarwewijk');
    await page.getByRole('button', { name: 'Verwijderen' }).click();
    await page
      .getByRole('dialog', { name: 'Concept verwijderen' })
      .getByRole('button', { name: 'Verwijderen' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Aanvragen' }).waitFor();
    expect(await api<unknown[]>('applications.list', { search: 'Rommelmarkt' })).toEqual([]);
  });

  it('shows every status in full on a laptop screen, names a round once, and hides the page when locked', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openFromMenu(page, 'Aanvragen');
    const table = page.getByRole('table', { name: 'Aanvragen' });
    await table.getByRole('row').nth(2).waitFor();
    // A badge's label that needs more room than it has is cut off with "…".
    const cut = await table
      .locator('.mantine-Badge-label')
      .evaluateAll((labels) => labels.filter((l) => l.scrollWidth > l.clientWidth + 1).map((l) => l.textContent));
    expect(cut).toEqual([]);
    expect(await table.getByText(/Right to Cooperate · Right to Cooperate/).count()).toBe(0);
    await table
      .getByRole('cell', { name: /^Right to Cooperate \d{4}$/ })
      .first()
      .waitFor();
    await expectAccessible(page, 'aanvragen op 1366×768');
    await snap(page, 'e2e-aanvragen-1366');

    await api('auth.lock');
    await page.reload();
    const lock = page.getByRole('dialog', { name: /vergrendeld/i });
    await lock.waitFor();
    // Nothing of the page shows through: the layer's background is fully opaque.
    expect(await lock.evaluate((el) => getComputedStyle(el).backgroundColor)).toMatch(/^rgb\(/);
    await lock.getByRole('textbox', { name: 'Wachtwoord', exact: true }).fill(DEMO_PASSWORD);
    await lock.getByRole('button', { name: 'Ontgrendelen' }).click();
    await lock.waitFor({ state: 'detached' });
    await page.setViewportSize({ width: 1366, height: 900 });
  });
});
