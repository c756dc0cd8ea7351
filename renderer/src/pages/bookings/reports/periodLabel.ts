import type { TFunction } from 'i18next';
import { formatMonth, type AppLocale } from '../../../format';
import type { Granularity } from './reportTypes';

/**
 * The core names periods in Dutch ('november 2026', 'week 47 2026', 'Q4 2026'); months are named
 * again in the interface language, weeks keep their number.
 */
export function periodLabel(
  p: { label: string; from: string },
  granularity: Granularity,
  locale: AppLocale,
  t: TFunction,
): string {
  if (granularity === 'month') return formatMonth(p.from, locale);
  const week = /^week (\d+) (\d{4})$/.exec(p.label);
  if (granularity === 'week' && week) return t('reports.weekLabel', { week: week[1], year: week[2] });
  return p.label;
}
