import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localeOf } from '../i18n';
import {
  formatDate,
  formatDateLong,
  formatFileSize,
  formatInstant,
  formatMoney,
  formatWallClock,
  formatWeekday,
} from '../format';
import { formatPriceNote } from '../priceNote';

/** The formatting helpers in the interface language (Dutch by default). */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  return useMemo(
    () => ({
      locale,
      date: (iso: string) => formatDate(iso, locale),
      dateRange: (from: string, to: string) =>
        from === to ? formatDate(from, locale) : `${formatDate(from, locale)} – ${formatDate(to, locale)}`,
      dateLong: (iso: string) => formatDateLong(iso, locale),
      weekday: (n: number, style: 'long' | 'short' = 'long') => formatWeekday(n, locale, style),
      wallClock: (s: string) => formatWallClock(s, locale),
      instant: (iso: string) => formatInstant(iso, locale),
      fileSize: (bytes: number) => formatFileSize(bytes, locale),
      money: (cents: number) => formatMoney(cents, locale),
      /** How the core priced a booking (stored in Dutch), with the locale's numbers and words. */
      priceNote: (note: string) => formatPriceNote(note, locale),
    }),
    [locale],
  );
}
