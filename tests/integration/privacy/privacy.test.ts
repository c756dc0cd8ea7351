import { describe, expect, it } from 'vitest';
import type { Core } from '../../../db/platform/core';
import type { Db } from '../../../db/platform/database';
import { addDays, fixedClock } from '../../../db/platform/clock';
import { auditCount, fails, fingerprint, ok, tokenFor } from '../../helpers';
import { LOGBOOK_CATEGORIES } from '../../../db/modules/beheer/schemas';
import { budgetHouse, lbApplication } from '../budget/fixture';
import { today as testToday } from '../../clock';

const LOGBOOK_CATEGORY = LOGBOOK_CATEGORIES[0];

const JOKE = { name: 'Joke de Vries', phone: '06 12 34 56 78', email: 'joke@moestuin.example' };

function dbChecks(db: Db) {
  expect(db.pragma('foreign_key_check')).toEqual([]);
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
}

/** Joke is a volunteer (with hours), the contact of a renter and the contact of a Lokaal Budget application. */
async function jokeEverywhere() {
  const h = await budgetHouse();
  const { core, token } = h;
  const roles = await ok(core, token, 'volunteers.roles');
  const volunteer = await ok(core, token, 'volunteers.create', {
    name: JOKE.name,
    phone: '+31 6 1234 5678',
    email: JOKE.email,
    address: 'Moestuinstraat 4',
    roleIds: [roles[0].id],
    startDate: '2024-01-01',
    availability: [{ weekday: 1, daypart: 'ochtend' }],
  });
  await ok(core, token, 'roster.logHours', {
    volunteerId: volunteer.id,
    date: testToday(),
    minutes: 90,
    description: 'Tuin geholpen met Joke de Vries haar buurvrouw',
  });
  await ok(core, token, 'roster.logHours', {
    volunteerId: volunteer.id,
    date: addDays(testToday(), -1),
    minutes: 120,
    description: 'Koffie',
  });
  const category =
    (await ok(core, token, 'tariffs.categories'))[0] ??
    (await ok(core, token, 'tariffs.createCategory', { name: 'Bewoners', free: true }));
  const renter = await ok(core, token, 'renters.create', {
    name: 'Buurtmoestuin',
    type: 'bewonersgroep',
    contactPerson: JOKE.name,
    phone: JOKE.phone,
    email: JOKE.email,
    tariffCategoryId: category.id,
  });
  const application = await ok(core, token, 'applications.create', lbApplication(h.lb.id));
  return { ...h, volunteer, renter, application };
}

const typesOf = (found: { type: string; id: number }[]) => found.map((f) => `${f.type}:${f.id}`).sort();

