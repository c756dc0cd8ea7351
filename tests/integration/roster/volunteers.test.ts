import { describe, expect, it } from 'vitest';
import { addDays, formatDateNl, isoWeekday } from '../../../db/platform/clock';
import { easterSunday } from '../../../db/modules/building/holidays';
import { fails, fingerprint, ok, openCore, setUp, tokenFor, rolesByName } from '../../helpers';
import { today as testToday } from '../../clock';
import {
  CERTIFICATE_WINDOW_DAYS,
  certificateAlerts,
  certificateSummary,
} from '../../../db/modules/roster/certificates';

async function house() {
  const core = await openCore();
  const token = await setUp(core);
  await ok(core, token, 'hours.set', {
    kind: 'open',
    intervals: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '22:00' })),
  });
  await ok(core, token, 'hours.set', {
    kind: 'beheerder',
    intervals: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '17:00' })),
  });
  const roles = await rolesByName(core, token);
  const volunteer = (name: string, roleNames: string[], extra: Record<string, unknown> = {}) =>
    ok(core, token, 'volunteers.create', {
      name,
      phone: '06 12345678',
      roleIds: roleNames.map((r) => roles[r]),
      startDate: '2024-01-01',
      availability: [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) =>
        ['ochtend', 'middag', 'avond'].map((daypart) => ({ weekday, daypart })),
      ),
      ...extra,
    });
  return { core, token, roles, volunteer };
}

describe('register and certificates', () => {
  it('refuses a phone number or e-mail that is not one, and keeps personal data from the balie', async () => {
    const { core, token, volunteer } = await house();
    const before = fingerprint(core.db);
    expect(
      (
        await fails(core, token, 'volunteers.create', {
          name: 'Piet',
          phone: 'bel maar',
          email: 'piet@',
          startDate: '2024-01-01',
        })
      ).fieldErrors,
    ).toEqual({
      phone: ['Dit is geen geldig telefoonnummer.'],
      email: ['Dit is geen geldig e-mailadres.'],
    });
    expect(fingerprint(core.db)).toBe(before);
    const piet = await volunteer('Piet', ['balie'], {
      address: 'Dorpsstraat 1',
      dateOfBirth: '1960-05-01',
      emergencyContact: 'Marie, 06 11111111',
    });
    expect(piet.personal).toEqual({
      dateOfBirth: '1960-05-01',
      address: 'Dorpsstraat 1',
      emergencyContact: 'Marie, 06 11111111',
    });
    const balie = await tokenFor(core, token, 'balie');
    expect((await fails(core, balie, 'volunteers.get', { id: piet.id })).code).toBe('FORBIDDEN');
    expect(
      (await ok(core, await tokenFor(core, token, 'coordinator'), 'volunteers.get', { id: piet.id })).volunteer.personal
        .address,
    ).toBe('Dorpsstraat 1');
  });

  it('records a VOG as seen (when and by whom, never a copy) and lists what expires and who lacks a VOG', async () => {
    const { core, token, volunteer } = await house();
    const els = await volunteer('Els', ['kinderactiviteit']);
    const jan = await volunteer('Jan', ['balie']);
    expect(
      (await fails(core, token, 'volunteers.addCertificate', { volunteerId: els.id, kind: 'vog' })).fieldErrors,
    ).toEqual({
      seenOn: ['Vul in wanneer het originele VOG is gezien (bewaar nooit een kopie).'],
      seenBy: ['Vul in wie het originele VOG heeft gezien.'],
    });
    expect(
      (
        await fails(core, token, 'volunteers.addCertificate', {
          volunteerId: jan.id,
          kind: 'bhv',
          issuedOn: '2026-05-01',
          expiresOn: '2026-04-01',
        })
      ).fieldErrors,
    ).toEqual({ expiresOn: ['De vervaldatum ligt voor de datum van afgifte.'] });
    let alerts = await ok(core, token, 'volunteers.certificateAlerts');
    expect(alerts.missingVog.map((m: { volunteerName: string }) => m.volunteerName)).toEqual(['Els']);
    const today = testToday();
    await ok(core, token, 'volunteers.addCertificate', {
      volunteerId: els.id,
      kind: 'vog',
      issuedOn: addDays(today, -3 * 365 + 20),
      seenOn: addDays(today, -3 * 365 + 25),
      seenBy: 'Bea',
    });
    await ok(core, token, 'volunteers.addCertificate', {
      volunteerId: jan.id,
      kind: 'bhv',
      issuedOn: addDays(today, -700),
      expiresOn: addDays(today, 30),
    });
    alerts = await ok(core, token, 'volunteers.certificateAlerts');
    expect(alerts.missingVog).toEqual([]);
    expect(alerts.expiring.map((c: { volunteerName: string; kind: string }) => `${c.volunteerName} ${c.kind}`)).toEqual(
      ['Els vog', 'Jan bhv'],
    );
    // A renewed BHV hides the old one.
    await ok(core, token, 'volunteers.addCertificate', {
      volunteerId: jan.id,
      kind: 'bhv',
      issuedOn: today,
      expiresOn: addDays(today, 730),
    });
    expect(
      (await ok(core, token, 'volunteers.certificateAlerts')).expiring.map(
        (c: { volunteerName: string }) => c.volunteerName,
      ),
    ).toEqual(['Els']);
  });
});

