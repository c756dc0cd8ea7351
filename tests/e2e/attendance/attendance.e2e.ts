import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  addDays,
  DEMO_HOUSE,
  dutchDate,
  expectAccessible,
  openFromMenu,
  printedText,
  snap,
  testNow,
  useE2E,
} from '../harness';

const { page, preview, api } = useE2E({ demoHouse: true });

const now = testNow();
const today = now.slice(0, 10);
/** The walk-in's morning begins at 08:00: at a test moment before then the core refuses today's, so yesterday's is counted. */
const beforeMorning = now.slice(11, 16) < '08:00';
const countDate = beforeMorning ? addDays(today, -1) : today;
const quarterOf = (iso: string) => {
  const y = Number(iso.slice(0, 4));
  const q = Math.floor((Number(iso.slice(5, 7)) - 1) / 3);
  const next = q === 3 ? `${y + 1}-01-01` : `${y}-${String(q * 3 + 4).padStart(2, '0')}-01`;
  return { from: `${y}-${String(q * 3 + 1).padStart(2, '0')}-01`, to: addDays(next, -1) };
};
const quarter = quarterOf(countDate);
/** The poster and flyer set their own page size. */
const printed = () => printedText(page, { pdf: { preferCSSPageSize: true } });

async function visitorsInQuarter(): Promise<number> {
  return (await api<{ total: { visitors: number } }>('reports.attendance', { ...quarter, granularity: 'month' })).total
    .visitors;
}

const total = () => page.getByTestId('tally-total');
const bandCount = (band: string) => page.getByRole('region', { name: band, exact: true }).locator('p').first();

