import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { fails, ok, openCore, setUp } from '../../helpers';
import { bookingHouse, single } from './fixture';
import { toCsv } from '../../../db/platform/csv';
import { periodsOf } from '../../../db/modules/bookings/reports';
import { today as testToday } from '../../clock';
import { addDays, isoWeekday } from '../../../db/platform/clock';

async function house() {
  const core = await openCore();
  const token = await setUp(core);
  return { core, token, ...(await bookingHouse(core, token)) };
}

/** Expands a calendar the way Thunderbird does (ical.js) into 'start title' strings in Amsterdam time. */
function expand(ics: string, until: string): string[] {
  const comp = new ICAL.Component(ICAL.parse(ics));
  const events = comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const out: string[] = [];
  for (const event of events.filter((e) => !e.isRecurrenceException())) {
    for (const other of events.filter((e) => e.isRecurrenceException() && e.uid === event.uid))
      event.relateException(other);
    if (!event.isRecurring()) {
      out.push(`${event.startDate.toString().slice(0, 16)} ${event.summary}`);
      continue;
    }
    const it = event.iterator();
    for (let next = it.next(); next && next.toString() < until; next = it.next()) {
      const details = event.getOccurrenceDetails(next);
      out.push(`${details.startDate.toString().slice(0, 16)} ${details.item.summary}`);
    }
  }
  return out.sort();
}

describe('iCal export', () => {
  // March of next year, whatever the test moment: `dst` is the Sunday summer time starts, `tue` the Tuesday before.
  const year = Number(testToday().slice(0, 4)) + 1;
  const dst = addDays(`${year}-03-31`, -(isoWeekday(`${year}-03-31`) % 7));
  const tue = addDays(dst, -5);
  const day = (days: number) => addDays(tue, days);

  it('is valid for calendar programs: series as RRULE, skipped and cancelled dates as EXDATE, edited ones as overrides', async () => {
    const { core, token, kamer, zaal, bewoners } = await house();
    const made = await ok(
      core,
      token,
      'bookings.create',
      single(kamer.id, bewoners.id, {
        title: 'Taalcafé',
        date: day(-7),
        startTime: '19:00',
        endTime: '21:00',
        keyHolder: 'Joke',
        recurrence: { kind: 'weekly', count: 4, skipDates: [tue] },
      }),
    );
    await ok(core, token, 'bookings.cancel', { id: made.ids[1], reason: 'Ziek' });
    await ok(core, token, 'bookings.update', {
      ...single(kamer.id, bewoners.id),
      id: made.ids[2],
      scope: 'this',
      date: day(15),
      startTime: '18:30',
      endTime: '20:30',
      title: 'Taalcafé (woensdag)',
      keyHolder: 'Joke',
    });
    await ok(
      core,
      token,
      'bookings.create',
      single(zaal.id, bewoners.id, {
        title: 'Buurtfeest',
        date: day(-10),
        startTime: '14:00',
        endTime: '18:00',
        confirmWarnings: true,
      }),
    );

    const { fileName, content } = await ok(core, token, 'bookings.ical');
    expect(fileName).toBe('huis-van-de-wijk-test.ics');
    expect(content).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam');
    expect(content).toMatch(/RRULE:FREQ=WEEKLY;COUNT=4/);
    // ical.js counts EXDATEs toward COUNT, as RFC 5545 says.
    expect(expand(content, `${year + 1}-01-01`)).toEqual([
      `${day(-10)}T14:00 Buurtfeest`,
      `${day(-7)}T19:00 Taalcafé`,
      `${day(15)}T18:30 Taalcafé (woensdag)`,
    ]);
    const comp = new ICAL.Component(ICAL.parse(content));
    const series = comp.getAllSubcomponents('vevent').find((v) => v.getFirstPropertyValue('rrule'))!;
    expect(series.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Amsterdam');
    const exdates = series
      .getAllProperties('exdate')
      .flatMap((p) => p.getValues().map((v: { toString(): string }) => v.toString().slice(0, 16)));
    expect(exdates.sort()).toEqual([`${tue}T19:00`, `${day(7)}T19:00`]);

    const room = await ok(core, token, 'bookings.ical', { roomId: zaal.id });
    expect(room.fileName).toBe('huis-van-de-wijk-test-zaal.ics');
    expect(expand(room.content, `${year + 1}-01-01`)).toEqual([`${day(-10)}T14:00 Buurtfeest`]);
  });

  it('keeps 19:00 at 19:00 in Amsterdam across summer time in the exported series', async () => {
    const { core, token, kamer, bewoners } = await house();
    await ok(
      core,
      token,
      'bookings.create',
      single(kamer.id, bewoners.id, {
        date: tue,
        startTime: '19:00',
        endTime: '21:00',
        keyHolder: 'Joke',
        recurrence: { kind: 'weekly', count: 3 },
      }),
    );
    const { content } = await ok(core, token, 'bookings.ical');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(content)).getFirstSubcomponent('vevent')!);
    const it = event.iterator();
    const utc = [it.next(), it.next(), it.next()].map((t) => t!.toJSDate().toISOString());
    expect(utc).toEqual([`${tue}T18:00:00.000Z`, `${day(7)}T17:00:00.000Z`, `${day(14)}T17:00:00.000Z`]);
  });
});