describe('the register', () => {
  it('lists each volunteer with the state of their newest VOG, BHV and EHBO, and a VOG that a role asks for but is missing', async () => {
    const { core, token, volunteer } = await house();
    const today = testToday();
    await volunteer('Els', ['kinderactiviteit']);
    const jan = await volunteer('Jan', ['balie']);
    const kim = await volunteer('Kim', ['kinderactiviteit']);
    await ok(core, token, 'volunteers.addCertificate', {
      volunteerId: jan.id,
      kind: 'bhv',
      issuedOn: addDays(today, -700),
      expiresOn: addDays(today, 30),
    });
    await ok(core, token, 'volunteers.addCertificate', {
      volunteerId: jan.id,
      kind: 'ehbo',
      issuedOn: addDays(today, -800),
      expiresOn: addDays(today, -1),
    });
    // An old BHV does not hide a newer one.
    await ok(core, token, 'volunteers.addCertificate', {
      volunteerId: kim.id,
      kind: 'bhv',
      issuedOn: addDays(today, -1500),
      expiresOn: addDays(today, -700),
    });
    await ok(core, token, 'volunteers.addCertificate', {
      volunteerId: kim.id,
      kind: 'bhv',
      issuedOn: addDays(today, -10),
      expiresOn: addDays(today, 700),
    });
    await ok(core, token, 'volunteers.addCertificate', {
      volunteerId: kim.id,
      kind: 'vog',
      issuedOn: addDays(today, -30),
      seenOn: addDays(today, -25),
      seenBy: 'Bea',
    });
    const list = await ok(core, token, 'volunteers.list', {});
    const summary = Object.fromEntries(
      list.map((v: { name: string; certificates: { kind: string; state: string }[]; missingVog: boolean }) => [
        v.name,
        { certificates: v.certificates.map((c) => `${c.kind} ${c.state}`).sort(), missingVog: v.missingVog },
      ]),
    );
    expect(summary).toEqual({
      Els: { certificates: [], missingVog: true },
      Jan: { certificates: ['bhv verloopt', 'ehbo verlopen'], missingVog: false },
      Kim: { certificates: ['bhv geldig', 'vog geldig'], missingVog: false },
    });
  });
});

describe('the audit log in words', () => {
  it('says in Dutch what an edit of a volunteer, a shift or a key changed, not field names', async () => {
    const { core, token, roles, volunteer } = await house();
    const piet = await volunteer('Piet', ['balie']);
    await ok(core, token, 'volunteers.update', {
      id: piet.id,
      name: 'Piet Jansen',
      phone: '06 12345678',
      roleIds: [roles['balie'], roles['bar']],
      startDate: '2024-01-01',
      status: 'pauze',
      address: 'Dorpsstraat 1',
    });
    const date = addDays(testToday(), 7);
    const shift = await ok(core, token, 'roster.createShift', {
      title: 'Avond',
      date,
      startTime: '19:00',
      endTime: '22:00',
      needs: [{ roleId: roles['bar'], count: 1 }],
    });
    await ok(core, token, 'roster.updateShift', {
      id: shift.id,
      title: 'Avond',
      date,
      startTime: '18:30',
      endTime: '22:00',
      needs: [{ roleId: roles['bar'], count: 2 }],
      notes: 'Lang blijven',
      cancelled: false,
      bookingId: null,
    });
    const key = await ok(core, token, 'keys.create', { kind: 'sleutel', label: 'Voordeur', code: 'S-1' });
    await ok(core, token, 'keys.update', {
      id: key.id,
      kind: 'sleutel',
      label: 'Voordeur',
      code: 'S-2',
      status: 'buiten_gebruik',
    });
    const summaries = (await ok(core, token, 'audit.list', {})).rows.map(
      (r: { method: string; summary: string }) => `${r.method} ${r.summary}`,
    );
    const day = new Intl.DateTimeFormat('nl-NL', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    })
      .format(new Date(`${date}T12:00:00Z`))
      .replace(/\./g, '');
    expect(summaries).toContain(
      // The name is personal (privacy register): the log says that they changed, not what they were.
      `volunteers.update Vrijwilliger #${piet.id}: Naam gewijzigd; Status: actief → pauze; Rollen: balie → balie, bar; Persoonsgegevens gewijzigd`,
    );
    expect(summaries).toContain(
      `roster.updateShift Dienst "Avond" ${day}: Wanneer: ${day} 19:00–22:00 → ${day} 18:30–22:00; Bezetting: 1× bar → 2× bar; Notities gewijzigd`,
    );
    expect(summaries).toContain('keys.update Voordeur: Nummer: "S-1" → "S-2"; Status: beschikbaar → buiten gebruik');
  });
});

