import { describe, expect, it } from 'vitest';
import { addDays, fixedClock, localDateTime } from '../../../db/platform/clock';
import { anonymiseExpiredIncidents } from '../../../db/modules/beheer/incidents';
import { fails, fingerprint, ok, openCore, setUp, tokenFor } from '../../helpers';
import { today as testToday, testClock } from '../../clock';

async function house() {
  const core = await openCore();
  const token = await setUp(core);
  return { core, token };
}

const today = () => testToday();
const past = (days: number) => `${addDays(testToday(), -days)}T10:00`;

describe('logbook', () => {
  it('keeps a handover note on top until someone has read it, and finds entries by text', async () => {
    const { core, token } = await house();
    const balie = await tokenFor(core, token, 'balie');
    await ok(core, balie, 'logbook.create', {
      date: today(),
      daypart: 'ochtend',
      category: 'bezoekers',
      text: 'Rustige ochtend, 12 bezoekers.',
    });
    const note = await ok(core, balie, 'logbook.create', {
      date: today(),
      daypart: 'middag',
      category: 'overdracht',
      text: 'Lamp in de gang is kapot.',
      handover: true,
    });
    expect((await ok(core, token, 'logbook.handovers')).map((e: { id: number }) => e.id)).toEqual([note.id]);
    const read = await ok(core, token, 'logbook.acknowledge', { id: note.id });
    expect(read).toMatchObject({ acknowledgedBy: 'Bea Beheer' });
    expect(await ok(core, token, 'logbook.handovers')).toEqual([]);
    expect((await fails(core, token, 'logbook.acknowledge', { id: note.id })).message).toBe(
      'Al gelezen door Bea Beheer.',
    );
    const found = await ok(core, token, 'logbook.list', { from: addDays(today(), -7), to: today(), text: 'lamp' });
    expect(found.map((e: { id: number }) => e.id)).toEqual([note.id]);
  });

  it('lets only the author or the beheerder change an entry, and the coördinator only read', async () => {
    const { core, token } = await house();
    const balie = await tokenFor(core, token, 'balie');
    const other = await tokenFor(core, token, 'balie');
    const coordinator = await tokenFor(core, token, 'coordinator');
    const entry = await ok(core, balie, 'logbook.create', {
      date: today(),
      daypart: 'avond',
      category: 'algemeen',
      text: 'Eerste versie',
    });
    expect((await fails(core, other, 'logbook.update', { ...entry, text: 'Overschreven' })).code).toBe('FORBIDDEN');
    await ok(core, token, 'logbook.update', { ...entry, text: 'Door beheerder aangevuld' });
    expect(
      (
        await fails(core, coordinator, 'logbook.create', {
          date: today(),
          daypart: 'avond',
          category: 'algemeen',
          text: 'x',
        })
      ).code,
    ).toBe('FORBIDDEN');
    expect(await ok(core, coordinator, 'logbook.list', { from: today(), to: today() })).toHaveLength(1);
  });
});

