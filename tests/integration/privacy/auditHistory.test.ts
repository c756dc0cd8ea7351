import { describe, expect, it } from 'vitest';
import { writeAudit } from '../../../db/contract/audit';
import { ok } from '../../helpers';
import { budgetHouse } from '../budget/fixture';
import { today as testToday } from '../../clock';

const OLD = { name: 'Oude Naam Vrijwilliger', phone: '06 55 44 33 22', email: 'oud.adres@privacytest.example' };
const MIDDLE = { name: 'Tussen Naam Vrijwilliger', phone: '06 99 88 77 66', email: 'tussen@privacytest.example' };
const NOW = { name: 'Huidige Naam Vrijwilliger', phone: '06 11 22 33 44', email: 'nu@privacytest.example' };

describe("the audit log's history of a person", () => {
  it('exports what the audit log says about a person: the rows of the record and those naming it', async () => {
    const { core, token } = await budgetHouse();
    const roles = await ok(core, token, 'volunteers.roles');
    const base = { roleIds: [roles[0].id], startDate: '2024-01-01' };
    const v = await ok(core, token, 'volunteers.create', { ...base, ...OLD });
    await ok(core, token, 'volunteers.update', { id: v.id, ...base, ...NOW });
    await ok(core, token, 'roster.logHours', { volunteerId: v.id, date: testToday(), minutes: 30, description: 'Bar' });
    const other = await ok(core, token, 'volunteers.create', { ...base, name: 'Iemand Anders' });

    const out = await ok(core, token, 'privacy.export', { targets: [{ type: 'vrijwilliger', id: v.id }] });
    const log = out.records[0].related.auditlog as { functie: string; samenvatting: string; door: string }[];
    expect(log.map((r) => r.functie)).toEqual(['volunteers.create', 'volunteers.update', 'roster.logHours']);
    expect(log[1]).toMatchObject({
      door: 'Bea Beheer',
      samenvatting: `Vrijwilliger #${v.id}: Naam gewijzigd; Telefoon gewijzigd; E-mail gewijzigd`,
    });
    expect(JSON.stringify(log)).not.toContain(`#${other.id} `);
  });

  it('scrubs the values older versions wrote into summaries, also the earlier ones, on erasure', async () => {
    const { core, token } = await budgetHouse();
    const roles = await ok(core, token, 'volunteers.roles');
    const v = await ok(core, token, 'volunteers.create', { roleIds: [roles[0].id], startDate: '2024-01-01', ...NOW });
    const actor = { id: 1, name: 'Bea Beheer', role: 'beheerder' } as never;
    const clock = core.clock;
    // What older versions wrote: names in "created" rows, old and new values of a change, whole inputs as JSON,
    // and the name in rows of other records (a shift, an invoice).
    const legacy: [string, string, string | number, string][] = [
      ['volunteers.create', 'volunteers', v.id, `Vrijwilliger "${OLD.name}" toegevoegd`],
      [
        'volunteers.update',
        'volunteers',
        v.id,
        `${MIDDLE.name}: Naam: "${OLD.name}" → "${MIDDLE.name}"; Telefoon: "${OLD.phone}" → "${MIDDLE.phone}"; E-mail: (leeg) → "${MIDDLE.email}"`,
      ],
      ['volunteers.addCertificate', 'volunteers', v.id, `VOG vastgelegd voor ${MIDDLE.name}`],
      [
        'volunteers.update',
        'volunteers',
        v.id,
        JSON.stringify({ id: v.id, name: NOW.name, email: MIDDLE.email, phone: NOW.phone, notes: 'x' }),
      ],
      ['roster.assign', 'roster', 7, `${OLD.name} ingepland bij "Bar" 2026-01-05T10:00`],
      ['roster.assign', 'roster', 8, `${MIDDLE.name} ingepland bij "Bar" 2026-02-05T10:00`],
    ];
    for (const [method, entity, entityId, summary] of legacy)
      writeAudit(core.db, clock, actor, method, { entity, entityId, summary });

    await ok(core, token, 'privacy.erase', {
      targets: [{ type: 'vrijwilliger', id: v.id, scope: 'volledig' }],
      reason: 'Verzoek per e-mail',
    });
    const everything = JSON.stringify(await ok(core, token, 'audit.list', { limit: 500 }));
    for (const value of [...Object.values(OLD), ...Object.values(MIDDLE), ...Object.values(NOW)])
      expect(everything, value).not.toContain(value);
    const rows = (await ok(core, token, 'audit.list', { entity: 'volunteers' })).rows as { summary: string }[];
    // The input logged whole is blanked; the rows keep who did what and when.
    expect(rows.map((r) => r.summary)).toContain('Invoer verwijderd bij anonimiseren');
    expect(rows.map((r) => r.summary)).toContain('VOG vastgelegd voor [geanonimiseerd]');
  });
});
