import { useTranslation } from 'react-i18next';
import { addDays, isoWeekday } from '../format';
import { useFormat } from '../hooks/useFormat';

/** ISO 8601 week number: week 1 is the week with the year's first Thursday, as Dutch calendars count. */
export function isoWeekNumber(isoDate: string): number {
  const thursday = addDays(isoDate, 4 - isoWeekday(isoDate));
  const days =
    (Date.parse(`${thursday}T12:00:00Z`) - Date.parse(`${thursday.slice(0, 4)}-01-01T12:00:00Z`)) / 86_400_000;
  return Math.floor(days / 7) + 1;
}

/** "Week 47 · ma 17 nov 2025 – zo 23 nov 2025" */
export function useWeekLabel() {
  const { t } = useTranslation();
  const f = useFormat();
  return (monday: string) =>
    t('weekStepper.label', { week: isoWeekNumber(monday), from: f.date(monday), to: f.date(addDays(monday, 6)) });
}