describe('opening and closing checklists', () => {
  it('records each item done or not, with a reason for what was not done, and refuses an empty record', async () => {
    const { core, token } = await house();
    const items = (await ok(core, token, 'checklists.items')).filter((i: { kind: string }) => i.kind === 'opening');
    expect(items.length).toBeGreaterThan(3);
    const before = fingerprint(core.db);
    expect((await fails(core, token, 'checklists.record', { kind: 'opening', items: [] })).fieldErrors).toEqual({
      items: ['Een lege checklist kan niet worden vastgelegd: vink de punten af of geef een reden.'],
    });
    const withoutReason = items.map((i: { id: number }, n: number) => ({ itemId: i.id, done: n !== 1, reason: '' }));
    expect(
      (await fails(core, token, 'checklists.record', { kind: 'opening', items: withoutReason })).fieldErrors,
    ).toEqual({ 'items.1.reason': ['Geef een reden waarom dit niet is gedaan.'] });
    expect(
      (
        await fails(core, token, 'checklists.record', {
          kind: 'opening',
          items: withoutReason.slice(0, 2).map((i: object) => ({ ...i, reason: 'x' })),
        })
      ).fieldErrors.items?.[0],
    ).toMatch(/^Nog niet ingevuld: /);
    expect(fingerprint(core.db)).toBe(before);
    const run = await ok(core, token, 'checklists.record', {
      kind: 'opening',
      items: withoutReason.map((i: object, n: number) => ({
        ...i,
        reason: n === 1 ? 'Lampen vervangen: wacht op onderdeel' : '',
      })),
    });
    expect(run.items[1]).toEqual({
      label: items[1].label,
      done: false,
      reason: 'Lampen vervangen: wacht op onderdeel',
    });
    expect(run.userName).toBe('Bea Beheer');
    // A renamed item leaves the record as it was.
    await ok(core, token, 'checklists.updateItem', {
      id: items[1].id,
      label: 'Nieuwe naam',
      active: true,
      sortOrder: 2,
    });
    expect((await ok(core, token, 'checklists.runs', {}))[0].items[1].label).toBe(items[1].label);
  });

  it('warns on Vandaag when the opening has not been recorded, and not once it has', async () => {
    const { core, token } = await house();
    await ok(core, token, 'hours.set', {
      kind: 'open',
      intervals: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '23:59' })),
    });
    await ok(core, token, 'building.update', { ...(await ok(core, token, 'building.get')), closedOnHolidays: false });
    const before = await ok(core, token, 'dashboard.today');
    expect(before.checklists).toMatchObject({ openingMissing: true, opening: null, opensAt: '00:00' });
    const items = (await ok(core, token, 'checklists.items')).filter((i: { kind: string }) => i.kind === 'opening');
    await ok(core, token, 'checklists.record', {
      kind: 'opening',
      items: items.map((i: { id: number }) => ({ itemId: i.id, done: true })),
    });
    const after = await ok(core, token, 'dashboard.today');
    expect(after.checklists.openingMissing).toBe(false);
    expect(after.checklists.opening.userName).toBe('Bea Beheer');
  });
});

