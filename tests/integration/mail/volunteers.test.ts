import { describe, expect, it } from 'vitest';
import { fails, fingerprint, ok, tokenFor } from '../../helpers';
import { testClock } from '../../clock';
import { runVolunteerMail } from '../../../db/modules/roster/mailNotices';
import { attachmentsOf, icsEvents, outbox, volunteersHouse } from './volunteersHouse';

/** The offset of Amsterdam from UTC on a date, in hours, as the machine's zone database says. */
function amsterdamOffset(date: string): number {
  const part = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', timeZoneName: 'shortOffset' })
    .formatToParts(new Date(`${date}T12:00:00Z`))
    .find((p) => p.type === 'timeZoneName')!.value;
  return Number(part.replace('GMT', '') || 0);
}

describe('Rooster mailen', () => {
  it('queues one message per planned volunteer with their own shifts in one .ics, in Amsterdam time', async () => {
    const { core, token, day, volunteer, shift, assign } = await volunteersHouse();
    const anna = await volunteer('Anna', 'anna@example.nl');
    const bert = await volunteer('Bert', 'bert@example.nl');
    const cor = await volunteer('Cor', '');
    await volunteer('Dirk', 'dirk@example.nl');
    await ok(core, token, 'mail.setChoices', {
      personKind: 'vrijwilliger',
      personId: anna.id,
      language: 'en',
      reminders: true,
    });
    const morning = await shift('Bar ochtend', day(2), '09:00', '13:00');
    const evening = await shift('Bar avond', day(4), '19:00', '23:00');
    const later = await shift('Na de periode', day(20), '09:00', '12:00');
    await assign(morning.id, anna.id);
    await assign(evening.id, anna.id);
    await assign(evening.id, bert.id);
    await assign(morning.id, cor.id);
    await assign(later.id, bert.id);

    const period = { from: day(1), to: day(7) };
    const preview = await ok(core, token, 'mail.rosterPreview', period);
    expect(preview).toEqual([
      { volunteerId: anna.id, name: 'Anna', email: 'anna@example.nl', shifts: 2, hasAddress: true },
      { volunteerId: bert.id, name: 'Bert', email: 'bert@example.nl', shifts: 1, hasAddress: true },
      { volunteerId: cor.id, name: 'Cor', email: '', shifts: 1, hasAddress: false },
    ]);

    const sent = await ok(core, token, 'mail.rosterSend', period);
    expect(sent).toMatchObject({ queued: 2, recipients: 3, withoutAddress: ['Cor'] });
    const rows = outbox(core, 'rooster.mailen');
    expect(rows.map((r) => [r.to_address, r.person_kind, r.person_id, r.language, r.state])).toEqual([
      ['anna@example.nl', 'vrijwilliger', anna.id, 'en', 'wacht'],
      ['bert@example.nl', 'vrijwilliger', bert.id, 'nl', 'wacht'],
    ]);
    expect(new Set(rows.map((r) => r.group_id)).size).toBe(1);
    expect(rows[0]!.subject).toMatch(/^Your roster /);
    expect(rows[1]!.subject).toMatch(/^Je rooster /);
    expect(rows[1]!.text_body).toContain('Bar avond');
    expect(rows[1]!.text_body).not.toContain('Bar ochtend');

    const [annaIcs] = attachmentsOf(core, rows[0]!.id);
    expect(annaIcs!.filename).toBe('rooster.ics');
    expect(annaIcs!.content_type).toMatch(/^text\/calendar/);
    const events = icsEvents(annaIcs!.content.toString('utf8'));
    expect(events.map((e) => [e.summary, e.zone, e.start, e.end])).toEqual([
      ['Bar ochtend (bar)', 'Europe/Amsterdam', `${day(2)}T09:00`, `${day(2)}T13:00`],
      ['Bar avond (bar)', 'Europe/Amsterdam', `${day(4)}T19:00`, `${day(4)}T23:00`],
    ]);
    const utcHour = (9 - amsterdamOffset(day(2)) + 24) % 24;
    expect(events[0]!.utcStart.slice(11, 13)).toBe(String(utcHour).padStart(2, '0'));
    const bertEvents = icsEvents(attachmentsOf(core, rows[1]!.id)[0]!.content.toString('utf8'));
    expect(bertEvents.map((e) => e.summary)).toEqual(['Bar avond (bar)']);
    // And the wall roster of the period as PDF, which the sender renders once (tests/integration/mail/pdf-*).
    expect(
      core.db
        .prepare(
          'SELECT filename, document_kind AS kind, document_id AS id, document_params AS params FROM mail_attachments WHERE message_id = ? ORDER BY id',
        )
        .all(rows[0]!.id)
        .slice(1),
    ).toEqual([
      {
        filename: 'rooster.pdf',
        kind: 'rooster',
        id: Number(day(1).replaceAll('-', '')),
        params: JSON.stringify({ rosterTo: day(7) }),
      },
    ]);
  });

  it('is for the coördinator, and refuses a wrong period with nothing written', async () => {
    const { core, token, day } = await volunteersHouse();
    const balie = await tokenFor(core, token, 'balie');
    expect((await fails(core, balie, 'mail.rosterSend', { from: day(1), to: day(7) })).code).toBe('FORBIDDEN');
    const before = fingerprint(core.db);
    const wrong = await fails(core, token, 'mail.rosterSend', { from: day(7), to: day(1) });
    expect(wrong.fieldErrors.to).toEqual(['De einddatum mag niet voor de begindatum liggen.']);
    expect(
      (await fails(core, token, 'mail.rosterSend', { from: 'morgen', to: day(1) })).fieldErrors.from,
    ).toBeDefined();
    expect(fingerprint(core.db)).toBe(before);
  });
});

