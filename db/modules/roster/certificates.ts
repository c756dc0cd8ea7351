import { groupBy } from '../../platform/groupBy';
import type { Db } from '../../platform/database';
import type { z } from '../../contract/zod';
import type { CERTIFICATE_KINDS, certificateInput } from './schemas';
import { addDays } from '../../platform/clock';
import { getSettings } from '../system/settings';

/** Certificates of volunteers (VOG, BHV, EHBO, training): how long they count, and what expires. */

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

export function insertCertificate(db: Db, c: z.output<typeof certificateInput>): number {
  return Number(
    db
      .prepare(
        'INSERT INTO volunteer_certificates (volunteer_id, kind, name, issued_on, expires_on, seen_on, seen_by, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(c.volunteerId, c.kind, c.name, c.issuedOn, c.expiresOn, c.seenOn, c.seenBy, c.notes).lastInsertRowid,
  );
}

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
  today: string,
): {
  certificates: { kind: Certificate['kind']; validUntil: string | null; state: CertificateState }[];
  missingVog: boolean;
} {
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

/**
 * Certificates that expire within `days` of `today` (or have expired), and active volunteers whose roles
 * need a VOG they lack.
 */
export function certificateAlerts(db: Db, days: number, today: string) {
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