describe('incidents', () => {
  it('records an incident with follow-ups, and refuses a date in the future and a follow-up due before it', async () => {
    const { core, token } = await house();
    const balie = await tokenFor(core, token, 'balie');
    const before = fingerprint(core.db);
    const future = `${addDays(today(), 1)}T10:00`;
    expect(
      (
        await fails(core, balie, 'incidents.create', {
          occurredAt: future,
          category: 'overlast',
          severity: 'laag',
          description: 'Harde muziek',
        })
      ).fieldErrors,
    ).toEqual({ occurredAt: ['Een incident kan niet in de toekomst liggen.'] });
    expect(
      (
        await fails(core, balie, 'incidents.create', {
          occurredAt: past(2),
          category: 'overlast',
          severity: 'laag',
          description: 'Harde muziek',
          followups: [{ action: 'Gesprek met groep', owner: 'Beheerder', dueDate: addDays(today(), -5) }],
        })
      ).fieldErrors,
    ).toEqual({ 'followups.0.dueDate': ['De uiterste datum ligt voor het incident.'] });
    expect(fingerprint(core.db)).toBe(before);
    const incident = await ok(core, balie, 'incidents.create', {
      occurredAt: past(2),
      category: 'overlast',
      severity: 'middel',
      description: 'Harde muziek na 22:00',
      actionTaken: 'Groep aangesproken',
      servicesCalled: true,
      servicesReference: 'PL1700-2026',
      followups: [{ action: 'Gesprek met groep', owner: 'Beheerder', dueDate: addDays(today(), 3) }],
    });
    expect(incident).toMatchObject({ status: 'open', reportedByName: 'Test balie', servicesCalled: true });
    expect(
      (
        await fails(core, token, 'incidents.addFollowup', {
          incidentId: incident.id,
          action: 'Te laat',
          owner: 'X',
          dueDate: addDays(today(), -3),
        })
      ).fieldErrors,
    ).toEqual({ dueDate: ['De uiterste datum ligt voor het incident.'] });
    const done = await ok(core, token, 'incidents.setFollowupDone', { id: incident.followups[0].id, done: true });
    expect(done.followups[0].doneAt).not.toBeNull();
    await ok(core, token, 'incidents.update', {
      id: incident.id,
      status: 'afgesloten',
      actionTaken: 'Afspraken gemaakt',
      servicesCalled: true,
      servicesReference: 'PL1700-2026',
    });
    expect((await ok(core, token, 'dashboard.today')).incidents.open).toBe(0);
  });

  it('anonymises incidents older than the retention period, keeping the figures', async () => {
    const { core, token } = await house();
    const old = await ok(core, token, 'incidents.create', {
      occurredAt: past(800),
      category: 'agressie',
      severity: 'hoog',
      description: 'Meneer J. schold de balie uit',
      servicesReference: 'PL-1',
      servicesCalled: true,
      followups: [{ action: 'Bel J.', owner: 'Bea', dueDate: addDays(today(), -790) }],
    });
    const recent = await ok(core, token, 'incidents.create', {
      occurredAt: past(10),
      category: 'schade',
      severity: 'laag',
      description: 'Stoel kapot',
    });
    expect(anonymiseExpiredIncidents(core.db, core.clock)).toEqual([old.id]);
    const gone = await ok(core, token, 'incidents.get', { id: old.id });
    expect(gone).toMatchObject({ category: 'agressie', severity: 'hoog', servicesReference: '', reportedByName: '' });
    expect(gone.description).not.toContain('J.');
    expect(gone.followups[0]).toMatchObject({ owner: '' });
    expect(gone.anonymisedAt).not.toBeNull();
    expect((await ok(core, token, 'incidents.get', { id: recent.id })).description).toBe('Stoel kapot');
    expect(anonymiseExpiredIncidents(core.db, core.clock)).toEqual([]);
    expect(
      (
        await fails(core, token, 'incidents.update', {
          id: old.id,
          status: 'afgesloten',
          actionTaken: '',
          servicesCalled: false,
          servicesReference: '',
        })
      ).code,
    ).toBe('CONFLICT');
    await ok(core, token, 'settings.update', { incidentRetentionMonths: 6 });
    expect(anonymiseExpiredIncidents(core.db, fixedClock(addDays(today(), 200)))).toEqual([recent.id]);
  });
});

describe('defects', () => {
  it('lists open defects by priority and age, and requires a date when resolved', async () => {
    const { core, token } = await house();
    const lamp = await ok(core, token, 'defects.create', {
      title: 'Lamp kapot',
      reportedBy: 'Bea',
      priority: 'laag',
      reportedOn: addDays(today(), -10),
    });
    const heating = await ok(core, token, 'defects.create', {
      title: 'Verwarming',
      reportedBy: 'Bea',
      priority: 'urgent',
      reportedOn: addDays(today(), -1),
    });
    const list = await ok(core, token, 'defects.list');
    expect(list.map((d: { id: number; ageDays: number }) => [d.id, d.ageDays])).toEqual([
      [heating.id, 1],
      [lamp.id, 10],
    ]);
    expect(
      (await fails(core, token, 'defects.update', { id: lamp.id, status: 'opgelost', priority: 'laag' })).fieldErrors,
    ).toEqual({ resolvedOn: ['Vul in wanneer het is opgelost.'] });
    expect(
      (
        await fails(core, token, 'defects.create', {
          title: 'x',
          reportedBy: 'Bea',
          priority: 'laag',
          reportedOn: addDays(today(), 2),
        })
      ).fieldErrors,
    ).toEqual({ reportedOn: ['De meldingsdatum kan niet in de toekomst liggen.'] });
    await ok(core, token, 'defects.update', { id: lamp.id, status: 'opgelost', priority: 'laag', resolvedOn: today() });
    expect((await ok(core, token, 'defects.list')).map((d: { id: number }) => d.id)).toEqual([heating.id]);
    expect(await ok(core, token, 'defects.list', { includeResolved: true })).toHaveLength(2);
  });
});

