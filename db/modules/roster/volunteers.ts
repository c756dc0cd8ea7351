import { groupBy } from '../../platform/groupBy';
import type { Db } from '../../platform/database';
import { method, type Actor } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import { id } from '../../contract/fields';
import { z } from '../../contract/zod';
import {
  absenceInput,
  certificateInput,
  certificateUpdate,
  roleInput,
  roleUpdate,
  volunteerInput,
  volunteerQuery,
  volunteerUpdate,
  type CERTIFICATE_KINDS,
  type VOLUNTEER_STATUSES,
} from './schemas';
import type { DAYPARTS } from '../beheer/schemas';
import { addDays, localDate, localDateTime } from '../../platform/clock';
import { describeChanges } from '../../contract/audit';
import { getSettings } from '../system/settings';

export interface VolunteerRole {
  id: number;
  name: string;
  needsVog: boolean;
  isKeyHolder: boolean;
  active: boolean;
}

export interface Certificate {
  id: number;
  volunteerId: number;
  kind: (typeof CERTIFICATE_KINDS)[number];
  name: string;
  issuedOn: string | null;
  expiresOn: string | null;
  seenOn: string | null;
  seenBy: string;
  notes: string;
  /** The last day it counts: its own expiry, or for a VOG the renewal date after the configured years. */
  validUntil: string | null;
}

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

export function listRoles(db: Db, includeInactive = false): VolunteerRole[] {
  return (
    db
      .prepare(
        `SELECT id, name, needs_vog AS needsVog, is_key_holder AS isKeyHolder, active FROM volunteer_roles ${includeInactive ? '' : 'WHERE active = 1'} ORDER BY active DESC, name`,
      )
      .all() as Record<string, unknown>[]
  ).map((r) => ({
    ...(r as unknown as VolunteerRole),
    needsVog: r.needsVog === 1,
    isKeyHolder: r.isKeyHolder === 1,
    active: r.active === 1,
  }));
}

/** One role by id (archived ones too), or undefined. */
export function findRole(db: Db, roleId: number): VolunteerRole | undefined {
  const r = db
    .prepare(
      'SELECT id, name, needs_vog AS needsVog, is_key_holder AS isKeyHolder, active FROM volunteer_roles WHERE id = ?',
    )
    .get(roleId) as Record<string, unknown> | undefined;
  return (
    r && {
      ...(r as unknown as VolunteerRole),
      needsVog: r.needsVog === 1,
      isKeyHolder: r.isKeyHolder === 1,
      active: r.active === 1,
    }
  );
}

const CERTIFICATE_COLUMNS =
  'id, volunteer_id AS volunteerId, kind, name, issued_on AS issuedOn, expires_on AS expiresOn, seen_on AS seenOn, seen_by AS seenBy, notes';
const CERTIFICATE_ORDER = 'kind, coalesce(expires_on, seen_on, issued_on) DESC';

export function certificatesOf(db: Db, volunteerId: number): Certificate[] {
  const years = getSettings(db).vogRenewalYears;
  const rows = db
    .prepare(
      `SELECT ${CERTIFICATE_COLUMNS} FROM volunteer_certificates WHERE volunteer_id = ? ORDER BY ${CERTIFICATE_ORDER}`,
    )
    .all(volunteerId) as Omit<Certificate, 'validUntil'>[];
  return rows.map((c) => ({ ...c, validUntil: validUntil(c, years) }));
}

function validUntil(
  c: Pick<Certificate, 'kind' | 'expiresOn' | 'seenOn' | 'issuedOn'>,
  vogYears: number,
): string | null {
  if (c.expiresOn) return c.expiresOn;
  if (c.kind === 'vog') {
    const from = c.issuedOn ?? c.seenOn;
    if (!from) return null;
    return addDays(`${Number(from.slice(0, 4)) + vogYears}${from.slice(4)}`, -1);
  }
  return null;
}

/** Whether a volunteer holds a certificate of this kind that is valid on the date. */
export function hasValid(db: Db, volunteerId: number, kind: Certificate['kind'], date: string): boolean {
  return holdsValid(certificatesOf(db, volunteerId), kind, date);
}

function holdsValid(certificates: Certificate[], kind: Certificate['kind'], date: string): boolean {
  return certificates.some(
    (c) =>
      c.kind === kind && (c.validUntil === null || c.validUntil >= date) && (c.issuedOn === null || c.issuedOn <= date),
  );
}

