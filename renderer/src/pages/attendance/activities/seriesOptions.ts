import type { Output } from '../../../api/client';
import { formatTime, formatWeekday, isoWeekday, type AppLocale } from '../../../format';

type Series = Output<'bookings.series'>[number];

/**
 * The booking series of the coming weeks as choices: "Taalcafé – Huiskamer – di 10:00", named after
 * the first coming occurrence (the core sends one per series). Series linked earlier but with no coming
 * booking keep a plain name, so saving the form never drops a link silently.
 */
export function seriesOptions(
  series: readonly Series[],
  linked: readonly number[],
  locale: AppLocale,
  fallback: (id: number) => string,
): { value: string; label: string }[] {
  const options = series.map((b) => ({
    value: String(b.seriesId),
    label: [
      b.title || b.activity,
      b.roomNames.join(', '),
      `${formatWeekday(isoWeekday(b.start.slice(0, 10)), locale, 'short')} ${formatTime(b.start.slice(11))}`,
    ]
      .filter(Boolean)
      .join(' – '),
  }));
  const shown = new Set(series.map((b) => b.seriesId));
  for (const id of linked) if (!shown.has(id)) options.push({ value: String(id), label: fallback(id) });
  return options.sort((a, b) => a.label.localeCompare(b.label, locale));
}