describe('shifts from templates', () => {
  it("generates shifts for the template's weekdays across summer time and skips holidays and closures", async () => {
    const { core, token, roles } = await house();
    // The first year after the test moment in which summer time starts in the fortnight around Easter: a template on
    // Mondays and Wednesdays from the Monday before Easter to the Wednesday after the next crosses both.
    let year = Number(testToday().slice(0, 4)) + 1;
    const summerTime = (y: number) => addDays(`${y}-03-31`, -(isoWeekday(`${y}-03-31`) % 7));
    const around = (y: number) => Math.abs(Date.parse(summerTime(y)) - Date.parse(easterSunday(y))) <= 6 * 86_400_000;
    while (!around(year)) year++;
    const easterMonday = addDays(easterSunday(year), 1);
    const day = (days: number) => addDays(easterMonday, days);
    await ok(core, token, 'closures.create', { startDate: day(2), endDate: day(2), reason: 'Verbouwing' });
    const made = await ok(core, token, 'roster.createTemplate', {
      name: 'Avond',
      weekdays: [1, 3],
      startTime: '19:00',
      endTime: '22:00',
      validFrom: day(-7),
      validUntil: day(9),
      needs: [{ roleId: roles['sleutelhouder'], count: 1 }],
    });
    // Mon and Wed before Easter, (Tweede Paasdag), (the Wednesday after: closed), Mon and Wed a week later.
    expect(made).toMatchObject({ created: 4, skippedClosed: [day(0), day(2)] });
    const week = await ok(core, token, 'roster.week', { from: day(-7), to: day(9) });
    expect(week.map((s: { start: string }) => s.start)).toEqual([
      `${day(-7)}T19:00`,
      `${day(-5)}T19:00`,
      `${day(7)}T19:00`,
      `${day(9)}T19:00`,
    ]);
    expect(await ok(core, token, 'roster.generate', { from: day(-7), to: day(9) })).toMatchObject({
      created: 0,
    });
    // A template has one shift a day: moving one onto the day of another says so, next to the date.
    const [first] = week as { id: number; title: string }[];
    const before = fingerprint(core.db);
    expect(
      (
        await fails(core, token, 'roster.updateShift', {
          id: first!.id,
          title: 'Avond',
          date: day(-5),
          startTime: '19:00',
          endTime: '22:00',
          needs: [],
        })
      ).fieldErrors,
    ).toEqual({
      date: [`Op ${formatDateNl(day(-5))} staat al een dienst van dit sjabloon. Wijzig die, of kies een andere datum.`],
    });
    expect(fingerprint(core.db)).toBe(before);
  });

  it('refuses a shift ending before it starts and a headcount below zero', async () => {
    const { core, token, roles } = await house();
    const before = fingerprint(core.db);
    expect(
      (
        await fails(core, token, 'roster.createShift', {
          title: 'Avond',
          date: '2027-03-22',
          startTime: '22:00',
          endTime: '19:00',
        })
      ).fieldErrors,
    ).toEqual({ endTime: ['De dienst moet eindigen na het begin.'] });
    expect(
      (
        await fails(core, token, 'roster.createShift', {
          title: 'Avond',
          date: '2027-03-22',
          startTime: '19:00',
          endTime: '22:00',
          needs: [{ roleId: roles['bar'], count: -1 }],
        })
      ).fieldErrors,
    ).toEqual({ 'needs.0.count': ['Het aantal kan niet negatief zijn.'] });
    expect(fingerprint(core.db)).toBe(before);
  });
});

