import { formatCents, formatDateNl } from '../../platform/clock';
import { compose, type Lang } from '../../platform/messages';

/** Amounts and dates inside the budget's messages, each language in its own format. */

const englishDay = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const englishEuro = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' });

/** 'vr 23 okt 2026' or 'Fri 23 Oct 2026'. */
export function dayIn(date: string, lang: Lang): string {
  return lang === 'nl' ? formatDateNl(date) : englishDay.format(new Date(`${date}T12:00:00Z`)).replace(',', '');
}

/** '€ 1.234,50' or '€1,234.50'. */
export function euroIn(cents: number, lang: Lang): string {
  return lang === 'nl' ? formatCents(cents) : englishEuro.format(cents / 100);
}

export interface Wording {
  /** A bilingual part (a status word, a label) in this language. */
  t: (part: string) => string;
  euro: (cents: number) => string;
  day: (date: string) => string;
}

/** A message with amounts, dates or bilingual parts in it: the Dutch and the English sentence, each in its format. */
export function say(nl: (w: Wording) => string, en: (w: Wording) => string): string {
  return compose((t, lang) => {
    const w: Wording = { t, euro: (c) => euroIn(c, lang), day: (d) => dayIn(d, lang) };
    return lang === 'nl' ? nl(w) : en(w);
  });
}
