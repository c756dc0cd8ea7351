import { describe, expect, it } from 'vitest';
import { inLang } from '../../../db/platform/messages';
import { fails, ok } from '../../helpers';
import { enqueue, handClock, mailHouse, rows, senderFor, startSmtp, useLoopback } from './mailHouse';

const MINUTE = 60_000;

describe('the sender', () => {
  it('sends waiting messages in order with their attachments, and keeps the server answer in the sent log', async () => {
    const clock = handClock();
    const smtp = await startSmtp(clock);
    const { core, token } = await mailHouse(clock);
    await useLoopback(core, token, smtp.port);
    const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n';
    enqueue(core, clock, [
      { attachments: [{ filename: 'boeking.ics', contentType: 'text/calendar', content: ics }] },
      {},
      {},
    ]);
    expect(await senderFor(core, clock).runOnce()).toBe(3);

    expect(smtp.received.map((r) => r.mail.subject)).toEqual(['Bericht 0', 'Bericht 1', 'Bericht 2']);
    const first = smtp.received[0]!.mail;
    expect(first.from?.value[0]).toMatchObject({ name: 'Huis van de Wijk Test', address: 'info@huis.example' });
    expect(first.replyTo?.value[0]?.address).toBe('beheer@huis.example');
    expect(first.text?.trim()).toBe('Tekst van bericht 0');
    expect(first.attachments.map((a) => [a.filename, a.content.toString()])).toEqual([['boeking.ics', ics]]);
    const stored = rows(core);
    expect(first.messageId).toBe(stored[0]!.message_id);
    for (const row of stored) {
      expect(row.state).toBe('verstuurd');
      expect(row.attempts).toBe(1);
      expect(row.server_answer).toMatch(/^250/);
      expect(row.sent_at).not.toBeNull();
    }
    const log = await ok(core, token, 'outbox.list', { box: 'verzonden' });
    expect(log.total).toBe(3);
    expect(log.rows[0].reasonTitle).toBe('Groepsbericht');
    expect((await ok(core, token, 'outbox.list', { box: 'postvak' })).total).toBe(0);
  });

  it('keeps messages waiting while the server is down, and sends them when it is back', async () => {
    const clock = handClock();
    const smtp = await startSmtp(clock);
    const { core, token } = await mailHouse(clock);
    await useLoopback(core, token, smtp.port);
    await smtp.stop();
    enqueue(core, clock, [{}, {}, {}]);
    const sender = senderFor(core, clock);

    expect(await sender.runOnce()).toBe(0);
    const waiting = rows(core);
    expect(waiting.map((r) => r.state)).toEqual(['wacht', 'wacht', 'wacht']);
    for (const row of waiting) expect(inLang(row.last_error, 'nl')).toMatch(/niet bereikbaar/);
    expect(waiting[0]!.attempts).toBe(1);
    // Not due yet: nothing is tried again before the back-off has passed.
    expect(await sender.runOnce()).toBe(0);
    expect(rows(core)[0]!.attempts).toBe(1);

    await smtp.restart();
    clock.advance(2 * MINUTE);
    expect(await sender.runOnce()).toBe(3);
    expect(smtp.received).toHaveLength(3);
    expect(rows(core).map((r) => [r.state, r.last_error])).toEqual([
      ['verstuurd', ''],
      ['verstuurd', ''],
      ['verstuurd', ''],
    ]);
  });

  it('says in Dutch that the server refuses the login, and loses nothing', async () => {
    const clock = handClock();
    const smtp = await startSmtp(clock, { login: { user: 'huis', pass: 'goed-wachtwoord' } });
    const { core, token } = await mailHouse(clock);
    await useLoopback(core, token, smtp.port, { username: 'huis', password: 'fout-wachtwoord' });
    enqueue(core, clock, [{}, {}]);
    const sender = senderFor(core, clock);
    expect(await sender.runOnce()).toBe(0);
    for (const row of rows(core)) {
      expect(row.state).toBe('wacht');
      expect(inLang(row.last_error, 'nl')).toMatch(/weigert de inlog.*gebruikersnaam of het wachtwoord klopt niet/);
    }
    await useLoopback(core, token, smtp.port, { username: 'huis', password: 'goed-wachtwoord' });
    clock.advance(2 * MINUTE);
    expect(await sender.runOnce()).toBe(2);
    expect(smtp.received).toHaveLength(2);
  });

  it('marks a refused recipient mislukt with the server reason, and sends the others', async () => {
    const clock = handClock();
    const smtp = await startSmtp(clock, { refuse: ['ontvanger1@voorbeeld.nl'] });
    const { core, token } = await mailHouse(clock);
    await useLoopback(core, token, smtp.port);
    enqueue(core, clock, [{}, {}, {}]);
    expect(await senderFor(core, clock).runOnce()).toBe(2);
    const [a, b, c] = rows(core);
    expect([a!.state, b!.state, c!.state]).toEqual(['verstuurd', 'mislukt', 'verstuurd']);
    expect(inLang(b!.last_error, 'nl')).toMatch(/weigert dit bericht.*550.*mailbox unavailable/);
    expect(smtp.received.map((r) => r.envelopeTo[0])).toEqual(['ontvanger0@voorbeeld.nl', 'ontvanger2@voorbeeld.nl']);
  });

  it('sends 600 messages under a limit of 60 a minute on the house clock, never more in any minute', async () => {
    const clock = handClock();
    const smtp = await startSmtp(clock);
    const { core, token } = await mailHouse(clock);
    await useLoopback(core, token, smtp.port, { perMinute: 60 });
    enqueue(
      core,
      clock,
      Array.from({ length: 600 }, (_, i) => ({ to: { address: `vrijwilliger${i}@voorbeeld.nl` } })),
    );
    const sender = senderFor(core, clock);
    const perRound: number[] = [];
    for (let step = 0; step < 20 * 60 && smtp.received.length < 600; step++) {
      perRound.push(await sender.runOnce());
      clock.advance(1000);
    }
    expect(smtp.received).toHaveLength(600);
    expect(new Set(smtp.received.map((r) => r.mail.messageId)).size).toBe(600);
    const times = smtp.received.map((r) => r.at).sort((x, y) => x - y);
    for (let i = 60; i < times.length; i++) expect(times[i]! - times[i - 60]!).toBeGreaterThanOrEqual(MINUTE);
    // The limit is what held them back: 600 at 60 a minute take (at least) nine minutes more than the first batch.
    expect(times.at(-1)! - times[0]!).toBeGreaterThanOrEqual(9 * MINUTE);
    expect(perRound[0]).toBe(60);
  }, 120_000);

  it('keeps messages waiting with the reason while sending is off', async () => {
    const clock = handClock();
    const smtp = await startSmtp(clock);
    const { core, token } = await mailHouse(clock);
    await useLoopback(core, token, smtp.port, { enabled: false });
    enqueue(core, clock, [{}]);
    expect(await senderFor(core, clock).runOnce()).toBe(0);
    expect(inLang(rows(core)[0]!.last_error, 'nl')).toMatch(/staat uit/);
    expect(smtp.received).toHaveLength(0);
  });

  it('keeps a message with a document waiting, with the reason, when this program cannot make PDFs', async () => {
    const clock = handClock();
    const smtp = await startSmtp(clock);
    const { core, token } = await mailHouse(clock);
    await useLoopback(core, token, smtp.port);
    enqueue(core, clock, [{ attachments: [{ filename: 'factuur.pdf', document: 'factuur', id: 1 }] }, {}]);
    expect(await senderFor(core, clock).runOnce()).toBe(1);
    const [withPdf, plain] = rows(core);
    expect(withPdf!.state).toBe('wacht');
    expect(inLang(withPdf!.last_error, 'nl')).toMatch(/PDF-bijlage kan .* niet worden gemaakt/);
    expect(plain!.state).toBe('verstuurd');
  });

  it('turns a row cut off between sending and marking into mislukt, never sending it again by itself', async () => {
    const clock = handClock();
    const smtp = await startSmtp(clock);
    const { core, token } = await mailHouse(clock);
    await useLoopback(core, token, smtp.port);
    const [id] = enqueue(core, clock, [{}]);
    core.db.prepare("UPDATE mail_messages SET state = 'versturen', attempts = 1 WHERE id = ?").run(id);
    const sender = senderFor(core, clock);
    expect(sender.recoverInterrupted()).toBe(1);
    expect(await sender.runOnce()).toBe(0);
    expect(smtp.received).toHaveLength(0);
    const row = rows(core)[0]!;
    expect(row.state).toBe('mislukt');
    expect(inLang(row.last_error, 'nl')).toMatch(/misschien al aangekomen/);
  });
});

