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
  // Two statements, each reading only what can appear: the certificates of volunteers still involved
  // (trainings never alert), and the volunteers whose VOG role lacks a VOG valid today with their roles.
  // Vandaag asks for this on every visit; every volunteer and every role link read into objects cost
  // more than the rest of the screen.
  const certificates = (
    db
      .prepare(
        `SELECT c.id, c.volunteer_id AS volunteerId, c.kind, c.name, c.issued_on AS issuedOn, c.expires_on AS expiresOn, c.seen_on AS seenOn,
           c.seen_by AS seenBy, c.notes, v.name AS volunteerName FROM volunteer_certificates c JOIN volunteers v ON v.id = c.volunteer_id
         WHERE v.status <> 'gestopt' AND c.kind <> 'training'
         ORDER BY v.name COLLATE NOCASE, v.id, c.kind, coalesce(c.expires_on, c.seen_on, c.issued_on) DESC, c.id`,
      )
      .all() as (Omit<Certificate, 'validUntil'> & { volunteerName: string })[]
  ).map((c) => ({ ...c, validUntil: validUntil(c, years) }));
  const expiring: (Certificate & { volunteerName: string })[] = [];
  for (let i = 0; i < certificates.length;) {
    let j = i;
    while (j < certificates.length && certificates[j]!.volunteerId === certificates[i]!.volunteerId) j++;
    for (const c of newestPerKind(certificates.slice(i, j)) as (Certificate & { volunteerName: string })[]) {
      if (c.validUntil && c.validUntil <= horizon) {
        const { volunteerName, ...own } = c;
        expiring.push({ ...own, volunteerName });
      }
    }
    i = j;
  }
  // A VOG counts from its issue date up to its expiry, or without one up to the day before its date plus
  // the renewal years (as validUntil and holdsValid; SQLite's date() rolls 29 February over as JavaScript does).
  const missingVog = (
    db
      .prepare(
        `SELECT v.id AS volunteerId, v.name AS volunteerName,
           (SELECT json_group_array(name) FROM (SELECT r.name FROM volunteer_role_links l JOIN volunteer_roles r ON r.id = l.role_id
              WHERE l.volunteer_id = v.id AND r.needs_vog = 1 AND r.active = 1 ORDER BY r.name)) AS roles
         FROM volunteers v
         WHERE v.status <> 'gestopt'
           AND EXISTS (SELECT 1 FROM volunteer_role_links l JOIN volunteer_roles r ON r.id = l.role_id WHERE l.volunteer_id = v.id AND r.needs_vog = 1 AND r.active = 1)
           AND NOT EXISTS (SELECT 1 FROM volunteer_certificates c WHERE c.volunteer_id = v.id AND c.kind = 'vog'
             AND (c.issued_on IS NULL OR c.issued_on <= @today)
             AND coalesce(nullif(c.expires_on, ''), date(coalesce(c.issued_on, c.seen_on), '+' || @years || ' years', '-1 day'), @today) >= @today)
         ORDER BY v.name COLLATE NOCASE, v.id`,
      )
      .all({ today, years }) as { volunteerId: number; volunteerName: string; roles: string }[]
  ).map((r) => ({
    volunteerId: r.volunteerId,
    volunteerName: r.volunteerName,
    roles: JSON.parse(r.roles) as string[],
  }));
  return { expiring: expiring.sort((a, b) => (a.validUntil ?? '').localeCompare(b.validUntil ?? '')), missingVog };
}