describe('invoices', () => {
  it('invoices confirmed bookings with a price per renter and period, numbers them per year, and records payment', async () => {
    const { core, token, kamer, zaal, stichting, bewoners } = await house();
    await ok(
      core,
      token,
      'bookings.create',
      single(kamer.id, stichting.id, { startTime: '13:00', endTime: '15:00', keyHolder: 'x' }),
    );
    await ok(
      core,
      token,
      'bookings.create',
      single(zaal.id, stichting.id, { date: '2027-03-10', startTime: '10:00', endTime: '11:00' }),
    );
    await ok(
      core,
      token,
      'bookings.create',
      single(kamer.id, stichting.id, { date: '2027-03-11', status: 'aanvraag' }),
    );
    await ok(core, token, 'bookings.create', single(kamer.id, bewoners.id, { date: '2027-03-12' }));
    const preview = await ok(core, token, 'invoices.candidates', {
      renterId: stichting.id,
      from: '2027-03-01',
      to: '2027-03-31',
    });
    expect(preview).toMatchObject({ subtotalCents: 4000, vatCents: 420, totalCents: 4420 });
    const first = await ok(core, token, 'invoices.create', {
      renterId: stichting.id,
      from: '2027-03-01',
      to: '2027-03-31',
    });
    expect(first.invoice).toMatchObject({
      number: `${Number(testToday().slice(0, 4))}-0001`,
      totalCents: 4420,
      status: 'open',
    });
    expect(first.lines).toHaveLength(2);
    expect(first.lines[0].description).toContain('Kamer: Bijeenkomst');
    expect(first.renter.invoiceAddress).toBe('Postbus 1\n3000 AA Rotterdam');
    expect(
      (await fails(core, token, 'invoices.create', { renterId: stichting.id, from: '2027-03-01', to: '2027-03-31' }))
        .fieldErrors.renterId?.[0],
    ).toContain('geen bevestigde, nog niet gefactureerde boekingen');
    const rows = await ok(core, token, 'bookings.list', {
      from: '2027-03-09',
      to: '2027-03-10',
      renterId: stichting.id,
    });
    expect(rows.map((r: { paymentStatus: string }) => r.paymentStatus)).toEqual(['gefactureerd', 'gefactureerd']);
    expect(
      (await fails(core, token, 'invoices.markPaid', { id: first.invoice.id, paidOn: '2000-01-01' })).fieldErrors,
    ).toEqual({ paidOn: ['De betaaldatum ligt voor de factuurdatum.'] });
    await ok(core, token, 'invoices.markPaid', { id: first.invoice.id, paidOn: testToday() });
    const paid = await ok(core, token, 'bookings.list', {
      from: '2027-03-09',
      to: '2027-03-10',
      renterId: stichting.id,
    });
    expect(paid.map((r: { paymentStatus: string }) => r.paymentStatus)).toEqual(['betaald', 'betaald']);
    expect((await fails(core, token, 'invoices.void', { id: first.invoice.id, reason: 'Fout' })).code).toBe('CONFLICT');
  });

  it('voids an open invoice and frees its bookings for a new one with the next number', async () => {
    const { core, token, kamer, stichting } = await house();
    await ok(core, token, 'bookings.create', single(kamer.id, stichting.id));
    const first = await ok(core, token, 'invoices.create', {
      renterId: stichting.id,
      from: '2027-03-01',
      to: '2027-03-31',
    });
    await ok(core, token, 'invoices.void', { id: first.invoice.id, reason: 'Verkeerd adres' });
    const second = await ok(core, token, 'invoices.create', {
      renterId: stichting.id,
      from: '2027-03-01',
      to: '2027-03-31',
    });
    expect(second.invoice.number.slice(5)).toBe('0002');
    expect((await ok(core, token, 'invoices.list')).map((i: { status: string }) => i.status)).toEqual([
      'open',
      'vervallen',
    ]);
  });
});