export function getVolunteer(db: Db, volunteerId: number, actor: Actor | null): Volunteer {
  const row = db.prepare('SELECT * FROM volunteers WHERE id = ?').get(volunteerId) as
    Record<string, unknown> | undefined;
  if (!row) throw ApiError.field('volunteerId', 'Deze vrijwilliger bestaat niet.');
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
      throw ApiError.field('roleIds', 'Kies bestaande rollen.');
  db.prepare('DELETE FROM volunteer_role_links WHERE volunteer_id = ?').run(volunteerId);
  db.prepare('DELETE FROM volunteer_availability WHERE volunteer_id = ?').run(volunteerId);
  const link = db.prepare('INSERT INTO volunteer_role_links (volunteer_id, role_id) VALUES (?, ?)');
  for (const roleId of new Set(v.roleIds)) link.run(volunteerId, roleId);
  const avail = db.prepare(
    'INSERT OR IGNORE INTO volunteer_availability (volunteer_id, weekday, daypart) VALUES (?, ?, ?)',
  );
  for (const a of v.availability) avail.run(volunteerId, a.weekday, a.daypart);
}

const columns = (v: z.output<typeof volunteerInput>) => [
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
  v.status === 'gestopt' ? localDate() : null,
  v.consentOn,
  v.consentPurpose,
];

