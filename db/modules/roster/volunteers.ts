import type { Db } from '../../platform/database';
import { method, type Actor } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import { id } from '../../contract/fields';
import { z } from '../../contract/zod';
import { volunteerInput, volunteerQuery, volunteerUpdate, type VOLUNTEER_STATUSES } from './schemas';
import type { DAYPARTS } from '../beheer/schemas';
import { localDate, localDateTime } from '../../platform/clock';
import { describeChanges, personRef } from '../../contract/audit';
import { COORDINATION } from './access';
import { certificateSummary, certificatesOf } from './certificates';
import { signOffComingShifts } from './comingShifts';
import { msg } from '../../platform/messages';

/** The volunteer register: contact, roles, availability, tegenprestatie and consent. */

export interface Volunteer {
  id: number;
  name: string;
  phone: string;
  email: string;
  status: (typeof VOLUNTEER_STATUSES)[number];
  startDate: string;
  languages: string[];
  roleIds: number[];
  roleNames: string[];
  availability: { weekday: number; daypart: (typeof DAYPARTS)[number] }[];
  tegenprestatie: boolean;
  tegenprestatieHours: number;
  notes: string;
  consentOn: string | null;
  consentPurpose: string;
  /** Only for coördinator and beheerder; null for others. */
  personal: { dateOfBirth: string | null; address: string; emergencyContact: string } | null;
}

export const PERSONAL_DATA_ROLES = ['beheerder', 'coordinator'] as const;

export function getVolunteer(db: Db, volunteerId: number, actor: Actor | null): Volunteer {
  const row = db.prepare('SELECT * FROM volunteers WHERE id = ?').get(volunteerId) as
    Record<string, unknown> | undefined;
  if (!row)
    throw ApiError.field('volunteerId', msg('Deze vrijwilliger bestaat niet.', 'This volunteer does not exist.'));
  return toVolunteer(db, row, actor);
}

function toVolunteer(db: Db, row: Record<string, unknown>, actor: Actor | null): Volunteer {
  const roles = db
    .prepare(
      'SELECT r.id, r.name FROM volunteer_role_links l JOIN volunteer_roles r ON r.id = l.role_id WHERE l.volunteer_id = ? ORDER BY r.name',
    )
    .all(row.id) as { id: number; name: string }[];
  const availability = db
    .prepare(
      "SELECT weekday, daypart FROM volunteer_availability WHERE volunteer_id = ? ORDER BY weekday, CASE daypart WHEN 'ochtend' THEN 1 WHEN 'middag' THEN 2 ELSE 3 END",
    )
    .all(row.id) as Volunteer['availability'];
  const mayReadPersonal = actor === null || (PERSONAL_DATA_ROLES as readonly string[]).includes(actor.role);
  return {
    id: row.id as number,
    name: row.name as string,
    phone: row.phone as string,
    email: row.email as string,
    status: row.status as Volunteer['status'],
    startDate: row.start_date as string,
    languages: JSON.parse(row.languages as string) as string[],
    roleIds: roles.map((r) => r.id),
    roleNames: roles.map((r) => r.name),
    availability,
    tegenprestatie: row.tegenprestatie === 1,
    tegenprestatieHours: row.tegenprestatie_hours as number,
    notes: row.notes as string,
    consentOn: (row.consent_on as string | null) ?? null,
    consentPurpose: row.consent_purpose as string,
    personal: mayReadPersonal
      ? {
          dateOfBirth: (row.date_of_birth as string | null) ?? null,
          address: row.address as string,
          emergencyContact: row.emergency_contact as string,
        }
      : null,
  };
}

