import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { expectAccessible, openFromMenu, snap, useE2E } from '../harness';

const { page, api, preview } = useE2E({ demoHouse: true });

interface Listed {
  key: string;
  enabled: boolean;
  reworded: boolean;
}
const listed = async (key: string) =>
  (await api<{ templates: Listed[]; optionReminderDays: number }>('templates.list')).templates.find(
    (t) => t.key === key,
  )!;

const CONFIRMATION = 'Bevestiging van een boeking';
const UNKNOWN = 'Onbekend veld in de tekst: {{ kortingscode }}. Gebruik alleen de velden in de lijst.';

describe('Berichten: what the house mails, switched and worded by the beheerder', () => {
  it('lists the messages by audience, each with its switch', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openFromMenu(page, 'Berichten');
    for (const audience of ['Huurders', 'Aanvragers', 'Commissie'])
      await page.getByRole('heading', { level: 2, name: audience }).waitFor();
    await page.getByRole('switch', { name: `${CONFIRMATION} versturen` }).waitFor();
    await expectAccessible(page, 'berichten');
    await snap(page, 'e2e-berichten');
  });

  it('switches a reminder off, and it stays off', async () => {
    const reminder = page.getByRole('switch', { name: 'Herinnering: optie verloopt versturen' });
    expect(await reminder.isChecked()).toBe(true);
    await reminder.click({ force: true });
    await page.getByText('Herinnering: optie verloopt staat uit: dit bericht wordt niet meer verstuurd.').waitFor();
    await expect.poll(() => reminder.isChecked()).toBe(false);
    expect((await listed('boeking.optie_herinnering')).enabled).toBe(false);
  });

  it('refuses an unknown field next to the text, while typing and on saving, and saves nothing', async () => {
    await page.getByRole('button', { name: `Tekst aanpassen van ${CONFIRMATION}` }).click();
    const dialog = page.getByRole('dialog', { name: `Tekst van ${CONFIRMATION}` });
    const body = dialog.getByRole('textbox', { name: 'Tekst', exact: true });
    await body.fill('Beste {{ naam }},\n\nUw code: {{ kortingscode }}');
    await dialog.getByText(UNKNOWN).waitFor();
    expect(await body.getAttribute('aria-invalid')).toBe('true');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.getByText(UNKNOWN).waitFor();
    await snap(page, 'e2e-berichten-onbekend-veld');
    expect((await listed('boeking.bevestiging')).reworded).toBe(false);
  });

  it('previews the own text with example data, puts a field in by a click, and saves it', async () => {
    const dialog = page.getByRole('dialog', { name: `Tekst van ${CONFIRMATION}` });
    const body = dialog.getByRole('textbox', { name: 'Tekst', exact: true });
    await body.fill('Beste {{ naam }},\n\nTot ziens op ');
    await dialog.getByRole('button', { name: 'Zet datum in de tekst' }).click();
    await expect.poll(() => body.inputValue()).toBe('Beste {{ naam }},\n\nTot ziens op {{ datum }}');
    const preview = dialog.getByTestId('mail-preview');
    await preview.getByText('Tot ziens op di 9 mrt 2027').waitFor();
    await preview.getByText('Beste Fatima Yilmaz,').waitFor();
    await expectAccessible(page, 'bericht aanpassen');
    await snap(page, 'e2e-berichten-voorbeeld');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText(`De tekst van ${CONFIRMATION} is opgeslagen.`).waitFor();
    await dialog.waitFor({ state: 'detached' });
    expect((await listed('boeking.bevestiging')).reworded).toBe(true);
    await page.locator('[data-template="boeking.bevestiging"]').getByText('Eigen tekst').waitFor();
  });

  it('goes back to the standard text when asked', async () => {
    await page.getByRole('button', { name: `Tekst aanpassen van ${CONFIRMATION}` }).click();
    await page
      .getByRole('dialog', { name: `Tekst van ${CONFIRMATION}` })
      .getByRole('button', { name: 'Terug naar de standaardtekst' })
      .click();
    const confirm = page.getByRole('dialog', { name: 'Terug naar de standaardtekst' });
    await confirm.getByRole('button', { name: 'Terug naar de standaardtekst' }).click();
    await page.getByText(`${CONFIRMATION} heeft weer de standaardtekst.`).waitFor();
    expect((await listed('boeking.bevestiging')).reworded).toBe(false);
    await expect
      .poll(() => page.locator('[data-template="boeking.bevestiging"]').getByText('Eigen tekst').count())
      .toBe(0);
  });

  it('sets the days before an option ends that its reminder goes', async () => {
    const days = page.getByRole('textbox', { name: 'Aantal dagen van tevoren' });
    await days.fill('5');
    await days.press('Enter');
    await page.getByText('De herinnering gaat nu 5 dagen van tevoren.').waitFor();
    expect((await api<{ optionReminderDays: number }>('templates.list')).optionReminderDays).toBe(5);
  });

  it('mails the minutes of a closed meeting from the meeting, each member with an address their own message', async () => {
    const meetings = await api<{ id: number; status: string }[]>('meetings.list');
    const closed = meetings.find((m) => m.status === 'gesloten')!;
    await page.goto(`${preview.url}/#/vergaderingen/${closed.id}`);
    await page.getByRole('heading', { level: 1, name: /^Vergadering van / }).waitFor();
    await page.getByRole('button', { name: 'Notulen mailen' }).click();
    const confirm = page.getByRole('dialog', { name: 'Notulen mailen' });
    await confirm.getByText('Elk commissielid met een e-mailadres krijgt de notulen als pdf.').waitFor();
    await snap(page, 'e2e-notulen-mailen');
    await confirm.getByRole('button', { name: 'Notulen mailen' }).click();
    await page.getByText(/^Gemaild aan \d+ (lid|leden)\./).waitFor();
    const db = new Database(join(preview.dataDir, 'wijkhuis.sqlite'), { readonly: true });
    try {
      const rows = db
        .prepare(
          `SELECT m.to_address AS address, m.reason, m.related_id AS meetingId, a.document_kind AS kind, a.document_id AS documentId
           FROM mail_messages m JOIN mail_attachments a ON a.message_id = m.id WHERE m.reason = 'commissie.notulen'`,
        )
        .all() as { address: string; meetingId: number; kind: string; documentId: number }[];
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) expect(r).toMatchObject({ meetingId: closed.id, kind: 'notulen', documentId: closed.id });
      expect(new Set(rows.map((r) => r.address)).size).toBe(rows.length);
    } finally {
      db.close();
    }
  });
});
