import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  DEMO_HOUSE,
  dutchDate,
  expectAccessible,
  isoWeekday,
  openFromMenu,
  printedText,
  snap,
  testToday,
  useE2E,
} from '../harness';

const { page, api } = useE2E({ demoHouse: true });

/** The demo programme is laid out around today. */
const today = testToday();
/** Today when it is a Tuesday, else the coming one: the demo has Taalcafé and Financieel spreekuur every Tuesday. */
const tuesday = addDays(today, (2 - isoWeekday(today) + 7) % 7);

describe('renting: renters, tariffs, the day sheet, the foyer, invoices and reports', () => {
  it('adds a renter', async () => {
    await openFromMenu(page, 'Huurders');
    await page.getByRole('cell', { name: 'Stichting Geldzorg Zuid', exact: true }).waitFor();
    await expectAccessible(page, 'huurders');
    await page.getByRole('button', { name: 'Huurder toevoegen' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Naam', exact: true }).fill('Schaakclub De Loper');
    await dialog.getByRole('combobox', { name: 'Soort' }).click();
    await page.getByRole('option', { name: 'Bewonersgroep' }).click();
    await dialog.getByRole('combobox', { name: 'Tariefcategorie' }).click();
    await page.getByRole('option', { name: 'Sociaal tarief' }).click();
    await dialog.getByRole('textbox', { name: 'Contactpersoon' }).fill('Kees Koning');
    await dialog.getByRole('checkbox', { name: 'Sleutelrecht' }).check();
    await expectAccessible(page, 'huurder toevoegen');
    await dialog.getByRole('button', { name: 'Huurder toevoegen' }).click();
    await page.getByText('De huurder is toegevoegd.').waitFor();
    await page.getByRole('cell', { name: 'Schaakclub De Loper', exact: true }).waitFor();
    await page.getByRole('textbox', { name: 'Zoeken' }).fill('loper');
    await expect.poll(() => page.getByRole('table', { name: 'Huurders' }).getByRole('row').count()).toBe(2);
    await snap(page, 'e2e-huurders');
  });

  it('refuses a negative rate next to the field, in Dutch, and saves a valid one', async () => {
    await openFromMenu(page, 'Tarieven');
    await page.getByRole('heading', { level: 2, name: 'Sociaal tarief' }).waitFor();
    await expectAccessible(page, 'tarieven');
    await page.getByRole('button', { name: 'Tarief toevoegen voor Commercieel' }).click();
    const dialog = page.getByRole('dialog');
    const hourly = dialog.getByRole('textbox', { name: 'Uurtarief' });
    await hourly.fill('-5');
    await dialog.getByRole('button', { name: 'Tarief toevoegen' }).click();
    await dialog.getByText('Het uurtarief kan niet negatief zijn.').waitFor();
    // Next to the field: the message is the input's own description of what is wrong.
    await expect.poll(async () => (await hourly.getAttribute('aria-invalid')) === 'true').toBe(true);
    await expectAccessible(page, 'tarief met fout');
    await snap(page, 'e2e-tarief-fout');
    await hourly.fill('37,50');
    await dialog.getByRole('button', { name: 'Tarief toevoegen' }).click();
    await page.getByText('Het tarief is toegevoegd.').waitFor();
    await page
      .getByRole('table', { name: 'Tarieven van Commercieel' })
      .getByRole('cell', { name: '€ 37,50' })
      .waitFor();
  });

  it('shows a day with demo bookings and prints it for the desk', async () => {
    await openFromMenu(page, 'Dagoverzicht');
    await page.getByRole('textbox', { name: 'Dag' }).fill(dutchDate(tuesday));
    await page.getByRole('textbox', { name: 'Dag' }).blur();
    await expect.poll(() => page.url()).toContain(`datum=${tuesday}`);
    await page
      .getByRole('cell', { name: /Taalcafé/ })
      .first()
      .waitFor();
    await page.getByText('Financieel spreekuur').first().waitFor();
    await expectAccessible(page, 'dagoverzicht');
    await snap(page, 'e2e-dagoverzicht');
    const text = await printedText(page);
    expect(text).toContain(DEMO_HOUSE);
    expect(text).toContain('Taalcafé');
    expect(text).toContain('Notities van de balie');
  });

  it('shows today in the house on the foyer screen, without the menu', async () => {
    await openFromMenu(page, 'Foyerscherm', DEMO_HOUSE);
    await page.getByRole('heading', { level: 2, name: 'Vandaag' }).waitFor();
    // Whatever the core has for the hall must be on the screen.
    const foyer = await api<{ today: { title: string }[]; next: { title: string }[] }>('bookings.foyer');
    const titles = [...foyer.today, ...foyer.next].map((b) => b.title);
    expect(titles.length).toBeGreaterThan(0);
    for (const title of new Set(titles)) await page.getByText(title, { exact: true }).first().waitFor();
    // No menu: the screen covers the app, and the app behind it is out of reach of keyboard and screen reader.
    expect(await page.evaluate(() => document.getElementById('root')!.inert)).toBe(true);
    expect(
      await page.evaluate(() => document.elementFromPoint(100, 300)?.closest('main')?.getAttribute('aria-labelledby')),
    ).toBe('foyer-title');
    await expectAccessible(page, 'foyer');
    await snap(page, 'e2e-foyer');
    await page.getByRole('link', { name: 'Terug' }).click();
    await expect.poll(() => page.evaluate(() => document.getElementById('root')!.inert)).toBe(false);
    await page.getByRole('navigation').waitFor();
  });

  it('makes an invoice for Stichting Geldzorg Zuid, shows its total, prints it and records the payment', async () => {
    await openFromMenu(page, 'Facturen');
    await page.getByText('Nog geen facturen').waitFor();
    await expectAccessible(page, 'facturen');
    await page.getByRole('button', { name: 'Factuur maken' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Huurder' }).click();
    await page.getByRole('option', { name: /Stichting Geldzorg Zuid/ }).click();
    // The weekly Financieel spreekuur of the last three weeks (the demo starts two weeks before this week).
    await dialog.getByRole('textbox', { name: 'Van', exact: true }).fill(dutchDate(addDays(today, -21)));
    await dialog.getByRole('textbox', { name: 'Tot en met', exact: true }).fill(dutchDate(today));
    await dialog.getByRole('textbox', { name: 'Tot en met', exact: true }).blur();
    await dialog.getByText(/Op de factuur (komt|komen) \d+ boeking/).waitFor();
    const previewTotal = await dialog.getByTestId('invoice-total').innerText();
    expect(previewTotal).toMatch(/^€\s?\d+,\d\d$/);
    await expectAccessible(page, 'factuur maken');
    await dialog.getByRole('button', { name: 'Factuur maken' }).click();
    await page.getByRole('heading', { level: 1, name: /^Factuur \d{4}-0001$/ }).waitFor();
    await expect.poll(() => page.getByTestId('invoice-total').innerText()).toBe(previewTotal);
    await page.getByText('Postbus 1234').waitFor();
    await expectAccessible(page, 'factuur');
    await snap(page, 'e2e-factuur');

    const printed = await printedText(page);
    expect(printed).toContain(DEMO_HOUSE);
    expect(printed).toContain('Stichting Geldzorg Zuid');
    expect(printed).toContain('NL91 ABNA 0417 1643 00');
    expect(printed.replace(/\s/g, ' ')).toContain(previewTotal.replace(/\s/g, ' '));
    expect(printed).not.toContain('Alle facturen');
    // Social rate, 0 % btw: the letter says it is exempt, and carries the house's KvK and btw numbers.
    expect(printed).toContain('Vrijgesteld van btw.');
    expect(printed).toContain('KvK 12345678');
    expect(printed).toContain('Btw-nr. NL000099998B57');

    await page.getByRole('button', { name: 'Betaald' }).click();
    const paid = page.getByRole('dialog');
    await paid.getByRole('textbox', { name: 'Betaald op' }).fill(dutchDate(addDays(today, -1)));
    await paid.getByRole('button', { name: 'Betaald' }).click();
    await paid.getByText('De betaaldatum ligt voor de factuurdatum.').waitFor();
    await paid.getByRole('textbox', { name: 'Betaald op' }).fill(dutchDate(today));
    await paid.getByRole('button', { name: 'Betaald' }).click();
    await page.getByText(/staat op betaald/).waitFor();
    await page
      .getByText(/^Betaald op /)
      .first()
      .waitFor();
  });

  it('invoices a commercial renter with 21 % btw: no exemption on the letter, and the billed set-up and clearing time spelled out', async () => {
    const { rows: renters } = await api<{ rows: { id: number; name: string }[] }>('renters.list', {});
    const dans = renters.find((r) => r.name === 'Dansschool Ritme')!;
    const made = await api<{ invoice: { id: number } }>('invoices.create', {
      renterId: dans.id,
      from: addDays(today, -21),
      to: today,
    });
    await page.goto(`${page.url().split('#')[0]}#/facturen/${made.invoice.id}`);
    await page.getByRole('heading', { level: 1, name: /^Factuur \d{4}-\d{4}$/ }).waitFor();
    await expectAccessible(page, 'factuur met btw');
    await snap(page, 'e2e-factuur-btw');
    const printed = await printedText(page);
    expect(printed).not.toMatch(/vrijgesteld/i);
    expect(printed).toContain('21 %');
    // Salsa 19:30–21:30 with 15 minutes either side: 2,5 hours billed, and the line says why.
    expect(printed.replace(/\s+/g, ' ')).toContain('Gefactureerd 19:15–21:45, incl. opbouw 15 min en afbouw 15 min');
    expect(printed).toContain('Btw-nr. NL000099998B57');
  });

  it('reports occupancy and revenue, and downloads occupancy as semicolon CSV', async () => {
    await openFromMenu(page, 'Rapportages');
    await page.getByRole('table', { name: 'Bezettingsgraad' }).getByRole('cell', { name: 'Grote zaal' }).waitFor();
    await page
      .getByRole('table', { name: 'Opbrengst per tariefcategorie' })
      .getByRole('cell', { name: 'Sociaal tarief' })
      .waitFor();
    await expectAccessible(page, 'rapportages');
    await snap(page, 'e2e-rapportages');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Bezettingsgraad als CSV downloaden' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^bezettingsgraad-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFFRuimte;Periode;')).toBe(true);
    expect(csv).toContain('Grote zaal;');
  });
});