describe('assigning', () => {
  it('warns for double booking, availability, absence, missing role and VOG; refuses the same volunteer twice on a shift', async () => {
    const { core, token, roles, volunteer } = await house();
    const piet = await volunteer('Piet', ['balie'], { availability: [{ weekday: 1, daypart: 'ochtend' }] });
    const a = await ok(core, token, 'roster.createShift', {
      title: 'Ochtend',
      date: '2027-03-22',
      startTime: '09:00',
      endTime: '13:00',
      needs: [{ roleId: roles['balie'], count: 1 }],
    });
    const b = await ok(core, token, 'roster.createShift', {
      title: 'Kinderclub',
      date: '2027-03-22',
      startTime: '12:00',
      endTime: '15:00',
      needs: [{ roleId: roles['kinderactiviteit'], count: 1 }],
    });
    await ok(core, token, 'roster.assign', { shiftId: a.id, volunteerId: piet.id, roleId: roles['balie'] });
    const before = fingerprint(core.db);
    expect(
      (await fails(core, token, 'roster.assign', { shiftId: a.id, volunteerId: piet.id, roleId: roles['balie'] }))
        .fieldErrors,
    ).toEqual({ volunteerId: ['Piet staat al op deze dienst.'] });
    await ok(core, token, 'volunteers.addAbsence', {
      volunteerId: piet.id,
      fromDate: '2027-03-22',
      toDate: '2027-03-23',
      reason: 'Tandarts',
    });
    const warned = await fails(core, token, 'roster.assign', {
      shiftId: b.id,
      volunteerId: piet.id,
      roleId: roles['kinderactiviteit'],
    });
    expect(warned.code).toBe('NEEDS_CONFIRMATION');
    expect(warned.fieldErrors.warnings).toEqual([
      'Piet heeft de rol kinderactiviteit niet.',
      'Piet heeft geen geldig VOG, nodig voor kinderactiviteit.',
      'Piet heeft niet opgegeven beschikbaar te zijn op ma middag: de dienst valt 2 uur in de middag (13:00–18:00). Een dagdeel telt mee als de dienst er meer dan een uur in valt.',
      'Piet is afwezig van 2027-03-22 t/m 2027-03-23 (Tandarts).',
      'Piet staat dan al ingepland bij "Ochtend" (09:00–13:00).',
    ]);
    expect(fingerprint(core.db).length).toBeGreaterThan(0);
    await ok(core, token, 'roster.assign', {
      shiftId: b.id,
      volunteerId: piet.id,
      roleId: roles['kinderactiviteit'],
      confirmWarnings: true,
    });
    expect(before).not.toBe(fingerprint(core.db));
  });

  it('shrinks the gap overview as volunteers are assigned, keeps a waiting list, and finds replacements with the fewest hours first', async () => {
    const { core, token, roles, volunteer } = await house();
    const shift = await ok(core, token, 'roster.createShift', {
      title: 'Ochtend',
      date: addDays(testToday(), 7),
      startTime: '09:00',
      endTime: '13:00',
      needs: [{ roleId: roles['gastvrouw/gastheer'], count: 2 }],
    });
    const [an, bo, cor] = [
      await volunteer('An', ['gastvrouw/gastheer']),
      await volunteer('Bo', ['gastvrouw/gastheer']),
      await volunteer('Cor', ['gastvrouw/gastheer']),
    ];
    const gaps = () => ok(core, token, 'roster.gaps', { from: testToday(), to: addDays(testToday(), 14) });
    expect((await gaps()).map((g: { missing: number }) => g.missing)).toEqual([2]);
    const first = await ok(core, token, 'roster.assign', {
      shiftId: shift.id,
      volunteerId: an.id,
      roleId: roles['gastvrouw/gastheer'],
    });
    expect((await gaps()).map((g: { missing: number }) => g.missing)).toEqual([1]);
    await ok(core, token, 'roster.assign', {
      shiftId: shift.id,
      volunteerId: bo.id,
      roleId: roles['gastvrouw/gastheer'],
    });
    expect(await gaps()).toEqual([]);
    await ok(core, token, 'roster.assign', {
      shiftId: shift.id,
      volunteerId: cor.id,
      roleId: roles['gastvrouw/gastheer'],
      waitlist: true,
    });
    const withWaitlist = await ok(core, token, 'roster.week', { from: shift.date, to: shift.date });
    expect(
      withWaitlist[0].assignments.map(
        (a: { volunteerName: string; status: string }) => `${a.volunteerName}:${a.status}`,
      ),
    ).toEqual(['An:ingepland', 'Bo:ingepland', 'Cor:wachtlijst']);
    const dee = await volunteer('Dee', ['gastvrouw/gastheer']);
    await ok(core, token, 'roster.logHours', {
      volunteerId: dee.id,
      date: testToday(),
      minutes: 600,
      description: 'Klussen',
    });
    const replacements = await ok(core, token, 'roster.replacements', { assignmentId: first.assignmentId });
    expect(replacements.map((r: { name: string }) => r.name)).toEqual(['Dee']);
    // Dee covers for An in one save: the full shift gives no warning, An is signed off, the place stays filled once.
    expect(
      (
        await fails(core, token, 'roster.assign', {
          shiftId: shift.id,
          volunteerId: dee.id,
          roleId: roles['balie'],
          replacesAssignmentId: first.assignmentId,
        })
      ).fieldErrors,
    ).toEqual({
      replacesAssignmentId: ['Een invaller neemt de plaats van An over: dezelfde rol, en niet op de wachtlijst.'],
    });
    const covered = await ok(core, token, 'roster.assign', {
      shiftId: shift.id,
      volunteerId: dee.id,
      roleId: roles['gastvrouw/gastheer'],
      replacesAssignmentId: first.assignmentId,
    });
    expect(
      covered.shift.assignments.map((a: { volunteerName: string; status: string }) => `${a.volunteerName}:${a.status}`),
    ).toEqual(['Bo:ingepland', 'Dee:ingepland', 'Cor:wachtlijst']);
    expect(covered.shift.needs[0]).toMatchObject({ count: 2, filled: 2 });
    expect((await ok(core, token, 'audit.list', { entity: 'roster' })).rows[0].summary).toContain(
      `Vrijwilliger #${dee.id} valt in voor vrijwilliger #${an.id} bij "Ochtend"`,
    );
    const eef = await volunteer('Eef', ['gastvrouw/gastheer']);
    expect(
      (
        await fails(core, token, 'roster.assign', {
          shiftId: shift.id,
          volunteerId: eef.id,
          roleId: roles['gastvrouw/gastheer'],
          replacesAssignmentId: first.assignmentId,
        })
      ).fieldErrors,
    ).toEqual({ replacesAssignmentId: ['Wie vervangen wordt, staat niet (meer) ingepland op deze dienst.'] });
  });

  it('plans someone in from the waiting list only after the same warnings as assigning', async () => {
    const { core, token, roles, volunteer } = await house();
    const date = addDays(testToday(), 7);
    const shift = await ok(core, token, 'roster.createShift', {
      title: 'Ochtend',
      date,
      startTime: '09:00',
      endTime: '13:00',
      needs: [{ roleId: roles['balie'], count: 1 }],
    });
    const other = await ok(core, token, 'roster.createShift', {
      title: 'Klusochtend',
      date,
      startTime: '10:00',
      endTime: '12:00',
    });
    const [an, bo] = [await volunteer('An', ['balie']), await volunteer('Bo', ['klussen'])];
    await ok(core, token, 'roster.assign', { shiftId: shift.id, volunteerId: an.id, roleId: roles['balie'] });
    await ok(core, token, 'roster.assign', { shiftId: other.id, volunteerId: bo.id, roleId: roles['klussen'] });
    const waiting = await ok(core, token, 'roster.assign', {
      shiftId: shift.id,
      volunteerId: bo.id,
      roleId: roles['balie'],
      waitlist: true,
    });
    const before = fingerprint(core.db);
    const error = await fails(core, token, 'roster.updateAssignment', {
      id: waiting.assignmentId,
      status: 'ingepland',
    });
    expect(error.code).toBe('NEEDS_CONFIRMATION');
    expect(error.fieldErrors.warnings).toEqual([
      '"Ochtend" is al vol voor balie (1 van 1 ingepland): Bo komt er extra bij.',
      'Bo heeft de rol balie niet.',
      'Bo staat dan al ingepland bij "Klusochtend" (10:00–12:00).',
    ]);
    expect(fingerprint(core.db)).toBe(before);
    await ok(core, token, 'roster.updateAssignment', {
      id: waiting.assignmentId,
      status: 'ingepland',
      confirmWarnings: true,
    });
    const { rows } = await ok(core, token, 'audit.list', { entity: 'roster' });
    expect(rows[0].summary).toContain(
      `Vrijwilliger #${bo.id}: wachtlijst → ingepland (ondanks: "Ochtend" is al vol voor balie`,
    );
    // Signed off and planned again in a new row: the old row cannot come back beside it.
    await ok(core, token, 'roster.updateAssignment', { id: waiting.assignmentId, status: 'afgemeld' });
    await ok(core, token, 'roster.assign', {
      shiftId: shift.id,
      volunteerId: bo.id,
      roleId: roles['balie'],
      waitlist: true,
    });
    const again = fingerprint(core.db);
    expect(
      (
        await fails(core, token, 'roster.updateAssignment', {
          id: waiting.assignmentId,
          status: 'ingepland',
          confirmWarnings: true,
        })
      ).fieldErrors,
    ).toEqual({ status: ['Bo staat al (opnieuw) op deze dienst.'] });
    expect(fingerprint(core.db)).toBe(again);
    // Changing the times of someone already planned is no new assignment: no warnings.
    const planned = (await ok(core, token, 'roster.week', { from: date, to: date }))[0].assignments.find(
      (a: { volunteerName: string }) => a.volunteerName === 'An',
    );
    await ok(core, token, 'roster.updateAssignment', {
      id: planned.id,
      status: 'ingepland',
      actualStart: `${date}T09:15`,
    });
  });

  it('leaves the place of a no-show open: the shift counts as understaffed and the building as uncovered', async () => {
    const { core, token, roles, volunteer } = await house();
    let day = addDays(testToday(), -7);
    while (isoWeekday(day) > 5) day = addDays(day, -1);
    const shift = await ok(core, token, 'roster.createShift', {
      title: 'Avond',
      date: day,
      startTime: '17:00',
      endTime: '22:00',
      needs: [{ roleId: roles['sleutelhouder'], count: 1 }],
    });
    const piet = await volunteer('Piet', ['sleutelhouder']);
    const a = await ok(core, token, 'roster.assign', {
      shiftId: shift.id,
      volunteerId: piet.id,
      roleId: roles['sleutelhouder'],
      confirmWarnings: true,
    });
    expect(await ok(core, token, 'roster.gaps', { from: day, to: day })).toEqual([]);
    const evening = { date: day, start: '17:00', end: '22:00', reasons: ['open'] };
    expect(await ok(core, token, 'roster.coverage', { from: day, to: day })).toEqual([
      { ...evening, missing: ['bhv'] },
    ]);
    await ok(core, token, 'roster.updateAssignment', {
      id: a.assignmentId,
      status: 'ingepland',
      noShow: true,
      noShowReason: 'Ziek, niet afgemeld',
    });
    expect(
      (await ok(core, token, 'roster.gaps', { from: day, to: day })).map(
        (g: { roleName: string; missing: number }) => `${g.roleName} ${g.missing}`,
      ),
    ).toEqual(['sleutelhouder 1']);
    const week = await ok(core, token, 'roster.week', { from: day, to: day });
    expect(week[0].needs[0]).toMatchObject({ count: 1, filled: 0 });
    // Piet stays on the shift, marked as no-show, for the record.
    expect(
      week[0].assignments.map((x: { volunteerName: string; noShow: boolean }) => `${x.volunteerName}:${x.noShow}`),
    ).toEqual(['Piet:true']);
    expect(await ok(core, token, 'roster.coverage', { from: day, to: day })).toEqual([
      { ...evening, missing: ['bhv', 'sleutelhouder'] },
    ]);
  });
});