describe('reports', () => {
  it('computes occupancy per room against the opening hours, and revenue per tariff category', async () => {
    const { core, token, kamer, zaal, stichting, bewoners } = await house();
    // Week 10 of 2027 (8–14 March): open Mon–Sat 09:00–22:00 = 78 hours.
    await ok(
      core,
      token,
      'bookings.create',
      single(kamer.id, stichting.id, { date: '2027-03-09', startTime: '09:00', endTime: '12:00' }),
    );
    await ok(
      core,
      token,
      'bookings.create',
      single(kamer.id, bewoners.id, {
        date: '2027-03-10',
        startTime: '21:00',
        endTime: '23:00',
        confirmWarnings: true,
      }),
    );
    await ok(
      core,
      token,
      'bookings.create',
      single(zaal.id, stichting.id, { date: '2027-03-11', status: 'optie', optionUntil: '2027-03-01' }),
    );
    const report = await ok(core, token, 'reports.occupancy', {
      from: '2027-03-08',
      to: '2027-03-14',
      granularity: 'week',
    });
    expect(report.periods).toEqual([{ label: 'week 10 2027', from: '2027-03-08', to: '2027-03-14' }]);
    const kamerRow = report.rows.find((r: { roomId: number }) => r.roomId === kamer.id);
    expect(kamerRow.cells[0]).toEqual({ bookedHours: 4, openHours: 78, percent: 5.1 });
    expect(report.rows.find((r: { roomId: number }) => r.roomId === zaal.id).cells[0].bookedHours).toBe(0);
    const revenue = await ok(core, token, 'reports.revenue', { from: '2027-03-01', to: '2027-03-31' });
    expect(revenue).toEqual([
      { category: 'Sociaal', bookings: 1, hours: 3, revenueCents: 3000, invoicedCents: 0, paidCents: 0 },
      { category: 'Bewonersinitiatief', bookings: 1, hours: 2, revenueCents: 0, invoicedCents: 0, paidCents: 0 },
    ]);
  });

  it('splits a period into weeks, months and quarters', () => {
    expect(periodsOf('2027-01-01', '2027-01-20', 'week').map((p) => p.label)).toEqual([
      'week 53 2026',
      'week 1 2027',
      'week 2 2027',
      'week 3 2027',
    ]);
    expect(periodsOf('2027-01-15', '2027-03-10', 'month').map((p) => [p.label, p.from, p.to])).toEqual([
      ['januari 2027', '2027-01-15', '2027-01-31'],
      ['februari 2027', '2027-02-01', '2027-02-28'],
      ['maart 2027', '2027-03-01', '2027-03-10'],
    ]);
    expect(periodsOf('2027-02-01', '2027-12-31', 'quarter').map((p) => p.label)).toEqual([
      'Q1 2027',
      'Q2 2027',
      'Q3 2027',
      'Q4 2027',
    ]);
  });

  it('writes CSV that Dutch spreadsheets open: semicolons, decimal commas, quoted text, no formula injection', () => {
    expect(
      toCsv(
        ['Ruimte', 'Uren'],
        [
          ['Zaal; groot', 12.5],
          ['=SOM(A1)', null],
        ],
      ),
    ).toBe('\uFEFFRuimte;Uren\r\n"Zaal; groot";12,5\r\n\'=SOM(A1);\r\n');
  });
});

describe('an invoice that was sent', () => {
  it('keeps its own lines when a booking changes later or the invoice is voided', async () => {
    const { core, token, kamer, stichting } = await house();
    const made = await ok(core, token, 'bookings.create', single(kamer.id, stichting.id));
    const invoice = await ok(core, token, 'invoices.create', {
      renterId: stichting.id,
      from: '2027-03-01',
      to: '2027-03-31',
    });
    expect(invoice.lines).toEqual([
      expect.objectContaining({
        date: '2027-03-09',
        startTime: '10:00',
        endTime: '12:00',
        rooms: 'Kamer',
        title: 'Bijeenkomst',
        amountCents: 2000,
      }),
    ]);
    await ok(core, token, 'bookings.update', {
      ...single(kamer.id, stichting.id),
      id: made.ids[0],
      title: 'Andere titel',
      startTime: '11:00',
      endTime: '12:00',
    });
    expect((await ok(core, token, 'invoices.get', { id: invoice.invoice.id })).lines[0]).toMatchObject({
      title: 'Bijeenkomst',
      startTime: '10:00',
      amountCents: 2000,
    });
    await ok(core, token, 'invoices.void', { id: invoice.invoice.id, reason: 'Fout' });
    expect((await ok(core, token, 'invoices.get', { id: invoice.invoice.id })).lines).toHaveLength(1);
    expect(
      (await fails(core, token, 'invoices.create', { renterId: stichting.id, from: '2026-01-01', to: '2027-12-31' }))
        .fieldErrors,
    ).toEqual({ to: ['Factureer een periode van hoogstens een jaar.'] });
  });
});