describe('privacy register', () => {
  it('lists every kind of person with its period, and refuses bad periods without writing anything', async () => {
    const { core, token } = await budgetHouse();
    const register = await ok(core, token, 'privacy.register');
    expect(register.map((r: { kind: string }) => r.kind)).toEqual([
      'vrijwilliger',
      'huurder',
      'aanvrager',
      'commissielid',
      'gebruiker',
      'sleutelhouder',
      'incident',
      'logboek',
      'bezoeker',
      'email',
      'fiscaal',
    ]);
    expect(register.find((r: { kind: string }) => r.kind === 'fiscaal')).toMatchObject({ months: 84, min: 84 });
    expect(register.find((r: { kind: string }) => r.kind === 'incident')).toMatchObject({
      months: 24,
      inSettings: true,
    });
    expect(register.find((r: { kind: string }) => r.kind === 'bezoeker')).toMatchObject({ months: null });

    const before = fingerprint(core.db);
    const audits = auditCount(core.db);
    expect((await fails(core, token, 'privacy.setRetention', { fiscaal: 12 })).fieldErrors).toEqual({
      fiscaal: ['De fiscale bewaarplicht is 7 jaar: minstens 84 maanden.'],
    });
    expect(
      (await fails(core, token, 'privacy.setRetention', { vrijwilliger: 'twee jaar', aanvrager: 36 })).fieldErrors,
    ).toMatchObject({
      vrijwilliger: ['Vul een aantal maanden in.'],
      aanvrager: [expect.stringContaining('minstens 84 maanden')],
    });
    expect((await fails(core, token, 'privacy.setRetention', { vrijwilliger: 2.5 })).fieldErrors).toEqual({
      vrijwilliger: ['Vul een heel aantal maanden in.'],
    });
    expect((await fails(core, token, 'privacy.setRetention', { incident: 3 })).fieldErrors).toEqual({
      incident: ['Bewaar incidenten minstens 6 maanden.'],
    });
    expect((await fails(core, token, 'privacy.setRetention', { bezoeker: 12 })).code).toBe('VALIDATION');
    expect((await fails(core, token, 'privacy.setRetention', {})).message).toContain(
      'Geef minstens één bewaartermijn op.',
    );
    expect((await fails(core, token, 'privacy.setRetention', { vrijwilliger: 241 })).fieldErrors).toEqual({
      vrijwilliger: ['Hoogstens 240 maanden.'],
    });
    expect(fingerprint(core.db)).toBe(before);
    expect(auditCount(core.db)).toBe(audits);

    const after = await ok(core, token, 'privacy.setRetention', { vrijwilliger: 12, incident: 36 });
    expect(after.find((r: { kind: string }) => r.kind === 'vrijwilliger').months).toBe(12);
    expect((await ok(core, token, 'settings.get')).incidentRetentionMonths).toBe(36);
    const { rows } = await ok(core, token, 'audit.list', { entity: 'privacy' });
    expect(rows[0].summary).toBe('Bewaartermijnen: vrijwilliger: 24 → 12 maanden; incident: 24 → 36 maanden');
  });

  it('is for the beheerder only', async () => {
    const { core, token } = await budgetHouse();
    for (const role of ['coordinator', 'commissie', 'balie'] as const) {
      const other = await tokenFor(core, token, role);
      for (const name of ['privacy.register', 'privacy.find', 'privacy.retention', 'privacy.retentionLog']) {
        expect((await fails(core, other, name, name === 'privacy.find' ? { query: 'Joke' } : {})).code).toBe(
          'FORBIDDEN',
        );
      }
    }
  });
});