describe('activities and attendance: the tally counter, counts, reach and the programme', () => {
  let visitorsBefore = 0;
  let totalBefore = 0;
  let tallyUrl = '';

  beforeAll(async () => {
    visitorsBefore = await visitorsInQuarter();
  });

  it('lists the demo activities and edits one in an accessible form', async () => {
    await openFromMenu(page, 'Activiteiten');
    await page.getByRole('cell', { name: 'Open inloop', exact: false }).first().waitFor();
    await page.getByText('Taalcafé', { exact: true }).first().waitFor();
    await expectAccessible(page, 'activiteiten');
    await snap(page, 'e2e-activiteiten');
    await page.getByRole('button', { name: 'Taalcafé bewerken' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByRole('textbox', { name: 'Naam', exact: true }).inputValue()).toBe('Taalcafé');
    await dialog.getByText(/Taalcafé – Huiskamer – di/).waitFor();
    await expectAccessible(page, 'activiteit bewerken');
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('counts the walk-in on the full-screen tally counter, and the counts survive a reload', async () => {
    await openFromMenu(page, 'Turfteller');
    await expectAccessible(page, 'turfteller kiezen');
    if (beforeMorning) {
      // The morning has not begun: yesterday's morning, opened through the API as the chooser only offers today.
      const walkIn = (await api<{ id: number; walkIn: boolean }[]>('activities.list', {})).find((a) => a.walkIn)!;
      const session = await api<{ id: number }>('attendance.walkInSession', {
        activityId: walkIn.id,
        date: countDate,
        daypart: 'ochtend',
      });
      await page.goto(`${preview.url}/#/turfteller/${session.id}`);
    } else {
      await page.getByRole('button', { name: 'Tellen: ochtend van Open inloop' }).click();
    }
    await page.getByRole('heading', { level: 1, name: 'Turfteller: Open inloop' }).waitFor();
    await page.getByRole('button', { name: '+1 bij 24–64' }).waitFor();
    tallyUrl = page.url();
    totalBefore = Number(await total().textContent());
    const adultsBefore = Number(await bandCount('24–64').textContent());

    // Every click is saved before the next one counts; wait for the server's total each time.
    const click = async (name: string, expected: number) => {
      await page.getByRole('button', { name, exact: true }).click();
      await expect.poll(async () => Number(await total().textContent())).toBe(expected);
    };
    await click('+1 bij 24–64', totalBefore + 1);
    await click('+1 bij 24–64', totalBefore + 2);
    await click('+1 bij 65–74', totalBefore + 3);
    await click('+1 bij Onbekend', totalBefore + 4);
    await click('−1 bij 24–64', totalBefore + 3);
    // The keyboard: 7 is the seventh band (75+).
    await page.keyboard.press('Digit7');
    await expect.poll(async () => Number(await total().textContent())).toBe(totalBefore + 4);
    await page.getByText(/Toetsen 1–7 tellen één bij/).waitFor();
    await expectAccessible(page, 'turfteller');
    await snap(page, 'e2e-turfteller');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Turfteller: Open inloop' }).waitFor();
    await expect.poll(async () => Number(await total().textContent())).toBe(totalBefore + 4);
    expect(Number(await bandCount('24–64').textContent())).toBe(adultsBefore + 1);
    await page.getByRole('link', { name: 'Klaar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tellingen' }).waitFor();
  });

  it('fits the tally counter on one screen of a phone and a tablet, biggest for the biggest bands, keys only with a keyboard', async () => {
    const sessionId = Number(/turfteller\/(\d+)/.exec(tallyUrl)![1]);
    const outside = (p: Page) =>
      p.evaluate(() =>
        [...document.querySelectorAll('main button, main a, [data-testid="tally-total"]')]
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.top < 0 || r.left < 0 || r.bottom > innerHeight + 0.5 || r.right > innerWidth + 0.5;
          })
          .map((el) => el.getAttribute('aria-label') ?? el.textContent),
      );
    // Waits for the button first: under load the counter's buttons do not all appear in the same frame.
    const height = async (p: Page, name: string) => {
      const button = p.getByRole('button', { name, exact: true });
      await button.waitFor();
      return (await button.boundingBox())!.height;
    };
    const sizes = [
      { width: 390, height: 844 },
      { width: 844, height: 390 },
      { width: 768, height: 1024 },
      { width: 1024, height: 768 },
    ];
    // A phone and a tablet: touch, no mouse, no keyboard until a key is pressed.
    const token = await page.evaluate(() => sessionStorage.getItem('wijkhuis.session'));
    const touch = await page.context().browser()!.newContext({
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
      viewport: sizes[0],
      hasTouch: true,
      isMobile: true,
    });
    await touch.clock.install({ time: preview.clock.now() });
    await touch.addInitScript((t) => sessionStorage.setItem('wijkhuis.session', t ?? ''), token);
    const phone = await touch.newPage();
    try {
      for (const size of sizes) {
        await phone.setViewportSize(size);
        await phone.goto(`${preview.url}/#/turfteller/${sessionId}`);
        await phone.getByRole('button', { name: '+1 bij 24–64', exact: true }).waitFor();
        expect(await outside(phone), `${size.width}×${size.height}`).toEqual([]);
        // Most visitors are 24–64: its button is the biggest; 0–3 is a small one.
        expect(await height(phone, '+1 bij 24–64')).toBeGreaterThan((await height(phone, '+1 bij 0–3')) * 1.2);
        expect(await phone.getByText(/Toetsen 1–7/).count()).toBe(0);
        expect(await phone.getByText('toets 5').count()).toBe(0);
      }
      await expectAccessible(phone, 'turfteller op een tablet');
      await phone.keyboard.press('Digit5');
      await phone.getByText(/Toetsen 1–7 tellen één bij/).waitFor();
      await phone.getByText('toets 5').waitFor();
      // That key counted one: Shift with it takes it off again, so the reach below stays as counted above.
      await expect.poll(async () => Number(await phone.getByTestId('tally-total').textContent())).toBe(totalBefore + 5);
      await phone.keyboard.press('Shift+Digit5');
      await expect.poll(async () => Number(await phone.getByTestId('tally-total').textContent())).toBe(totalBefore + 4);
    } finally {
      await touch.close();
    }

    // The audit log reads in words, and folds the taps of one person on one session into one row.
    await openFromMenu(page, 'Auditlog');
    await page
      .getByRole('cell', { name: /^Telling/ })
      .first()
      .waitFor();
    const folded = page
      .getByRole('row')
      .filter({ hasText: /^.*Telling\d+ keer/ })
      .first();
    await folded
      .getByText(/^[−+]1 bij .*, Open inloop .* ochtend: totaal \d+$/)
      .first()
      .waitFor();
    expect(await page.getByText('attendance.tally', { exact: true }).count()).toBe(0);
    await folded.getByRole('button', { name: /^Alle \d+ tonen$/ }).click();
    await folded
      .getByRole('list')
      .getByText(/\+1 bij 24–64 jaar, Open inloop/)
      .first()
      .waitFor();
    await expectAccessible(page, 'auditlog met samengevoegde tellingen');
    await snap(page, 'e2e-auditlog-telling');
    await openFromMenu(page, 'Tellingen');
  });

  it('refuses age bands that add up to more than the total, next to the field, in Dutch', async () => {
    if (beforeMorning) await page.getByRole('button', { name: 'Vorige dag' }).click();
    await page.getByRole('table', { name: 'Sessies en tellingen' }).waitFor();
    await expectAccessible(page, 'tellingen');
    await snap(page, 'e2e-tellingen');
    await page.getByRole('button', { name: 'Telling van Open inloop' }).first().click();
    const dialog = page.getByRole('dialog');
    const totalField = dialog.getByRole('textbox', { name: 'Totaal', exact: true });
    await totalField.fill('1');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.getByText(/^De leeftijdsgroepen tellen op tot \d+: dat is meer dan het totaal \(1\)\.$/).waitFor();
    await expect.poll(async () => (await totalField.getAttribute('aria-invalid')) === 'true').toBe(true);
    await expectAccessible(page, 'telling met fout');
    await snap(page, 'e2e-telling-fout');
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('shows the counted visitors in the reach of the quarter, and the quarterly report', async () => {
    await openFromMenu(page, 'Bereik');
    await page.getByRole('textbox', { name: 'Van', exact: true }).fill(dutchDate(quarter.from));
    await page.getByRole('textbox', { name: 'Van', exact: true }).blur();
    await page.getByRole('textbox', { name: 'Tot en met', exact: true }).fill(dutchDate(quarter.to));
    await page.getByRole('textbox', { name: 'Tot en met', exact: true }).blur();
    const expected = visitorsBefore + 4;
    expect(await visitorsInQuarter()).toBe(expected);
    await page.getByRole('region', { name: 'Totalen' }).getByText(String(expected), { exact: true }).waitFor();
    await page.getByRole('img', { name: /Staafdiagram van bezoekers per periode/ }).waitFor();
    await page
      .getByRole('table', { name: 'Per activiteit' })
      .getByRole('cell', { name: 'Open inloop', exact: true })
      .waitFor();
    await expectAccessible(page, 'bereik');
    await snap(page, 'e2e-bereik');

    await page.getByRole('link', { name: 'Kwartaalverslag' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kwartaalverslag' }).waitFor();
    await page.getByRole('heading', { name: /^Kwartaalverslag Q\d \d{4}$/ }).waitFor();
    await expectAccessible(page, 'kwartaalverslag');
    const text = await printed();
    expect(text).toContain(DEMO_HOUSE);
    expect(text).toContain('Bereik per prioritaire groep');
    expect(text).toContain('Bezettingsgraad van de ruimtes');
  });

  it('prints the weekly programme as a poster and a flyer', async () => {
    await openFromMenu(page, 'Weekprogramma');
    await page.getByRole('heading', { level: 2, name: DEMO_HOUSE }).waitFor();
    await expectAccessible(page, 'weekprogramma');
    await snap(page, 'e2e-weekprogramma');
    expect(await printed()).toContain('Programma week');
    await page.getByText('Flyer (A5)').click();
    const flyer = await printed();
    expect(flyer).toContain(DEMO_HOUSE);
    expect(flyer).toContain('Iedereen is welkom');
  });
});
