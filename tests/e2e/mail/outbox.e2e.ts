import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openFromMenu, expectAccessible, useE2E, ROOT } from '../harness';
import { startSmtp } from '../../integration/mail/mailHouse';
import { systemClock } from '../../../db/platform/clock';

const { page, api } = useE2E({ demoHouse: true });

/** What the beheerder's laptop shows (1366×768), with SCREENSHOTS set: test-results/<name>.png. */
async function look(name: string): Promise<void> {
  if (!process.env.SCREENSHOTS) return;
  await page.setViewportSize({ width: 1366, height: 768 });
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  await page.screenshot({ path: join(ROOT, 'test-results', `${name}.png`) });
}

describe('mail: the account and the outbox', () => {
  it('shows the demo house waiting messages with the reason they wait', async () => {
    await openFromMenu(page, 'Postvak uit');
    const table = page.getByRole('table', { name: 'Berichten' });
    await table.getByText('Herinnering: je dienst van morgen').waitFor();
    await table
      .getByText(/De mailserver smtp\.voorbeeld\.invalid is niet gevonden/)
      .first()
      .waitFor();
    expect(await table.getByText('Wacht', { exact: true }).count()).toBe(3);
    await expectAccessible(page, 'postvak uit');
    await look('mail-1-postvak-uit');
  });

  it('refuses plain to another computer next to the field, then sends a test message to the loopback server', async () => {
    const smtp = await startSmtp(systemClock, { login: { user: 'huis', pass: 'e2e-geheim-wachtwoord' } });
    await openFromMenu(page, 'E-mailaccount');
    const host = page.getByRole('textbox', { name: 'Mailserver' });
    await expect.poll(() => host.inputValue()).toBe('smtp.voorbeeld.invalid');
    await page.getByRole('combobox', { name: 'Beveiliging' }).click();
    await page.getByRole('option', { name: /^Geen/ }).click();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText(/Zonder versleuteling mag alleen een mailserver op deze computer zelf/).waitFor();
    await look('mail-2-account-geweigerd');

    await host.fill('127.0.0.1');
    await page.getByRole('textbox', { name: 'Poort' }).fill(String(smtp.port));
    await page.getByRole('textbox', { name: 'Gebruikersnaam' }).fill('huis');
    await page.getByLabel('Wachtwoord', { exact: true }).fill('e2e-geheim-wachtwoord');
    // Sending off for now: the demo's waiting messages stay in the outbox until the test turns it on.
    await page.getByRole('switch', { name: 'E-mail versturen' }).uncheck();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Het e-mailaccount is opgeslagen.').waitFor();
    await page.getByText('Er is een wachtwoord opgeslagen. Laat dit veld leeg om het te houden.').waitFor();
    const stored = await api<{ passwordSet: boolean; password?: string }>('mailserver.get');
    expect(stored.passwordSet).toBe(true);
    expect(JSON.stringify(stored)).not.toContain('e2e-geheim-wachtwoord');

    const to = page.getByRole('textbox', { name: 'Naar e-mailadres' });
    await to.fill('bea@voorbeeld');
    await page.getByRole('button', { name: 'Testbericht sturen' }).click();
    await page.getByText('Dit is geen geldig e-mailadres.').waitFor();
    await to.fill('bea@voorbeeld.nl');
    await page.getByRole('button', { name: 'Testbericht sturen' }).click();
    await page.getByText('Het testbericht is verstuurd').waitFor();
    await page.getByText(/Gelukt: de mailserver heeft het testbericht aangenomen/).waitFor();
    expect(smtp.received.map((r) => r.mail.subject)).toContain('Testbericht van Wijkhuis');
    await expectAccessible(page, 'e-mailaccount');
    await look('mail-3-account-testbericht');

    // Cancel one waiting message, then send it again: the sender (running in the preview) delivers it.
    await openFromMenu(page, 'Postvak uit');
    await page.getByRole('button', { name: 'Herinnering: je dienst van morgen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Bericht' });
    await dialog.getByText('Morgen sta je op het rooster bij de bar.', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await dialog.getByText('Geannuleerd', { exact: true }).waitFor();
    await look('mail-4-bericht-geannuleerd');
    await dialog.getByRole('button', { name: 'Opnieuw versturen' }).click();
    await dialog
      .getByText('Verstuurd', { exact: true })
      .or(dialog.getByText('Wacht', { exact: true }))
      .first()
      .waitFor();
    await dialog.getByRole('button', { name: 'Sluiten' }).click();
    const account = await api<Record<string, unknown>>('mailserver.get');
    await api('mailserver.update', {
      host: account.host,
      port: account.port,
      security: account.security,
      username: account.username,
      fromName: account.fromName,
      fromAddress: account.fromAddress,
      replyTo: account.replyTo,
      perMinute: account.perMinute,
      enabled: true,
    });

    // The sender may first finish a round against the demo's server, which waits for its name lookup to fail.
    await expect
      .poll(() => smtp.received.map((r) => r.mail.subject), { timeout: 60_000 })
      .toContain('Herinnering: je dienst van morgen');
    await page.getByRole('tab', { name: 'Verzonden' }).click();
    await page.getByRole('table', { name: 'Berichten' }).getByText('Herinnering: je dienst van morgen').waitFor();
    await expectAccessible(page, 'verzonden');
    await look('mail-5-verzonden');
    await smtp.stop();
  }, 180_000);
});
