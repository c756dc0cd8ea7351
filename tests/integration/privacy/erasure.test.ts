import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../db/platform/core';
import { dispatch } from '../../../db/contract/dispatch';
import { addDays } from '../../../db/platform/clock';
import { ok, PASSWORD } from '../../helpers';
import { budgetHouse, lbApplication } from '../budget/fixture';
import { bookingHouse, single } from '../bookings/fixture';
import { today as testToday } from '../../clock';

/**
 * Erasure removes a person completely: for each kind of person in the privacy register a record is made, its
 * name, phone and e-mail changed twice, and then erased. None of the values it ever had may be found afterwards:
 * not through the methods the beheerder reads (audit log, privacy search and export, the module's own lists),
 * and not in the bytes of the database file after a VACUUM.
 */

/** Three generations of a person's details: as created, after the first and after the second change. */
const generations = (tag: string, n: number) =>
  [0, 1, 2].map((g) => ({
    name: `${tag} Naamversie${g} ${n}`,
    phone: `06 ${n}${g} 77 ${g}${n} ${g}9`,
    email: `${tag.toLowerCase()}.v${g}.${n}@privacytest.example`,
  }));

type Target = { type: string; id: number };

interface Made {
  targets: Target[];
  values: string[];
  /** Module methods the beheerder reads, with their input. */
  lists: [string, unknown][];
}

/** The bytes of the database file and its WAL, after a checkpoint (and a VACUUM when asked). */
function fileBytes(core: Core, vacuum: boolean): string {
  core.db.pragma('wal_checkpoint(TRUNCATE)');
  if (vacuum) core.db.exec('VACUUM');
  core.db.pragma('wal_checkpoint(TRUNCATE)');
  const file = core.db.name;
  const wal = `${file}-wal`;
  return readFileSync(file).toString('latin1') + (existsSync(wal) ? readFileSync(wal).toString('latin1') : '');
}

async function volunteer(core: Core, token: string): Promise<Made> {
  const g = generations('Vrijwilliger', 1);
  const roles = await ok(core, token, 'volunteers.roles');
  const base = { roleIds: [roles[0].id], startDate: '2024-01-01', address: 'Privacystraat 11' };
  const v = await ok(core, token, 'volunteers.create', { ...base, ...g[0] });
  await ok(core, token, 'roster.logHours', { volunteerId: v.id, date: testToday(), minutes: 60, description: 'Bar' });
  await ok(core, token, 'volunteers.addAbsence', {
    volunteerId: v.id,
    fromDate: addDays(testToday(), -20),
    toDate: addDays(testToday(), -10),
    reason: 'Vakantie',
  });
  for (const next of g.slice(1)) await ok(core, token, 'volunteers.update', { id: v.id, ...base, ...next });
  return {
    targets: [{ type: 'vrijwilliger', id: v.id }],
    values: g.flatMap(Object.values),
    lists: [
      ['volunteers.list', { status: 'gestopt' }],
      ['volunteers.get', { id: v.id }],
    ],
  };
}

async function renterWithBooking(core: Core, token: string): Promise<Made> {
  const g = generations('Huurder', 2);
  const keyHolders = ['Sleutelhouder Eerste Versie', 'Sleutelhouder Tweede Versie', 'Sleutelhouder Derde Versie'];
  const { zaal, gratis } = await bookingHouse(core, token);
  const base = { type: 'bewonersgroep', tariffCategoryId: gratis.id, invoiceAddress: 'Huurstraat 2' };
  const r = await ok(core, token, 'renters.create', { ...base, ...g[0], contactPerson: g[0]!.name });
  const input = single(zaal.id, r.id, { keyHolder: keyHolders[0] });
  const booking = await ok(core, token, 'bookings.create', input);
  const id = booking.ids[0];
  for (const [i, next] of g.slice(1).entries()) {
    await ok(core, token, 'renters.update', { id: r.id, ...base, ...next, contactPerson: next.name });
    await ok(core, token, 'bookings.update', { ...input, id, keyHolder: keyHolders[i + 1] });
  }
  await ok(core, token, 'bookings.cancel', { id, reason: 'Gaat niet door' });
  return {
    targets: [
      { type: 'huurder', id: r.id },
      { type: 'boeking', id },
    ],
    values: [...g.flatMap(Object.values), ...keyHolders],
    lists: [
      ['renters.list', { includeArchived: true }],
      ['renters.get', { id: r.id }],
      ['bookings.get', { id }],
      ['bookings.list', { from: '2027-03-01', to: '2027-03-31' }],
    ],
  };
}

async function applicant(core: Core, token: string, roundId: number): Promise<Made> {
  const g = generations('Aanvrager', 3);
  const a = await ok(core, token, 'applications.create', {
    ...lbApplication(roundId),
    contactName: g[0]!.name,
    contactPhone: g[0]!.phone,
    contactEmail: g[0]!.email,
  });
  for (const next of g.slice(1)) {
    await ok(core, token, 'applications.updateContact', {
      id: a.id,
      contactName: next.name,
      contactPhone: next.phone,
      contactEmail: next.email,
      contactAddress: 'Aanvraagstraat 3',
      iban: '',
    });
  }
  await ok(core, token, 'applications.withdraw', { id: a.id, reason: 'Gaat niet door' });
  return {
    targets: [{ type: 'aanvraag', id: a.id }],
    values: g.flatMap(Object.values),
    lists: [
      ['applications.list', {}],
      ['applications.get', { id: a.id }],
    ],
  };
}