describe('rights of a person', () => {
  it('finds one person as volunteer, renter contact and applicant, by name, e-mail and phone in any notation', async () => {
    const { core, token, volunteer, renter, application } = await jokeEverywhere();
    const expected = [`aanvraag:${application.id}`, `huurder:${renter.id}`, `vrijwilliger:${volunteer.id}`];
    expect(typesOf(await ok(core, token, 'privacy.find', { query: 'joke de vries' }))).toEqual(expected);
    expect(typesOf(await ok(core, token, 'privacy.find', { query: 'JOKE@moestuin.example' }))).toEqual(expected);
    // Stored as '+31 6 1234 5678', '06 12 34 56 78' and '06 12 34 56 78': one number.
    expect(typesOf(await ok(core, token, 'privacy.find', { query: '0612345678' }))).toEqual(expected);
    const found = await ok(core, token, 'privacy.find', { query: 'Joke' });
    expect(found.find((f: { type: string }) => f.type === 'vrijwilliger')).toMatchObject({
      title: JOKE.name,
      anonymised: null,
      options: { scopes: ['volledig', 'contact'] },
    });
    expect(found.find((f: { type: string }) => f.type === 'aanvraag').options).toEqual({
      scopes: [],
      note: 'Deze aanvraag loopt nog (status: ingediend). Rond haar eerst af of trek haar in.',
    });
    expect(await ok(core, token, 'privacy.find', { query: '%_' })).toEqual([]);
  });

  it('refuses a search that is too short, and an export or erasure without targets, writing nothing', async () => {
    const { core, token } = await jokeEverywhere();
    const before = fingerprint(core.db);
    expect((await fails(core, token, 'privacy.find', { query: ' j ' })).fieldErrors).toEqual({
      query: ['Vul minstens 2 tekens in.'],
    });
    expect((await fails(core, token, 'privacy.export', { targets: [] })).fieldErrors).toEqual({
      targets: ['Kies minstens één gevonden item.'],
    });
    expect(
      (await fails(core, token, 'privacy.export', { targets: [{ type: 'paspoort', id: 1 }] })).fieldErrors,
    ).toEqual({ 'targets.0.type': ['Onbekende soort gegevens.'] });
    expect(
      (
        await fails(core, token, 'privacy.erase', {
          targets: [{ type: 'vrijwilliger', id: 1, scope: 'volledig' }],
          reason: '',
        })
      ).fieldErrors,
    ).toEqual({ reason: ['De reden is verplicht.'] });
    expect(
      (
        await fails(core, token, 'privacy.erase', {
          targets: [{ type: 'vrijwilliger', id: 1, scope: 'alles' }],
          reason: 'Verzoek per e-mail',
        })
      ).fieldErrors,
    ).toEqual({ 'targets.0.scope': ['Kies volledig of alleen contactgegevens.'] });
    expect(
      (
        await fails(core, token, 'privacy.erase', {
          targets: [{ type: 'vrijwilliger', id: 999, scope: 'volledig' }],
          reason: 'Verzoek per e-mail',
        })
      ).code,
    ).toBe('NOT_FOUND');
    expect((await fails(core, token, 'privacy.setRetentionJob', { enabled: 'ja' })).fieldErrors).toEqual({
      enabled: ['Kies aan of uit.'],
    });
    expect(fingerprint(core.db)).toBe(before);
  });

  it('exports the records with what belongs to them, without secrets, and logs the export without the data', async () => {
    const { core, token, volunteer, renter } = await jokeEverywhere();
    const users = await ok(core, token, 'users.list');
    const out = await ok(core, token, 'privacy.export', {
      query: 'Joke',
      targets: [
        { type: 'vrijwilliger', id: volunteer.id },
        { type: 'huurder', id: renter.id },
        { type: 'gebruiker', id: users[0].id },
      ],
    });
    expect(out.house).toBe('Huis van de Wijk Test');
    const [v, r, u] = out.records;
    expect(v.data).toMatchObject({ name: JOKE.name, email: JOKE.email, address: 'Moestuinstraat 4' });
    expect(v.related.uren.map((x: { minuten: number }) => x.minuten).sort((a: number, b: number) => a - b)).toEqual([
      90, 120,
    ]);
    expect(v.related.beschikbaarheid).toEqual([{ weekdag: 1, dagdeel: 'ochtend' }]);
    expect(r.data).toMatchObject({ contact_person: JOKE.name, phone: JOKE.phone });
    expect(u.data.password_hash).toBeUndefined();
    expect(u.related.acties.length).toBeGreaterThan(0);
    const { rows } = await ok(core, token, 'audit.list', { entity: 'privacy' });
    expect(rows[0].summary).toBe('Inzage-export: 3 item(s) (vrijwilliger, huurder, gebruiker)');
    expect(JSON.stringify(rows)).not.toContain('Joke');
  });

  it('anonymises: hours, counts and amounts stay, names and contact details go, in the records and in the audit log', async () => {
    const { core, token, volunteer, renter } = await jokeEverywhere();
    const year = Number(testToday().slice(0, 4));
    const hoursBefore = await ok(core, token, 'roster.hours', { volunteerId: volunteer.id, year });
    const volunteersBefore = (await ok(core, token, 'volunteers.list', {})).length;
    // Summaries name people by number, never by name: there is nothing to scrub even before the erasure.
    expect((await ok(core, token, 'audit.list', { text: JOKE.name })).total).toBe(0);

    await ok(core, token, 'privacy.erase', {
      targets: [
        { type: 'vrijwilliger', id: volunteer.id, scope: 'volledig' },
        { type: 'huurder', id: renter.id, scope: 'volledig' },
      ],
      reason: 'Verzoek van Joke de Vries per e-mail',
    });
    const after = await ok(core, token, 'roster.hours', { volunteerId: volunteer.id, year });
    expect(after.totalMinutes).toBe(hoursBefore.totalMinutes);
    expect(after.totalMinutes).toBe(210);
    const v = (await ok(core, token, 'volunteers.get', { id: volunteer.id })).volunteer;
    expect(v).toMatchObject({
      name: 'Geanonimiseerd',
      phone: '',
      email: '',
      status: 'gestopt',
      availability: [],
      personal: { address: '', dateOfBirth: null, emergencyContact: '' },
    });
    expect(
      (await ok(core, token, 'volunteers.list', { status: 'gestopt' })).map((x: { name: string }) => x.name),
    ).not.toContain(JOKE.name);
    expect((await ok(core, token, 'volunteers.list', {})).length).toBeLessThanOrEqual(volunteersBefore);
    expect(await ok(core, token, 'renters.get', { id: renter.id })).toMatchObject({
      name: 'Geanonimiseerd',
      contactPerson: '',
      phone: '',
      email: '',
      active: false,
    });
    expect(core.db.prepare('SELECT description FROM volunteer_hours WHERE volunteer_id = ?').all(volunteer.id)).toEqual(
      [{ description: '' }, { description: '' }],
    );

    // The audit log keeps who did what and when, but no longer the name; the erasure rows do not repeat it.
    expect((await ok(core, token, 'audit.list', { text: JOKE.name })).total).toBe(0);
    expect((await ok(core, token, 'audit.list', { text: JOKE.email })).total).toBe(0);
    const { rows } = await ok(core, token, 'audit.list', { text: 'Geanonimiseerd op verzoek' });
    expect(
      rows
        .map((r: { entity: string; entityId: string; userName: string }) => [r.entity, r.entityId, r.userName])
        .sort(),
    ).toEqual([
      ['renters', String(renter.id), 'Bea Beheer'],
      ['volunteers', String(volunteer.id), 'Bea Beheer'],
    ]);
    expect(rows[0].summary).toContain('Reden: Verzoek van [geanonimiseerd] per e-mail');
    const created = (await ok(core, token, 'audit.list', { entity: 'volunteers' })).rows.find(
      (r: { method: string }) => r.method === 'volunteers.create',
    );
    expect(created.summary).toBe(`Vrijwilliger #${volunteer.id} toegevoegd`);

    // Found again: marked as done, nothing more to erase.
    expect(
      (await ok(core, token, 'privacy.find', { query: 'Geanonimiseerd' })).find(
        (f: { type: string }) => f.type === 'vrijwilliger',
      ),
    ).toMatchObject({ anonymised: 'volledig', options: { scopes: [] } });
    dbChecks(core.db);
  });

  it('refuses what must not be erased, whole requests at once, and offers contact details only inside the fiscal period', async () => {
    const { core, token, renter, application, members } = await jokeEverywhere();
    const before = fingerprint(core.db);
    const refused = await fails(core, token, 'privacy.erase', {
      targets: [
        { type: 'huurder', id: renter.id, scope: 'volledig' },
        { type: 'aanvraag', id: application.id, scope: 'contact' },
        { type: 'commissielid', id: members[1]!.id, scope: 'volledig' },
      ],
      reason: 'Verzoek per brief',
    });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.fieldErrors).toEqual({
      'targets.1': ['Deze aanvraag loopt nog (status: ingediend). Rond haar eerst af of trek haar in.'],
      'targets.2': ['Is nog lid van de commissie. Vul eerst het einde van de zittingstermijn in.'],
    });
    expect(fingerprint(core.db)).toBe(before);

    // An unpaid invoice blocks everything; a paid one inside the fiscal period leaves name and address.
    const invoice = core.db
      .prepare(
        `INSERT INTO invoices (number, renter_id, period_from, period_to, issued_on, due_on, subtotal_cents, vat_cents, total_cents, status, created_at)
      VALUES ('2026-0001', ?, ?, ?, ?, ?, 5000, 0, 5000, 'open', ?)`,
      )
      .run(
        renter.id,
        addDays(testToday(), -40),
        addDays(testToday(), -10),
        addDays(testToday(), -9),
        addDays(testToday(), 5),
        testToday(),
      ).lastInsertRowid;
    const open = await fails(core, token, 'privacy.erase', {
      targets: [{ type: 'huurder', id: renter.id, scope: 'contact' }],
      reason: 'Verzoek per brief',
    });
    expect(open.fieldErrors['targets.0']?.[0]).toBe(
      'Heeft nog 1 openstaande factuur. Anonimiseer pas als die betaald of ingetrokken is.',
    );
    core.db.prepare("UPDATE invoices SET status = 'betaald', paid_on = ? WHERE id = ?").run(testToday(), invoice);
    const fiscal = await fails(core, token, 'privacy.erase', {
      targets: [{ type: 'huurder', id: renter.id, scope: 'volledig' }],
      reason: 'Verzoek per brief',
    });
    expect(fiscal.fieldErrors['targets.0']?.[0]).toMatch(
      /^Facturen vallen onder de fiscale bewaarplicht \(tot .+\): naam en factuuradres blijven, contactpersoon, telefoon en e-mail kunnen weg\. Kies "alleen contactgegevens"\.$/,
    );
    await ok(core, token, 'privacy.erase', {
      targets: [{ type: 'huurder', id: renter.id, scope: 'contact' }],
      reason: 'Verzoek per brief',
    });
    expect(await ok(core, token, 'renters.get', { id: renter.id })).toMatchObject({
      name: 'Buurtmoestuin',
      contactPerson: '',
      phone: '',
      email: '',
    });
    expect((await ok(core, token, 'invoices.list', {}))[0]).toMatchObject({
      renterName: 'Buurtmoestuin',
      totalCents: 5000,
    });

    // Your own account never; another account: the name goes from the log too, the account can no longer sign in.
    const me = await ok(core, token, 'auth.me');
    expect(
      (
        await fails(core, token, 'privacy.erase', {
          targets: [{ type: 'gebruiker', id: me.user.id, scope: 'volledig' }],
          reason: 'Opruimen',
        })
      ).fieldErrors['targets.0'],
    ).toEqual(['Je kunt je eigen account niet anonimiseren. Laat een andere beheerder dit doen.']);
    const balie = await tokenFor(core, token, 'balie');
    const balieUser = (await ok(core, balie, 'auth.me')).user;
    const entry = await ok(core, balie, 'logbook.create', {
      date: testToday(),
      daypart: 'ochtend',
      category: LOGBOOK_CATEGORY,
      text: 'Koffie gezet',
    });
    await ok(core, token, 'privacy.erase', {
      targets: [{ type: 'gebruiker', id: balieUser.id, scope: 'volledig' }],
      reason: 'Uit dienst',
    });
    expect((await fails(core, balie, 'auth.me')).code).toBe('UNAUTHENTICATED');
    expect(core.db.prepare('SELECT author_name AS a, text FROM logbook_entries WHERE id = ?').get(entry.id)).toEqual({
      a: `Geanonimiseerde gebruiker ${balieUser.id}`,
      text: 'Koffie gezet',
    });
    expect(
      (await ok(core, token, 'audit.list', { userId: balieUser.id })).rows.every(
        (r: { userName: string }) => r.userName === `Geanonimiseerde gebruiker ${balieUser.id}`,
      ),
    ).toBe(true);
    dbChecks(core.db);
  });

  it('deletes the attachments of a closed application and keeps its amounts and decision', async () => {
    const { core, token, application } = await jokeEverywhere();
    core.db
      .prepare(
        "INSERT INTO budget_attachments (application_id, file_name, mime_type, size_bytes, content, added_at, added_by) VALUES (?, 'id.pdf', 'application/pdf', 3, x'010203', ?, 'Bea')",
      )
      .run(application.id, testToday());
    core.db
      .prepare("UPDATE budget_applications SET status = 'afgewezen', decided_on = ? WHERE id = ?")
      .run(testToday(), application.id);
    await ok(core, token, 'privacy.erase', {
      targets: [{ type: 'aanvraag', id: application.id, scope: 'volledig' }],
      reason: 'Verzoek na afwijzing',
    });
    const row = core.db
      .prepare(
        'SELECT applicant_name, contact_name, contact_email, contact_phone, iban, requested_cents, status, title FROM budget_applications WHERE id = ?',
      )
      .get(application.id);
    expect(row).toEqual({
      applicant_name: 'Geanonimiseerd',
      contact_name: '',
      contact_email: '',
      contact_phone: '',
      iban: '',
      requested_cents: 6000_00,
      status: 'afgewezen',
      title: 'Samen tuinieren met ouderen',
    });
    expect(
      core.db.prepare('SELECT count(*) AS n FROM budget_attachments WHERE application_id = ?').get(application.id),
    ).toEqual({ n: 0 });
    expect(
      core.db.prepare('SELECT count(*) AS n FROM budget_cost_lines WHERE application_id = ?').get(application.id),
    ).toEqual({ n: 3 });
    dbChecks(core.db);
  });
});