describe('building coverage', () => {
  it("lists open hours and bookings outside the beheerder's hours without a BHV'er and a key holder", async () => {
    const { core, token, roles, volunteer } = await house();
    await ok(core, token, 'hours.set', { kind: 'open', intervals: [{ weekday: 1, start: '09:00', end: '21:00' }] });
    const date = '2027-03-22';
    let gaps = await ok(core, token, 'roster.coverage', { from: date, to: date });
    expect(gaps).toEqual([
      { date, start: '17:00', end: '21:00', missing: ['bhv', 'sleutelhouder'], reasons: ['open'] },
    ]);
    const piet = await volunteer('Piet', ['sleutelhouder']);
    const shift = await ok(core, token, 'roster.createShift', {
      title: 'Avond',
      date,
      startTime: '17:00',
      endTime: '21:00',
      needs: [{ roleId: roles['sleutelhouder'], count: 1 }],
    });
    await ok(core, token, 'roster.assign', { shiftId: shift.id, volunteerId: piet.id, roleId: roles['sleutelhouder'] });
    gaps = await ok(core, token, 'roster.coverage', { from: date, to: date });
    expect(gaps).toEqual([{ date, start: '17:00', end: '21:00', missing: ['bhv'], reasons: ['open'] }]);
    await ok(core, token, 'volunteers.addCertificate', {
      volunteerId: piet.id,
      kind: 'bhv',
      issuedOn: '2026-01-01',
      expiresOn: '2028-01-01',
    });
    expect(await ok(core, token, 'roster.coverage', { from: date, to: date })).toEqual([]);
    // A booking until 23:00 by a renter with key rights still needs a BHV'er after the shift.
    const cat = await ok(core, token, 'tariffs.createCategory', { name: 'Gratis', free: true });
    const renter = await ok(core, token, 'renters.create', {
      name: 'Koor',
      type: 'bewonersgroep',
      tariffCategoryId: cat.id,
      keyRights: true,
    });
    const room = await ok(core, token, 'rooms.create', { name: 'Zaal' });
    await ok(core, token, 'bookings.create', {
      roomIds: [room.id],
      renterId: renter.id,
      title: 'Koorrepetitie',
      date,
      startTime: '20:00',
      endTime: '23:00',
      status: 'bevestigd',
      confirmWarnings: true,
    });
    expect(await ok(core, token, 'roster.coverage', { from: date, to: date })).toEqual([
      { date, start: '21:00', end: '23:00', missing: ['bhv'], reasons: ['boeking buiten de uren van de beheerder'] },
    ]);
  });
});

