import { describe, expect, it } from 'vitest';
import { auditCount, fails, fingerprint, ok, openCore, setUp } from '../../helpers';

const profile = {
  name: 'Huis van de Wijk De Esch',
  street: 'Eschplein 3',
  postcode: '3063ab',
  city: 'Rotterdam',
  gebied: 'Kralingen-Crooswijk',
  wijken: ['Kralingen-Oost', 'De Esch'],
  managementForm: 'zelfbeheer',
  phone: '010-1234567',
  email: 'info@de-esch.example',
  accessibility: 'Drempelloze ingang',
  closedOnHolidays: true,
};

describe('building profile', () => {
  it('saves the profile, normalises the postcode and names the welfare provider of the gebied', async () => {
    const core = await openCore();
    const token = await setUp(core);
    const saved = await ok(core, token, 'building.update', profile);
    expect(saved).toMatchObject({
      postcode: '3063 AB',
      gebied: 'Kralingen-Crooswijk',
      welfareProvider: 'DOCK',
      wijken: ['Kralingen-Oost', 'De Esch'],
    });
    expect(await ok(core, token, 'building.get')).toEqual(saved);
    const { rows } = await ok(core, token, 'audit.list', { entity: 'building' });
    expect(rows[0].summary).toBe(
      'Naam: "Huis van de Wijk Test" → "Huis van de Wijk De Esch"; Straat en huisnummer: (leeg) → "Eschplein 3"; ' +
        'Postcode: (leeg) → "3063 AB"; Gebied: (geen) → Kralingen-Crooswijk; Wijken: (leeg) → Kralingen-Oost, De Esch; ' +
        'Beheervorm: sociaal beheer → zelfbeheer; Telefoon: (leeg) → "010-1234567"; E-mail: (leeg) → "info@de-esch.example"; ' +
        'Toegankelijkheid gewijzigd',
    );
  });

  it('refuses an unknown gebied, a bad postcode, e-mail and phone, and a duplicate wijk, next to each field', async () => {
    const core = await openCore();
    const token = await setUp(core);
    const before = fingerprint(core.db);
    const error = await fails(core, token, 'building.update', {
      ...profile,
      gebied: 'Schiedam',
      postcode: '12345',
      email: 'geen-adres',
      phone: 'bel me',
      wijken: ['De Esch', 'de esch'],
    });
    expect(error.fieldErrors).toEqual({
      gebied: ['Kies een van de 14 gebieden.'],
      postcode: ['Vul een postcode in als 1234 AB.'],
      email: ['Dit is geen geldig e-mailadres.'],
      phone: ['Dit is geen geldig telefoonnummer.'],
      wijken: ['Elke wijk maar één keer.'],
    });
    expect(fingerprint(core.db)).toBe(before);
  });

  it('lets every role read the building but only the beheerder change it', async () => {
    const core = await openCore();
    const token = await setUp(core);
    expect((await ok(core, token, 'building.get')).name).toBe('Huis van de Wijk Test');
  });
});

describe("opening hours and the beheerder's hours", () => {
  it('replaces the hours of one kind and leaves the other alone', async () => {
    const core = await openCore();
    const token = await setUp(core);
    await ok(core, token, 'hours.set', {
      kind: 'beheerder',
      intervals: [{ weekday: 1, start: '08:30', end: '17:00' }],
    });
    const open = [
      { weekday: 2, start: '19:00', end: '22:00' },
      { weekday: 2, start: '09:00', end: '12:00' },
      { weekday: 6, start: '10:00', end: '16:00' },
    ];
    await ok(core, token, 'hours.set', { kind: 'open', intervals: open });
    expect(await ok(core, token, 'hours.get')).toEqual({
      open: [
        { weekday: 2, start: '09:00', end: '12:00' },
        { weekday: 2, start: '19:00', end: '22:00' },
        { weekday: 6, start: '10:00', end: '16:00' },
      ],
      beheerder: [{ weekday: 1, start: '08:30', end: '17:00' }],
    });
  });

  it('refuses an end before the start, overlapping intervals, a bad time and day 8', async () => {
    const core = await openCore();
    const token = await setUp(core);
    const before = fingerprint(core.db);
    const error = await fails(core, token, 'hours.set', {
      kind: 'open',
      intervals: [
        { weekday: 1, start: '12:00', end: '09:00' },
        { weekday: 2, start: '09:00', end: '13:00' },
        { weekday: 2, start: '12:00', end: '15:00' },
        { weekday: 3, start: '25:00', end: '26:00' },
        { weekday: 8, start: '09:00', end: '10:00' },
      ],
    });
    expect(error.fieldErrors['intervals.0.end']).toEqual(['De eindtijd moet na de begintijd liggen.']);
    expect(error.fieldErrors['intervals.3.start']?.[0]).toContain('UU:MM');
    expect(error.fieldErrors['intervals.4.weekday']).toEqual(['Kies een dag.']);
    expect(fingerprint(core.db)).toBe(before);
    // The overlap check runs once the intervals themselves are valid.
    const overlap = await fails(core, token, 'hours.set', {
      kind: 'open',
      intervals: [
        { weekday: 2, start: '09:00', end: '13:00' },
        { weekday: 2, start: '12:00', end: '15:00' },
      ],
    });
    expect(overlap.fieldErrors).toEqual({
      'intervals.1.start': ['Deze tijden overlappen andere tijden op dezelfde dag.'],
    });
  });
});