/**
 * The retention tests were written for a house in December 2026; their dates move by whole years with the test
 * moment, so every period (months after stopping, closing or a last booking) stays the same at any WIJKHUIS_TEST_NOW.
 */
const yearShift = Number(testToday().slice(0, 4)) - 2026;
const y = (date: string) => `${Number(date.slice(0, 4)) + yearShift}${date.slice(4)}`;

async function oldHouse(): Promise<{
  core: Core;
  token: string;
  stopped: number;
  active: number;
  renter: number;
  application: number;
}> {
  const { core, token, volunteer, renter, application } = await jokeEverywhere();
  const roles = await ok(core, token, 'volunteers.roles');
  const active = (
    await ok(core, token, 'volunteers.create', {
      name: 'Actieve Anna',
      roleIds: [roles[0].id],
      startDate: y('2024-01-01'),
    })
  ).id;
  core.db
    .prepare("UPDATE volunteers SET status = 'gestopt', stopped_on = ? WHERE id = ?")
    .run(y('2025-03-01'), volunteer.id);
  core.db
    .prepare('UPDATE renters SET active = 0, created_at = ? WHERE id = ?')
    .run(y('2025-01-10T10:00:00'), renter.id);
  core.db
    .prepare("UPDATE budget_applications SET status = 'afgesloten', closed_on = ? WHERE id = ?")
    .run(y('2026-01-15'), application.id);
  return { core, token, stopped: volunteer.id, active, renter: renter.id, application: application.id };
}

