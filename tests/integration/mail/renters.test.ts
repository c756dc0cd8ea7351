import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { ok, openCore, setUp } from '../../helpers';
import { bookingHouse, single } from '../bookings/fixture';
import { addDays, fixedClock } from '../../../db/platform/clock';
import { today } from '../../clock';
import { remindExpiringOptions } from '../../../db/modules/bookings/mail';
import { releaseExpiredOptions } from '../../../db/modules/bookings/options';
import { choose, outbox } from './templates-outbox';
import { ERASED_MAIL } from '../../../db/modules/privacy/mailRecords';

async function house() {
  const core = await openCore();
  const token = await setUp(core);
  const h = await bookingHouse(core, token);
  const renter = await ok(core, token, 'renters.create', {
    name: 'Stichting Noord',
    type: 'organisatie',
    contactPerson: 'Anna de Vries',
    email: 'anna@noord.example',
    tariffCategoryId: h.sociaal.id,
  });
  return { core, token, ...h, renter };
}

/** The events of a calendar file as ical.js reads them: start and end in Amsterdam time, and the title. */
function events(ics: string) {
  const comp = new ICAL.Component(ICAL.parse(ics));
  return comp.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return { start: e.startDate.toString(), end: e.endDate.toString(), zone: e.startDate.zone?.tzid, title: e.summary };
  });
}

describe('booking confirmation', () => {
  it('goes out once when a booking is booked definite: date, rooms, times, price, house rules and an .ics', async () => {
    const { core, token, zaal, renter } = await house();
    await ok(core, token, 'house.setInfo', { topic: 'huisregels', text: 'Laat de ruimte netjes achter.' });
    const created = await ok(core, token, 'bookings.create', single(zaal.id, renter.id, { title: 'Jaarvergadering' }));
    const [mail, ...more] = outbox(core.db);
    expect(more).toEqual([]);
    expect(mail).toMatchObject({
      to_address: 'anna@noord.example',
      to_name: 'Anna de Vries',
      language: 'nl',
      reason: 'boeking.bevestiging',
      service: 1,
      related_entity: 'bookings',
      related_id: created.ids[0],
      person_kind: 'huurder',
      person_id: renter.id,
      state: 'wacht',
      subject: 'Bevestiging: Jaarvergadering op di 9 mrt 2027',
    });
    expect(mail!.text_body).toContain('Beste Anna de Vries,');
    expect(mail!.text_body).toContain('Wanneer: di 9 mrt 2027, 10:00–12:00');
    expect(mail!.text_body).toContain('Ruimte: Zaal');
    expect(mail!.text_body).toContain('Prijs: € 48,40'); // 2 hours at € 20 and 21% VAT
    expect(mail!.text_body).toContain('Onze huisregels:\nLaat de ruimte netjes achter.');
    expect(mail!.text_body).not.toContain('reeks');
    expect(mail!.html_body).toContain('<html lang="nl">');
    const [ics] = mail!.attachments;
    expect(ics).toMatchObject({ filename: 'boeking.ics', document_kind: null });
    expect(ics!.content_type).toContain('text/calendar');
    expect(events(ics!.content!.toString('utf8'))).toEqual([
      { start: '2027-03-09T10:00:00', end: '2027-03-09T12:00:00', zone: 'Europe/Amsterdam', title: 'Jaarvergadering' },
    ]);
  });

  it('is not sent for an option or a request, and goes out when the option becomes definite', async () => {
    const { core, token, kamer, renter } = await house();
    const option = await ok(
      core,
      token,
      'bookings.create',
      single(kamer.id, renter.id, { status: 'optie', optionUntil: '2027-03-01' }),
    );
    await ok(
      core,
      token,
      'bookings.create',
      single(kamer.id, renter.id, { status: 'aanvraag', startTime: '13:00', endTime: '14:00' }),
    );
    expect(outbox(core.db)).toEqual([]);
    const booking = option.bookings[0];
    const edit = { ...single(kamer.id, renter.id), id: option.ids[0], scope: 'this', date: '2027-03-09', notes: '' };
    await ok(core, token, 'bookings.update', { ...edit, status: 'bevestigd' });
    expect(outbox(core.db).map((m) => m.reason)).toEqual(['boeking.bevestiging']);
    // Editing the notes of a definite booking sends nothing; moving it sends a notice of the change.
    await ok(core, token, 'bookings.update', { ...edit, status: 'bevestigd', notes: 'Koffie om 9:45' });
    expect(outbox(core.db)).toHaveLength(1);
    await ok(core, token, 'bookings.update', { ...edit, status: 'bevestigd', startTime: '15:00', endTime: '17:00' });
    const change = outbox(core.db, 'boeking.wijziging');
    expect(change).toHaveLength(1);
    expect(change[0]!.text_body).toContain('Nu: di 9 mrt 2027, 15:00–17:00, Kamer');
    expect(change[0]!.text_body).toContain('Was: di 9 mrt 2027, 10:00–12:00, Kamer');
    expect(booking.status).toBe('optie');
  });

  it('sends one confirmation for a series, with every date in the text and the .ics', async () => {
    const { core, token, kamer, renter } = await house();
    await ok(
      core,
      token,
      'bookings.create',
      single(kamer.id, renter.id, { recurrence: { kind: 'weekly', count: 3, skipDates: [] } }),
    );
    const mails = outbox(core.db);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text_body).toContain('Dit is een reeks van 3 keer:');
    expect(mails[0]!.text_body).toContain('- di 23 mrt 2027, 10:00–12:00, Kamer');
    expect(events(mails[0]!.attachments[0]!.content!.toString()).map((e) => e.start)).toEqual([
      '2027-03-09T10:00:00',
      '2027-03-16T10:00:00',
      '2027-03-23T10:00:00',
    ]);
  });

  it('is not sent to a renter without an address, nor when the beheerder switched it off', async () => {
    const { core, token, kamer, zaal, stichting, renter } = await house();
    await ok(core, token, 'bookings.create', single(kamer.id, stichting.id));
    expect(outbox(core.db)).toEqual([]);
    const list = await ok(core, token, 'templates.list');
    const template = list.templates.find((t: { key: string }) => t.key === 'boeking.bevestiging');
    await ok(core, token, 'templates.update', {
      key: template.key,
      enabled: false,
      nl: template.nl,
      en: template.en,
    });
    await ok(core, token, 'bookings.create', single(zaal.id, renter.id));
    expect(outbox(core.db)).toEqual([]);
  });

  it('is written in English for a renter whose choice is English, dates and amounts included', async () => {
    const { core, token, zaal, renter } = await house();
    choose(core.db, 'huurder', renter.id, { language: 'en' });
    await ok(core, token, 'bookings.create', single(zaal.id, renter.id));
    const [mail] = outbox(core.db);
    expect(mail).toMatchObject({ language: 'en', subject: 'Confirmed: Bijeenkomst on Tue 9 Mar 2027' });
    expect(mail!.text_body).toContain('Price: €48.40');
    expect(mail!.html_body).toContain('<html lang="en">');
  });
});

