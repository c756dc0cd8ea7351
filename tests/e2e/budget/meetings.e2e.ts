import { describe, expect, it } from 'vitest';
import { DEMO_HOUSE, expectAccessible, printedText, snap, testToday, useE2E, openFromMenu } from '../harness';

const { page, preview, api } = useE2E({ demoHouse: true });

const TITLE = 'Buurtconciërge Carnisse';
const MOTIVATION =
  'De samenwerking versterkt het signaleren in Carnisse; de commissie kent een deel toe omdat de inzet van de opbouwwerker al uit het welzijnsbudget komt.';

let applicationId = 0;

describe('a committee meeting from agenda to decision letter', () => {
  it('finds the Right to Cooperate proposal of the demo house admissible', async () => {
    // The Right to Cooperate proposal received last week is found admissible at the desk.
    const list = await api<{ id: number; title: string }[]>('applications.list', { search: 'Buurtconciërge' });
    applicationId = list.find((a) => a.title === TITLE)!.id;
    const checklist = await api<{ items: { criterionId: number }[] }>('eligibility.checklist', { applicationId });
    await api('applications.assess', {
      id: applicationId,
      assessedOn: testToday(),
      answers: checklist.items.map((i) => ({ criterionId: i.criterionId, met: true, note: '' })),
    });
  });

  it('shows the budget overview and the application', async () => {
    await openFromMenu(page, 'Lokaal Budget');
    await page.getByText('Grootboek van het jaar').waitFor();
    await expectAccessible(page, 'budgetoverzicht');
    await snap(page, 'e2e-budget');
    await page.goto(`${preview.url}/#/aanvragen/${applicationId}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await expectAccessible(page, 'aanvraag');
    await snap(page, 'e2e-aanvraag');
  });

  it('plans a meeting, puts the application on the agenda, records attendance and opens it', async () => {
    await openFromMenu(page, 'Vergaderingen');
    await page.getByRole('button', { name: 'Vergadering plannen' }).first().click();
    await page.getByRole('dialog').getByRole('button', { name: 'Plannen' }).click();
    await page.getByRole('heading', { level: 1, name: /^Vergadering van / }).waitFor();
    // The tie-break of the committee's rules: the chair's vote decides.
    await page
      .getByTestId('tie-break-rule')
      .getByText(/beslist de stem van de voorzitter/)
      .waitFor();

    await page.getByRole('combobox', { name: 'Aanvraag op de agenda zetten' }).click();
    await page.getByRole('option', { name: new RegExp(TITLE) }).click();
    await page.getByRole('button', { name: 'Op de agenda' }).click();
    await page.getByRole('heading', { level: 2, name: TITLE }).waitFor();

    for (const name of [
      'Fatima Ouali',
      'Henk Bakker',
      'Ayşe Demir',
      'Kees van Leeuwen',
      'Naima Benali',
      'Linda Koster',
    ]) {
      await page.getByLabel(`Presentie van ${name}`).getByText('Aanwezig', { exact: true }).click();
    }
    await page.getByLabel('Presentie van Ruud Verhoeven').getByText('Afwezig met bericht', { exact: true }).click();
    await page.getByRole('button', { name: 'Vergadering openen' }).click();
    await page.getByText('Geopend', { exact: true }).first().waitFor();
    await page.getByTestId('quorum').getByText('Quorum gehaald').waitFor();
    await expectAccessible(page, 'vergadering geopend');
  });

  it('records a declaration, refuses a proposal above the requested amount, and records the proposal', async () => {
    await page.getByRole('combobox', { name: 'Lid', exact: true }).first().click();
    await page.getByRole('option', { name: 'Kees van Leeuwen' }).click();
    await page
      .getByRole('textbox', { name: 'Reden van de belangenverstrengeling' })
      .fill('Buurman van de buurtconciërge');
    await page.getByRole('button', { name: 'Melding vastleggen' }).click();
    await page.getByText(/Buurman van de buurtconciërge/).waitFor();
    await page.getByText('Belangenverstrengeling, stemt niet mee').waitFor();

    const amount = page.getByRole('textbox', { name: 'Toe te kennen bedrag' });
    await amount.fill('30000');
    await page.getByRole('button', { name: 'Voorstel vastleggen' }).click();
    await page.getByText(/Het bedrag is hoger dan het gevraagde bedrag/).waitFor();
    await amount.fill('15000');
    await page.getByRole('button', { name: 'Voorstel vastleggen' }).click();
    await page.getByText(/Voorstel: €\s15\.000,00 toekennen/).waitFor();
  });

  it('records tied votes, shows the chair deciding, refuses a decision without motivation and takes the decision', async () => {
    const vote = (name: string, value: string) =>
      page.getByLabel(`Stem van ${name}`).getByText(value, { exact: true }).click();
    await vote('Fatima Ouali', 'Voor');
    await vote('Henk Bakker', 'Voor');
    await vote('Ayşe Demir', 'Tegen');
    await vote('Naima Benali', 'Tegen');
    const result = page.getByTestId('vote-result');
    await result.getByText(/De stemmen staken: de voorzitter stemde voor en beslist\./).waitFor();
    await result.getByText(/Het voorstel is aangenomen/).waitFor();
    await page
      .getByText(/Besluit volgens de stemming:/)
      .getByText('Deels toegekend')
      .waitFor();

    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await page.getByText('Motivering is verplicht.').waitFor();
    await snap(page, 'e2e-vergadering-fout');
    await expectAccessible(page, 'vergadering met fout');

    await page.getByRole('textbox', { name: /^Motivering/ }).fill(MOTIVATION);
    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    const decision = page.getByTestId('decision');
    await decision.getByText('Deels toegekend').waitFor();
    await decision
      .getByText(/De stemmen staakten \(2 voor, 2 tegen, 0 onthouding\): de voorzitter stemde voor en beslist\./)
      .waitFor();
    await snap(page, 'e2e-vergadering-besluit');

    await page.getByRole('button', { name: 'Vergadering sluiten' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Vergadering sluiten' }).click();
    await page.getByText('Gesloten', { exact: true }).first().waitFor();
  });

  it('prints the minutes with the declaration, the votes and the decision', async () => {
    await page.getByRole('link', { name: 'Notulen' }).click();
    await page.getByRole('heading', { level: 1, name: /^Notulen van / }).waitFor();
    await page.getByRole('button', { name: 'Afdrukken of opslaan als pdf' }).waitFor();
    await expectAccessible(page, 'notulen');
    await snap(page, 'e2e-notulen');
    const text = (await printedText(page)).replace(/\s+/g, ' ');
    expect(text).toContain(TITLE);
    expect(text).toContain('Kees van Leeuwen meldt belangenverstrengeling');
    expect(text).toContain('Fatima Ouali: voor');
    expect(text).toContain('de voorzitter stemde voor en beslist');
    expect(text).toMatch(/Deels toegekend, €\s15\.000,00/);
    expect(text).toContain('De samenwerking versterkt het signaleren');
    expect(text).not.toContain('Vergadering sluiten');
  });

  it('prints the decision letter on the letterhead', async () => {
    await page.goto(`${preview.url}/#/aanvragen/${applicationId}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByRole('link', { name: 'Besluitbrief' }).click();
    await page.getByRole('heading', { level: 1, name: /^Besluitbrief / }).waitFor();
    await expectAccessible(page, 'besluitbrief');
    await snap(page, 'e2e-besluitbrief');
    const text = (await printedText(page)).replace(/\s+/g, ' ');
    expect(text).toContain(DEMO_HOUSE);
    expect(text).toContain(`Gedeeltelijke toekenning: uw aanvraag Right to Cooperate "${TITLE}"`);
    expect(text).toMatch(/€\s15\.000,00/);
    expect(text).toContain('De samenwerking versterkt het signaleren');
    expect(text).toContain('Fatima Ouali');
  });
});