describe('closures and holidays', () => {
  it('creates, lists by period, updates and deletes closures, each audited', async () => {
    const core = await openCore();
    const token = await setUp(core);
    const audits = auditCount(core.db);
    const c = await ok(core, token, 'closures.create', {
      startDate: '2026-07-20',
      endDate: '2026-08-02',
      reason: 'Zomersluiting',
    });
    expect(await ok(core, token, 'closures.list', { from: '2026-08-01', to: '2026-08-31' })).toEqual([c]);
    expect(await ok(core, token, 'closures.list', { from: '2026-08-03', to: '2026-08-31' })).toEqual([]);
    const moved = await ok(core, token, 'closures.update', {
      id: c.id,
      startDate: '2026-07-27',
      endDate: '2026-08-09',
      reason: 'Zomersluiting',
    });
    expect(moved.endDate).toBe('2026-08-09');
    await ok(core, token, 'closures.delete', { id: c.id });
    expect(await ok(core, token, 'closures.list', { from: '2026-01-01', to: '2026-12-31' })).toEqual([]);
    expect(auditCount(core.db)).toBe(audits + 3);
    expect((await fails(core, token, 'closures.delete', { id: c.id })).code).toBe('NOT_FOUND');
  });

  it('refuses an end date before the start date and a date that does not exist', async () => {
    const core = await openCore();
    const token = await setUp(core);
    expect(
      (
        await fails(core, token, 'closures.create', {
          startDate: '2026-05-10',
          endDate: '2026-05-01',
          reason: 'Verbouwing',
        })
      ).fieldErrors,
    ).toEqual({ endDate: ['De einddatum mag niet voor de begindatum liggen.'] });
    expect(
      (await fails(core, token, 'closures.create', { startDate: '2026-02-30', endDate: '2026-03-01', reason: 'X' }))
        .fieldErrors,
    ).toEqual({ startDate: ['Deze datum bestaat niet.'] });
    expect(
      (await fails(core, token, 'closures.create', { startDate: '2026-03-01', endDate: '2026-03-01', reason: '  ' }))
        .fieldErrors,
    ).toEqual({ reason: ['Reden is verplicht.'] });
  });

  it('tells per day whether the house is open, with closures and holidays taken into account', async () => {
    const core = await openCore();
    const token = await setUp(core, true);
    await ok(core, token, 'closures.create', {
      startDate: '2027-03-10',
      endDate: '2027-03-10',
      reason: 'Verkiezingen: stembureau',
    });
    const days = await ok(core, token, 'calendar.days', { date: '2027-03-08', days: 7 });
    expect(days.map((d: { weekday: number }) => d.weekday)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(days[0]).toMatchObject({
      date: '2027-03-08',
      open: [{ start: '09:00', end: '22:00' }],
      beheerder: [{ start: '08:30', end: '17:00' }],
      closedBecause: null,
    });
    expect(days[2]).toMatchObject({ open: [], closedBecause: 'Verkiezingen: stembureau' });
    expect(days[6]).toMatchObject({ open: [], closedBecause: null });
    const easterMonday = await ok(core, token, 'calendar.days', { date: '2027-03-29' });
    expect(easterMonday[0]).toMatchObject({ closedBecause: 'Tweede Paasdag', open: [] });
    await ok(core, token, 'building.update', {
      ...(await ok(core, token, 'building.get')),
      welfareProvider: undefined,
      closedOnHolidays: false,
    });
    expect((await ok(core, token, 'calendar.days', { date: '2027-03-29' }))[0]).toMatchObject({
      closedBecause: null,
      open: [{ start: '09:00', end: '22:00' }],
    });
  });

  it('lists the holidays of any year and refuses nonsense years', async () => {
    const core = await openCore();
    const token = await setUp(core);
    expect((await ok(core, token, 'calendar.holidays', { year: 2027 })).map((h: { name: string }) => h.name)).toContain(
      'Koningsdag',
    );
    expect((await fails(core, token, 'calendar.holidays', { year: 99999 })).fieldErrors).toEqual({
      year: ['Kies een jaar tot 2200.'],
    });
  });
});