describe('changes, cancellations and invoices', () => {
  it('tells the renter of a cancellation once, with the reason, and of a move', async () => {
    const { core, token, kamer, zaal, renter } = await house();
    const b = await ok(core, token, 'bookings.create', single(kamer.id, renter.id));
    await ok(core, token, 'bookings.move', {
      id: b.ids[0],
      start: '2027-03-09T14:00',
      end: '2027-03-09T16:00',
      fromRoomId: kamer.id,
      toRoomId: zaal.id,
      confirmWarnings: true,
    });
    const [moved] = outbox(core.db, 'boeking.wijziging');
    expect(moved!.text_body).toContain('Nu: di 9 mrt 2027, 14:00–16:00, Zaal');
    await ok(core, token, 'bookings.cancel', { id: b.ids[0], scope: 'this', reason: 'Lekkage in de zaal' });
    const cancelled = outbox(core.db, 'boeking.annulering');
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0]).toMatchObject({ subject: 'Geannuleerd: Bijeenkomst op di 9 mrt 2027', service: 1 });
    expect(cancelled[0]!.text_body).toContain('Reden: Lekkage in de zaal');
  });

  it('mails the invoice with the invoice itself as a document to render to PDF', async () => {
    const { core, token, zaal, renter } = await house();
    await ok(core, token, 'bookings.create', single(zaal.id, renter.id));
    const invoice = await ok(core, token, 'invoices.create', {
      renterId: renter.id,
      from: '2027-03-01',
      to: '2027-03-31',
    });
    const [mail] = outbox(core.db, 'boeking.factuur');
    expect(mail!.subject).toBe(`Factuur ${invoice.invoice.number} van Huis van de Wijk Test`);
    expect(mail!.service).toBe(1);
    expect(mail!.related_entity).toBe('invoices');
    expect(mail!.text_body).toContain('Bedrag: € 48,40');
    expect(mail!.attachments).toEqual([
      expect.objectContaining({
        filename: `factuur-${invoice.invoice.number}.pdf`,
        document_kind: 'factuur',
        document_id: invoice.invoice.id,
        content: null,
      }),
    ]);
  });
});

