import { addDays } from '../../../format';
import type { Certificate, VolunteerRole } from './types';

/** The same window as the core's certificate alerts: two months to arrange a new course or VOG. */
export const EXPIRY_WINDOW_DAYS = 60;

export type CertificateState = 'valid' | 'expiring' | 'expired';
export const BADGE_KINDS = ['vog', 'bhv', 'ehbo'] as const;
export type BadgeKind = (typeof BADGE_KINDS)[number];

export function stateOf(validUntil: string | null, today: string): CertificateState {
  if (validUntil === null) return 'valid';
  if (validUntil < today) return 'expired';
  return validUntil <= addDays(today, EXPIRY_WINDOW_DAYS) ? 'expiring' : 'valid';
}

/** Only the newest certificate of a kind counts, as in the core: a renewed BHV hides the old one. */
export function newestOfKind(certificates: readonly Certificate[], kind: BadgeKind): Certificate | undefined {
  const rank = (c: Certificate) => c.validUntil ?? '9999-12-31';
  return certificates.filter((c) => c.kind === kind).reduce<Certificate | undefined>((best, c) => (!best || rank(c) > rank(best) ? c : best), undefined);
}

/** Whether the volunteer's roles ask for a VOG they do not hold (valid today). */
export function lacksVog(roleIds: readonly number[], roles: readonly VolunteerRole[], certificates: readonly Certificate[], today: string): boolean {
  const needs = roles.some((r) => r.needsVog && r.active && roleIds.includes(r.id));
  if (!needs) return false;
  const vog = newestOfKind(certificates, 'vog');
  return !vog || stateOf(vog.validUntil, today) === 'expired';
}
