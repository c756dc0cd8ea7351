import type { AppLocale } from '../../../format';

/** Worked minutes as hours with at most one decimal ('12,5'), as the coordinator counts them. */
export function hoursOf(minutes: number, locale: AppLocale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(minutes / 60);
}