async function committeeMember(core: Core, token: string): Promise<Made> {
  const g = generations('Commissielid', 4);
  const base = { termFrom: '2020-01-01', termTo: '2021-01-01', isResident: true, voting: false };
  const m = await ok(core, token, 'committee.createMember', { ...base, ...g[0] });
  for (const next of g.slice(1)) await ok(core, token, 'committee.updateMember', { id: m.id, ...base, ...next });
  return {
    targets: [{ type: 'commissielid', id: m.id }],
    values: g.flatMap(Object.values),
    lists: [['committee.members', {}]],
  };
}

/** A user who writes in the logbook and reports an incident under each of her names. */
async function user(core: Core, token: string): Promise<Made> {
  const names = generations('Gebruiker', 5).map((g) => g.name);
  const u = await ok(core, token, 'users.create', {
    name: names[0],
    username: 'privacy-gebruiker',
    role: 'balie',
    password: PASSWORD,
  });
  const act = async () => {
    const r = await dispatch(core, 'auth.login', { username: 'privacy-gebruiker', password: PASSWORD }, null);
    if (!r.ok || !r.session || !('set' in r.session)) throw new Error('login failed');
    const balie = r.session.set;
    await ok(core, balie, 'logbook.create', {
      date: testToday(),
      daypart: 'ochtend',
      category: 'algemeen',
      text: 'Rustig',
    });
    await ok(core, balie, 'auth.logout');
  };
  await act();
  for (const name of names.slice(1)) {
    await ok(core, token, 'users.update', { id: u.id, name, role: 'balie', active: true });
    await act();
  }
  await ok(core, token, 'users.update', { id: u.id, name: names[2], role: 'balie', active: false });
  return {
    targets: [{ type: 'gebruiker', id: u.id }],
    values: names,
    lists: [
      ['users.list', {}],
      ['logbook.list', { from: testToday(), to: testToday() }],
    ],
  };
}

/** Key holders, reporters of defects and the registration number of an incident. */
async function mentions(core: Core, token: string): Promise<Made> {
  const key = await ok(core, token, 'keys.create', { kind: 'sleutel', label: 'Voordeur 7' });
  await ok(core, token, 'keys.handOut', {
    keyId: key.id,
    holderKind: 'anders',
    holderName: 'Sleutel Ontvanger Privacy',
    handedOutOn: addDays(testToday(), -5),
  });
  await ok(core, token, 'keys.return', { keyId: key.id, returnedOn: addDays(testToday(), -1) });
  const defect = await ok(core, token, 'defects.create', {
    title: 'Lamp kapot',
    reportedBy: 'Storing Melder Privacy',
    priority: 'normaal',
    reportedOn: testToday(),
  });
  const incident = await ok(core, token, 'incidents.create', {
    occurredAt: `${addDays(testToday(), -2)}T20:00`,
    category: 'overlast',
    severity: 'laag',
    description: 'Harde muziek',
    servicesCalled: true,
    servicesReference: 'PL-REF-EERSTE',
  });
  for (const ref of ['PL-REF-TWEEDE', 'PL-REF-DERDE'])
    await ok(core, token, 'incidents.update', { ...incident, servicesReference: ref });
  const handoutId = (core.db.prepare('SELECT id FROM key_handouts WHERE key_id = ?').get(key.id) as { id: number }).id;
  return {
    targets: [
      { type: 'sleuteluitgifte', id: handoutId },
      { type: 'storing', id: defect.id },
      { type: 'incident', id: incident.id },
    ],
    values: ['Sleutel Ontvanger Privacy', 'Storing Melder Privacy', 'PL-REF-EERSTE', 'PL-REF-TWEEDE', 'PL-REF-DERDE'],
    lists: [
      ['keys.history', { keyId: key.id }],
      ['defects.list', {}],
      ['incidents.list', {}],
    ],
  };
}

describe('erasure removes every value a person ever had', () => {
  it('leaves none in the methods the beheerder reads, nor in the database file after VACUUM', async () => {
    const h = await budgetHouse();
    const { core, token } = h;
    const made = [
      await volunteer(core, token),
      await renterWithBooking(core, token),
      await applicant(core, token, h.lb.id),
      await committeeMember(core, token),
      await user(core, token),
      await mentions(core, token),
    ];
    const values = made.flatMap((m) => m.values);
    const targets = made.flatMap((m) => m.targets);

    // The export of an inzageverzoek shows what the audit log says about each record.
    const exported = await ok(core, token, 'privacy.export', { query: 'test', targets });
    for (const r of exported.records) expect(r.related.auditlog.length, `${r.type} ${r.id}`).toBeGreaterThan(0);

    await ok(core, token, 'privacy.erase', {
      targets: targets.map((t) => ({ ...t, scope: 'volledig' })),
      reason: 'Verzoek per brief',
    });

    const read: unknown[] = [
      await ok(core, token, 'audit.list', { limit: 500 }),
      await ok(core, token, 'privacy.export', { query: 'test', targets }),
    ];
    for (const m of made) for (const [name, input] of m.lists) read.push(await ok(core, token, name, input));
    const seen = JSON.stringify(read);
    // The erasure overwrites what it frees (secure_delete), so the file holds none even before a VACUUM.
    const before = fileBytes(core, false);
    const bytes = fileBytes(core, true);
    const leaks: string[] = [];
    for (const value of values) {
      if ((await ok(core, token, 'audit.list', { text: value })).total) leaks.push(`audit.list: ${value}`);
      if ((await ok(core, token, 'privacy.find', { query: value })).length) leaks.push(`privacy.find: ${value}`);
      if (seen.includes(value)) leaks.push(`read: ${value}`);
      if (before.includes(value)) leaks.push(`file before VACUUM: ${value}`);
      if (bytes.includes(value)) leaks.push(`file: ${value}`);
    }
    expect(leaks).toEqual([]);
  });
});