describe('keys', () => {
  it('hands a key out and in with its history, and refuses a second handout and a return of a key not out', async () => {
    const { core, token } = await house();
    const key = await ok(core, token, 'keys.create', { kind: 'sleutel', label: 'Voordeur', code: 'S-1' });
    const before = fingerprint(core.db);
    expect((await fails(core, token, 'keys.return', { keyId: key.id, returnedOn: today() })).fieldErrors).toEqual({
      keyId: ['Voordeur is niet uitgegeven, dus kan ook niet worden ingenomen.'],
    });
    expect(fingerprint(core.db)).toBe(before);
    await ok(core, token, 'keys.handOut', {
      keyId: key.id,
      holderKind: 'vrijwilliger',
      holderName: 'Piet',
      handedOutOn: addDays(today(), -30),
    });
    expect(
      (
        await fails(core, token, 'keys.handOut', {
          keyId: key.id,
          holderKind: 'vrijwilliger',
          holderName: 'Kees',
          handedOutOn: today(),
        })
      ).fieldErrors.keyId?.[0],
    ).toMatch(/^Voordeur is al uitgegeven aan Piet/);
    expect((await ok(core, token, 'keys.holders')).holders.map((h: { holderName: string }) => h.holderName)).toEqual([
      'Piet',
    ]);
    expect(await ok(core, token, 'keys.holderNames')).toEqual(['Piet']);
    expect(
      (await fails(core, token, 'keys.return', { keyId: key.id, returnedOn: addDays(today(), -40) })).fieldErrors
        .returnedOn?.[0],
    ).toContain('Ingenomen voor de uitgifte');
    const back = await ok(core, token, 'keys.return', { keyId: key.id, returnedOn: today() });
    expect(back.holder).toBeNull();
    await ok(core, token, 'keys.handOut', {
      keyId: key.id,
      holderKind: 'medewerker',
      holderName: 'Kees',
      handedOutOn: today(),
    });
    const lost = await ok(core, token, 'keys.return', { keyId: key.id, returnedOn: today(), lost: true });
    expect(lost.status).toBe('verloren');
    expect(
      (
        await fails(core, token, 'keys.handOut', {
          keyId: key.id,
          holderKind: 'medewerker',
          holderName: 'Kees',
          handedOutOn: today(),
        })
      ).fieldErrors.keyId?.[0],
    ).toContain('verloren');
    const history = await ok(core, token, 'keys.history', { keyId: key.id });
    expect(
      history.map((h: { holderName: string; returnedOn: string | null; lostOn: string | null }) => [
        h.holderName,
        Boolean(h.returnedOn),
        Boolean(h.lostOn),
      ]),
    ).toEqual([
      ['Kees', false, true],
      ['Piet', true, false],
    ]);
    expect(await ok(core, token, 'keys.history', { holderName: 'piet' })).toHaveLength(1);
  });

  it('never stores an alarm code, and gives keys to renters only with key rights', async () => {
    const { core, token } = await house();
    expect(
      (await fails(core, token, 'keys.create', { kind: 'alarmcode', label: 'Alarm', code: '1234' })).fieldErrors,
    ).toEqual({ code: ['Een alarmcode zelf wordt nooit opgeslagen: laat dit veld leeg.'] });
    const alarm = await ok(core, token, 'keys.create', { kind: 'alarmcode', label: 'Alarm' });
    const category = await ok(core, token, 'tariffs.createCategory', { name: 'Gratis', free: true });
    const without = await ok(core, token, 'renters.create', {
      name: 'Club',
      type: 'bewonersgroep',
      tariffCategoryId: category.id,
    });
    expect(
      (
        await fails(core, token, 'keys.handOut', {
          keyId: alarm.id,
          holderKind: 'huurder',
          holderName: 'Club',
          renterId: without.id,
          handedOutOn: today(),
        })
      ).fieldErrors,
    ).toEqual({ renterId: ['Deze huurder heeft geen sleutelrecht. Geef dat eerst bij de huurder aan.'] });
    expect(
      (
        await fails(core, token, 'keys.handOut', {
          keyId: alarm.id,
          holderKind: 'huurder',
          holderName: 'Club',
          handedOutOn: today(),
        })
      ).fieldErrors,
    ).toEqual({ renterId: ['Kies de huurder.'] });
    const withRights = await ok(core, token, 'renters.create', {
      name: 'Taalcafé',
      type: 'bewonersgroep',
      tariffCategoryId: category.id,
      keyRights: true,
    });
    await ok(core, token, 'keys.handOut', {
      keyId: alarm.id,
      holderKind: 'huurder',
      holderName: 'Taalcafé',
      renterId: withRights.id,
      handedOutOn: today(),
    });
    expect((await ok(core, token, 'keys.holders')).rentersWithKeyRights.map((r: { name: string }) => r.name)).toEqual([
      'Taalcafé',
    ]);
    // The booking's key holder field: an alarm code makes nobody a key holder, the renter's key right does.
    expect(await ok(core, token, 'keys.holderNames')).toEqual(['Taalcafé']);
  });
});

