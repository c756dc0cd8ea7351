import { useTranslation } from 'react-i18next';
import { formatInterval, formatTime } from '../../../format';
import { useApi } from '../../../hooks/useApi';

/** Open until when, or why closed, in one short line for the hall. */
export function useOpenLine(today: string, now: string): string {
  const { t } = useTranslation();
  const days = useApi('calendar.days', { date: today, days: 1 });
  const day = days.data?.[0];
  if (!day) return '';
  if (day.closedBecause) return t('foyer.closedBecause', { reason: day.closedBecause });
  const clock = now.slice(11, 16);
  const current = day.open.find((i) => i.start <= clock && clock < i.end);
  if (current) return t('foyer.openUntil', { time: formatTime(current.end) });
  const next = day.open.find((i) => i.start > clock);
  if (next) return t('foyer.opensAt', { time: formatTime(next.start) });
  return day.open.length
    ? t('foyer.closedNow', { hours: day.open.map(formatInterval).join(', ') })
    : t('foyer.closedToday');
}