describe('reminder the day before a shift', () => {
  it('goes once, only to volunteers who want reminders', async () => {
    const { core, token, day, volunteer, shift, assign } = await volunteersHouse();
    const anna = await volunteer('Anna', 'anna@example.nl');
    const bert = await volunteer('Bert', 'bert@example.nl');
    await ok(core, token, 'mail.setChoices', {
      personKind: 'vrijwilliger',
      personId: bert.id,
      language: 'nl',
      reminders: false,
    });
    const tomorrow = await shift('Bar morgen', day(1), '14:00', '17:00');
    const later = await shift('Bar later', day(3), '14:00', '17:00');
    await assign(tomorrow.id, anna.id);
    await assign(tomorrow.id, bert.id);
    await assign(later.id, anna.id);

    runVolunteerMail(core.db, testClock());
    runVolunteerMail(core.db, testClock());
    const rows = outbox(core, 'dienst.herinnering');
    expect(rows.map((r) => r.to_address)).toEqual(['anna@example.nl']);
    expect(rows[0]!.subject).toBe('Morgen: Bar morgen om 14:00–17:00');
    expect(rows[0]!.service).toBe(0);
  });
});

describe('notices of a changed shift', () => {
  it('tells the planned volunteers of a new time, of a cancelled shift, and one taken off', async () => {
    const { core, token, roles, day, volunteer, shift, assign } = await volunteersHouse();
    const anna = await volunteer('Anna', 'anna@example.nl');
    const bert = await volunteer('Bert', 'bert@example.nl');
    const s = await shift('Bar', day(5), '09:00', '13:00');
    await assign(s.id, anna.id);
    const bertOn = await assign(s.id, bert.id);
    const base = { id: s.id, title: 'Bar', date: day(5), needs: [{ roleId: roles['bar'], count: 3 }] };

    await ok(core, token, 'roster.updateShift', {
      ...base,
      startTime: '09:00',
      endTime: '13:00',
      notes: 'alleen een notitie',
    });
    expect(outbox(core)).toEqual([]);

    await ok(core, token, 'roster.updateShift', { ...base, startTime: '10:00', endTime: '14:00' });
    const changed = outbox(core, 'dienst.gewijzigd');
    expect(changed.map((r) => r.to_address)).toEqual(['anna@example.nl', 'bert@example.nl']);
    expect(changed[0]!.text_body).toMatch(/09:00–13:00[\s\S]*10:00–14:00/);

    await ok(core, token, 'roster.updateAssignment', { id: bertOn.assignmentId, status: 'afgemeld' });
    const off = outbox(core, 'dienst.vervallen');
    expect(off.map((r) => r.to_address)).toEqual(['bert@example.nl']);
    expect(off[0]!.text_body).toContain('Je staat niet meer op de dienst "Bar"');

    await ok(core, token, 'roster.updateShift', { ...base, startTime: '10:00', endTime: '14:00', cancelled: true });
    const cancelled = outbox(core, 'dienst.vervallen');
    expect(cancelled.map((r) => r.to_address)).toEqual(['bert@example.nl', 'anna@example.nl']);
    expect(cancelled[1]!.text_body).toContain('gaat niet door');

    // A shift that is over is corrected for the hours, not announced.
    const past = await shift('Bar gisteren', day(-1), '09:00', '13:00');
    await assign(past.id, anna.id);
    const count = outbox(core).length;
    await ok(core, token, 'roster.updateShift', {
      ...base,
      id: past.id,
      title: 'Bar gisteren',
      date: day(-1),
      startTime: '09:30',
      endTime: '13:00',
    });
    expect(outbox(core)).toHaveLength(count);
  });
});