function writeLinks(db: Db, volunteerId: number, v: z.output<typeof volunteerInput>): void {
  for (const roleId of v.roleIds)
    if (!db.prepare('SELECT 1 FROM volunteer_roles WHERE id = ?').get(roleId))
      throw ApiError.field('roleIds', msg('Kies bestaande rollen.', 'Choose existing roles.'));
  db.prepare('DELETE FROM volunteer_role_links WHERE volunteer_id = ?').run(volunteerId);
  db.prepare('DELETE FROM volunteer_availability WHERE volunteer_id = ?').run(volunteerId);
  const link = db.prepare('INSERT INTO volunteer_role_links (volunteer_id, role_id) VALUES (?, ?)');
  for (const roleId of new Set(v.roleIds)) link.run(volunteerId, roleId);
  const avail = db.prepare(
    'INSERT OR IGNORE INTO volunteer_availability (volunteer_id, weekday, daypart) VALUES (?, ?, ?)',
  );
  for (const a of v.availability) avail.run(volunteerId, a.weekday, a.daypart);
}

/** The columns of a volunteer in table order; `today` is when one who has stopped stopped. */
const columns = (v: z.output<typeof volunteerInput>, today: string) => [
  v.name,
  v.phone,
  v.email,
  v.dateOfBirth,
  v.address,
  JSON.stringify(v.languages),
  v.startDate,
  v.emergencyContact,
  v.tegenprestatie ? 1 : 0,
  v.tegenprestatie ? v.tegenprestatieHours : 0,
  v.notes,
  v.status,
  v.status === 'gestopt' ? today : null,
  v.consentOn,
  v.consentPurpose,
];