describe('the outbox', () => {
  it('cancels a waiting message and resends a cancelled or failed one with the same Message-ID', async () => {
    const clock = handClock();
    const smtp = await startSmtp(clock, { refuse: ['ontvanger1@voorbeeld.nl'] });
    const { core, token } = await mailHouse(clock);
    await useLoopback(core, token, smtp.port);
    const [first, second] = enqueue(core, clock, [{}, {}]);
    await ok(core, token, 'outbox.cancel', { id: first });
    const sender = senderFor(core, clock);
    expect(await sender.runOnce()).toBe(0);
    expect(rows(core).map((r) => r.state)).toEqual(['geannuleerd', 'mislukt']);

    const box = await ok(core, token, 'outbox.list', { box: 'postvak' });
    expect(box.rows.map((r: { id: number }) => r.id)).toEqual([second, first]);
    expect(box.counts).toMatchObject({ geannuleerd: 1, mislukt: 1 });
    const one = await ok(core, token, 'outbox.get', { id: second });
    expect(one.text).toBe('Tekst van bericht 1');

    await ok(core, token, 'outbox.resend', { id: first });
    expect(await sender.runOnce()).toBe(1);
    expect(smtp.received[0]!.mail.messageId).toBe(rows(core)[0]!.message_id);

    const again = await fails(core, token, 'outbox.resend', { id: first });
    expect(again.fieldErrors.id?.[0]).toMatch(/al verstuurd/);
    const notWaiting = await fails(core, token, 'outbox.cancel', { id: second });
    expect(notWaiting.fieldErrors.id?.[0]).toMatch(/nog wacht/);
    const audit = core.db.prepare("SELECT summary FROM audit_log WHERE method LIKE 'outbox.%' ORDER BY id").all() as {
      summary: string;
    }[];
    expect(audit.map((a) => a.summary)).toEqual([
      `Bericht #${first} geannuleerd`,
      `Bericht #${first} opnieuw in de wachtrij gezet`,
    ]);
  });
});