describe('certificates that expire', () => {
  it('mail the volunteer and each coördinator with an address, once per certificate and expiry date', async () => {
    const { core, token, day, volunteer } = await volunteersHouse();
    const anna = await volunteer('Anna', 'anna@example.nl');
    const coordinator = await ok<{ id: number }>(core, token, 'users.create', {
      name: 'Cora Coördinator',
      username: 'cora',
      role: 'coordinator',
      password: 'correct-paard-batterij',
      email: 'cora@example.nl',
    });
    await ok(core, token, 'users.create', {
      name: 'Zonder Adres',
      username: 'zonder',
      role: 'coordinator',
      password: 'correct-paard-batterij',
    });
    expect(
      (
        await fails(core, token, 'users.update', {
          id: coordinator.id,
          name: 'Cora',
          role: 'coordinator',
          active: true,
          email: 'cora@',
        })
      ).fieldErrors.email,
    ).toEqual(['Dit is geen geldig e-mailadres.']);
    const bhv = await ok<{ id: number }>(core, token, 'volunteers.addCertificate', {
      volunteerId: anna.id,
      kind: 'bhv',
      issuedOn: '2025-01-01',
      expiresOn: day(30),
    });
    await ok(core, token, 'volunteers.addCertificate', {
      volunteerId: anna.id,
      kind: 'ehbo',
      issuedOn: '2025-01-01',
      expiresOn: day(90),
    });

    runVolunteerMail(core.db, testClock());
    runVolunteerMail(core.db, testClock());
    const own = outbox(core, 'certificaat.verloopt');
    const told = outbox(core, 'certificaat.verloopt.coordinator');
    expect(own.map((r) => r.to_address)).toEqual(['anna@example.nl']);
    expect(own[0]!.subject).toMatch(/^Je BHV-certificaat verloopt op /);
    expect(told.map((r) => [r.to_address, r.person_kind, r.person_id])).toEqual([
      ['cora@example.nl', 'gebruiker', coordinator.id],
    ]);
    expect(told[0]!.text_body).toContain('van Anna');

    // Renewed with a new date: a new notice once that one comes within 60 days.
    await ok(core, token, 'volunteers.updateCertificate', {
      id: bhv.id,
      volunteerId: anna.id,
      kind: 'bhv',
      issuedOn: '2025-01-01',
      expiresOn: day(40),
    });
    runVolunteerMail(core.db, testClock());
    expect(outbox(core, 'certificaat.verloopt')).toHaveLength(2);
  });
});