describe('hours, no-shows and allowances', () => {
  it('counts past shifts as hours, with corrections and no-shows, plus hours logged by hand', async () => {
    const { core, token, roles, volunteer } = await house();
    const jan = await volunteer('Jan', ['balie'], { tegenprestatie: true, tegenprestatieHours: 4 });
    const day = addDays(testToday(), -3);
    const s1 = await ok(core, token, 'roster.createShift', {
      title: 'Ochtend',
      date: day,
      startTime: '09:00',
      endTime: '13:00',
      needs: [{ roleId: roles['balie'], count: 1 }],
    });
    const s2 = await ok(core, token, 'roster.createShift', {
      title: 'Middag',
      date: day,
      startTime: '13:00',
      endTime: '17:00',
      needs: [{ roleId: roles['balie'], count: 1 }],
    });
    const a1 = await ok(core, token, 'roster.assign', {
      shiftId: s1.id,
      volunteerId: jan.id,
      roleId: roles['balie'],
      confirmWarnings: true,
    });
    const a2 = await ok(core, token, 'roster.assign', {
      shiftId: s2.id,
      volunteerId: jan.id,
      roleId: roles['balie'],
      confirmWarnings: true,
    });
    await ok(core, token, 'roster.updateAssignment', {
      id: a1.assignmentId,
      status: 'ingepland',
      actualStart: `${day}T09:30`,
    });
    expect(
      (await fails(core, token, 'roster.updateAssignment', { id: a2.assignmentId, status: 'ingepland', noShow: true }))
        .fieldErrors,
    ).toEqual({ noShowReason: ['Geef een reden bij niet verschenen.'] });
    await ok(core, token, 'roster.updateAssignment', {
      id: a2.assignmentId,
      status: 'ingepland',
      noShow: true,
      noShowReason: 'Ziek, niet afgemeld',
    });
    await ok(core, token, 'roster.logHours', {
      volunteerId: jan.id,
      date: day,
      minutes: 45,
      description: 'Folders rondgebracht',
    });
    const summary = await ok(core, token, 'roster.hours', { volunteerId: jan.id, year: Number(day.slice(0, 4)) });
    expect(summary.totalMinutes).toBe(3.5 * 60 + 45);
    expect(summary.tegenprestatie.hoursPerWeek).toBe(4);
    expect(
      (
        await fails(core, token, 'roster.logHours', {
          volunteerId: jan.id,
          date: addDays(testToday(), 2),
          minutes: 60,
          description: 'x',
        })
      ).fieldErrors,
    ).toEqual({ date: ['Uren schrijf je achteraf: de datum ligt in de toekomst.'] });
  });

  it('keeps allowances under the yearly and monthly tax-free maximum', async () => {
    const { core, token, volunteer } = await house();
    const an = await volunteer('An', ['balie']);
    expect(
      (await fails(core, token, 'allowances.pay', { volunteerId: an.id, paidOn: '2026-03-01', amountCents: 5000 }))
        .fieldErrors,
    ).toEqual({ paidOn: ['Stel eerst het onbelaste maximum voor 2026 in.'] });
    await ok(core, token, 'allowances.setLimit', { year: 2026, yearlyCents: 30000, monthlyCents: 20000 });
    await ok(core, token, 'allowances.pay', { volunteerId: an.id, paidOn: '2026-03-01', amountCents: 15000 });
    expect(
      (await fails(core, token, 'allowances.pay', { volunteerId: an.id, paidOn: '2026-03-20', amountCents: 6000 }))
        .fieldErrors.amountCents?.[0],
    ).toContain('boven het maandmaximum van € 200,00');
    await ok(core, token, 'allowances.pay', { volunteerId: an.id, paidOn: '2026-04-01', amountCents: 15000 });
    expect(
      (await fails(core, token, 'allowances.pay', { volunteerId: an.id, paidOn: '2026-05-01', amountCents: 100 }))
        .fieldErrors.amountCents?.[0],
    ).toContain('boven het onbelaste maximum van € 300,00 in 2026 (al betaald: € 300,00)');
    const overview = await ok(core, token, 'roster.hoursOverview', { year: 2026 });
    expect(overview.rows[0]).toMatchObject({ name: 'An', allowanceCents: 30000, overLimit: false });
  });
});