describe('house information and the Vandaag dashboard', () => {
  it('keeps the house rules, emergency procedure and contacts editable and readable for every role', async () => {
    const { core, token } = await house();
    const commissie = await tokenFor(core, token, 'commissie');
    await ok(core, token, 'house.setInfo', { topic: 'huisregels', text: 'Niet roken.' });
    const info = await ok(core, commissie, 'house.info');
    expect(info.map((i: { topic: string; text: string }) => [i.topic, i.text])).toEqual([
      ['huisregels', 'Niet roken.'],
      ['noodprocedure', ''],
      ['contacten', ''],
    ]);
    expect((await fails(core, commissie, 'house.setInfo', { topic: 'huisregels', text: 'x' })).code).toBe('FORBIDDEN');
  });

  it("shows today's bookings, handovers, open incidents and defects of the demo house", async () => {
    const core = await openCore();
    const token = await setUp(core, true);
    const dash = await ok(core, token, 'dashboard.today');
    expect(dash.handovers).toHaveLength(1);
    expect(dash.incidents.open).toBe(1);
    expect(dash.defects.open).toBe(3);
    expect(dash.defects.oldest[0].priority).toBe('hoog');
    expect(dash.now.slice(0, 10)).toBe(localDateTime(testClock().now()).slice(0, 10));
    const balie = await tokenFor(core, token, 'balie');
    expect((await ok(core, balie, 'dashboard.today')).expiringOptions).toEqual([]);
  });
});

describe('Vandaag for the beheerder', () => {
  it('counts the applications waiting for a decision, and shows them to the beheerder only', async () => {
    const core = await openCore();
    const token = await setUp(core, true);
    const waiting = (await ok(core, token, 'dashboard.today')).applicationsWaiting;
    expect(Array.isArray(waiting)).toBe(true);
    const total = waiting.reduce((s: number, w: { count: number }) => s + w.count, 0);
    const expected = (
      core.db
        .prepare(
          "SELECT count(*) AS n FROM budget_applications WHERE status IN ('ingediend', 'ontvankelijk', 'geagendeerd', 'aangehouden')",
        )
        .get() as { n: number }
    ).n;
    expect(total).toBe(expected);
    expect(
      (await ok(core, await tokenFor(core, token, 'coordinator'), 'dashboard.today')).applicationsWaiting,
    ).toBeNull();
  });
});
