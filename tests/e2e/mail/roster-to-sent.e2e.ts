import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORD, openFromMenu, signIn, snap, useE2E } from '../harness';
import { startSmtp } from '../../integration/mail/mailHouse';
import { systemClock } from '../../../db/platform/clock';
import { giveAddresses } from './mailOutbox';

const { page, api } = useE2E({ demoHouse: true });

describe('the roster by mail, from the coördinator to the sent log', () => {
  it('the coördinator mails the roster; the beheerder sees it in the outbox, and in Verzonden once the server took it', async () => {
    // The house's account points to a real SMTP server on this computer.
    const smtp = await startSmtp(systemClock);
    const account = (enabled: boolean) => ({
      host: '127.0.0.1',
      port: smtp.port,
      security: 'geen',
      username: '',
      fromName: 'Huis van de Wijk',
      fromAddress: 'huis@voorbeeld.example',
      replyTo: '',
      perMinute: 60,
      enabled,
    });
    await api('mailserver.update', account(false));
    await giveAddresses(page, ['Kees Verhoeven', 'Fatma Demir']);
    await api('users.create', {
      name: 'Coen Coördinator',
      username: 'coen',
      role: 'coordinator',
      password: DEMO_PASSWORD,
    });

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await signIn(page, 'coen', DEMO_PASSWORD);
    await openFromMenu(page, 'Rooster');
    await page.getByRole('button', { name: 'Rooster mailen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rooster mailen' });
    await dialog.getByRole('table', { name: 'Vrijwilligers die het rooster krijgen' }).waitFor();
    await dialog.getByText('Volgende maand', { exact: true }).click();
    await expect.poll(() => dialog.getByText('kees@voorbeeld.example').count()).toBe(1);
    await dialog.getByRole('button', { name: 'Rooster versturen' }).click();
    await page.getByText(/e-mails? sta(at|an) klaar in de postvak-uit\.$/).waitFor();

    // Sending is still off: the beheerder finds the messages waiting, with the reason.
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await signIn(page, 'bea', DEMO_PASSWORD);
    await openFromMenu(page, 'Postvak uit');
    const table = page.getByRole('table', { name: 'Berichten' });
    const kees = table.getByRole('row').filter({ hasText: 'kees@voorbeeld.example' });
    await kees.getByText(/^Je rooster /).waitFor();
    await kees.getByText('Wacht', { exact: true }).waitFor();
    await page.setViewportSize({ width: 1366, height: 768 });
    await snap(page, 'e2e-rooster-in-postvak-uit');

    // Sending on: the preview's own sender delivers them, and they move to Verzonden.
    await api('mailserver.update', account(true));
    await expect
      .poll(() => smtp.received.filter((r) => r.envelopeTo.includes('kees@voorbeeld.example')).length, {
        timeout: 60_000,
      })
      .toBe(1);
    const mail = smtp.received.find((r) => r.envelopeTo.includes('kees@voorbeeld.example'))!.mail;
    expect(mail.subject).toMatch(/^Je rooster /);
    expect(mail.text).toMatch(/^Beste Kees Verhoeven,/);
    const ics = mail.attachments.find((a) => a.filename?.endsWith('.ics'))!;
    const events = new ICAL.Component(ICAL.parse(ics.content.toString('utf8'))).getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThan(0);
    // The wall roster of the month as a PDF, printed by the preview's Chromium from the print view's layout.
    const pdf = mail.attachments.find((a) => a.filename === 'rooster.pdf')!;
    expect(pdf.contentType).toBe('application/pdf');
    const dir = mkdtempSync(join(tmpdir(), 'wijkhuis-rooster-'));
    try {
      writeFileSync(join(dir, 'rooster.pdf'), pdf.content);
      const text = execFileSync('pdftotext', ['-layout', join(dir, 'rooster.pdf'), '-'], { encoding: 'utf8' });
      expect(text).toContain('Kees Verhoeven');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    await page.getByRole('tab', { name: 'Verzonden' }).click();
    const sent = page
      .getByRole('table', { name: 'Berichten' })
      .getByRole('row')
      .filter({ hasText: 'kees@voorbeeld.example' });
    await sent.getByText(/^Je rooster /).waitFor();
    await sent.getByText('Verstuurd', { exact: true }).waitFor();
    await snap(page, 'e2e-rooster-verzonden');
    await smtp.stop();
  }, 180_000);
});