describe('views', () => {
  it("exports a volunteer's own roster as iCal and lists milestones", async () => {
    const { core, token, roles, volunteer } = await house();
    const greet = await volunteer('Greet', ['balie'], { startDate: `${Number(testToday().slice(0, 4)) - 10}-03-01` });
    const shift = await ok(core, token, 'roster.createShift', {
      title: 'Ochtend balie',
      date: addDays(testToday(), 2),
      startTime: '09:00',
      endTime: '13:00',
    });
    await ok(core, token, 'roster.assign', {
      shiftId: shift.id,
      volunteerId: greet.id,
      roleId: roles['balie'],
      confirmWarnings: true,
    });
    const ics = await ok(core, token, 'roster.ical', { volunteerId: greet.id });
    expect(ics.fileName).toBe('rooster-greet.ics');
    expect(ics.content).toContain('SUMMARY:Ochtend balie (balie)');
    expect(ics.content).toContain(`DTSTART;TZID=Europe/Amsterdam:${shift.date.replace(/-/g, '')}T090000`);
    const milestones = await ok(core, token, 'volunteers.milestones', { year: Number(testToday().slice(0, 4)) });
    expect(milestones).toEqual([
      { volunteerId: greet.id, name: 'Greet', kind: 'jubileum', value: 10, date: `${testToday().slice(0, 4)}-03-01` },
    ]);
  });
  it('finds in SQL exactly the alerts the rule per volunteer gives, around a VOG renewal date and 29 February', async () => {
    const { core, token, volunteer } = await house();
    const vog = (issuedOn: string | null, seenOn: string, expiresOn: string | null = null) => ({
      kind: 'vog',
      issuedOn,
      seenOn,
      seenBy: 'Bea',
      expiresOn,
    });
    // Each volunteer a role that asks for a VOG, and VOGs that lapse (three years after their date) around 28 February 2027.
    const cases: Record<string, Record<string, unknown>[]> = {
      Leap: [vog('2024-02-29', '2024-03-02')],
      Feb28: [vog('2024-02-28', '2024-03-02')],
      Mar1: [vog('2024-03-01', '2024-03-02')],
      SeenOnly: [vog(null, '2024-02-29')],
      Expiry: [vog('2026-01-01', '2026-01-02', '2027-02-28')],
      Later: [vog('2027-03-01', '2027-03-01')],
      Renewed: [vog('2024-02-27', '2024-02-27'), vog('2027-02-27', '2027-02-27')],
      Bhv: [{ kind: 'bhv', issuedOn: '2025-03-01', expiresOn: '2027-03-01' }, vog(null, '2025-01-01')],
      None: [],
    };
    const ids: Record<string, number> = {};
    for (const [name, certificates] of Object.entries(cases)) {
      ids[name] = (await volunteer(name, ['kinderactiviteit'])).id;
      for (const c of certificates)
        await ok(core, token, 'volunteers.addCertificate', { volunteerId: ids[name], ...c });
    }
    for (let day = -3; day <= 4; day++) {
      const today = addDays('2027-02-28', day);
      const alerts = certificateAlerts(core.db, CERTIFICATE_WINDOW_DAYS, today);
      const rule = Object.entries(ids).map(([name, id]) => ({ name, ...certificateSummary(core.db, id, today) }));
      expect(
        alerts.missingVog.map((m) => m.volunteerName),
        today,
      ).toEqual(
        rule
          .filter((r) => r.missingVog)
          .map((r) => r.name)
          .sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())),
      );
      expect(alerts.expiring.map((c) => `${c.volunteerName} ${c.kind} ${c.validUntil}`).sort(), today).toEqual(
        rule
          .flatMap((r) =>
            r.certificates.filter((c) => c.state !== 'geldig').map((c) => `${r.name} ${c.kind} ${c.validUntil}`),
          )
          .sort(),
      );
    }
  });
});