export function insertVolunteer(db: Db, v: z.output<typeof volunteerInput>): number {
  const volunteerId = Number(
    db
      .prepare(
        `INSERT INTO volunteers (name, phone, email, date_of_birth, address, languages, start_date, emergency_contact, tegenprestatie, tegenprestatie_hours, notes, status, stopped_on, consent_on, consent_purpose, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(...columns(v), localDateTime()).lastInsertRowid,
  );
  writeLinks(db, volunteerId, v);
  return volunteerId;
}

export function insertCertificate(db: Db, c: z.output<typeof certificateInput>): number {
  return Number(
    db
      .prepare(
        'INSERT INTO volunteer_certificates (volunteer_id, kind, name, issued_on, expires_on, seen_on, seen_by, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(c.volunteerId, c.kind, c.name, c.issuedOn, c.expiresOn, c.seenOn, c.seenBy, c.notes).lastInsertRowid,
  );
}

const COORDINATION = ['beheerder', 'coordinator'] as const;

export const CERTIFICATE_WINDOW_DAYS = 60;

/** Only the newest certificate of each kind matters: a renewed BHV hides the old one. Trainings never expire into an alert. */
function newestPerKind(certificates: Certificate[]): Certificate[] {
  const newest = new Map<string, Certificate>();
  for (const c of certificates)
    if (
      c.kind !== 'training' &&
      (!newest.has(c.kind) || (c.validUntil ?? '9999') > (newest.get(c.kind)!.validUntil ?? '9999'))
    )
      newest.set(c.kind, c);
  return [...newest.values()];
}

/** The roles of a volunteer that ask for a VOG. */
function vogRolesOf(db: Db, volunteerId: number): string[] {
  return (
    db
      .prepare(
        'SELECT r.name FROM volunteer_role_links l JOIN volunteer_roles r ON r.id = l.role_id WHERE l.volunteer_id = ? AND r.needs_vog = 1 AND r.active = 1 ORDER BY r.name',
      )
      .all(volunteerId) as { name: string }[]
  ).map((r) => r.name);
}

export type CertificateState = 'geldig' | 'verloopt' | 'verlopen';

/**
 * For the register: the newest VOG, BHV and EHBO with their state (expiring within the alert window, or expired),
 * and whether a role asks for a VOG the volunteer does not hold today.
 */
export function certificateSummary(
  db: Db,
  volunteerId: number,
): {
  certificates: { kind: Certificate['kind']; validUntil: string | null; state: CertificateState }[];
  missingVog: boolean;
} {
  const today = localDate();
  const horizon = addDays(today, CERTIFICATE_WINDOW_DAYS);
  const state = (until: string | null): CertificateState =>
    until === null || until > horizon ? 'geldig' : until < today ? 'verlopen' : 'verloopt';
  return {
    certificates: newestPerKind(certificatesOf(db, volunteerId)).map((c) => ({
      kind: c.kind,
      validUntil: c.validUntil,
      state: state(c.validUntil),
    })),
    missingVog: vogRolesOf(db, volunteerId).length > 0 && !hasValid(db, volunteerId, 'vog', today),
  };
}

/** Certificates that expire within `days` (or have expired), and active volunteers whose roles need a VOG they lack. */
export function certificateAlerts(db: Db, days: number) {
  const today = localDate();
  const horizon = addDays(today, days);
  const years = getSettings(db).vogRenewalYears;
  const active = db
    .prepare("SELECT id, name FROM volunteers WHERE status <> 'gestopt' ORDER BY name COLLATE NOCASE")
    .all() as { id: number; name: string }[];
  // Everyone's certificates and VOG roles in one query each: Vandaag asks for this on every visit.
  const certificates = groupBy(
    (
      db
        .prepare(
          `SELECT ${CERTIFICATE_COLUMNS} FROM volunteer_certificates c WHERE c.volunteer_id IN (SELECT id FROM volunteers WHERE status <> 'gestopt') ORDER BY volunteer_id, ${CERTIFICATE_ORDER}`,
        )
        .all() as Omit<Certificate, 'validUntil'>[]
    ).map((c): Certificate => ({ ...c, validUntil: validUntil(c, years) })),
    (c) => c.volunteerId,
  );
  const vogRoles = groupBy(
    db
      .prepare(
        `SELECT l.volunteer_id AS volunteerId, r.name FROM volunteer_role_links l JOIN volunteer_roles r ON r.id = l.role_id
      WHERE r.needs_vog = 1 AND r.active = 1 ORDER BY r.name`,
      )
      .all() as { volunteerId: number; name: string }[],
    (r) => r.volunteerId,
  );
  const expiring: (Certificate & { volunteerName: string })[] = [];
  const missingVog: { volunteerId: number; volunteerName: string; roles: string[] }[] = [];
  for (const v of active) {
    const own = certificates.get(v.id) ?? [];
    for (const c of newestPerKind(own))
      if (c.validUntil && c.validUntil <= horizon) expiring.push({ ...c, volunteerName: v.name });
    const roles = (vogRoles.get(v.id) ?? []).map((r) => r.name);
    if (roles.length && !holdsValid(own, 'vog', today))
      missingVog.push({ volunteerId: v.id, volunteerName: v.name, roles });
  }
  return { expiring: expiring.sort((a, b) => (a.validUntil ?? '').localeCompare(b.validUntil ?? '')), missingVog };
}

export const volunteerMethods = {
  'volunteers.list': method({
    description:
      'Het vrijwilligersregister, te zoeken op naam en te filteren op status en rol; per vrijwilliger het nieuwste VOG, BHV en EHBO (geldig, verloopt binnen 60 dagen, verlopen) en of een rol een VOG vraagt dat ontbreekt.',
    access: COORDINATION,
    mode: 'read',
    input: volunteerQuery,
    handler: ({ db, actor }, q) => {
      const like = `%${q.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const rows = db
        .prepare(
          `SELECT * FROM volunteers v WHERE (? = '' OR v.name LIKE ? ESCAPE '\\' OR v.email LIKE ? ESCAPE '\\') AND (? IS NULL OR v.status = ?)
        AND (? IS NULL OR EXISTS (SELECT 1 FROM volunteer_role_links l WHERE l.volunteer_id = v.id AND l.role_id = ?))
        ORDER BY CASE v.status WHEN 'actief' THEN 1 WHEN 'pauze' THEN 2 ELSE 3 END, v.name COLLATE NOCASE`,
        )
        .all(q.search, like, like, q.status, q.status, q.roleId, q.roleId) as Record<string, unknown>[];
      return rows.map((r) => ({ ...toVolunteer(db, r, actor), ...certificateSummary(db, r.id as number) }));
    },
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
    handler: ({ db, actor, audit }, input) => {
      const volunteerId = insertVolunteer(db, input);
      audit({ entity: 'volunteers', entityId: volunteerId, summary: `Vrijwilliger "${input.name}" toegevoegd` });
      return getVolunteer(db, volunteerId, actor);
    },
  }),
  'volunteers.update': method({
    description: 'Wijzigt een vrijwilliger.',
    access: COORDINATION,
    mode: 'write',
    input: volunteerUpdate,
    handler: ({ db, actor, audit }, input) => {
      const { id: volunteerId, ...v } = input;
      const before = getVolunteer(db, volunteerId, actor);
      const stoppedOn =
        v.status === 'gestopt'
          ? before.status === 'gestopt'
            ? ((
                db.prepare('SELECT stopped_on AS s FROM volunteers WHERE id = ?').get(volunteerId) as {
                  s: string | null;
                }
              ).s ?? localDate())
            : localDate()
          : null;
      db.prepare(
        `UPDATE volunteers SET name = ?, phone = ?, email = ?, date_of_birth = ?, address = ?, languages = ?, start_date = ?, emergency_contact = ?, tegenprestatie = ?,
        tegenprestatie_hours = ?, notes = ?, status = ?, stopped_on = ?, consent_on = ?, consent_purpose = ? WHERE id = ?`,
      ).run(...columns(v).slice(0, 12), stoppedOn, v.consentOn, v.consentPurpose, volunteerId);
      writeLinks(db, volunteerId, v);
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
        summary: `${after.name}: ${describeChanges(pick(before), pick(after), {
          name: 'Naam',
          phone: 'Telefoon',
          email: 'E-mail',
          status: { label: 'Status', show: String },
          roles: 'Rollen',
          tegenprestatieHours: 'Tegenprestatie (uur per week)',
          consentOn: 'Toestemming gegeven op',
          personal: { label: 'Persoonsgegevens', onlyMention: true },
          notes: { label: 'Notities', onlyMention: true },
        })}`,
      });
      return after;
    },
  }),
  'volunteers.roles': method({
    description:
      'De rollen en vaardigheden (configureerbaar), met of ze een VOG vragen en of het een sleutelhouder is.',
    access: ['beheerder', 'coordinator', 'balie'],
    mode: 'read',
    input: z.object({ includeInactive: z.boolean().default(false) }).default({ includeInactive: false }),
    handler: ({ db }, q) => listRoles(db, q.includeInactive),
  }),
  'volunteers.createRole': method({
    description: 'Voegt een rol toe.',
    access: COORDINATION,
    mode: 'write',
    input: roleInput,
    handler: ({ db }, input) => {
      if (db.prepare('SELECT 1 FROM volunteer_roles WHERE name = ?').get(input.name))
        throw ApiError.field('name', 'Deze rol bestaat al.');
      const roleId = Number(
        db
          .prepare('INSERT INTO volunteer_roles (name, needs_vog, is_key_holder) VALUES (?, ?, ?)')
          .run(input.name, input.needsVog ? 1 : 0, input.isKeyHolder ? 1 : 0).lastInsertRowid,
      );
      return listRoles(db, true).find((r) => r.id === roleId)!;
    },
  }),
  'volunteers.updateRole': method({
    description: 'Wijzigt een rol, of zet haar uit.',
    access: COORDINATION,
    mode: 'write',
    input: roleUpdate,
    handler: ({ db }, input) => {
      if (db.prepare('SELECT 1 FROM volunteer_roles WHERE name = ? AND id <> ?').get(input.name, input.id))
        throw ApiError.field('name', 'Deze rol bestaat al.');
      const r = db
        .prepare('UPDATE volunteer_roles SET name = ?, needs_vog = ?, is_key_holder = ?, active = ? WHERE id = ?')
        .run(input.name, input.needsVog ? 1 : 0, input.isKeyHolder ? 1 : 0, input.active ? 1 : 0, input.id);
      if (r.changes === 0) throw new ApiError('NOT_FOUND', 'Deze rol bestaat niet.');
      return listRoles(db, true).find((x) => x.id === input.id)!;
    },
  }),
  'volunteers.addCertificate': method({
    description:
      'Legt een certificaat vast: VOG (datum waarop het origineel is gezien en door wie — nooit een kopie), BHV, EHBO of training.',
    access: COORDINATION,
    mode: 'write',
    input: certificateInput,
    handler: ({ db, actor, audit }, input) => {
      const v = getVolunteer(db, input.volunteerId, actor);
      const certificateId = insertCertificate(db, input);
      audit({
        entity: 'volunteers',
        entityId: input.volunteerId,
        summary: `${input.kind.toUpperCase()} vastgelegd voor ${v.name}`,
      });
      return certificatesOf(db, input.volunteerId).find((c) => c.id === certificateId)!;
    },
  }),
  'volunteers.updateCertificate': method({
    description: 'Wijzigt een certificaat.',
    access: COORDINATION,
    mode: 'write',
    input: certificateUpdate,
    handler: ({ db }, input) => {
      const r = db
        .prepare(
          'UPDATE volunteer_certificates SET volunteer_id = ?, kind = ?, name = ?, issued_on = ?, expires_on = ?, seen_on = ?, seen_by = ?, notes = ? WHERE id = ?',
        )
        .run(
          input.volunteerId,
          input.kind,
          input.name,
          input.issuedOn,
          input.expiresOn,
          input.seenOn,
          input.seenBy,
          input.notes,
          input.id,
        );
      if (r.changes === 0) throw new ApiError('NOT_FOUND', 'Dit certificaat bestaat niet.');
      return certificatesOf(db, input.volunteerId).find((c) => c.id === input.id)!;
    },
  }),
  'volunteers.deleteCertificate': method({
    description: 'Verwijdert een certificaat.',
    access: COORDINATION,
    mode: 'write',
    input: z.object({ id }),
    handler: ({ db }, input) => {
      const r = db.prepare('DELETE FROM volunteer_certificates WHERE id = ?').run(input.id);
      if (r.changes === 0) throw new ApiError('NOT_FOUND', 'Dit certificaat bestaat niet.');
      return { id: input.id };
    },
  }),
  'volunteers.certificateAlerts': method({
    description:
      'Certificaten die binnen 60 dagen verlopen (of al verlopen zijn), en actieve vrijwilligers met een rol die een VOG vraagt zonder geldig VOG.',
    access: COORDINATION,
    mode: 'read',
    input: z
      .object({ days: z.number().int().min(1).max(365).default(CERTIFICATE_WINDOW_DAYS) })
      .default({ days: CERTIFICATE_WINDOW_DAYS }),
    handler: ({ db }, { days }) => certificateAlerts(db, days),
  }),
  'volunteers.addAbsence': method({
    description:
      'Legt vast dat een vrijwilliger een periode niet kan (vakantie, ziek); diensten in die periode tonen wie kan invallen.',
    access: COORDINATION,
    mode: 'write',
    input: absenceInput,
    handler: ({ db, actor, audit }, input) => {
      const v = getVolunteer(db, input.volunteerId, actor);
      const absenceId = Number(
        db
          .prepare('INSERT INTO volunteer_absences (volunteer_id, from_date, to_date, reason) VALUES (?, ?, ?, ?)')
          .run(input.volunteerId, input.fromDate, input.toDate, input.reason).lastInsertRowid,
      );
      audit({
        entity: 'volunteers',
        entityId: input.volunteerId,
        summary: `${v.name} afwezig ${input.fromDate} t/m ${input.toDate}`,
      });
      return { id: absenceId, ...input };
    },
  }),
  'volunteers.absences': method({
    description: 'Afwezigheden van een vrijwilliger (of van iedereen) vanaf vandaag.',
    access: COORDINATION,
    mode: 'read',
    input: z.object({ volunteerId: id.nullable().default(null) }).default({ volunteerId: null }),
    handler: ({ db }, q) =>
      db
        .prepare(
          'SELECT a.id, a.volunteer_id AS volunteerId, v.name AS volunteerName, a.from_date AS fromDate, a.to_date AS toDate, a.reason FROM volunteer_absences a JOIN volunteers v ON v.id = a.volunteer_id WHERE a.to_date >= ? AND (? IS NULL OR a.volunteer_id = ?) ORDER BY a.from_date',
        )
        .all(localDate(), q.volunteerId, q.volunteerId),
  }),
  'volunteers.deleteAbsence': method({
    description: 'Verwijdert een afwezigheid.',
    access: COORDINATION,
    mode: 'write',
    input: z.object({ id }),
    handler: ({ db }, input) => {
      const r = db.prepare('DELETE FROM volunteer_absences WHERE id = ?').run(input.id);
      if (r.changes === 0) throw new ApiError('NOT_FOUND', 'Deze afwezigheid bestaat niet.');
      return { id: input.id };
    },
  }),
};
