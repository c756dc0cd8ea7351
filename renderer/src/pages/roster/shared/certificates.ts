import { addDays } from '../../../format';

/** The same window as the core's certificate alerts: two months to arrange a new course or VOG. */
export const EXPIRY_WINDOW_DAYS = 60;

export type CertificateState = 'valid' | 'expiring' | 'expired';
export function stateOf(validUntil: string | null, today: string): CertificateState {
  if (validUntil === null) return 'valid';
  if (validUntil < today) return 'expired';
  return validUntil <= addDays(today, EXPIRY_WINDOW_DAYS) ? 'expiring' : 'valid';
}