/** `now` (local 'YYYY-MM-DDTHH:MM:SS') is when the volunteer is registered. */
export function insertVolunteer(db: Db, v: z.output<typeof volunteerInput>, now: string): number {
  const volunteerId = Number(
    db
      .prepare(
        `INSERT INTO volunteers (name, phone, email, date_of_birth, address, languages, start_date, emergency_contact, tegenprestatie, tegenprestatie_hours, notes, status, stopped_on, consent_on, consent_purpose, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(...columns(v, now.slice(0, 10)), now).lastInsertRowid,
  );
  writeLinks(db, volunteerId, v);
  return volunteerId;
}

export const volunteerMethods = {
  'volunteers.list': method({
    description:
      'Het vrijwilligersregister, te zoeken op naam en te filteren op status en rol, hoogstens limit vanaf offset (het scherm vraagt een pagina en één meer om te weten of er meer zijn); per vrijwilliger het nieuwste VOG, BHV en EHBO (geldig, verloopt binnen 60 dagen, verlopen) en of een rol een VOG vraagt dat ontbreekt.',
    access: COORDINATION,
    mode: 'read',
    input: volunteerQuery,
    handler: ({ db, clock, actor }, q) => {
      const today = localDate(clock.now());
      const like = `%${q.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const rows = db
        .prepare(
          `SELECT * FROM volunteers v WHERE (? = '' OR v.name LIKE ? ESCAPE '\\' OR v.email LIKE ? ESCAPE '\\') AND (? IS NULL OR v.status = ?)
        AND (? IS NULL OR EXISTS (SELECT 1 FROM volunteer_role_links l WHERE l.volunteer_id = v.id AND l.role_id = ?))
        ORDER BY CASE v.status WHEN 'actief' THEN 1 WHEN 'pauze' THEN 2 ELSE 3 END, v.name COLLATE NOCASE, v.id LIMIT ? OFFSET ?`,
        )
        .all(q.search, like, like, q.status, q.status, q.roleId, q.roleId, q.limit, q.offset) as Record<
        string,
        unknown
      >[];
      return rows.map((r) => ({ ...toVolunteer(db, r, actor), ...certificateSummary(db, r.id as number, today) }));
    },
  }),
  'volunteers.choices': method({
    description:
      'Wie er in te plannen is, voor keuzelijsten (het rooster, zijn filter): id, naam, status en rollen van iedereen die niet gestopt is, op naam; zonder contact- en persoonsgegevens of certificaten.',
    access: COORDINATION,
    mode: 'read',
    input: z.object({}).default({}),
    handler: ({ db }) =>
      (
        db
          .prepare(
            `SELECT v.id, v.name, v.status, (SELECT json_group_array(l.role_id) FROM volunteer_role_links l WHERE l.volunteer_id = v.id) AS roleIds
             FROM volunteers v WHERE v.status <> 'gestopt' ORDER BY v.name COLLATE NOCASE, v.id`,
          )
          .all() as { id: number; name: string; status: Volunteer['status']; roleIds: string }[]
      ).map((v) => ({ ...v, roleIds: JSON.parse(v.roleIds) as number[] })),
  }),
  'volunteers.get': method({
    description: 'Eén vrijwilliger met rollen, beschikbaarheid en certificaten.',
    access: COORDINATION,
    mode: 'read',
    input: z.object({ id }),
    handler: ({ db, actor }, input) => ({
      volunteer: getVolunteer(db, input.id, actor),
      certificates: certificatesOf(db, input.id),
    }),
  }),
  'volunteers.create': method({
    description:
      'Voegt een vrijwilliger toe aan het register (contact, rollen, beschikbaarheid, tegenprestatie, toestemming).',
    access: COORDINATION,
    mode: 'write',
    input: volunteerInput,
    handler: ({ db, clock, actor, audit }, input) => {
      const volunteerId = insertVolunteer(db, input, localDateTime(clock.now()));
      audit({
        entity: 'volunteers',
        entityId: volunteerId,
        summary: `${personRef('Vrijwilliger', volunteerId)} toegevoegd`,
      });
      return getVolunteer(db, volunteerId, actor);
    },
  }),
  'volunteers.update': method({
    description: 'Wijzigt een vrijwilliger.',
    access: COORDINATION,
    mode: 'write',
    input: volunteerUpdate,
    handler: ({ db, clock, actor, audit }, input) => {
      const { id: volunteerId, signOffComingShifts: signOff, ...v } = input;
      const before = getVolunteer(db, volunteerId, actor);
      const today = localDate(clock.now());
      const stoppedOn =
        v.status === 'gestopt'
          ? before.status === 'gestopt'
            ? ((
                db.prepare('SELECT stopped_on AS s FROM volunteers WHERE id = ?').get(volunteerId) as {
                  s: string | null;
                }
              ).s ?? today)
            : today
          : null;
      db.prepare(
        `UPDATE volunteers SET name = ?, phone = ?, email = ?, date_of_birth = ?, address = ?, languages = ?, start_date = ?, emergency_contact = ?, tegenprestatie = ?,
        tegenprestatie_hours = ?, notes = ?, status = ?, stopped_on = ?, consent_on = ?, consent_purpose = ? WHERE id = ?`,
      ).run(...columns(v, today).slice(0, 12), stoppedOn, v.consentOn, v.consentPurpose, volunteerId);
      writeLinks(db, volunteerId, v);
      const signedOff = signOff && v.status !== 'actief' ? signOffComingShifts(db, volunteerId, clock) : [];
      const after = getVolunteer(db, volunteerId, actor);
      const pick = (x: Volunteer) => ({
        name: x.name,
        phone: x.phone,
        email: x.email,
        status: x.status,
        roles: x.roleNames,
        tegenprestatieHours: x.tegenprestatieHours,
        consentOn: x.consentOn,
        personal: x.personal,
        notes: x.notes,
      });
      audit({
        entity: 'volunteers',
        entityId: volunteerId,
        summary: `${personRef('Vrijwilliger', volunteerId)}: ${describeChanges(pick(before), pick(after), {
          name: { label: 'Naam', personal: true },
          phone: { label: 'Telefoon', personal: true },
          email: { label: 'E-mail', personal: true },
          status: { label: 'Status', show: String },
          roles: 'Rollen',
          tegenprestatieHours: 'Tegenprestatie (uur per week)',
          consentOn: 'Toestemming gegeven op',
          personal: { label: 'Persoonsgegevens', onlyMention: true },
          notes: { label: 'Notities', onlyMention: true },
        })}${signedOff.length ? `; afgemeld voor ${signedOff.length} komende dienst(en)` : ''}`,
      });
      return after;
    },
  }),
};