describe('retention', () => {
  it('previews by date, does only incidents until switched on, then anonymises and logs ids without names, once a day', async () => {
    const { runRetention, retentionCandidates, retentionLog } = await import('../../../db/modules/privacy/retention');
    const { core, token, stopped, active, renter, application } = await oldHouse();
    const at = (today: string) => retentionCandidates(core.db, today).map((c) => `${c.type}:${c.id}`);
    // Volunteers 24 months after stopping, archived renters 24 months after their last booking, applications 84 months after closing.
    expect(at(y('2027-02-28'))).not.toContain(`vrijwilliger:${stopped}`);
    expect(at(y('2027-03-02'))).toEqual(expect.arrayContaining([`vrijwilliger:${stopped}`, `huurder:${renter}`]));
    expect(at(y('2027-03-02'))).not.toContain(`aanvraag:${application}`);
    expect(at(y('2033-01-16'))).toContain(`aanvraag:${application}`);
    expect(at(y('2040-01-01'))).not.toContain(`vrijwilliger:${active}`);
    const preview = await ok(core, token, 'privacy.retention');
    expect(preview).toMatchObject({ enabledAt: null, preview: [] });

    // Off: only incidents (as before), the rest waits.
    core.db
      .prepare(
        "INSERT INTO incidents (occurred_at, category, severity, description, reported_by_name, created_at) VALUES (?, 'overlast', 'laag', 'Jan Smit maakte ruzie', 'Bea', ?)",
      )
      .run(y('2025-01-05T20:00'), y('2025-01-05T20:10:00'));
    const off = runRetention(core.db, fixedClock(y('2027-03-02')));
    expect(off?.actions.map((a) => a.type)).toEqual(['incident']);
    expect((await ok(core, token, 'volunteers.get', { id: stopped })).volunteer).toMatchObject({
      name: 'Joke de Vries',
    });
    expect(runRetention(core.db, fixedClock(y('2027-03-02')))).toBeNull();

    core.db
      .prepare("UPDATE retention_job SET enabled_at = ?, enabled_by = 'Bea Beheer' WHERE id = 1")
      .run(y('2027-03-02T09:00:00'));
    const before = core.db.prepare('SELECT sum(minutes) AS m FROM volunteer_hours').get();
    const on = runRetention(core.db, fixedClock(y('2027-03-03')));
    expect(on?.actions).toEqual([
      { type: 'vrijwilliger', ids: [stopped] },
      { type: 'huurder', ids: [renter] },
    ]);
    expect(core.db.prepare('SELECT sum(minutes) AS m FROM volunteer_hours').get()).toEqual(before);
    expect((await ok(core, token, 'volunteers.get', { id: stopped })).volunteer).toMatchObject({
      name: 'Geanonimiseerd',
      email: '',
    });
    expect((await ok(core, token, 'volunteers.get', { id: active })).volunteer).toMatchObject({ name: 'Actieve Anna' });
    expect(retentionCandidates(core.db, y('2027-03-03')).map((c) => c.type)).toEqual([]);

    const log = retentionLog(core.db);
    expect(log.map((r) => [r.runDate, r.trigger, r.actions.map((a) => [a.type, a.count, a.ids])])).toEqual([
      [
        y('2027-03-03'),
        'dagelijks',
        [
          ['huurder', 1, [renter]],
          ['vrijwilliger', 1, [stopped]],
        ],
      ],
      [y('2027-03-02'), 'dagelijks', [['incident', 1, [1]]]],
    ]);
    expect(JSON.stringify(await ok(core, token, 'privacy.retentionLog'))).not.toMatch(/Joke|Buurtmoestuin/);
    const audit = await ok(core, token, 'audit.list', { text: 'Bewaartermijn verstreken' });
    expect(audit.rows.map((r: { summary: string }) => r.summary).sort()).toEqual([
      `Bewaartermijn verstreken: 1 × huurder geanonimiseerd (nummers ${renter})`,
      `Bewaartermijn verstreken: 1 × vrijwilliger geanonimiseerd (nummers ${stopped})`,
    ]);
    dbChecks(core.db);
  });

  it('keeps records with money inside the fiscal period, and is switched on by the beheerder through the API', async () => {
    const { retentionCandidates } = await import('../../../db/modules/privacy/retention');
    const { core, token, stopped } = await oldHouse();
    core.db
      .prepare(
        "INSERT INTO volunteer_allowances (volunteer_id, paid_on, amount_cents, description) VALUES (?, ?, 5000, 'Onkosten')",
      )
      .run(stopped, y('2025-02-01'));
    expect(retentionCandidates(core.db, y('2027-03-02')).map((c) => c.type)).not.toContain('vrijwilliger');
    expect(retentionCandidates(core.db, y('2032-02-02')).map((c) => c.type)).toContain('vrijwilliger');

    // With real dates: a volunteer who stopped three years ago is in today's preview and goes when switched on.
    core.db.prepare('DELETE FROM volunteer_allowances').run();
    core.db.prepare('UPDATE volunteers SET stopped_on = ? WHERE id = ?').run(addDays(testToday(), -3 * 366), stopped);
    const { preview } = await ok(core, token, 'privacy.retention');
    expect(preview).toEqual([expect.objectContaining({ type: 'vrijwilliger', id: stopped, label: 'Joke de Vries' })]);
    const on = await ok(core, token, 'privacy.setRetentionJob', { enabled: true });
    expect(on).toMatchObject({ enabledBy: 'Bea Beheer', anonymised: 1, lastRunOn: testToday() });
    expect((await fails(core, token, 'privacy.setRetentionJob', { enabled: true })).message).toBe(
      'De bewaartermijn-taak staat al aan.',
    );
    expect((await ok(core, token, 'privacy.retentionLog'))[0]).toMatchObject({
      trigger: 'handmatig',
      userName: 'Bea Beheer',
      actions: [{ type: 'vrijwilliger', count: 1, ids: [stopped] }],
    });
    await ok(core, token, 'privacy.setRetentionJob', { enabled: false });
    expect((await ok(core, token, 'privacy.retention')).enabledAt).toBeNull();
    dbChecks(core.db);
  });
});
