import type { AppLocale } from '../../../format';

/** 12,5 (hours, one decimal at most, in the interface language). */
export function formatHours(hours: number, locale: AppLocale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(hours);
}

/** 42,5 % from a percentage the core already rounded to one decimal. */
export function formatPercent(percent: number, locale: AppLocale): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(percent / 100);
}