describe('the option reminder job', () => {
  const optionUntil = (days: number) => addDays(today(), days);

  it('reminds once, the set number of days before the option ends, and only those who want reminders', async () => {
    const { core, token, kamer, zaal, renter } = await house();
    const other = await ok(core, token, 'renters.create', {
      name: 'Buurtkoor',
      type: 'bewonersgroep',
      email: 'koor@example.org',
      tariffCategoryId: (await ok(core, token, 'tariffs.categories'))[0].id,
    });
    const soon = await ok(
      core,
      token,
      'bookings.create',
      single(kamer.id, renter.id, { status: 'optie', optionUntil: optionUntil(2) }),
    );
    await ok(
      core,
      token,
      'bookings.create',
      single(zaal.id, renter.id, { status: 'optie', optionUntil: optionUntil(10) }),
    );
    await ok(
      core,
      token,
      'bookings.create',
      single(kamer.id, other.id, {
        status: 'optie',
        optionUntil: optionUntil(1),
        startTime: '14:00',
        endTime: '15:00',
      }),
    );
    choose(core.db, 'huurder', other.id, { reminders: false });

    const clock = fixedClock(`${today()}T10:00`);
    expect(remindExpiringOptions(core.db, clock)).toBe(1);
    expect(remindExpiringOptions(core.db, clock)).toBe(0);
    const reminders = outbox(core.db, 'boeking.optie_herinnering');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({ service: 0, related_id: soon.ids[0], to_address: 'anna@noord.example' });
    expect(reminders[0]!.text_body).toContain('De optie loopt tot en met');

    // Ten days ahead is outside the default 3; with 14 days set, it is reminded too (once).
    await ok(core, token, 'templates.setOptionReminderDays', { days: 14 });
    expect(remindExpiringOptions(core.db, clock)).toBe(1);
    expect(remindExpiringOptions(core.db, clock)).toBe(0);
    expect(outbox(core.db, 'boeking.optie_herinnering')).toHaveLength(2);
  });

  it('tells the renter when an expired option is released', async () => {
    const { core, token, kamer, renter } = await house();
    await ok(core, token, 'bookings.create', single(kamer.id, renter.id, { status: 'optie', optionUntil: today() }));
    releaseExpiredOptions(core.db, fixedClock(`${addDays(today(), 1)}T01:00`));
    const [mail] = outbox(core.db, 'boeking.annulering');
    expect(mail!.text_body).toContain('is verlopen. De ruimte is weer vrij.');
  });
});

describe('erasure', () => {
  it("takes the renter's address and the words out of the outbox, and keeps that a message was sent", async () => {
    const { core, token, zaal, renter } = await house();
    const b = await ok(core, token, 'bookings.create', single(zaal.id, renter.id));
    await ok(core, token, 'bookings.cancel', { id: b.ids[0], scope: 'this', reason: 'Gaat niet door' });
    await ok(core, token, 'privacy.erase', {
      targets: [{ type: 'huurder', id: renter.id, scope: 'contact' }],
      reason: 'Verzoek per mail',
    });
    const mails = outbox(core.db);
    expect(mails.map((m) => m.reason)).toEqual(['boeking.bevestiging', 'boeking.annulering']);
    for (const mail of mails) {
      // Still waiting (nothing sends in this test), so no longer sent at all.
      expect(mail).toMatchObject({
        to_address: '',
        to_name: '',
        subject: ERASED_MAIL,
        text_body: ERASED_MAIL,
        html_body: '',
        state: 'geannuleerd',
      });
      expect(mail.attachments).toEqual([]);
    }
  });
});
