import type { Output } from '../../../api/client';
import { formatTime, formatWeekday, isoWeekday, type AppLocale } from '../../../format';

type Booking = Output<'bookings.list'>[number];

/**
 * The booking series of the coming weeks as choices: "Taalcafé – Huiskamer – di 10:00", named after
 * the first coming occurrence. Series linked earlier but with no coming booking keep a plain name,
 * so saving the form never drops a link silently.
 */
export function seriesOptions(
  bookings: readonly Booking[],
  linked: readonly number[],
  locale: AppLocale,
  fallback: (id: number) => string,
): { value: string; label: string }[] {
  const first = new Map<number, Booking>();
  for (const b of bookings) {
    if (b.seriesId === null || b.status === 'geannuleerd' || first.has(b.seriesId)) continue;
    first.set(b.seriesId, b);
  }
  const options = [...first].map(([seriesId, b]) => ({
    value: String(seriesId),
    label: [
      b.title || b.activity,
      b.roomNames.join(', '),
      `${formatWeekday(isoWeekday(b.start.slice(0, 10)), locale, 'short')} ${formatTime(b.start.slice(11))}`,
    ]
      .filter(Boolean)
      .join(' – '),
  }));
  for (const id of linked) if (!first.has(id)) options.push({ value: String(id), label: fallback(id) });
  return options.sort((a, b) => a.label.localeCompare(b.label, locale));
}
